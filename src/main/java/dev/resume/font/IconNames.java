package dev.resume.font;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled icon font's glyphs by name ("twitter", "rss"), as Fork Awesome's CSS names them:
 * read from fonts/fork-awesome/icons.txt, which holds only the names whose code point the
 * shipped font maps, so that a name found here is never drawn as a blank.
 */
public final class IconNames {
    private IconNames() {}

    private static final Map<String, Integer> NAMES = load();

    /** The code point of an icon name, with or without "fa-"; null for a name the font has not. */
    public static Integer codePoint(String name) {
        String n = name.strip();
        return NAMES.get(n.startsWith("fa-") ? n.substring(3) : n);
    }

    /** Every name, for "did you mean" hints. */
    public static java.util.Set<String> names() {
        return Collections.unmodifiableSet(NAMES.keySet());
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> names = new TreeMap<>();
        try (InputStream in = IconNames.class.getResourceAsStream("/fonts/fork-awesome/icons.txt")) {
            if (in == null) {
                throw new IllegalStateException("fonts/fork-awesome/icons.txt is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+");
                names.put(parts[0], Integer.parseInt(parts[1], 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
