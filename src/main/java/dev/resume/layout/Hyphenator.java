package dev.resume.layout;

import dev.resume.text.LanguageTag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds where a word of one language may be hyphenated, by Liang's algorithm with TeX's patterns
 * for that language (see {@link HyphenationLanguage} and {@code resources/hyphen/README.md}):
 * ty-pog-ra-phy, Sil-ben-tren-nung. The language's minimums hold: English keeps two letters
 * before a break and three after it, German two and two.
 *
 * <p>Only the letters of one word go in: whether a word may be hyphenated at all (a URL, a
 * name, code) is the line breaker's decision; whether it is written in the patterns' script is
 * {@link #covers}.
 */
public final class Hyphenator {
    /**
     * The shortest word any language's patterns may break: one letter each side (Greek). A
     * language's own minimums ({@link #shortestWord()}) are what decide.
     */
    static final int SHORTEST_WORD = 2;

    /** The patterns read so far, by file: each is read when a paragraph of its language first needs it. */
    private static final Map<String, Hyphenator> LOADED = new ConcurrentHashMap<>();
    /** How often each file was read (once, with the cache) and how often each language was asked for. */
    private static final Map<String, AtomicInteger> READS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();

    private final HyphenationLanguage language;
    /** Letters of a pattern to its digits (one more than the letters; 0 where none is written). */
    private final Map<String, byte[]> patterns;
    private final int longest;
    /** Words whose breaks the exceptions file gives, lower case, to their points. */
    private final Map<String, int[]> exceptions;
    /** The scripts the patterns' letters are written in: a word in another is not theirs to break. */
    private final Set<Character.UnicodeScript> scripts;
    private final Locale locale;

    private Hyphenator(HyphenationLanguage language, Map<String, byte[]> patterns, int longest, Map<String, int[]> exceptions,
            Set<Character.UnicodeScript> scripts) {
        this.language = language;
        this.patterns = patterns;
        this.longest = longest;
        this.exceptions = exceptions;
        this.scripts = scripts;
        this.locale = Locale.forLanguageTag(language.tag());
    }

    static Hyphenator english() {
        return load(HyphenationLanguage.ENGLISH);
    }

    /**
     * The patterns of {@code tag}'s language, read on first use and kept, or null when it has none
     * (it is then not hyphenated: never with another language's patterns).
     */
    public static Hyphenator of(LanguageTag tag) {
        HyphenationLanguage language = HyphenationLanguage.of(tag);
        REQUESTS.computeIfAbsent(language == null ? String.valueOf(tag) : language.tag(), k -> new AtomicInteger())
                .incrementAndGet();
        return language == null ? null : load(language);
    }

    /**
     * Reads the English patterns now (some 20–40 ms on a cold JVM), so that a thread with time to
     * spare can do it before the line breaker first asks; a caller that comes while it is under
     * way waits for it rather than reading them twice.
     */
    public static void preload() {
        english();
    }

    /**
     * How many times the patterns of {@code tag}'s language were read: 0 before its first
     * paragraph, 1 after (the tests hold the cache to it).
     */
    public static int reads(String tag) {
        HyphenationLanguage language = HyphenationLanguage.of(LanguageTag.parse(tag));
        AtomicInteger n = language == null ? null : READS.get(language.file());
        return n == null ? 0 : n.get();
    }

    /**
     * How many times paragraphs asked for the patterns of {@code tag}, a language's own tag as in
     * {@link HyphenationLanguage#ALL} (the tests hold an English render to asking for English only).
     */
    public static int requests(String tag) {
        AtomicInteger n = REQUESTS.get(tag);
        return n == null ? 0 : n.get();
    }

    private static Hyphenator load(HyphenationLanguage language) {
        return LOADED.computeIfAbsent(language.file(), f -> read(language));
    }

    HyphenationLanguage language() {
        return language;
    }

    /** The shortest word with a point at all: the letters kept before a break and after it. */
    int shortestWord() {
        return language.leftMin() + language.rightMin();
    }

    /** Whether {@code word}'s letters are all in the patterns' scripts: Latin for German, Cyrillic for Russian. */
    boolean covers(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp) && !scripts.contains(Character.UnicodeScript.of(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The offsets in {@code word} (all letters, apostrophes allowed) where a hyphen may go: a
     * break at offset k puts {@code word[0, k)} on one line. Ascending; empty for a short word.
     */
    int[] points(String word) {
        int n = word.length();
        if (n < shortestWord()) {
            return new int[0];
        }
        // In the language's own lower case: Turkish "I" is "ı".
        String lower = normalise(word.toLowerCase(locale));
        if (lower.length() != n) {
            return new int[0]; // lower-casing changed the length (rare letters): offsets would not match
        }
        int[] exception = exceptions.get(lower);
        if (exception != null) {
            return within(exception, n);
        }
        String w = "." + lower + ".";
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
        for (int k = language.leftMin(); k <= n - language.rightMin(); k++) {
            if (values[k + 1] % 2 == 1) {
                out[count++] = k;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** The points that keep the language's minimums, as TeX applies them to its exceptions too. */
    private int[] within(int[] points, int n) {
        return Arrays.stream(points).filter(k -> k >= language.leftMin() && n - k >= language.rightMin()).toArray();
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

    /** One apostrophe for both: the patterns write some with ' and some with ’ (French has both). */
    private static String normalise(String s) {
        return s.replace('’', '\'');
    }

    /** Reads a language's patterns and exceptions, uncached: {@link #of} keeps what this returns. */
    static Hyphenator read(HyphenationLanguage language) {
        READS.computeIfAbsent(language.file(), k -> new AtomicInteger()).incrementAndGet();
        boolean dic = language.file().endsWith(".dic");
        String file = "/hyphen/" + language.file() + (dic ? "" : ".pat.txt");
        Map<String, byte[]> patterns = new HashMap<>(16_384);
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        int longest = 0;
        try (BufferedReader reader = open(file, true)) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = normalise(line.strip());
                // The .dic's header: the encoding and the minimum fragments (upper case, or with a space).
                if (line.isEmpty() || dic && (line.indexOf(' ') >= 0 || !line.equals(line.toLowerCase(Locale.ROOT)))) {
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
                        if (Character.isLetter(c)) {
                            scripts.add(Character.UnicodeScript.of(c));
                        }
                    }
                }
                byte[] values = Arrays.copyOf(digits, letters.length() + 1);
                // Two spellings of one apostrophe may give one pattern twice: the higher values win, as in Liang's merge.
                patterns.merge(letters.toString(), values, Hyphenator::max);
                longest = Math.max(longest, letters.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the hyphenation patterns " + file, e);
        }
        Map<String, int[]> exceptions = dic ? Map.of() : exceptions("/hyphen/" + language.file() + ".hyp.txt");
        return new Hyphenator(language, patterns, longest, exceptions, scripts);
    }

    private static byte[] max(byte[] a, byte[] b) {
        byte[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Math.max(a[i], b[i]);
        }
        return out;
    }

    /** The exceptions file's words ("ta-ble" a line), to their points; none when the language has no file. */
    private static Map<String, int[]> exceptions(String file) {
        Map<String, int[]> out = new HashMap<>();
        try (BufferedReader reader = open(file, false)) {
            if (reader == null) {
                return Map.of();
            }
            String line;
            while ((line = reader.readLine()) != null) {
                line = normalise(line.strip());
                if (line.isEmpty()) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                int[] points = new int[line.length()];
                int count = 0;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '-') {
                        points[count++] = letters.length();
                    } else {
                        letters.append(c);
                    }
                }
                out.put(letters.toString(), Arrays.copyOf(points, count));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the hyphenation exceptions " + file, e);
        }
        return out;
    }

    private static BufferedReader open(String file, boolean required) {
        InputStream in = Hyphenator.class.getResourceAsStream(file);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("the hyphenation patterns " + file + " are missing from the build");
            }
            return null;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
