package dev.resume.verify;

import dev.resume.font.PdfFace;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Reads a PDF's text layer back, as an applicant-tracking system would, and compares it with the
 * words the layout drew: every word must be there, in order, and apart from its neighbours.
 *
 * <p>OpenPDF's extractor splits some words where a kerning adjustment or a font change falls
 * ("GP A", "S HENGYU"); a word spread over several extracted pieces still counts as found. What
 * fails is a word that is missing or out of order, or two words that run together.
 */
public final class TextLayerCheck {
    /** How far ahead a word is looked for before it is called missing. */
    private static final int LOOKAHEAD = 40;
    private static final int MAX_PROBLEMS = 10;

    private TextLayerCheck() {}

    /** The problems found, at most a few; empty when the text layer is right. */
    public static List<String> check(List<Page> pages, byte[] pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int n = 0; n < pages.size() && problems.size() < MAX_PROBLEMS; n++) {
                List<String> expected = words(drawnText(pages.get(n)));
                List<String> found = words(extractor.getTextFromPage(n + 1));
                compare(expected, found, n + 1, problems);
            }
        } finally {
            reader.close();
        }
        return problems;
    }

    /** The text drawn on a page, in drawing order, with a space wherever there is a gap. */
    static String drawnText(Page page) {
        StringBuilder sb = new StringBuilder();
        PageItem.Text prev = null;
        for (PageItem item : page.items()) {
            if (!(item instanceof PageItem.Text t)) {
                continue;
            }
            boolean newLine = prev == null || Math.abs(t.y() - prev.y()) > 0.5f;
            boolean gap = prev != null && t.x() > prev.x() + prev.width() + 0.5f;
            if (newLine || gap || t.x() < prev.x()) {
                sb.append(' ');
            }
            sb.append(t.actual() != null && !mirror(t.actual()).equals(t.text()) ? t.actual() : expected(t));
            prev = t;
        }
        return sb.toString();
    }

    /**
     * What a reader should extract for a piece of text: its letters in the order its glyphs are
     * drawn where the shaper reorders them (a right-to-left word is drawn from its last letter,
     * as the reader meets it; a Devanagari vowel sign before its consonant), without the
     * characters no font has (they are drawn as no text).
     */
    private static String expected(PageItem.Text t) {
        String text = t.text();
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> t.face().canDisplay(c) || Character.getType(c) == Character.FORMAT)
                .forEach(kept::appendCodePoint);
        text = kept.toString();
        if (t.face() instanceof PdfFace face && reordered(text)) {
            String drawn = face.drawnOrder(text);
            // A right-to-left run's brackets are drawn mirrored, and read as the glyph they show.
            return rightToLeft(text) ? mirror(drawn) : drawn;
        }
        return text;
    }

    private static boolean rightToLeft(String text) {
        return text.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    private static String mirror(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> sb.appendCodePoint(com.ibm.icu.lang.UCharacter.getMirror(c)));
        return sb.toString();
    }

    /** Whether the shaper may draw the text's glyphs in another order than its letters. */
    private static boolean reordered(String text) {
        return text.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            int type = Character.getType(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || type == Character.COMBINING_SPACING_MARK || type == Character.NON_SPACING_MARK;
        });
    }

    /**
     * The words of a text, normalised (NFKC: composed accents, ligature characters as letters)
     * and in lower case. Scripts written without spaces (Chinese, Japanese kana and kanji) are
     * cut into characters: their "words" are wherever the layout broke a line or the extractor
     * put a gap, so one missing ideograph is still found.
     */
    static List<String> words(String text) {
        // An extractor may put a gap before a combining accent drawn as a glyph of its own
        // ("jose \u0301"): it belongs to the letter before it. Final sigma is folded, as a word
        // split by the extractor loses it.
        String joined = text.replaceAll("\\s+(?=\\p{M})", "");
        String t = Normalizer.normalize(joined, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ς', 'σ');
        List<String> out = new ArrayList<>();
        for (String w : t.split("[\\s\\u00A0\\u2009\\u202F\\u3000]+")) {
            int start = 0;
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (unspaced(cp)) {
                    if (i > start) {
                        out.add(w.substring(start, i));
                    }
                    out.add(w.substring(i, next));
                    start = next;
                }
                i = next;
            }
            if (start < w.length()) {
                out.add(w.substring(start));
            }
        }
        return out;
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || (s == Character.UnicodeScript.COMMON && Character.isIdeographic(cp))
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF65);
    }

    static void compare(List<String> expected, List<String> found, int page, List<String> problems) {
        List<String> tokens = new ArrayList<>(found);
        int i = 0;
        for (int e = 0; e < expected.size() && problems.size() < MAX_PROBLEMS; e++) {
            String w = expected.get(e);
            int used = spell(w, tokens, i);
            if (used > 0) {
                i += used;
                continue;
            }
            if (w.length() > 1 && w.endsWith("-") && e + 1 < expected.size() && i < tokens.size()) {
                // A word broken at a line end ("ty-", "pography") that the extractor joined and
                // took the hyphen from ("typography", as pdftotext does): the rest is the next word's.
                String stem = w.substring(0, w.length() - 1);
                String token = tokens.get(i);
                String next = expected.get(e + 1);
                if (token.length() > stem.length() && token.startsWith(stem) && !token.startsWith(w)
                        && (next.startsWith(token.substring(stem.length())) || token.substring(stem.length()).startsWith(next))) {
                    tokens.set(i, token.substring(stem.length()));
                    continue;
                }
            }
            if (i < tokens.size() && tokens.get(i).startsWith(w) && e + 1 < expected.size()
                    && tokens.get(i).substring(w.length()).startsWith(expected.get(e + 1).substring(0, 1))) {
                problems.add("page " + page + ": '" + expected.get(e) + "' and '" + expected.get(e + 1)
                        + "' run together as '" + tokens.get(i) + "'");
                tokens.set(i, tokens.get(i).substring(w.length()));
                continue;
            }
            int ahead = -1;
            for (int k = i + 1; k < tokens.size() && k <= i + LOOKAHEAD; k++) {
                if (spell(w, tokens, k) > 0) {
                    ahead = k;
                    break;
                }
            }
            if (ahead >= 0) {
                problems.add("page " + page + ": '" + w + "' comes after text that should follow it ('"
                        + String.join(" ", tokens.subList(i, Math.min(ahead, i + 6))) + "')");
                i = ahead + spell(w, tokens, ahead);
            } else {
                problems.add("page " + page + ": '" + w + "' is missing from the text layer");
            }
        }
    }

    /**
     * How many tokens from {@code i} spell {@code word} exactly; 0 if they do not. A token
     * ending in a hyphen may stand for the start of the word without it: the line broke the word
     * there, and an extractor may or may not join the two parts.
     */
    private static int spell(String word, List<String> tokens, int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < tokens.size() && sb.length() < word.length(); k++) {
            String t = tokens.get(k);
            String joined = sb + t;
            if (joined.equals(word)) {
                return k - i + 1;
            }
            if (word.startsWith(joined)) {
                sb.append(t);
            } else if (t.endsWith("-") && word.startsWith(joined.substring(0, joined.length() - 1))) {
                sb.append(t, 0, t.length() - 1);
            } else {
                return 0;
            }
        }
        return 0;
    }
}
