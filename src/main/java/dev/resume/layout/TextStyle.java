package dev.resume.layout;

/**
 * How a run of text looks. {@code smallCaps} sets lower-case letters as small capitals: the
 * font's own where it has them ({@link Face#smallCaps}), else capitals made smaller
 * ({@link ScaledCapitals}).
 */
public record TextStyle(FontFamily family, float size, boolean bold, boolean italic, Rgb color, boolean underline,
        boolean smallCaps) {

    public TextStyle {
        if (size <= 0) {
            throw new IllegalArgumentException("font size must be positive");
        }
    }

    public Face face() {
        return family.face(bold, italic);
    }

    public TextStyle withBold(boolean b) {
        return new TextStyle(family, size, b, italic, color, underline, smallCaps);
    }

    public TextStyle withItalic(boolean i) {
        return new TextStyle(family, size, bold, i, color, underline, smallCaps);
    }

    public TextStyle withColor(Rgb c) {
        return new TextStyle(family, size, bold, italic, c, underline, smallCaps);
    }

    public TextStyle withSize(float s) {
        return new TextStyle(family, s, bold, italic, color, underline, smallCaps);
    }

    public TextStyle withUnderline(boolean u) {
        return new TextStyle(family, size, bold, italic, color, u, smallCaps);
    }

    public TextStyle withFamily(FontFamily f) {
        return new TextStyle(f, size, bold, italic, color, underline, smallCaps);
    }

    public TextStyle withSmallCaps(boolean sc) {
        return new TextStyle(family, size, bold, italic, color, underline, sc);
    }
}
