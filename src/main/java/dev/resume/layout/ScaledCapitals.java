package dev.resume.layout;

/**
 * Capitals standing in for small capitals where the font has none of its own (Latin Modern,
 * Lato, DejaVu; Cyrillic and Greek letters in TeX Gyre): set at {@link #SCALE} of the size,
 * which alone makes them thin and cramped beside the full-size capitals, and so made heavier
 * and spaced out as designed small capitals are. The glyphs are filled and stroked with a line
 * {@link #STROKE} of their size wide, which thickens each stem by that much (a capital's stem
 * is about 0.08 em, so a fifth smaller loses about 0.016 em of it), and the letters are
 * spaced {@link #TRACKING} of the size further apart (Bringhurst's and browsers' letter
 * spacing of capitals at 5 to 10 %).
 *
 * <p>No tracking comes before the first letter: a gap between the full-size capital and the
 * letters after it wider than the gaps inside them makes pdftotext read "S hiyi". The measured
 * width holds the tracking between the letters and the stroke, half of which lies out on each
 * side; the exporter draws the text half a stroke in, with the tracking as character spacing,
 * so the ink stays inside the width.
 */
public record ScaledCapitals(Face base) implements DerivedFace {

    /** The capitals' size, as a fraction of the text's. */
    public static final float SCALE = 0.8f;

    /** Line width of the stroke, as a fraction of the capitals' size. */
    public static final float STROKE = 0.02f;

    /** Extra space between two letters, as a fraction of the capitals' size. */
    public static final float TRACKING = 0.05f;

    public ScaledCapitals {
        if (base instanceof ScaledCapitals) {
            throw new IllegalArgumentException("scaled capitals over scaled capitals");
        }
    }

    /** The stroke's line width at {@code size} (the capitals' size). */
    public float stroke(float size) {
        return STROKE * size;
    }

    /** The extra space between two letters at {@code size} (the capitals' size). */
    public float tracking(float size) {
        return TRACKING * size;
    }

    @Override
    public String name() {
        return base.name() + " (scaled capitals)";
    }

    @Override
    public float width(String text, float size) {
        if (text.isEmpty()) {
            return 0;
        }
        return base.width(text, size) + stroke(size) + tracking(size) * (text.codePointCount(0, text.length()) - 1);
    }
}
