package dev.resume.layout;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a word may break inside: its soft hyphens, after the hyphens of a compound, and the
 * points of its paragraph's language's hyphenation patterns. The rules of what must never break (links,
 * names, code, URLs, numbers) are many and each has a reason, so they live here, apart from the
 * passes that decide whether to use the points at all ({@link TotalFitPasses}).
 */
final class BreakPoints {
    static final String HYPHEN = "-";
    /**
     * The letters a break after a compound's own hyphen keeps before it and after it, in every
     * language: TeX's English minimums ("e-mail" holds together).
     */
    private static final int COMPOUND_BEFORE = 2;
    private static final int COMPOUND_AFTER = 3;

    /**
     * Which breaks inside words the patterns may add: those of words of at least {@code minWord}
     * letters (0: none) by the {@code patterns} of the paragraph's language (null: none), and
     * with {@code compoundParts} those inside a compound's parts too, which TeX never makes: only
     * where the alternative is a line TeX would report underfull.
     */
    record Hyphenation(int minWord, Hyphenator patterns, boolean compoundParts) {
        static final Hyphenation NONE = new Hyphenation(0, null, false);

        Hyphenation {
            if (patterns == null) {
                minWord = 0;
            }
        }
    }

    /** A place where a word may break: after {@code offset} characters of its text. */
    record WordBreak(int offset, boolean addsHyphen) {}

    /** Whether a face is monospaced, asked once a face: code is set in one. */
    private final Map<Face, Boolean> monospaced = new IdentityHashMap<>();

    /**
     * Where a word may break. Never in a link, a run kept whole (names, dates), an icon, small
     * capitals, code (a monospaced face), nor in a word that looks like a URL, an e-mail address
     * or an identifier, or has digits. A soft hyphen in the source is a break point, and then the
     * patterns are not asked about that word; nor are they about a compound, which breaks at its
     * hyphens only, as in TeX ("parameter-efficient", not "parameter-ef-ficient"), unless
     * {@code hyphenate} allows its parts.
     */
    List<WordBreak> of(Word word, Hyphenation hyphenate) {
        List<Piece> pieces = word.pieces();
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(p.text());
        }
        String text = sb.toString();
        if (!hyphenatable(text)) {
            return List.of();
        }
        TreeMap<Integer, WordBreak> out = new TreeMap<>();
        boolean manual = false;
        // A second hyphen inside one of a compound's parts would read badly.
        boolean compound = false;
        int pos = 0;
        for (Piece p : pieces) {
            int len = p.text().length();
            if (breakable(p)) {
                for (int k : p.shy()) {
                    out.put(pos + k, new WordBreak(pos + k, !p.text().startsWith(HYPHEN, k - 1)));
                    manual = true;
                }
                for (int k = 1; k < len - 1; k++) {
                    // After a hyphen between letters, as in "state-of-the-art": no hyphen added.
                    char c = p.text().charAt(k);
                    if ((c == '-' || c == '\u2010') && Character.isLetter(text.charAt(pos + k - 1))
                            && Character.isLetter(text.charAt(pos + k + 1)) && lettersBefore(text, pos + k) >= COMPOUND_BEFORE
                            && lettersAfter(text, pos + k + 1) >= COMPOUND_AFTER) {
                        out.put(pos + k + 1, new WordBreak(pos + k + 1, false));
                        compound = true;
                    }
                }
            }
            pos += len;
        }
        if (hyphenate.minWord() > 0 && !manual && (!compound || hyphenate.compoundParts())) {
            // Each run of letters wholly inside one breakable piece is a word for the patterns.
            pos = 0;
            for (Piece p : pieces) {
                String t = p.text();
                if (breakable(p)) {
                    int k = 0;
                    while (k < t.length()) {
                        if (!isWordLetter(t.charAt(k))) {
                            k++;
                            continue;
                        }
                        int e = k;
                        while (e < t.length() && isWordLetter(t.charAt(e))) {
                            e++;
                        }
                        boolean inside = (pos + k == 0 || !Character.isLetterOrDigit(text.charAt(pos + k - 1)))
                                && (pos + e == text.length() || !Character.isLetterOrDigit(text.charAt(pos + e)));
                        String run = t.substring(k, e);
                        if (inside && run.length() >= hyphenate.minWord() && patternWord(run, hyphenate.patterns())) {
                            for (int point : hyphenate.patterns().points(run)) {
                                out.putIfAbsent(pos + k + point, new WordBreak(pos + k + point, true));
                            }
                        }
                        k = e;
                    }
                }
                pos += t.length();
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }

    private static int lettersBefore(String s, int end) {
        int n = 0;
        while (end - n - 1 >= 0 && Character.isLetter(s.charAt(end - n - 1))) {
            n++;
        }
        return n;
    }

    private static int lettersAfter(String s, int start) {
        int n = 0;
        while (start + n < s.length() && Character.isLetter(s.charAt(start + n))) {
            n++;
        }
        return n;
    }

    /**
     * A word the patterns may break: in their script (no English breaks in a Russian word, no
     * Russian ones in an English word), in lower case after the first letter (not an acronym or
     * a product name such as "SageMaker", which the patterns know nothing of).
     */
    private static boolean patternWord(String run, Hyphenator patterns) {
        for (int i = 1; i < run.length(); i++) {
            if (Character.isUpperCase(run.charAt(i))) {
                return false;
            }
        }
        return run.length() >= patterns.shortestWord() && patterns.covers(run);
    }

    /** Whole-word reasons not to break a word: it is a URL, an address, a number, a name of code. */
    private static boolean hyphenatable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '/' || c == '\\' || c == '_' || c == '=' || c == '#' || c == '~') {
                return false;
            }
            // A dot or colon between letters: a domain, a file name, "e.g.", "std::vector".
            if ((c == '.' || c == ':') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                return false;
            }
        }
        return !text.regionMatches(true, 0, "www", 0, 3) || text.length() < 4 || text.charAt(3) != '.';
    }

    /** A piece that may break inside: plain text of the paragraph, not a link, a name or code. */
    private boolean breakable(Piece p) {
        if (p.kind() != Piece.Kind.WORD || p.link() != null || p.noBreak() || p.icon() || p.actual() != null) {
            return false;
        }
        // Code is set in a monospaced face: an identifier must not gain a hyphen.
        return !monospaced.computeIfAbsent(p.face(), f -> Math.abs(f.width("i", 10) - f.width("m", 10)) < 0.01f);
    }
}
