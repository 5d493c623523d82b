package dev.resume.input;

import dev.resume.syntax.SourceFile;
import dev.resume.syntax.YNode;
import dev.resume.syntax.YamlReader;
import dev.resume.text.Urls;
import dev.resume.format.FormatSpec;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a résumé's PDF is made from: the résumé, the files it extends, the .bib files their
 * sections import, the theme files they name (with the theme files those extend), and the photo. For
 * {@code resume deps}, which writes them in make's format, and for {@code resume watch}. Only
 * the keys that name files are read, so a résumé with mistakes elsewhere still has its
 * dependencies; a file that cannot be found or read is left out (rendering reports it).
 */
public final class Dependencies {
    private Dependencies() {}

    /** The files, {@code resume} first, each once, as paths resolved from the ones given. */
    public static List<Path> of(Path resume) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        Path file = resume;
        while (file != null && seen.add(file.toAbsolutePath().normalize()) && seen.size() <= Variants.MAX_DEPTH + 1) {
            out.add(file);
            YNode.Map root = tree(file);
            if (root == null) {
                break;
            }
            for (Path bib : BibImport.references(file, root)) {
                if (seen.add(bib.toAbsolutePath().normalize())) {
                    out.add(bib);
                }
            }
            String theme = EntryIds.scalar(root, "theme");
            if (theme != null && FormatSpec.isThemePath(theme)) {
                themes(sibling(file, theme), seen, out);
            }
            Path photo = photo(file, root);
            if (photo != null && seen.add(photo.toAbsolutePath().normalize())) {
                out.add(photo);
            }
            String base = EntryIds.scalar(root, "extends");
            file = base == null ? null : sibling(file, base);
        }
        return List.copyOf(out);
    }

    private static void themes(Path theme, Set<Path> seen, List<Path> out) {
        while (theme != null && Files.isRegularFile(theme) && seen.add(theme.toAbsolutePath().normalize())) {
            out.add(theme);
            YNode.Map root = tree(theme);
            String base = root == null ? null : EntryIds.scalar(root, "extends");
            theme = base != null && FormatSpec.isThemePath(base) ? sibling(theme, base) : null;
        }
    }

    /**
     * The photo a file names: {@code photo: me.jpg}, {@code photo: {file: me.jpg}}, or a JSON
     * Resume's {@code basics.image} when it is a file and not an address; null when none is found.
     */
    private static Path photo(Path file, YNode.Map root) {
        YNode.Entry e = root.get("photo");
        YNode value = e == null ? null : e.value();
        if (value instanceof YNode.Map m) {
            value = m.get("file") == null ? null : m.get("file").value();
        }
        if (value == null && root.get("basics") != null && root.get("basics").value() instanceof YNode.Map basics) {
            YNode.Entry image = basics.get("image") != null ? basics.get("image") : basics.get("picture");
            value = image == null ? null : image.value();
        }
        if (!(value instanceof YNode.Scalar s) || s.isNull() || s.text().isBlank() || Urls.isRemote(s.text().strip())) {
            return null;
        }
        return sibling(file, s.text().strip());
    }

    private static Path sibling(Path file, String ref) {
        Path p = file.resolveSibling(ref).normalize();
        return Files.isRegularFile(p) ? p : null;
    }

    private static YNode.Map tree(Path file) {
        try {
            return new YamlReader(file, new Diagnostics()).read(SourceFile.read(file)) instanceof YNode.Map m ? m : null;
        } catch (IOException | InvalidInputException e) {
            return null;
        }
    }
}
