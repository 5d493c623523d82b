package dev.resume.font;

import dev.resume.layout.Face;
import java.awt.font.GlyphVector;
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
     * The layout hands over text of one direction; text that mixes directions (a string
     * measured whole) is measured as it is drawn, run by run (see {@link RunLayout}).
     */
    private float measure(String text) {
        String[] runs = RunLayout.runs(text);
        if (runs != null) {
            float sum = 0;
            for (String run : runs) {
                sum += measure(run);
            }
            return sum;
        }
        GlyphVector gv = shaper.computeGlyphVector(baseFont, UNIT, text);
        noteGlyphs(text, gv);
        return (float) gv.getGlyphPosition(gv.getNumGlyphs()).getX();
    }

    /**
     * Remembers each glyph that stands for other letters than the font's character map says:
     * a ligature ("ffi", Arabic lam-alef), or a letter's contextual form (an Arabic letter's
     * initial, medial and final forms, which the font may map to a presentation-form character
     * such as U+FEDF, or to none). Every text drawn is measured first, so by the time a PDF is
     * written this knows all such glyphs, and the export makes the font's ToUnicode map give
     * their letters (OpenPDF writes only the first: "oﬃce" would extract as "ofce"; "ليلى"
     * as presentation forms).
     *
     * <p>A right-to-left run's glyphs come in visual order; the letters of each are recorded in
     * logical order, as PDFBox reads them (poppler reverses the letters of a right-to-left
     * ligature: "لأ" of "الأردن" comes out "أل" in pdftotext).
     */
    private void noteGlyphs(String text, GlyphVector gv) {
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        int[] chars = gv.getGlyphCharIndices(0, n, null);
        int[] starts = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (codes[i] < 0xFFFE) {
                starts[m++] = chars[i];
            }
        }
        int[] sorted = java.util.Arrays.copyOf(starts, m);
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            if (codes[i] >= 0xFFFE) {
                continue; // the shaper's placeholder for a character taken into a ligature
            }
            // The glyph's letters: from its character up to the next glyph's, in logical order.
            int at = java.util.Arrays.binarySearch(sorted, chars[i]);
            while (at + 1 < m && sorted[at + 1] == chars[i]) {
                at++;
            }
            int end = at + 1 < m ? sorted[at + 1] : text.length();
            if (end <= chars[i]) {
                continue;
            }
            String letters = text.substring(chars[i], end);
            int count = letters.codePointCount(0, letters.length());
            if (count > 1 && letters.codePoints().allMatch(Character::isLetter)) {
                ligatures.putIfAbsent(codes[i], letters);
            } else if (count == 1 && Character.isLetter(letters.codePointAt(0)) && glyphOf(letters.codePointAt(0)) != codes[i]) {
                ligatures.putIfAbsent(codes[i], letters);
            }
        }
    }

    /**
     * The text's letters in the order its glyphs are drawn, each glyph's letters as the text
     * layer maps them: what a reader that takes glyphs in drawing order extracts. It differs
     * from the text where the shaper reorders: a right-to-left run's glyphs come in visual
     * order, a Devanagari vowel sign ि before its consonant.
     */
    public String drawnOrder(String text) {
        GlyphVector gv = shaper.computeGlyphVector(baseFont, UNIT, text);
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        int[] chars = gv.getGlyphCharIndices(0, n, null);
        int[] sorted = java.util.stream.IntStream.range(0, n).filter(i -> codes[i] < 0xFFFE).map(i -> chars[i]).sorted().toArray();
        StringBuilder sb = new StringBuilder();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (codes[i] >= 0xFFFE || !seen.add(chars[i])) {
                continue; // a placeholder, or a second glyph of a character (a split vowel): its letters are the first's
            }
            int at = java.util.Arrays.binarySearch(sorted, chars[i]);
            while (at + 1 < sorted.length && sorted[at + 1] == chars[i]) {
                at++;
            }
            int end = at + 1 < sorted.length ? sorted[at + 1] : text.length();
            sb.append(text, chars[i], Math.max(chars[i], end));
        }
        return sb.toString();
    }

    /** The glyph the font's character map gives the character, or -1. */
    private int glyphOf(int codePoint) {
        // For the Identity-H fonts the export writes, a character's CID is its glyph.
        return baseFont.charExists(codePoint) ? baseFont.getCidCode(codePoint) : -1;
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
