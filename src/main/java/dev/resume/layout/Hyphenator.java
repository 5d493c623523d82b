package dev.resume.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds where an English word may be hyphenated, by Liang's algorithm with TeX's American
 * English patterns (see {@code resources/hyphen/README.md}): ty-pog-ra-phy. At least two letters
 * stay before a break and three after it, as TeX's English sets them.
 *
 * <p>Only the letters of one word go in: whether a word may be hyphenated at all (a URL, a
 * name, code) is the line breaker's decision.
 */
public final class Hyphenator {
    static final int LEFT_MIN = 2;
    static final int RIGHT_MIN = 3;
    /** The shortest word with a point at all: two letters before it and three after. */
    static final int SHORTEST_WORD = LEFT_MIN + RIGHT_MIN;

    private static final String PATTERNS = "/hyphen/hyph_en_US.dic";

    /** Read on first use: most paragraphs set well without hyphenation and never need it. */
    private static final class Holder {
        static final Hyphenator INSTANCE = load();
    }

    /** Letters of a pattern to its digits (one more than the letters; 0 where none is written). */
    private final Map<String, byte[]> patterns;
    private final int longest;

    private Hyphenator(Map<String, byte[]> patterns, int longest) {
        this.patterns = patterns;
        this.longest = longest;
    }

    static Hyphenator english() {
        return Holder.INSTANCE;
    }

    /**
     * Reads the patterns now (some 20–40 ms on a cold JVM), so that a thread with time to spare
     * can do it before the line breaker first asks; a caller that comes while it is under way
     * waits for it rather than reading them twice.
     */
    public static void preload() {
        english();
    }

    /**
     * The offsets in {@code word} (all letters, apostrophes allowed) where a hyphen may go: a
     * break at offset k puts {@code word[0, k)} on one line. Ascending; empty for a short word.
     */
    int[] points(String word) {
        int n = word.length();
        if (n < SHORTEST_WORD) {
            return new int[0];
        }
        String w = "." + word.toLowerCase(Locale.ROOT).replace('’', '\'') + ".";
        if (w.length() != n + 2) {
            return new int[0]; // lower-casing changed the length (rare letters): offsets would not match
        }
        byte[] values = new byte[w.length() + 1];
        for (int i = 0; i < w.length(); i++) {
            for (int j = i + 1; j <= Math.min(w.length(), i + longest); j++) {
                byte[] p = patterns.get(w.substring(i, j));
                if (p != null) {
                    for (int k = 0; k < p.length; k++) {
                        values[i + k] = (byte) Math.max(values[i + k], p[k]);
                    }
                }
            }
        }
        // values[k + 1] is the value between word[k - 1] and word[k] (the leading dot shifts it).
        int[] out = new int[n];
        int count = 0;
        for (int k = LEFT_MIN; k <= n - RIGHT_MIN; k++) {
            if (values[k + 1] % 2 == 1) {
                out[count++] = k;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** The word with a hyphen at every point, for tests and messages: "ty-pog-ra-phy". */
    String hyphenate(String word) {
        StringBuilder sb = new StringBuilder(word);
        int[] points = points(word);
        for (int i = points.length - 1; i >= 0; i--) {
            sb.insert(points[i], '-');
        }
        return sb.toString();
    }

    private static Hyphenator load() {
        Map<String, byte[]> patterns = new HashMap<>(16_384);
        int longest = 0;
        try (InputStream in = Hyphenator.class.getResourceAsStream(PATTERNS)) {
            if (in == null) {
                throw new IllegalStateException("the hyphenation patterns " + PATTERNS + " are missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                // The header: the encoding and the minimum fragments (upper case, or with a space).
                if (line.isEmpty() || line.indexOf(' ') >= 0 || !line.equals(line.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                byte[] digits = new byte[line.length() + 1];
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c >= '0' && c <= '9') {
                        digits[letters.length()] = (byte) (c - '0');
                    } else {
                        letters.append(c);
                    }
                }
                patterns.put(letters.toString(), java.util.Arrays.copyOf(digits, letters.length() + 1));
                longest = Math.max(longest, letters.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the hyphenation patterns", e);
        }
        return new Hyphenator(patterns, longest);
    }
}
