package dev.resume.layout;

/**
 * Paper size and margins, in points, and the footer's style ("Page 1 of 2", shown when there
 * is more than one page).
 *
 * @param footerFormat the footer text with {@code {page}} and {@code {pages}}, or null for none
 * @param micro the micro-typography of justified text
 */
public record PageSetup(float width, float height, float top, float bottom, float left, float right,
        String footerFormat, TextStyle footerStyle, MicroTypography micro) {

    /** A page whose justified text has no micro-typography. */
    public PageSetup(float width, float height, float top, float bottom, float left, float right, String footerFormat,
            TextStyle footerStyle) {
        this(width, height, top, bottom, left, right, footerFormat, footerStyle, MicroTypography.OFF);
    }

    public float textWidth() {
        return width - left - right;
    }

    public float textHeight() {
        return height - top - bottom;
    }

    /** The least distance from the paper's bottom edge to the footer's baseline: printers clip within about 0.25 in. */
    public static final float FOOTER_EDGE = 18;

    /**
     * The footer's baseline, from the page's top, for text whose ascent is {@code ascent}: centred
     * in the bottom margin, but never nearer the edge than {@link #FOOTER_EDGE}.
     */
    public float footerBaseline(float ascent) {
        return Math.min(height - bottom / 2 + ascent / 2, height - FOOTER_EDGE);
    }
}
