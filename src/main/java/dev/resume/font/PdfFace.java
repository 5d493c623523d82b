package dev.resume.font;

import dev.resume.layout.Face;
import java.awt.font.GlyphVector;
import java.util.List;
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
    private final RunLayout shaper;
    private final RunLayout plainShaper;
    private final byte[] data;
    private final ConcurrentHashMap<String, Float> widths = new ConcurrentHashMap<>();
    /** Glyphs drawn so far, each with the characters it stands for ("ffi" for a ligature). */
    private final ConcurrentHashMap<Integer, String> drawn = new ConcurrentHashMap<>();
    /** Glyphs drawn for characters that share nothing: they keep the font's own character. */
    private final java.util.Set<Integer> conflicts = ConcurrentHashMap.newKeySet();
    private volatile GlyphSources sources;
    private final java.util.function.IntUnaryOperator glyphOf;
    private final java.util.function.IntPredicate mapped;
    private final float ascent;
    private final float descent;
    private final boolean bold;
    private final boolean italic;
    private volatile java.awt.Font awtFont;
    /** The random source of this font's subset tag: one sequence a thread, reset before each document closes. */
    private final SubsetTags tags;

    PdfFace(String name, BaseFont baseFont, RunLayout shaper, RunLayout plainShaper, byte[] data) {
        this.name = name;
        this.baseFont = baseFont;
        // No CIDSet: PDF/A-2 forbids an incomplete one and PDF 2.0 deprecates it; readers never needed it.
        baseFont.setIncludeCidSet(false);
        this.shaper = shaper;
        this.plainShaper = plainShaper;
        this.data = data;
        this.tags = new SubsetTags(name);
        baseFont.setSecureRandom(tags);
        this.glyphOf = PreferredUnicode.glyphOf(baseFont);
        this.mapped = PreferredUnicode.mapped(baseFont);
        // Typographic ascender and descender, per 1000 units of size.
        this.ascent = baseFont.getFontDescriptor(BaseFont.ASCENT, UNIT);
        this.descent = -baseFont.getFontDescriptor(BaseFont.DESCENT, UNIT);
        // The face's own tables, as the system font index reads them; a slanted face without
        // the italic bits still has an italic angle.
        Sfnt.Info info = styleOf(data);
        this.bold = info != null && info.bold();
        this.italic = (info != null && info.italic()) || Math.abs(baseFont.getFontDescriptor(BaseFont.ITALICANGLE, UNIT)) > 0.5f;
    }

    private static Sfnt.Info styleOf(byte[] data) {
        try {
            List<Sfnt.Info> faces = Sfnt.faces(data);
            return faces.isEmpty() ? null : faces.get(0);
        } catch (java.io.IOException e) {
            return null;
        }
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
     * Reseeds the random source OpenPDF draws the subset tag ("ABCDEF+Font") from, for the
     * calling thread, so that each document gets the same tag for this font, whatever was
     * rendered before it or is being rendered on another thread.
     */
    public void resetSubsetTag() {
        tags.reset();
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

    /** The shaper that draws, as the glyph layout it is, for glyphs chosen here (see {@link SmallCapFace}). */
    RunLayout layout() {
        return shaper;
    }

    /** The same without ActualText. */
    RunLayout plainLayout() {
        return plainShaper;
    }

    private SmallCapFace smallCaps;

    /**
     * This face with its font's own small capitals (its "smcp" feature) for lower-case
     * letters; null when the font has none (Latin Modern, Lato, DejaVu).
     */
    @Override
    public synchronized Face smallCaps() {
        // One face, made once: the layout tells faces apart by identity.
        if (smallCaps == null) {
            java.util.Map<Integer, Integer> smcp = SingleSubstitutions.read(data, "smcp");
            smallCaps = new SmallCapFace(this, smcp, smcp.isEmpty() ? PairKerning.NONE : PairKerning.read(data));
        }
        return smallCaps.isEmpty() ? null : smallCaps;
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
     * Remembers the characters each glyph was drawn for, which the export writes into the
     * font's ToUnicode map: for a reader that ignores ActualText (OpenPDF's extractor, many
     * applicant-tracking systems) that map is the text. Every text drawn is measured first, so
     * by the time a PDF is written this knows every glyph drawn.
     *
     * <p>OpenPDF's own map is wrong in three ways: a glyph the font draws for several
     * characters reads as one of them, not the one drawn ("・" U+30FB as "‧" U+2027 in Noto Sans
     * CJK); a ligature reads as its first letter ("oﬃce" as "ofce"); and a glyph outside the
     * character map (a conjunct, a contextual form, a vowel-sign variant) reads as the first
     * character of the first cluster it was drawn in, often of another word (the i-matra of
     * "प्रिया" read "च", from "चित्रों"). Here each glyph of a cluster gets the characters it stands
     * for (see {@link ClusterGlyphs}), in logical order, as PDFBox reads a right-to-left
     * ligature (poppler reverses its letters: "لأ" of "الأردن" comes out "أل" in pdftotext).
     *
     * <p>One glyph has one entry, right for every place it is drawn: where it stands for
     * different characters in different places, it keeps those they share, and when they share
     * none, the character its font maps to it (the lowest, see {@link PreferredUnicode}).
     */
    private void noteGlyphs(String text, GlyphVector gv) {
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        int[] chars = gv.getGlyphCharIndices(0, n, null);
        if (oneGlyphPerCharacter(text, codes, chars)) {
            // Most text (every Latin word without a ligature): each glyph is its character's own.
            for (int i = 0; i < n; i++) {
                note(codes[i], Character.toString(text.charAt(i)));
            }
            return;
        }
        // A cluster: the glyphs of one character index (the shaper merges a syllable's), and the
        // characters from it up to the next cluster's. Placeholders (>= 0xFFFE) stand for a
        // character taken into a ligature.
        int[] starts = java.util.stream.IntStream.range(0, n).filter(i -> codes[i] < 0xFFFE).map(i -> chars[i])
                .filter(c -> c >= 0 && c < text.length()).sorted().distinct().toArray();
        for (int k = 0; k < starts.length; k++) {
            int start = starts[k];
            int end = k + 1 < starts.length ? starts[k + 1] : text.length();
            int[] glyphs = java.util.stream.IntStream.range(0, n).filter(i -> codes[i] < 0xFFFE && chars[i] == start)
                    .map(i -> codes[i]).toArray();
            String[] letters = ClusterGlyphs.resolve(text.substring(start, end), glyphs, this::glyphOf, this::sources);
            for (int i = 0; i < glyphs.length; i++) {
                if (letters[i] != null && !letters[i].isEmpty()) {
                    note(glyphs[i], mirrored(glyphs[i], letters[i]));
                }
            }
        }
    }

    /**
     * Whether glyph i is the font's glyph of character i for every i (no ligature, no cluster,
     * no character beyond the BMP, no mirrored bracket): then each glyph reads as its character,
     * with no need to trace the font's substitutions.
     */
    private boolean oneGlyphPerCharacter(String text, int[] codes, int[] chars) {
        if (codes.length != text.length()) {
            return false;
        }
        for (int i = 0; i < codes.length; i++) {
            char c = text.charAt(i);
            if (chars[i] != i || Character.isSurrogate(c) || codes[i] != glyphOf(c) || Character.isMirrored(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bracket of right-to-left text is drawn with its mirror's glyph: it reads as what it
     * shows, ")" for the "(" drawn as ")", and readers turn it back as they reverse the run.
     */
    private String mirrored(int glyph, String letters) {
        int c = letters.codePointAt(0);
        int mirror = com.ibm.icu.lang.UCharacter.getMirror(c);
        boolean one = letters.length() == Character.charCount(c);
        return one && mirror != c && glyphOf(c) != glyph && glyphOf(mirror) == glyph ? Character.toString(mirror) : letters;
    }

    /** Notes that {@code glyph} was drawn for {@code letters}, keeping what all its places share. */
    private void note(int glyph, String letters) {
        if (conflicts.contains(glyph)) {
            return;
        }
        String before = drawn.putIfAbsent(glyph, letters);
        if (before == null || before.equals(letters)) {
            return;
        }
        java.util.Set<Integer> now = new java.util.HashSet<>();
        letters.codePoints().forEach(now::add);
        StringBuilder shared = new StringBuilder();
        before.codePoints().filter(now::contains).forEach(shared::appendCodePoint);
        if (!shared.isEmpty()) {
            drawn.put(glyph, shared.toString());
        } else if (cmapped(glyph)) {
            // Nothing in common: the font's own character for the glyph, as OpenPDF writes it.
            conflicts.add(glyph);
            drawn.remove(glyph);
        }
        // A glyph outside the character map, nothing in common: it keeps its first place's letters.
    }

    /** Whether some character of the font's map is drawn with the glyph. */
    private boolean cmapped(int glyph) {
        return mapped.test(glyph);
    }

    /** The glyph the font's character map gives the character, or -1. */
    int glyphOf(int codePoint) {
        return glyphOf.applyAsInt(codePoint);
    }

    /** The font's substitutions, read when a cluster first needs them. */
    private GlyphSources sources() {
        GlyphSources s = sources;
        if (s == null) {
            s = GlyphSources.read(data);
            sources = s;
        }
        return s;
    }

    /**
     * The glyphs measured so far, each with the characters it was drawn for (see
     * {@link #noteGlyphs}): the font's ToUnicode entries. A glyph not here keeps OpenPDF's.
     */
    public java.util.Map<Integer, String> drawnText() {
        return java.util.Collections.unmodifiableMap(drawn);
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
