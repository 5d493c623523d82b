package dev.resume.layout;

/**
 * The micro-typography of justified text, as pdfTeX's: character protrusion (punctuation, hyphens
 * and dashes hang into the margin by their optical amount, see {@link Protrusion}) and font
 * expansion (a line's glyphs widened or narrowed by up to {@code expansion} of their width, in
 * steps of {@link #STEP}, so that its word spaces need stretch or shrink less, see
 * {@link Expansion}). Neither changes a character: expansion draws the same glyphs scaled.
 *
 * @param protrusion whether a justified line's end glyphs hang into the margins
 * @param expansion the most a justified line's glyphs may be widened or narrowed, as a share of
 *     their width (0.02: 2 %); 0 for none
 */
public record MicroTypography(boolean protrusion, float expansion) {
    /** Neither: text set as it was before micro-typography. */
    public static final MicroTypography OFF = new MicroTypography(false, 0);
    /** Expansion comes in steps of half a percent, microtype's default (step=5 in thousandths). */
    static final float STEP = 0.005f;

    public MicroTypography {
        if (!(expansion >= 0 && expansion <= 0.1f)) {
            throw new IllegalArgumentException("expansion must be from 0 to 0.1, not " + expansion);
        }
    }
}
