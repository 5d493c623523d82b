package dev.resume.font;

import dev.resume.layout.DerivedFace;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A font's own small capitals (its OpenType "smcp" feature) standing in for lower-case letters:
 * TeX Gyre Pagella's and Heros's, designed with the weight and spacing of the capitals beside
 * them, not capitals shrunk. The text stays as written ("hiyi"): it is measured and drawn as
 * the small-capital glyphs, each advanced by its width and the font's kerning between it and
 * the next, and each glyph's ToUnicode entry is the letter it was drawn for, so the text layer
 * reads "Shiyi Cao" in every reader.
 *
 * <p>{@link #canDisplay} holds for the letters the font has a small capital of; the layout sets
 * any other character in the plain face. A character of the text that has none (a hyphen
 * added at a break) is drawn with its ordinary glyph.
 */
public final class SmallCapFace implements DerivedFace {
    /** Widths are measured once at this size and scaled: advances are linear in the size. */
    private static final float UNIT = 1000f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), false, true);

    private final PdfFace base;
    private final Map<Integer, Integer> smallCaps;
    private final PairKerning kerning;
    private final ConcurrentHashMap<String, Float> widths = new ConcurrentHashMap<>();

    SmallCapFace(PdfFace base, Map<Integer, Integer> smallCaps, PairKerning kerning) {
        this.base = base;
        this.smallCaps = smallCaps;
        this.kerning = kerning;
    }

    /** The face whose font draws these glyphs. */
    public PdfFace base() {
        return base;
    }

    /** Whether the font has no small capital at all. */
    boolean isEmpty() {
        return smallCaps.isEmpty();
    }

    @Override
    public String name() {
        return base.name() + " (small caps)";
    }

    /**
     * Glyph ids from 0xD800 on are left out: OpenPDF writes them through a Java string, where
     * they are halves of surrogate pairs (see {@link RunLayout}).
     */
    @Override
    public boolean canDisplay(int codePoint) {
        Integer glyph = codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT ? smallCaps.get(base.glyphOf(codePoint)) : null;
        return glyph != null && glyph < Character.MIN_SURROGATE;
    }

    @Override
    public float width(String text, float size) {
        if (text.isEmpty()) {
            return 0;
        }
        return widths.computeIfAbsent(text, t -> {
            GlyphVector gv = layout(t, UNIT);
            return (float) gv.getGlyphPosition(gv.getNumGlyphs()).getX();
        }) * size / UNIT;
    }

    /** Draws the text's glyphs at the pen's place, in the current font (the base's) and size. */
    public void show(PdfContentByte cb, float size, String text, boolean plain) {
        (plain ? base.plainLayout() : base.layout()).showGlyphs(cb, base.baseFont(), size, text, layout(text, size));
    }

    /**
     * The glyphs, one a character (the text is in the Basic Multilingual Plane: see
     * {@link #canDisplay}), each placed after the one before by its advance and their kerning.
     */
    private GlyphVector layout(String text, float size) {
        int[] glyphs = new int[text.length()];
        for (int i = 0; i < glyphs.length; i++) {
            int plain = Math.max(0, base.glyphOf(text.charAt(i)));
            glyphs[i] = canDisplay(text.charAt(i)) ? smallCaps.get(plain) : plain;
        }
        GlyphVector gv = base.awtFont().deriveFont(size).createGlyphVector(CONTEXT, glyphs);
        float x = 0;
        for (int i = 0; i < glyphs.length; i++) {
            gv.setGlyphPosition(i, new Point2D.Float(x, 0));
            x += gv.getGlyphMetrics(i).getAdvanceX();
            if (i + 1 < glyphs.length) {
                x += kerning.between(glyphs[i], glyphs[i + 1]) * size / kerning.unitsPerEm();
            }
        }
        gv.setGlyphPosition(glyphs.length, new Point2D.Float(x, 0));
        return gv;
    }

    @Override
    public String toString() {
        return name();
    }
}
