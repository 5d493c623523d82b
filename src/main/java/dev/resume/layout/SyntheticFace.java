package dev.resume.layout;

/**
 * A face that stands in for a style its font lacks (most CJK fonts have one weight and no
 * italic), with the missing style made by drawing: bold as glyphs filled and stroked with a
 * line {@link #BOLD_STROKE} of the size wide (xeCJK's AutoFakeBold, browsers' synthetic bold),
 * italic as glyphs slanted by {@link #SLANT} (browsers' oblique). The layout measures with it
 * and the exporter draws with {@link #base()}, in the styles this face says.
 *
 * <p>The stroke adds half its width of ink on each side of the text, so a stroked piece is as
 * much wider than its font's advance, and the exporter starts it half a stroke in: the ink stays
 * inside the width the line gave it.
 */
public record SyntheticFace(Face base, boolean bold, boolean italic) implements DerivedFace {

    /** Line width of the stroke of synthesised bold, as a fraction of the size. */
    public static final float BOLD_STROKE = 0.03f;

    /** Horizontal shift per unit of height of synthesised italic (about 11°). */
    public static final float SLANT = 0.2f;

    public SyntheticFace {
        if (base instanceof SyntheticFace) {
            throw new IllegalArgumentException("a synthetic face over a synthetic face");
        }
        if (!bold && !italic) {
            throw new IllegalArgumentException("a synthetic face synthesises bold, italic or both");
        }
    }

    /**
     * The face that draws {@code style}'s text from {@code family}: the family's face for the
     * style, wrapped to synthesise the bold or italic it lacks. A style is synthesised where the
     * family has no face of its own for it (its bold place holds the regular face) and the font
     * is not bold (italic) itself.
     */
    static Face of(FontFamily family, boolean bold, boolean italic) {
        Face face = family.face(bold, italic);
        boolean fakeBold = bold && !face.isBold() && face == family.face(false, italic);
        boolean fakeItalic = italic && !face.isItalic() && face == family.face(bold, false);
        return fakeBold || fakeItalic ? new SyntheticFace(face, fakeBold, fakeItalic) : face;
    }

    /** The stroke's line width at {@code size}, 0 where bold is not synthesised. */
    public float stroke(float size) {
        return bold ? BOLD_STROKE * size : 0;
    }

    @Override
    public String name() {
        return base.name() + (bold ? " (synthetic bold)" : "") + (italic ? " (synthetic italic)" : "");
    }

    @Override
    public float width(String text, float size) {
        float w = base.width(text, size);
        return text.isBlank() ? w : w + stroke(size);
    }

    @Override
    public boolean isItalic() {
        return italic || base.isItalic();
    }

    @Override
    public boolean isBold() {
        return bold || base.isBold();
    }

    /** The base's small capitals, with the same style synthesised. */
    @Override
    public Face smallCaps() {
        Face small = base.smallCaps();
        return small == null ? null : new SyntheticFace(small, bold, italic);
    }
}
