package dev.resume.verify;

import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's text pieces into reading order as pdftotext and PDFBox do: pieces in drawing
 * order make a line while they share a baseline; a line's pieces are read from left to right,
 * with a space where there is a gap; then the bidirectional algorithm turns each line from the
 * order it is seen in into the order it is read in (a right-to-left run reversed, its brackets
 * mirrored), as PDFBox's text stripper does.
 */
final class ReadingOrder {
    /** A gap wider than this, in ems of the smaller font, reads as a space (pdftotext: 0.1–0.2 em). */
    private static final float SPACE = 0.15f;
    /** Baselines closer than this, in ems, are one line (a superscript stays on its line). */
    private static final float SAME_LINE = 0.3f;

    private ReadingOrder() {}

    /** The page's text, one line a line. */
    static String text(List<Chunk> chunks) {
        StringBuilder out = new StringBuilder();
        List<Chunk> line = new ArrayList<>();
        for (Chunk c : chunks) {
            if (!line.isEmpty()) {
                Chunk first = line.getFirst();
                if (Math.abs(c.y() - first.y()) > SAME_LINE * Math.max(c.size(), first.size())) {
                    out.append(line(line)).append('\n');
                    line.clear();
                }
            }
            line.add(c);
        }
        if (!line.isEmpty()) {
            out.append(line(line)).append('\n');
        }
        return out.toString();
    }

    private static String line(List<Chunk> chunks) {
        List<Chunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingDouble(Chunk::x));
        StringBuilder sb = new StringBuilder();
        Chunk prev = null;
        for (Chunk c : sorted) {
            if (prev != null && c.x() - prev.end() > SPACE * Math.min(c.size(), prev.size())) {
                sb.append(' ');
            }
            sb.append(c.text());
            prev = c;
        }
        return logical(sb.toString());
    }

    /** A line seen left to right, in the order a reader reads it. */
    static String logical(String visual) {
        char[] chars = visual.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return visual;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(visual, Bidi.LEVEL_DEFAULT_LTR, null);
        // A mark is drawn after its letter (export/RunLayout); turned round with the letters,
        // it would stand one letter early ("عّمان"): PDFBox keeps it with its letter.
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
    }
}
