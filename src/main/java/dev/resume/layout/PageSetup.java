package dev.resume.layout;

import dev.resume.text.PageTemplate;

/**
 * Paper size and margins, in points, and what stands in the margins: the footer ("Page 1 of 2")
 * in the bottom one, a running header in the top one, both in {@code footerStyle}.
 *
 * @param footer the footer's text, its document's placeholders filled in, or null for none
 * @param header the running header's text, likewise, or null for none
 * @param micro the micro-typography of justified text
 * @param rightToLeft the document reads right to left whatever its letters, as its language does
 *     (ar, he, fa, ur); otherwise most of its letters decide ({@link BidiOrder#documentLevel})
 */
public record PageSetup(float width, float height, float top, float bottom, float left, float right,
        PageTemplate footer, PageTemplate header, TextStyle footerStyle, MicroTypography micro, boolean rightToLeft) {

    /** A page whose direction its letters decide. */
    public PageSetup(float width, float height, float top, float bottom, float left, float right,
            PageTemplate footer, PageTemplate header, TextStyle footerStyle, MicroTypography micro) {
        this(width, height, top, bottom, left, right, footer, header, footerStyle, micro, false);
    }

    /** A page whose justified text has no micro-typography, with no running header. */
    public PageSetup(float width, float height, float top, float bottom, float left, float right, String footer,
            TextStyle footerStyle) {
        this(width, height, top, bottom, left, right, footer == null || footer.isEmpty() ? null : PageTemplate.of(footer), null,
                footerStyle, MicroTypography.OFF);
    }

    public float textWidth() {
        return width - left - right;
    }

    public float textHeight() {
        return height - top - bottom;
    }

    /** The least distance from the paper's edge to the footer's baseline, and to the header's top: printers clip within about 0.25 in. */
    public static final float FOOTER_EDGE = 18;

    /**
     * The footer's baseline, from the page's top, for text whose ascent is {@code ascent}: centred
     * in the bottom margin, but never nearer the edge than {@link #FOOTER_EDGE}.
     */
    public float footerBaseline(float ascent) {
        return Math.min(height - bottom / 2 + ascent / 2, height - FOOTER_EDGE);
    }

    /**
     * The running header's baseline, from the page's top: centred in the top margin, but its
     * top never nearer the edge than {@link #FOOTER_EDGE}. Below the baseline only the
     * descenders go, and the margin is at least {@link #marginRoom} (the theme is warned
     * otherwise), so the header stays above the text.
     */
    public float headerBaseline(float ascent) {
        return Math.max(top / 2 + ascent / 2, FOOTER_EDGE + ascent);
    }

    /** The margin a footer or running header of {@code size} needs: the edge's clearance, and its whole height. */
    public static float marginRoom(float size) {
        return FOOTER_EDGE + size;
    }
}
