package dev.resume.font;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The names of the font files built into the tool, for "did you mean" hints. */
final class BuiltinFonts {
    private BuiltinFonts() {}

    /** Paths under fonts/, such as "dejavu/DejaVuSans.ttf"; read when first needed (a font was not found). */
    static final List<String> NAMES = new java.util.AbstractList<>() {
        private List<String> names;

        private synchronized List<String> names() {
            if (names == null) {
                names = list();
            }
            return names;
        }

        @Override
        public String get(int i) {
            return names().get(i);
        }

        @Override
        public int size() {
            return names().size();
        }
    };

    private static List<String> list() {
        try {
            URI uri = BuiltinFonts.class.getResource("/fonts/README.md").toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(fs.getPath("/fonts"));
                }
            }
            return names(Path.of(uri).getParent());
        } catch (Exception e) {
            return List.of(); // no hint then
        }
    }

    private static List<String> names(Path root) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(SystemFonts::isFontFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
