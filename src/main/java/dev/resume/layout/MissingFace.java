package dev.resume.layout;

/**
 * Stands for the face of characters that no font of the theme has. Such text is not drawn as
 * text (a font's .notdef glyph would extract as whatever character the font maps it to): the
 * page gets a {@link PageItem.Missing}, an empty box as wide as the .notdef glyph of the face
 * that would have drawn it, one box a character.
 */
record MissingFace(Face base) implements Face {

    /** Width of a box where the font's .notdef has no width, as a fraction of the size. */
    static final float BOX = 0.6f;

    @Override
    public String name() {
        return "missing glyphs of " + base.name();
    }

    /** The width of one box at {@code size}. */
    float box(float size) {
        float notdef = base.width("\uFFFF", size);
        return notdef > 0.1f * size ? notdef : BOX * size;
    }

    @Override
    public float width(String text, float size) {
        return text.codePointCount(0, text.length()) * box(size);
    }

    @Override
    public boolean canDisplay(int codePoint) {
        return false;
    }

    @Override
    public float ascent(float size) {
        return base.ascent(size);
    }

    @Override
    public float descent(float size) {
        return base.descent(size);
    }
}
