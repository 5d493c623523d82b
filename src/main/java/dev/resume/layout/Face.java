package dev.resume.layout;

/**
 * A font face as the layout sees it: metrics only. The export stage supplies faces backed by
 * real font files (shaped, kerned widths); tests may supply simple ones.
 */
public interface Face {

    /** A name for messages and debugging, such as "TeXGyrePagella-Bold". */
    String name();

    /** The advance width of {@code text} set at {@code size} points, kerning and ligatures included. */
    float width(String text, float size);

    boolean canDisplay(int codePoint);

    /** Height above the baseline of the font's tallest usual glyphs, in points, positive. */
    float ascent(float size);

    /** Depth below the baseline, in points, positive. */
    float descent(float size);

    /** Whether the face is really bold (its font says so), not a regular face standing in for one. */
    default boolean isBold() {
        return false;
    }

    /** Whether the face is really italic or oblique. */
    default boolean isItalic() {
        return false;
    }

    /**
     * This face drawing lower-case letters as its font's own small capitals, or null when the
     * font has none; the face's {@link #canDisplay} says which letters have one. The text given
     * it stays as written: it measures and draws the small capitals.
     */
    default Face smallCaps() {
        return null;
    }
}
