package dev.resume.syntax;

import dev.resume.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Finds where a piece of a value stands in its file, from the value's own place: the tree keeps
 * one position per scalar, and a message about a character or a placeholder inside it should
 * point at that, past any quote or folded line. The file is read again (only when there is
 * something to report); when it cannot be, or the piece is not found as written (an escape
 * sequence), the value's position is the answer.
 */
public final class SourceSearch {
    /** How far past the value's start to look: a folded paragraph spans a few lines. */
    private static final int LINES = 40;

    private SourceSearch() {}

    public static SourcePos find(SourcePos from, String needle) {
        return find(from, needle, 0);
    }

    /** The place of the {@code skip}+1-th {@code needle} from {@code from}: the value has the piece more than once. */
    public static SourcePos find(SourcePos from, String needle, int skip) {
        if (from == null || from.file() == null || !from.isKnown() || needle.isEmpty()) {
            return from;
        }
        try {
            List<String> lines = Files.readAllLines(from.file(), StandardCharsets.UTF_8);
            for (int n = from.line(); n <= lines.size() && n < from.line() + LINES; n++) {
                String line = lines.get(n - 1);
                int start = n == from.line() ? Math.max(0, line.offsetByCodePoints(0,
                        Math.min(from.column() - 1, line.codePointCount(0, line.length())))) : 0;
                for (int i = line.indexOf(needle, start); i >= 0; i = line.indexOf(needle, i + needle.length())) {
                    if (skip-- == 0) {
                        return new SourcePos(from.file(), n, line.codePointCount(0, i) + 1);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The value's own position is still a good answer.
        }
        return from;
    }
}
