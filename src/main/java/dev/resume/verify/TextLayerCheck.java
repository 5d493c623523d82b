package dev.resume.verify;

import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import com.ibm.icu.lang.UCharacter;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.pdf.PdfReader;

/**
 * Reads a PDF's text layer back, as a reader would, and compares it with the words the layout
 * drew: every word must be there, in order, and apart from its neighbours.
 *
 * <p>The reader is pdftotext's and PDFBox's way of reading ({@link PdfTextReader}, {@link
 * ReadingOrder}): ActualText honoured, glyphs put into lines by position, each line turned into
 * reading order by the bidirectional algorithm. The drawn text goes through the same lines and
 * the same algorithm, from what each piece should read as (its letters, in the order a reader
 * meets them), so that what is compared is what a reader gets from the PDF against what it
 * would get from a faultless one. Words are compared script by script as {@link #words} says.
 * Apart from the words, each glyph must map to a character of its text for readers that ignore
 * ActualText ({@link GlyphTruth}).
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
            PdfTextReader text = new PdfTextReader(reader);
            for (int n = 0; n < pages.size() && problems.size() < MAX_PROBLEMS; n++) {
                List<String> wrong = new ArrayList<>();
                List<String> found = words(ReadingOrder.text(text.read(n + 1, wrong)));
                List<String> expected = words(ReadingOrder.text(drawn(pages.get(n))));
                compare(expected, found, n + 1, problems);
                for (String w : wrong) {
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(w);
                    }
                }
            }
        } finally {
            reader.close();
        }
        return problems;
    }

    /** The text a faultless PDF of the page holds, piece by piece, in drawing order. */
    static List<Chunk> drawn(Page page) {
        List<Chunk> out = new ArrayList<>();
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.Text t) {
                String text = expected(t);
                if (!text.isEmpty()) {
                    out.add(new Chunk(t.x(), t.y(), t.x() + t.width(), t.size(), text));
                }
            }
        }
        return out;
    }

    /**
     * What a reader should meet for a piece of text, left to right: what it stands for (its
     * ActualText), else its letters, those of right-to-left text from the last (a reader turns
     * them round again), without the characters no font has (they are drawn as boxes, not text).
     */
    static String expected(PageItem.Text t) {
        if (t.actual() != null) {
            return t.actual();
        }
        StringBuilder kept = new StringBuilder();
        t.text().codePoints().filter(c -> t.face().canDisplay(c) || Character.getType(c) == Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String text = kept.toString();
        if (text.codePoints().noneMatch(GlyphTruth::rightToLeft)) {
            return text;
        }
        // Seen from the left, a right-to-left run shows its last letter first, and each
        // bracket as its mirror image (a reader mirrors it back as it turns the run round).
        StringBuilder seen = new StringBuilder();
        GlyphTruth.seen(text).codePoints().forEach(c -> seen.appendCodePoint(UCharacter.getMirror(c)));
        return seen.toString();
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
        // Invisible characters (joiners, ZWSP, BOM, bidi isolates) are not letters a reader can
        // be asked for; some readers drop them, some keep them.
        StringBuilder visible = new StringBuilder();
        text.codePoints().filter(c -> !com.ibm.icu.lang.UCharacter.hasBinaryProperty(c, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT))
                .forEach(visible::appendCodePoint);
        String joined = visible.toString().replaceAll("\\s+(?=\\p{M})", "");
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
