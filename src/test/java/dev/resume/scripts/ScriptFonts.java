package dev.resume.scripts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test themes that name installed fonts for the scripts the built-in fonts lack, by absolute
 * path (Debian's fonts-droid-fallback and fonts-symbola): the tests that use them are skipped on
 * a machine without them.
 */
final class ScriptFonts {
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path SYMBOLA = Path.of("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf");

    private ScriptFonts() {}

    static boolean installed() {
        return Files.isRegularFile(DROID) && Files.isRegularFile(SYMBOLA);
    }

    /**
     * A theme extending {@code base} whose fallbacks are DejaVu Sans (a regular and a bold face),
     * then Droid Sans Fallback (CJK, one weight) and Symbola (emoji, one weight).
     */
    static Path theme(Path dir, String base) throws IOException {
        Path file = dir.resolve("scripts-" + base + ".yml");
        String fallback = list(List.of("dejavu/DejaVuSans.ttf", DROID.toString(), SYMBOLA.toString()));
        String bold = list(List.of("dejavu/DejaVuSans-Bold.ttf", DROID.toString(), SYMBOLA.toString()));
        Files.writeString(file, """
                name: scripts-%s
                extends: %s
                fonts:
                  fallback: %s
                  fallback_bold: %s
                """.formatted(base, base, fallback, bold));
        return file;
    }

    private static String list(List<String> files) {
        return files.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
