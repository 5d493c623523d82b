package dev.resume.layout;

/**
 * Paper size and margins, in points, and the footer's style ("Page 1 of 2", shown when there
 * is more than one page).
 *
 * @param footerFormat the footer text with {@code {page}} and {@code {pages}}, or null for none
 */
public record PageSetup(float width, float height, float top, float bottom, float left, float right,
        String footerFormat, TextStyle footerStyle) {

    public float textWidth() {
        return width - left - right;
    }

    public float textHeight() {
        return height - top - bottom;
    }
}
