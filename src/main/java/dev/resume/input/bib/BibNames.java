package dev.resume.input.bib;

import dev.resume.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of an {@code author} (or {@code editor}) field, as BibTeX splits them: on the word
 * {@code and} outside braces; each name written "First von Last", "von Last, First" or
 * "von Last, Jr, First"; a name in braces ({@code {World Health Organization}}) is one name; a
 * last name {@code others} is "et al.". Each becomes "First von Last, Jr", as a résumé prints it,
 * with LaTeX turned into Unicode, and with the marks written after any part of it
 * ({@code Li*, Dacheng}, {@code Dacheng Li$^\dagger$}) moved to its end.
 */
public final class BibNames {
    /** What a name may carry after it: equal contribution, corresponding author… */
    static final String MARKS = "*†‡§¶#";

    private BibNames() {}

    /** The names, in order. An empty name (two {@code and}s in a row) is reported and skipped. */
    public static List<String> split(BibText field, BibSource src, Diagnostics diagnostics, String fieldName) {
        List<String> out = new ArrayList<>();
        String s = field.text();
        int depth = 0;
        int from = 0;
        for (int k = 0; k <= s.length(); k++) {
            char c = k < s.length() ? s.charAt(k) : ' ';
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (k == s.length() || depth == 0 && isAnd(s, k)) {
                BibText one = field.sub(from, k).strip();
                if (one.isBlank()) {
                    // At the 'and' that follows nothing, or at the end of a field that ends with one.
                    int at = k < s.length() ? k + 1 : s.length() - 1;
                    diagnostics.error(src.pos(field.offset(at)), "an empty name in '" + fieldName + "'",
                            "two 'and's in a row, or an 'and' at an end: delete one");
                } else {
                    out.add(name(one, src, diagnostics));
                }
                from = k + 4;
                k += 3;
            }
        }
        return out;
    }

    /** Whether " and " (any case, any white space around) starts at {@code k}, the white space before it. */
    private static boolean isAnd(String s, int k) {
        if (!Character.isWhitespace(s.charAt(k)) || k + 4 >= s.length()) {
            return false;
        }
        return s.regionMatches(true, k + 1, "and", 0, 3) && Character.isWhitespace(s.charAt(k + 4));
    }

    /** One name, as printed. */
    static String name(BibText raw, BibSource src, Diagnostics diagnostics) {
        if (raw.text().equalsIgnoreCase("others")) {
            return "et al.";
        }
        List<BibText> parts = commaParts(raw);
        List<BibText> first;
        List<BibText> von = new ArrayList<>();
        List<BibText> last = new ArrayList<>();
        BibText jr = null;
        if (parts.size() == 1) {
            List<BibText> words = words(parts.get(0));
            // First: the words up to the first that starts in lower case; von: up to the last such; Last: the rest.
            int firstLower = -1;
            int lastLower = -1;
            for (int w = 0; w < words.size() - 1; w++) {
                if (startsLower(words.get(w).text())) {
                    firstLower = firstLower < 0 ? w : firstLower;
                    lastLower = w;
                }
            }
            if (firstLower < 0) {
                first = words.subList(0, words.size() - 1);
                last.add(words.get(words.size() - 1));
            } else {
                first = words.subList(0, firstLower);
                von.addAll(words.subList(firstLower, lastLower + 1));
                last.addAll(words.subList(lastLower + 1, words.size()));
            }
        } else {
            List<BibText> words = words(parts.get(0));
            int lastLower = -1;
            for (int w = 0; w < words.size() - 1; w++) {
                if (startsLower(words.get(w).text())) {
                    lastLower = w;
                }
            }
            von.addAll(words.subList(0, lastLower + 1));
            last.addAll(words.subList(lastLower + 1, words.size()));
            if (parts.size() >= 3) {
                jr = parts.get(1);
                first = words(parts.get(2));
            } else {
                first = words(parts.get(1));
            }
        }
        StringBuilder marks = new StringBuilder();
        List<String> shown = new ArrayList<>();
        for (List<BibText> group : List.of(first, von, last)) {
            for (BibText w : group) {
                String t = unmarked(Latex.convert(w, Latex.Mode.PLAIN, src, diagnostics), marks);
                if (!t.isEmpty()) {
                    shown.add(t);
                }
            }
        }
        String name = String.join(" ", shown);
        if (jr != null && !jr.isBlank()) {
            name += ", " + unmarked(Latex.convert(jr, Latex.Mode.PLAIN, src, diagnostics), marks);
        }
        return name + marks;
    }

    /** The text without the marks at its end, which are added to {@code marks}. */
    private static String unmarked(String t, StringBuilder marks) {
        int end = t.length();
        while (end > 0 && MARKS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        marks.append(t, end, t.length());
        return t.substring(0, end).strip();
    }

    private static List<BibText> commaParts(BibText raw) {
        List<BibText> parts = new ArrayList<>();
        String s = raw.text();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(raw.sub(from, k).strip());
                from = k + 1;
            }
        }
        parts.add(raw.sub(from, s.length()).strip());
        return parts;
    }

    /** The words of a part: split on white space and '~' outside braces. */
    private static List<BibText> words(BibText part) {
        List<BibText> words = new ArrayList<>();
        String s = part.text();
        int depth = 0;
        int from = 0;
        for (int k = 0; k <= s.length(); k++) {
            char c = k < s.length() ? s.charAt(k) : ' ';
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && (Character.isWhitespace(c) || c == '~')) {
                if (k > from) {
                    words.add(part.sub(from, k));
                }
                from = k + 1;
            }
        }
        return words;
    }

    /**
     * Whether a word belongs to the "von" part: its first letter outside braces is lower case
     * ({@code van}, {@code de}); a word in braces ({@code {Van}}) never does, as in BibTeX.
     */
    private static boolean startsLower(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c == '{') {
                // {\"u}ber: a special character's case decides; {Van}: protected, never von.
                return k + 1 < w.length() && w.charAt(k + 1) == '\\' && k + 3 < w.length() && Character.isLowerCase(w.charAt(k + 3));
            }
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }
}
