package dev.resume.readback;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds expected words, in order, among extracted tokens. Tokens must match whole (a word glued
 * to its neighbour does not match); a few foreign tokens may stand between two expected words
 * (a date set at the right of a wrapped title comes between its lines), and a long word cut at
 * the end of a line may span two tokens.
 */
public final class TokenMatcher {
    private static final int MAX_GAP = 12;

    private final List<String> tokens;

    public TokenMatcher(List<String> tokens) {
        List<String> bare = new ArrayList<>();
        for (String t : tokens) {
            bare.add(bare(folded(t)));
        }
        this.tokens = bare;
    }

    public static List<String> words(String text) {
        String t = folded(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        // A soft hyphen in the source is no character of the text: it is drawn only at a break.
        for (String s : t.replace("\u00AD", "").split("[\\s\\u00A0]+")) {
            String b = bare(s);
            if (!b.isEmpty()) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The text with the typographer's corrections undone (curly quotes, en and em dashes; the
     * ellipsis NFKC unfolds), so that what was typed and what was set compare equal.
     */
    public static String folded(String t) {
        return t.replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"')
                .replace("---", "-").replace("--", "-").replace('–', '-').replace('—', '-');
    }

    /**
     * A token without the punctuation a theme may put around a field ("(in submission).",
     * "Findings,"): letters glued together still differ.
     */
    static String bare(String token) {
        return token.replaceAll("^[(\\[{\"'“‘,.;:]+", "").replaceAll("[)\\]}\"'”’,.;:]+$", "");
    }

    /** Index of the first token of {@code words} found at or after {@code from}, or -1. */
    public int find(List<String> words, int from) {
        for (int start = from; start < tokens.size(); start++) {
            int end = matchAt(words, start);
            if (end >= 0) {
                return start;
            }
        }
        return -1;
    }

    /** If {@code words} match starting exactly at {@code start}, the index after the last token used; else -1. */
    public int matchAt(List<String> words, int start) {
        int pos = start;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            int limit = w == 0 ? pos : Math.min(tokens.size() - 1, pos + MAX_GAP);
            int found = -1;
            int next = -1;
            for (int i = pos; i <= limit && i < tokens.size(); i++) {
                int used = tokensFor(word, i);
                if (used > 0) {
                    found = i;
                    next = i + used;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            pos = next;
        }
        return pos;
    }

    /**
     * How many tokens from {@code i} spell {@code word} (1 normally, more for a word cut or
     * hyphenated across lines: "ty-" then "pography"); 0 if none.
     */
    private int tokensFor(String word, int i) {
        if (tokens.get(i).equals(word)) {
            return 1;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < tokens.size() && k < i + 4; k++) {
            String t = tokens.get(k);
            String joined = sb + t;
            if (joined.equals(word)) {
                return k - i + 1;
            }
            if (word.startsWith(joined)) {
                sb.append(t);
            } else if (t.endsWith("-") && word.startsWith(joined.substring(0, joined.length() - 1))) {
                sb.append(t, 0, t.length() - 1); // the hyphen a line break added
            } else {
                return 0;
            }
        }
        return 0;
    }

    public List<String> tokens() {
        return tokens;
    }
}
