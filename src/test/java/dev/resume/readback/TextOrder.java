package dev.resume.readback;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Checks the text layer character by character: every character of every field is extracted,
 * in order, whatever the lines did to its words (a long word cut into many lines, a URL broken
 * at its slashes). Between two characters of a field only a little other text may stand: what
 * the layout sets beside a line (a date at its right, the left column's lines, a marker) or adds
 * at a break (a hyphen).
 */
public final class TextOrder {
    /** The most characters of other text between two characters of one field. */
    private static final int MAX_GAP = 80;

    private TextOrder() {}

    /**
     * Fails unless each field of each unit is found in the PDF's text (spaces left out) from
     * where its unit starts, the units in order. Returns how many fields it checked.
     */
    public static int everyCharacterInOrder(String what, ExpectedText expected, PdfReadBack pdf) {
        String stream = compact(pdf.text);
        int cursor = 0;
        int fields = 0;
        for (ExpectedText.Unit unit : expected.units) {
            int unitStart = -1;
            for (String field : unit.fields()) {
                String chars = compact(field);
                if (chars.isEmpty()) {
                    continue;
                }
                int at = find(stream, chars, unitStart < 0 ? cursor : unitStart);
                if (at < 0) {
                    fail(what + ": in " + unit.what() + ", the characters of \"" + field + "\" are not all in the PDF's text in order"
                            + " after character " + cursor + " (" + stream.substring(cursor, Math.min(stream.length(), cursor + 80))
                            + "…)");
                }
                if (unitStart < 0) {
                    unitStart = at;
                }
                fields++;
            }
            if (unitStart >= 0) {
                assertTrue(unitStart >= cursor, what + ": " + unit.what() + " is out of order");
                cursor = unitStart;
            }
        }
        return fields;
    }

    /** Text without white space, its ligatures and typographer's corrections undone, in lower case. */
    private static String compact(String text) {
        String t = TokenMatcher.folded(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        return t.replace("\u00AD", "").replaceAll("[\\s\\u00A0]+", "");
    }

    /** Where a match of {@code chars} starts at or after {@code from}, or -1. */
    private static int find(String stream, String chars, int from) {
        for (int start = stream.indexOf(chars.charAt(0), from); start >= 0; start = stream.indexOf(chars.charAt(0), start + 1)) {
            if (matchesFrom(stream, chars, start)) {
                return start;
            }
        }
        return -1;
    }

    /** Whether every character of {@code chars} follows from {@code start}, with at most {@link #MAX_GAP} others between two. */
    private static boolean matchesFrom(String stream, String chars, int start) {
        int pos = start;
        for (int i = 0; i < chars.length(); i++) {
            int gap = 0;
            while (pos < stream.length() && stream.charAt(pos) != chars.charAt(i)) {
                pos++;
                if (++gap > MAX_GAP) {
                    return false;
                }
            }
            if (pos >= stream.length()) {
                return false;
            }
            pos++;
        }
        return true;
    }
}
