package dev.resume.api;

import dev.resume.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Points a warning at the character itself rather than at the start of the field that holds it. */
final class SourceLocator {
    /** How far past the field's start to look: a folded paragraph spans a few lines. */
    private static final int LINES = 40;

    private SourceLocator() {}

    static SourcePos find(SourcePos field, int codePoint) {
        if (field.file() == null || !field.isKnown()) {
            return field;
        }
        try {
            List<String> lines = Files.readAllLines(field.file(), StandardCharsets.UTF_8);
            String c = Character.toString(codePoint);
            for (int n = field.line(); n <= lines.size() && n < field.line() + LINES; n++) {
                String line = lines.get(n - 1);
                int from = n == field.line() ? Math.max(0, field.column() - 1) : 0;
                int i = line.indexOf(c, Math.min(from, line.length()));
                if (i >= 0) {
                    return new SourcePos(field.file(), n, line.codePointCount(0, i) + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The field's own position is still a good answer.
        }
        return field;
    }
}
