package dev.resume.font;

import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import java.awt.Font;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGlyphArray;

/**
 * OpenPDF's glyph layout, told the direction of each run by the bidirectional algorithm.
 *
 * <p>The layout hands OpenPDF runs of one direction (see the layout's bidi reordering), but
 * OpenPDF judges a run's direction by the JDK's Bidi on the run alone: it throws on a run it
 * finds mixed, and recurses without end on a run that is one level but not 0 or 1 ("2" of an
 * Arabic-Indic number). Here a run is right to left when its first strong character is, and
 * text that really mixes directions (a footer, a string measured whole) is shown run by run in
 * visual order.
 *
 * <p>A right-to-left run is drawn here rather than by OpenPDF (see {@link #showText}), so that
 * each mark is drawn after the letter it sits on.
 */
final class RunLayout extends GlyphLayoutManager {

    /** Whether each text is wrapped in an ActualText span (OpenPDF keeps its own flag private). */
    private boolean actualText;

    /** Most texts of a résumé are shaped again on every render, and twice in one (measured, then drawn). */
    private static final int SHAPED_PER_THREAD = 2048;

    /**
     * Shaped texts, per thread: a glyph vector computes its positions lazily and is not safe to
     * share between threads, and each render reads its vectors only. A vector depends only on
     * this shaper's font, the size and the text, so nothing of one document reaches another.
     */
    private final ThreadLocal<Map<Key, Shaped>> shaped = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Shaped> eldest) {
                    return size() > SHAPED_PER_THREAD;
                }
            });

    private record Key(BaseFont font, float size, String text) {}

    /**
     * A shaped text, and what drawing it reads of its vector: each glyph's position and
     * advance, read once (on its first drawing) rather than on every render. The vector makes
     * a new point and new metrics at each call, and drawing asks for each glyph's twice: that
     * was 1.6 MB of garbage and a twentieth of a warm render's time.
     */
    private static final class Shaped {
        final GlyphVector gv;
        /** Positions of glyphs 0 to n (the last one where the text ends), as floats, as OpenPDF reads them. */
        private float[] x;
        private float[] y;
        /** Advances of glyphs 0 to n - 1. */
        private float[] ax;
        private boolean noAdjustments;

        Shaped(GlyphVector gv) {
            this.gv = gv;
        }

        void read() {
            if (x != null) {
                return;
            }
            int n = gv.getNumGlyphs();
            float[] px = new float[n + 1];
            float[] py = new float[n + 1];
            float[] advX = new float[n];
            float[] advY = new float[n];
            for (int i = 0; i <= n; i++) {
                var p = gv.getGlyphPosition(i);
                px[i] = (float) p.getX();
                py[i] = (float) p.getY();
                if (i < n) {
                    var m = gv.getGlyphMetrics(i);
                    advX[i] = m.getAdvanceX();
                    advY[i] = m.getAdvanceY();
                }
            }
            // As GlyphLayoutManager.hasNoAdjustments: each glyph where the one before advanced to.
            boolean plain = true;
            float lastX = 0f;
            float lastY = 0f;
            for (int i = 0; i < n && plain; i++) {
                float dx = px[i] - lastX;
                float dy = py[i] - lastY;
                float a = i == 0 ? 0.0f : advX[i - 1];
                float b = i == 0 ? 0.0f : advY[i - 1];
                plain = dx == a && dy == b;
                lastX = px[i];
                lastY = py[i];
            }
            y = py;
            ax = advX;
            noAdjustments = plain;
            x = px;
        }
    }

    RunLayout(GlyphLayoutFontManager fontManager) {
        super(fontManager);
    }

    @Override
    public GlyphVector computeGlyphVector(BaseFont baseFont, float fontSize, String text) {
        return shaped(baseFont, fontSize, text).gv;
    }

    private Shaped shaped(BaseFont baseFont, float fontSize, String text) {
        Map<Key, Shaped> cache = shaped.get();
        Key key = new Key(baseFont, fontSize, text);
        Shaped s = cache.get(key);
        if (s == null) {
            s = new Shaped(super.computeGlyphVector(baseFont, fontSize, text));
            cache.put(key, s);
        }
        return s;
    }

    @Override
    public GlyphLayoutManager setWriteActualText(boolean write) {
        actualText = write;
        return super.setWriteActualText(write);
    }

    /**
     * Left-to-right text as OpenPDF shows it, except for glyph ids from 0xD800 to 0xDFFF, which
     * only fonts of over 55,000 glyphs have (the CJK collections: 컴, 터 and 체 in Noto Serif CJK
     * KR). OpenPDF turns glyph ids into bytes through a Java string, where such an id is half a
     * surrogate pair and comes out as U+FFFD: the glyph was drawn blank while the text layer
     * still read the letter. Text with such a glyph is drawn by {@link Pen}, which writes the ids.
     */
    private void showLeftToRight(PdfContentByte cb, BaseFont baseFont, float fontSize, String text) {
        Shaped shapedText = shaped(baseFont, fontSize, text);
        GlyphVector gv = shapedText.gv;
        boolean surrogates = false;
        for (int i = 0; i < gv.getNumGlyphs() && !surrogates; i++) {
            int code = gv.getGlyphCode(i);
            surrogates = code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE;
        }
        completeCmap(cb, baseFont, text, gv);
        if (actualText) {
            beginMarkedContentSequence(cb, text);
        }
        if (!surrogates) {
            shapedText.read();
        }
        if (!surrogates && shapedText.noAdjustments) {
            cb.showText(gv);
        } else if (!surrogates) {
            adjustAndShow(cb, fontSize, shapedText);
        } else {
            Pen pen = new Pen(cb, baseFont, fontSize);
            for (int i = 0; i < gv.getNumGlyphs(); i++) {
                int code = gv.getGlyphCode(i);
                if (code >= 0xFFFE) {
                    continue; // the shaper's placeholder for a character taken into a ligature
                }
                var at = gv.getGlyphPosition(i);
                pen.glyph(code, (float) at.getX(), (float) -at.getY(), gv.getGlyphMetrics(i).getAdvanceX());
            }
            pen.flush();
            pen.rise(0);
        }
        if (actualText) {
            endMarkedContentSequence(cb);
        }
    }

    /**
     * As GlyphLayoutManager.adjustAndShowText, step for step (the same operators, the same
     * numbers), from the positions and advances read once for the shaped text.
     */
    private static void adjustAndShow(PdfContentByte cb, float fontSize, Shaped s) {
        final float delta = 1e-5f;
        final float factorX = 1000f / fontSize;
        GlyphVector gv = s.gv;
        int n = gv.getNumGlyphs();
        float lastX = 0f;
        PdfGlyphArray ga = new PdfGlyphArray();
        for (int i = 0; i < n; i++) {
            float ax = i == 0 ? 0.0f : s.ax[i - 1];
            float dx = s.x[i] - lastX - ax;
            float py = s.y[i];
            if (Math.abs(py) >= delta) {
                if (!ga.isEmpty()) {
                    cb.showText(ga);
                    ga.clear();
                }
                cb.setTextRise(-py);
            }
            if (Math.abs(dx) >= delta) {
                ga.add(-dx * factorX);
            }
            ga.add(gv.getGlyphCode(i));
            if (Math.abs(py) >= delta) {
                cb.showText(ga);
                ga.clear();
                cb.setTextRise(0.0f);
            }
            lastX = s.x[i];
        }
        float ax = n == 0 ? 0.0f : s.ax[n - 1];
        float dx = s.x[n] - lastX - ax;
        if (Math.abs(dx) >= delta) {
            ga.add(-dx * factorX);
        }
        cb.showText(ga);
        ga.clear();
    }

    /**
     * Shows glyphs chosen by the caller (a font's small capitals, see {@link SmallCapFace}) where
     * the vector places them, one a character of {@code text}, which is what each glyph outside
     * the font's character map reads as in the ToUnicode map.
     */
    void showGlyphs(PdfContentByte cb, BaseFont baseFont, float fontSize, String text, GlyphVector gv) {
        completeCmap(cb, baseFont, text, gv);
        if (actualText) {
            beginMarkedContentSequence(cb, text);
        }
        adjustAndShowText(cb, fontSize, gv);
        if (actualText) {
            endMarkedContentSequence(cb);
        }
    }

    /** Whether the text's first strong character is right to left (none: left to right). */
    static boolean rightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // The JDK's character data, not ICU's: left-to-right text never starts ICU up.
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The text's runs of one direction, in logical order, or null when it is one run. */
    static String[] runs(String text) {
        if (!java.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return null;
        }
        Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
        int n = bidi.countRuns();
        if (n <= 1) {
            return null;
        }
        String[] out = new String[n];
        int start = 0;
        for (int i = 0; i < n; i++) {
            var run = bidi.getLogicalRun(start);
            out[i] = text.substring(start, run.getLimit());
            start = run.getLimit();
        }
        return out;
    }

    @Override
    protected int computeBidiFlags(String text) {
        return rightToLeft(text) ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
    }

    @Override
    protected boolean ifMixedThenDivideTextAndShow(PdfContentByte cb, BaseFont baseFont, float fontSize, String text) {
        if (!java.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return false;
        }
        Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
        int n = bidi.countRuns();
        if (n <= 1) {
            return false;
        }
        // Each visual run is shorter than the text, so this ends.
        for (int i = 0; i < n; i++) {
            var run = bidi.getVisualRun(i);
            showText(cb, baseFont, fontSize, text.substring(run.getStart(), run.getLimit()));
        }
        return true;
    }

    /**
     * Draws a right-to-left run cluster by cluster: a letter, then the marks on it (shadda,
     * tanween, Hebrew points), each glyph where the shaper put it.
     *
     * <p>The shaper gives a right-to-left run's glyphs in visual order, a mark before its letter.
     * Drawn in that order, a raised mark began a word of its own: pdftotext put the "ّ" of
     * "عمّان" on a line of its own, and PDFBox broke the line there. Drawn after its letter, both
     * keep it in the word, and PDFBox reads it as typed. pdftotext reverses a right-to-left word
     * character by character, so it reads the mark one letter early ("عّمان"); an ActualText span
     * around each cluster, with its characters in display order for pdftotext to turn round,
     * was tried and is worse: pdftotext puts a space around each span, PDFBox reorders the line.
     */
    @Override
    public void showText(PdfContentByte cb, BaseFont baseFont, float fontSize, String text) {
        if (runs(text) != null) {
            super.showText(cb, baseFont, fontSize, text);
            return;
        }
        if (!rightToLeft(text)) {
            showLeftToRight(cb, baseFont, fontSize, text);
            return;
        }
        GlyphVector gv = computeGlyphVector(baseFont, fontSize, text);
        completeCmap(cb, baseFont, text, gv);
        Pen pen = new Pen(cb, baseFont, fontSize);
        for (Cluster cluster : clusters(text, gv)) {
            float letterLeft = Float.NEGATIVE_INFINITY;
            for (int i : cluster.glyphs()) {
                var at = gv.getGlyphPosition(i);
                float x = (float) at.getX();
                if (!isMarkGlyph(text, gv, i)) {
                    letterLeft = x;
                } else {
                    x = Math.max(x, letterLeft);
                }
                pen.glyph(gv.getGlyphCode(i), x, (float) -at.getY(), gv.getGlyphMetrics(i).getAdvanceX());
            }
        }
        pen.flush();
        pen.rise(0);
    }

    private static boolean isMarkGlyph(String text, GlyphVector gv, int i) {
        int ch = gv.getGlyphCharIndex(i);
        return ch >= 0 && ch < text.length() && isMark(text.codePointAt(ch));
    }

    /** Whether most of mark {@code m}'s ink lies over the letter spanning {@code left} to {@code right}. */
    private static boolean inkOn(GlyphVector gv, int m, double left, double right) {
        var ink = gv.getGlyphMetrics(m).getBounds2D();
        if (ink.isEmpty()) {
            return false;
        }
        double from = gv.getGlyphPosition(m).getX() + ink.getMinX();
        double to = from + ink.getWidth();
        return Math.min(to, right) - Math.max(from, left) > ink.getWidth() / 2;
    }

    /** Glyphs drawn together, and the characters they stand for in logical order. */
    record Cluster(List<Integer> glyphs, String text) {}

    /**
     * The glyphs of a right-to-left run in visual order as clusters, each a letter (or ligature)
     * and then the marks on it, which the shaper gives before it. The shaper's placeholders for
     * characters taken into a ligature are left out.
     */
    static List<Cluster> clusters(String text, GlyphVector gv) {
        int n = gv.getNumGlyphs();
        int[] starts = java.util.stream.IntStream.range(0, n).filter(i -> gv.getGlyphCode(i) < 0xFFFE)
                .map(gv::getGlyphCharIndex).sorted().distinct().toArray();
        List<Cluster> out = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (gv.getGlyphCode(i) >= 0xFFFE) {
                continue;
            }
            int ch = gv.getGlyphCharIndex(i);
            if (ch >= 0 && ch < text.length() && isMark(text.codePointAt(ch))) {
                marks.add(i);
                continue;
            }
            // A mark the shaper placed outside its letter stays before it: PDFBox joins a mark to
            // a neighbour it overlaps. One whose origin only is outside, its ink on the letter
            // (DejaVu Sans sets the tanween of "اً" from left of the alef, in the space after the
            // word), goes with its letter, drawn from the letter's edge (see markX).
            double left = gv.getGlyphPosition(i).getX();
            double right = left + gv.getGlyphMetrics(i).getAdvanceX();
            List<Integer> glyphs = new ArrayList<>();
            List<Integer> after = new ArrayList<>();
            for (int m : marks) {
                double x = gv.getGlyphPosition(m).getX();
                boolean on = x >= left - 1e-3 && x < right || inkOn(gv, m, left, right);
                (on ? after : glyphs).add(m);
            }
            glyphs.add(i);
            glyphs.addAll(after);
            marks.clear();
            out.add(new Cluster(glyphs, letters(text, glyphs, gv, starts)));
        }
        if (!marks.isEmpty()) {
            out.add(new Cluster(List.copyOf(marks), letters(text, marks, gv, starts)));
        }
        return out;
    }

    /** The characters of some glyphs: from the first one's up to the character of the next glyph after the last. */
    private static String letters(String text, List<Integer> glyphs, GlyphVector gv, int[] starts) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (int g : glyphs) {
            from = Math.min(from, gv.getGlyphCharIndex(g));
            to = Math.max(to, gv.getGlyphCharIndex(g));
        }
        int at = java.util.Arrays.binarySearch(starts, to);
        int end = at >= 0 && at + 1 < starts.length ? starts[at + 1] : text.length();
        return from < 0 || from >= text.length() ? "" : text.substring(from, Math.max(from, Math.min(end, text.length())));
    }

    static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * Shows glyphs at given places (in text space, from the text's origin, y up) with as few
     * operators as it can: a TJ array with a shift before each glyph that is not where the one
     * before left off, and a text rise where the height changes.
     */
    private static final class Pen {
        private final PdfContentByte cb;
        private final BaseFont font;
        private final float size;
        private final PdfGlyphArray array = new PdfGlyphArray();
        /** What the array holds, in order: glyph ids (Integer) and shifts (Float). */
        private final List<Object> items = new ArrayList<>();
        private float x;
        private float rise;

        Pen(PdfContentByte cb, BaseFont font, float size) {
            this.cb = cb;
            this.font = font;
            this.size = size;
        }

        void glyph(int code, float at, float y, float advance) {
            if (Math.abs(y - rise) > 1e-4f) {
                flush();
                rise(y);
            }
            if (Math.abs(at - x) > 1e-4f) {
                float shift = -(at - x) * 1000f / size;
                array.add(shift);
                items.add(shift);
            }
            array.add(code);
            items.add(code);
            x = at + advance;
        }

        void rise(float y) {
            if (y != rise) {
                cb.setTextRise(y);
                rise = y;
            }
        }

        /**
         * Writes the TJ array itself, each glyph id as four hex digits. OpenPDF's own writing
         * of a glyph array loses ids from 0xD800 to 0xDFFF (see showLeftToRight); it is still
         * run, on a scratch copy of the content that is thrown away, because that is how the
         * font learns which glyphs the subset and the ToUnicode map need.
         */
        void flush() {
            if (array.isEmpty()) {
                return;
            }
            PdfContentByte scratch = cb.getDuplicate();
            scratch.setFontAndSize(font, size);
            scratch.showText(array);
            StringBuilder tj = new StringBuilder("[");
            for (Object item : items) {
                if (item instanceof Integer glyph) {
                    tj.append(String.format("<%04X>", glyph));
                } else if (item instanceof Float shift) {
                    tj.append(org.openpdf.text.pdf.ByteBuffer.formatDouble(shift));
                }
            }
            cb.getInternalBuffer().append(tj.append("]TJ\n").toString());
            array.clear();
            items.clear();
        }
    }
}
