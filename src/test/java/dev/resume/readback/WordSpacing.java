package dev.resume.readback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inter-word spaces of a PDF's justified lines, measured from the glyphs' positions alone,
 * so that any typesetter's PDF (ours, pdflatex's) is measured the same way. A line is taken as
 * justified when it reaches the right edge of the text (within half a point, or with punctuation
 * hanging past it), which leaves out
 * paragraphs' last lines, ragged text and overfull lines. A space is a gap between two glyphs wider than an
 * eighth of an em (kerns are far smaller, a space shrunk by a third is 1/6 em in most fonts);
 * a space glyph drawn in the gap (as we draw them) is skipped, so the gap is measured the same.
 */
public final class WordSpacing {

    /**
     * Per justified line, its widest space as a multiple of {@code normalSpace} (in points: the
     * font's space at the size the text is set in; glyph sizes as PDFBox reports them depend on
     * how the writer scaled its text matrix).
     */
    public static float[] widestSpaces(List<PdfReadBack.Glyph> glyphs, float normalSpace) {
        Map<String, List<PdfReadBack.Glyph>> lines = new TreeMap<>();
        for (PdfReadBack.Glyph g : glyphs) {
            if (isSpace(g)) {
                continue;
            }
            lines.computeIfAbsent(g.page() + ":" + Math.round(g.baseline() * 2), k -> new ArrayList<>()).add(g);
        }
        // The text's right edge: where most lines end (an overfull line, or a footer, ends elsewhere).
        Map<Integer, Integer> ends = new TreeMap<>();
        for (List<PdfReadBack.Glyph> line : lines.values()) {
            float end = 0;
            for (PdfReadBack.Glyph g : line) {
                end = Math.max(end, g.x() + g.width());
            }
            ends.merge(Math.round(end * 2), 1, Integer::sum);
        }
        int mode = ends.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        float right = mode / 2f;
        List<Float> out = new ArrayList<>();
        for (List<PdfReadBack.Glyph> line : lines.values()) {
            line.sort((a, b) -> Float.compare(a.x(), b.x()));
            PdfReadBack.Glyph last = line.get(line.size() - 1);
            if (!reachesTheEdge(last, lastCharacter(line), right)) {
                continue;
            }
            float widest = 0;
            for (int i = 1; i < line.size(); i++) {
                PdfReadBack.Glyph a = line.get(i - 1);
                PdfReadBack.Glyph b = line.get(i);
                float gap = b.x() - (a.x() + a.width());
                if (gap > normalSpace / 2) {
                    widest = Math.max(widest, gap / normalSpace);
                }
            }
            if (widest > 0) {
                out.add(widest);
            }
        }
        float[] values = new float[out.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = out.get(i);
        }
        Arrays.sort(values);
        return values;
    }

    /**
     * Whether a line's last glyph ends at the text's right edge (within half a point), or hangs
     * past it as protruded punctuation does (microtype's, ours): a glyph that is no letter or
     * digit, past the edge by less than its width. A letter past the edge is an overfull line.
     */
    private static boolean reachesTheEdge(PdfReadBack.Glyph last, int character, float right) {
        float over = last.x() + last.width() - right;
        if (Math.abs(over) <= 0.5f) {
            return true;
        }
        return !Character.isLetterOrDigit(character) && over > 0 && over < last.width();
    }

    /**
     * The last character of a line's glyphs, sorted by x. The last glyph may have no text of its
     * own: a word drawn with an ActualText span gives its text to its first glyph.
     */
    public static int lastCharacter(List<PdfReadBack.Glyph> line) {
        StringBuilder sb = new StringBuilder();
        for (PdfReadBack.Glyph g : line) {
            sb.append(g.text());
        }
        String t = sb.toString().strip();
        return t.isEmpty() ? 'x' : t.codePointBefore(t.length());
    }

    /** The nearest-rank percentile of sorted values. */
    public static float percentile(float[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** How many lines end with a hyphen. */
    public static int hyphenatedLines(List<PdfReadBack.Glyph> glyphs) {
        int n = 0;
        for (boolean h : hyphenEnds(glyphs)) {
            n += h ? 1 : 0;
        }
        return n;
    }

    /** The most lines in a row, down a page, that end with a hyphen. */
    public static int longestHyphenRun(List<PdfReadBack.Glyph> glyphs) {
        int run = 0;
        int longest = 0;
        for (boolean h : hyphenEnds(glyphs)) {
            run = h ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** For each line, page by page and top to bottom, whether its last glyph is a hyphen. */
    private static List<Boolean> hyphenEnds(List<PdfReadBack.Glyph> glyphs) {
        Map<Long, PdfReadBack.Glyph> lastOfLine = new TreeMap<>();
        for (PdfReadBack.Glyph g : glyphs) {
            if (isSpace(g)) {
                continue;
            }
            lastOfLine.merge((long) g.page() << 32 | Math.round(g.baseline() * 2), g, (a, b) -> b.x() > a.x() ? b : a);
        }
        List<Boolean> out = new ArrayList<>();
        for (PdfReadBack.Glyph g : lastOfLine.values()) {
            out.add(g.text().equals("-") || g.text().equals("\u2010"));
        }
        return out;
    }

    /**
     * A space glyph. Not a glyph with no text: a word with an ActualText span gives all its text
     * to its first glyph, and the others still mark where the word's ink is.
     */
    private static boolean isSpace(PdfReadBack.Glyph g) {
        return !g.text().isEmpty() && g.text().isBlank();
    }

    private WordSpacing() {}
}
