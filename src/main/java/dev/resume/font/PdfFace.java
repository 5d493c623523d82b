package dev.resume.font;

import dev.resume.layout.Face;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * A face backed by a font file loaded into OpenPDF. Widths come from the same shaper that draws
 * the text (the JDK's, through OpenPDF's glyph layout), so kerning and ligatures measured here
 * are the ones on the page.
 */
public final class PdfFace implements Face {
    /** Widths are measured once at this size and scaled: advances are linear in the size. */
    private static final float UNIT = 1000f;

    private final String name;
    private final BaseFont baseFont;
    private final GlyphLayoutManager shaper;
    private final GlyphLayoutManager plainShaper;
    private final byte[] data;
    private final ConcurrentHashMap<String, Float> widths = new ConcurrentHashMap<>();
    /** Ligature glyphs met so far (glyph id to the letters it stands for, "ffi"). */
    private final ConcurrentHashMap<Integer, String> ligatures = new ConcurrentHashMap<>();
    private final float ascent;
    private final float descent;
    private final boolean bold;
    private final boolean italic;
    private volatile java.awt.Font awtFont;

    PdfFace(String name, BaseFont baseFont, GlyphLayoutManager shaper, GlyphLayoutManager plainShaper, byte[] data) {
        this.name = name;
        this.baseFont = baseFont;
        this.shaper = shaper;
        this.plainShaper = plainShaper;
        this.data = data;
        // Typographic ascender and descender, per 1000 units of size.
        this.ascent = baseFont.getFontDescriptor(BaseFont.ASCENT, UNIT);
        this.descent = -baseFont.getFontDescriptor(BaseFont.DESCENT, UNIT);
        FontStyleBits bits = FontStyleBits.of(baseFont);
        this.bold = bits.bold();
        this.italic = bits.italic();
    }

    /** From the font's OS/2 weight and style bits and its head table's macStyle. */
    @Override
    public boolean isBold() {
        return bold;
    }

    /** From the font's italic angle and its style bits. */
    @Override
    public boolean isItalic() {
        return italic;
    }

    /**
     * Reseeds the random source OpenPDF draws the subset tag ("ABCDEF+Font") from, so that each
     * document gets the same tag for this font, whatever was rendered before it.
     */
    public void resetSubsetTag() {
        try {
            java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            baseFont.setSecureRandom(random);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    public BaseFont baseFont() {
        return baseFont;
    }

    /** The shaper that draws: it wraps each word in an ActualText span, so ligatures extract as letters. */
    public GlyphLayoutManager shaper() {
        return shaper;
    }

    /** The same shaper without ActualText, for text whose ActualText the caller writes. */
    public GlyphLayoutManager plainShaper() {
        return plainShaper;
    }

    @Override
    public float width(String text, float size) {
        if (text.isEmpty()) {
            return 0;
        }
        Float unit = widths.get(text);
        if (unit == null) {
            unit = measure(text);
            widths.put(text, unit);
        }
        return unit * size / UNIT;
    }

    /**
     * OpenPDF's shaper refuses text that mixes writing directions ("Bidi direction unknown":
     * Latin and Hebrew in one word), which it draws run by run: such text is measured run by
     * run, a run that still mixes them character by character, and a character that has no
     * direction by itself (U+10D30) as the U+FFFD the layout shows for it.
     */
    private float measure(String text) {
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            if (bidi.isMixed()) {
                float sum = 0;
                if (bidi.getRunCount() > 1) {
                    for (int i = 0; i < bidi.getRunCount(); i++) {
                        sum += measure(text.substring(bidi.getRunStart(i), bidi.getRunLimit(i)));
                    }
                } else if (text.codePointCount(0, text.length()) > 1) {
                    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                        sum += measure(text.substring(i, i + Character.charCount(text.codePointAt(i))));
                    }
                } else {
                    sum = measure("\uFFFD");
                }
                return sum;
            }
        }
        GlyphVector gv = shaper.computeGlyphVector(baseFont, UNIT, text);
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            noteLigatures(text, gv);
        }
        return (float) gv.getGlyphPosition(gv.getNumGlyphs()).getX();
    }

    /**
     * Remembers each glyph that stands for several letters. Every text drawn is measured first,
     * so by the time a PDF is written this knows all its ligatures, and the export makes the
     * font's ToUnicode map give their letters (OpenPDF writes only the first: "oﬃce" would
     * extract as "ofce").
     */
    private void noteLigatures(String text, GlyphVector gv) {
        int n = gv.getNumGlyphs();
        if (n >= text.length()) {
            return; // one glyph a character at least: no ligature
        }
        int[] codes = gv.getGlyphCodes(0, n, null);
        int[] chars = gv.getGlyphCharIndices(0, n, null);
        for (int i = 0; i < n; i++) {
            if (codes[i] >= 0xFFFE) {
                continue; // the shaper's placeholder for a character taken into a ligature
            }
            int end = text.length();
            for (int j = i + 1; j < n; j++) {
                if (codes[j] < 0xFFFE && chars[j] > chars[i]) {
                    end = chars[j];
                    break;
                }
            }
            String letters = text.substring(chars[i], end);
            if (letters.codePointCount(0, letters.length()) > 1 && letters.codePoints().allMatch(Character::isLetter)) {
                ligatures.putIfAbsent(codes[i], letters);
            }
        }
    }

    /** The ligature glyphs measured so far: glyph id to the letters it draws. */
    public java.util.Map<Integer, String> ligatures() {
        return java.util.Collections.unmodifiableMap(ligatures);
    }

    @Override
    public boolean canDisplay(int codePoint) {
        return baseFont.charExists(codePoint);
    }

    @Override
    public float ascent(float size) {
        return ascent * size / UNIT;
    }

    @Override
    public float descent(float size) {
        return descent * size / UNIT;
    }

    /** The same font as a java.awt.Font, for drawing icon glyphs as outlines. */
    public java.awt.Font awtFont() {
        java.awt.Font f = awtFont;
        if (f == null) {
            try {
                f = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(data));
            } catch (java.awt.FontFormatException | java.io.IOException e) {
                throw new IllegalStateException("cannot read font " + name + " for outlines", e);
            }
            awtFont = f;
        }
        return f;
    }

    @Override
    public String toString() {
        return name;
    }
}
