package dev.resume.layout;

/**
 * What micro-typography lends each line in the total-fit breaker's eyes, unit by unit (see
 * {@link Units}): the width of the unit's glyphs that may expand, so that a line's glyphs take
 * up to {@code expansion} of their width of what it lacks (or has too much) before its spaces
 * do (see {@link #rest}); and how far a line hangs into the
 * margins (see {@link Protrusion}) when it starts at unit i ({@code startHang[i]}) or ends just
 * before it ({@code endHang[i]}), by which its text may be wider than the line.
 * {@code firstEndHangs}: the first line's end is at the margin (no date stands beside it).
 */
record MicroWidths(float[] glyphs, float expansion, float[] startHang, float[] endHang, boolean firstEndHangs) {

    /** No micro-typography for {@code n} units. */
    static MicroWidths none(int n) {
        return new MicroWidths(new float[n], 0, new float[n + 1], new float[n + 1], false);
    }

    /**
     * How much wider than its width a line of units [a, b) may be: its hangs; a paragraph's (or
     * segment's) last line is not justified, and its end does not reach the margin.
     */
    float hang(int a, int b, boolean last) {
        return startHang[a] + (last || a == 0 && !firstEndHangs ? 0 : endHang[b]);
    }

    /**
     * What a line's spaces must make up of {@code extra} (what it lacks of its width, below 0
     * what it has too much) once its glyphs, {@code glyphs} wide, have taken their part.
     */
    double rest(double extra, float glyphs) {
        double give = glyphs * expansion;
        return extra > 0 ? Math.max(0, extra - give) : Math.min(0, extra + give);
    }
}
