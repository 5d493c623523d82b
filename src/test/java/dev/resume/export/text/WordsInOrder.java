package dev.resume.export.text;

import dev.resume.readback.TokenMatcher;
import java.util.List;

/**
 * Finds the words of a PDF, in order, among the words of an export. A word must match whole.
 * Between two matched words the export may have a few words more (a contact's "GitHub:", a
 * link's address in plain text); and a word may be found a little behind the last match, never
 * twice: the PDF sets a date at the right of a title's first line, before the title's second
 * line, where a text gives the whole title first; a theme with a dates column sets an award's
 * date before its line of thirty words. The windows are that wide and no wider. A word the PDF hyphenated at a line's end
 * ("Parallel-" "ism") is one word of the export.
 */
final class WordsInOrder {
    private static final int AHEAD = 40;
    private static final int BEHIND = 40;

    private WordsInOrder() {}

    /** The words of a text: lower case, without the punctuation around them; no lone symbols ("•", "–"). */
    static List<String> words(String text) {
        return TokenMatcher.words(text).stream().filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /** Null if every PDF word is found in order; else what is missing, with its neighbourhood. */
    static String check(List<String> pdf, List<String> export) {
        boolean[] used = new boolean[export.size()];
        int pos = 0;
        for (int i = 0; i < pdf.size(); i++) {
            String w = pdf.get(i);
            int at = find(w, export, used, pos);
            int consumed = 1;
            if (at < 0 && w.endsWith("-") && i + 1 < pdf.size()) {
                // A break the PDF made inside a word ("paral-" "lelism"), or at a hyphen of the word ("multi-" "turn").
                for (String joined : List.of(w.substring(0, w.length() - 1) + pdf.get(i + 1), w + pdf.get(i + 1))) {
                    at = find(joined, export, used, pos);
                    if (at >= 0) {
                        consumed = 2;
                        break;
                    }
                }
            }
            if (at < 0) {
                return "the PDF's word \"" + w + "\" (word " + i + ": …" + String.join(" ", pdf.subList(Math.max(0, i - 6), i))
                        + " [" + w + "] " + String.join(" ", pdf.subList(i + 1, Math.min(pdf.size(), i + 6)))
                        + "…) is not in the export near \"" + String.join(" ", export.subList(Math.max(0, pos - 6),
                                Math.min(export.size(), pos + 10))) + "\"";
            }
            used[at] = true;
            pos = Math.max(pos, at + 1);
            i += consumed - 1;
        }
        return null;
    }

    /**
     * A word left behind (skipped when the PDF set a date early) is taken first: it has to be
     * met some time, and a common word ahead ("for") may belong to a later sentence.
     */
    private static int find(String w, List<String> export, boolean[] used, int pos) {
        for (int j = pos - 1; j >= Math.max(0, pos - BEHIND); j--) {
            if (!used[j] && export.get(j).equals(w)) {
                return j;
            }
        }
        for (int j = pos; j < Math.min(export.size(), pos + AHEAD); j++) {
            if (!used[j] && export.get(j).equals(w)) {
                return j;
            }
        }
        return -1;
    }
}
