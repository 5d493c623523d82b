package dev.resume.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentParser;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Reads a page's text as poppler's pdftotext and PDFBox do: each glyph's characters from its
 * font's ToUnicode map, where it is drawn, and an ActualText span's text in place of the glyphs
 * inside it. The result is the page's text pieces in drawing order ({@link Chunk}); putting
 * them into lines and reading order is {@link ReadingOrder}'s.
 *
 * <p>It also reads each span's glyphs as a reader that ignores ActualText does (OpenPDF's own
 * extractor, many applicant-tracking systems): a glyph whose ToUnicode characters are not among
 * its span's is a wrong character in those readers' text, and is reported (a glyph a font shares
 * between two characters mapped to the other one, say).
 *
 * <p>Only what our export writes is understood: Type 0 fonts with two-byte codes (and simple
 * fonts with one), text and graphics state, marked content. That is enough, and fast: it reads a
 * page in a few milliseconds, where OpenPDF's extractor builds words and markup first.
 */
final class PdfTextReader {
    private static final Pattern BFCHAR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]*)>");
    private static final Pattern BFRANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(<[0-9A-Fa-f]*>|\\[[^\\]]*\\])");
    private static final Pattern BLOCK = Pattern.compile("begin(bfchar|bfrange)(.*?)end\\1", Pattern.DOTALL);

    /** A font as far as reading needs it: code length, widths and characters by code. */
    private record Font(String name, int bytes, Map<Integer, Float> widths, float defaultWidth, Map<Integer, String> unicode) {
        float width(int code) {
            return widths.getOrDefault(code, defaultWidth);
        }
    }

    /** An open ActualText span: its text, where its first glyph starts, and the glyphs' own characters. */
    private static final class Span {
        final String actual;
        float x = Float.NaN;
        float y;
        float end;
        float size;
        final StringBuilder glyphs = new StringBuilder();
        Font font;

        Span(String actual) {
            this.actual = actual;
        }
    }

    private final PdfReader reader;
    private final Map<PdfObject, Font> fonts = new HashMap<>();
    /** The text object being read, outside ActualText spans. */
    private final StringBuilder pending = new StringBuilder();
    private float pendingX;
    private float pendingY;
    private float pendingEnd = Float.NEGATIVE_INFINITY;
    private float pendingSize;

    PdfTextReader(PdfReader reader) {
        this.reader = reader;
    }

    /** The page's text pieces in drawing order; glyphs that read wrong without ActualText go to {@code wrong}. */
    List<Chunk> read(int pageNumber, List<String> wrong) throws IOException {
        PdfDictionary page = reader.getPageN(pageNumber);
        PdfDictionary resources = page.getAsDict(PdfName.RESOURCES);
        PdfDictionary fontDict = resources == null ? null : resources.getAsDict(PdfName.FONT);
        byte[] content = reader.getPageContent(pageNumber);
        List<Chunk> out = new ArrayList<>();
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        List<PdfObject> operands = new ArrayList<>();

        float[] ctm = {1, 0, 0, 1, 0, 0};
        Deque<float[]> saved = new ArrayDeque<>();
        float[] tm = {1, 0, 0, 1, 0, 0};
        float[] line = tm.clone();
        Font font = null;
        float size = 0;
        float scale = 1;
        float charSpacing = 0;
        float wordSpacing = 0;
        float rise = 0;
        // Marked content nests; only ActualText spans carry text (null for the others).
        Deque<Span> marked = new ArrayDeque<>();

        while (!parser.parse(operands).isEmpty()) {
            String op = operands.getLast().toString();
            switch (op) {
                case "q" -> saved.push(ctm.clone());
                case "Q" -> ctm = saved.isEmpty() ? ctm : saved.pop();
                case "cm" -> ctm = multiply(numbers(operands, 6), ctm);
                case "BT", "ET" -> {
                    flush(out);
                    tm = new float[] {1, 0, 0, 1, 0, 0};
                    line = tm.clone();
                }
                case "Tf" -> {
                    font = font(fontDict, (PdfName) operands.get(0));
                    size = number(operands.get(1));
                }
                case "Tm" -> {
                    tm = numbers(operands, 6);
                    line = tm.clone();
                }
                case "Td", "TD" -> {
                    line = multiply(new float[] {1, 0, 0, 1, number(operands.get(0)), number(operands.get(1))}, line);
                    tm = line.clone();
                }
                case "Tz" -> scale = number(operands.get(0)) / 100f;
                case "Tc" -> charSpacing = number(operands.get(0));
                case "Tw" -> wordSpacing = number(operands.get(0));
                case "Ts" -> rise = number(operands.get(0));
                case "BDC" -> marked.push(span(operands.get(1), resources));
                case "BMC" -> marked.push(new Span(null));
                case "EMC" -> {
                    Span s = marked.isEmpty() ? null : marked.pop();
                    if (s != null && s.actual != null) {
                        flush(out);
                        close(s, marked, out, wrong, pageNumber);
                    }
                }
                case "Tj", "TJ", "'", "\"" -> {
                    if (font == null) {
                        break;
                    }
                    List<PdfObject> parts = new ArrayList<>();
                    PdfObject shown = operands.get(operands.size() - 2);
                    if (shown instanceof PdfArray array) {
                        parts.addAll(array.getElements());
                    } else {
                        parts.add(shown);
                    }
                    Span span = innermostActual(marked);
                    float[] trm = multiply(tm, ctm);
                    float startX = trm[4] + trm[2] * rise;
                    float startY = trm[5] + trm[3] * rise;
                    float advance = 0;
                    StringBuilder text = new StringBuilder();
                    for (PdfObject part : parts) {
                        if (part instanceof PdfNumber n) {
                            float move = -n.floatValue() / 1000f * size * scale;
                            // A large gap inside one string is a word space to a positional reader.
                            if (move > 0.15f * size && span == null && !text.isEmpty()) {
                                text.append(' ');
                            }
                            advance += move;
                        } else if (part instanceof PdfString s) {
                            // The tokeniser keeps a string's bytes as chars, one each.
                            String b = s.toString();
                            for (int i = 0; i + font.bytes() <= b.length(); i += font.bytes()) {
                                int code = font.bytes() == 2 ? (b.charAt(i) & 0xFF) << 8 | (b.charAt(i + 1) & 0xFF) : b.charAt(i) & 0xFF;
                                String u = font.unicode().get(code);
                                if (u == null && font.bytes() == 1) {
                                    u = String.valueOf((char) code);
                                }
                                if (u != null) {
                                    text.append(span == null ? unit(u) : u);
                                }
                                float w = font.width(code) / 1000f * size + charSpacing
                                        + (font.bytes() == 1 && code == 32 ? wordSpacing : 0);
                                advance += w * scale;
                            }
                        }
                    }
                    tm[4] += advance * tm[0];
                    tm[5] += advance * tm[1];
                    float endX = startX + advance * trm[0];
                    if (span != null) {
                        if (Float.isNaN(span.x)) {
                            span.x = startX;
                            span.y = startY;
                            span.size = size * Math.abs(trm[3]);
                            span.font = font;
                        }
                        span.end = endX;
                        span.glyphs.append(text);
                    } else if (!text.isEmpty()) {
                        // One text object is one piece: a mark drawn by a show of its own
                        // (raised a little) stays with its letter.
                        if (pending.isEmpty()) {
                            pendingX = startX;
                            pendingY = startY;
                            pendingSize = size * Math.abs(trm[3]);
                        }
                        pendingEnd = Math.max(pendingEnd, endX);
                        pending.append(text);
                    }
                }
                default -> {}
            }
        }
        flush(out);
        // A span left open at the page's end still counts.
        while (!marked.isEmpty()) {
            Span s = marked.pop();
            if (s != null && s.actual != null) {
                close(s, marked, out, wrong, pageNumber);
            }
        }
        return out;
    }

    private void flush(List<Chunk> out) {
        if (!pending.isEmpty()) {
            out.add(new Chunk(pendingX, pendingY, pendingEnd, pendingSize, pending.toString()));
            pending.setLength(0);
            pendingEnd = Float.NEGATIVE_INFINITY;
        }
    }

    /**
     * A glyph's characters as they are put into a line seen left to right: PDFBox turns a
     * right-to-left line round but keeps each glyph's characters in their order (the lam-alef
     * ligature of "الآلي" reads "لآ"), so those of a right-to-left glyph are turned round here
     * first, to come out in their order when the line is.
     */
    private static String unit(String glyph) {
        if (glyph.codePointCount(0, glyph.length()) < 2 || glyph.codePoints().noneMatch(GlyphTruth::rightToLeft)) {
            return glyph;
        }
        return GlyphTruth.reversed(glyph);
    }

    private static Span innermostActual(Deque<Span> marked) {
        for (Span s : marked) {
            if (s.actual != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * A span ends: its text takes the place of its glyphs (inside another span, it is part of
     * that one's glyphs, which that one's text replaces in turn).
     */
    private static void close(Span s, Deque<Span> marked, List<Chunk> out, List<String> wrong, int page) {
        if (Float.isNaN(s.x)) {
            return;
        }
        Span outer = innermostActual(marked);
        if (outer != null) {
            if (Float.isNaN(outer.x)) {
                outer.x = s.x;
                outer.y = s.y;
                outer.size = s.size;
                outer.font = s.font;
            }
            outer.end = s.end;
            outer.glyphs.append(s.actual);
            return;
        }
        String problem = GlyphTruth.check(s.actual, s.glyphs.toString());
        if (problem != null) {
            wrong.add("page " + page + ": " + problem + (s.font == null ? "" : " (font " + s.font.name() + ")"));
        }
        out.add(new Chunk(s.x, s.y, s.end, s.size, s.actual));
    }

    private Span span(PdfObject properties, PdfDictionary resources) {
        PdfObject p = PdfReader.getPdfObject(properties);
        if (p instanceof PdfName name && resources != null && resources.getAsDict(PdfName.PROPERTIES) != null) {
            p = PdfReader.getPdfObject(resources.getAsDict(PdfName.PROPERTIES).get(name));
        }
        if (p instanceof PdfDictionary d && d.get(PdfName.ACTUALTEXT) instanceof PdfString s) {
            return new Span(s.toUnicodeString());
        }
        return new Span(null);
    }

    private Font font(PdfDictionary fontDict, PdfName name) {
        PdfObject ref = fontDict == null ? null : fontDict.get(name);
        if (ref == null) {
            return null;
        }
        return fonts.computeIfAbsent(ref, r -> load((PdfDictionary) PdfReader.getPdfObject(r)));
    }

    private static Font load(PdfDictionary f) {
        String name = String.valueOf(f.get(PdfName.BASEFONT)).replaceFirst("^/([A-Z]{6}\\+)?", "").replaceFirst("-Identity-[HV]$", "");
        Map<Integer, String> unicode = toUnicode(f.get(PdfName.TOUNICODE));
        Map<Integer, Float> widths = new HashMap<>();
        if (PdfName.TYPE0.equals(f.get(PdfName.SUBTYPE))) {
            PdfArray descendants = (PdfArray) PdfReader.getPdfObject(f.get(PdfName.DESCENDANTFONTS));
            PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
            PdfObject dw = PdfReader.getPdfObject(cid.get(PdfName.DW));
            PdfObject w = PdfReader.getPdfObject(cid.get(PdfName.W));
            if (w instanceof PdfArray array) {
                cidWidths(array, widths);
            }
            return new Font(name, 2, widths, dw instanceof PdfNumber n ? n.floatValue() : 1000, unicode);
        }
        PdfObject first = PdfReader.getPdfObject(f.get(PdfName.FIRSTCHAR));
        PdfObject w = PdfReader.getPdfObject(f.get(PdfName.WIDTHS));
        if (first instanceof PdfNumber fc && w instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (PdfReader.getPdfObject(array.getPdfObject(i)) instanceof PdfNumber n) {
                    widths.put(fc.intValue() + i, n.floatValue());
                }
            }
        }
        return new Font(name, 1, widths, 500, unicode);
    }

    /** A CIDFont's /W array: "c [w1 w2 …]" gives c, c+1, … their widths; "c1 c2 w" gives them all w. */
    private static void cidWidths(PdfArray w, Map<Integer, Float> widths) {
        List<PdfObject> items = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            items.add(PdfReader.getPdfObject(w.getPdfObject(i)));
        }
        for (int i = 0; i < items.size(); ) {
            int c = ((PdfNumber) items.get(i)).intValue();
            if (items.get(i + 1) instanceof PdfArray list) {
                for (int k = 0; k < list.size(); k++) {
                    widths.put(c + k, ((PdfNumber) PdfReader.getPdfObject(list.getPdfObject(k))).floatValue());
                }
                i += 2;
            } else {
                int last = ((PdfNumber) items.get(i + 1)).intValue();
                float width = ((PdfNumber) items.get(i + 2)).floatValue();
                for (int k = c; k <= last; k++) {
                    widths.put(k, width);
                }
                i += 3;
            }
        }
    }

    /** A ToUnicode CMap's bfchar and bfrange entries. */
    static Map<Integer, String> toUnicode(PdfObject ref) {
        Map<Integer, String> map = new HashMap<>();
        if (!(PdfReader.getPdfObject(ref) instanceof PRStream stream)) {
            return map;
        }
        String cmap;
        try {
            cmap = new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return map;
        }
        Matcher block = BLOCK.matcher(cmap);
        while (block.find()) {
            if (block.group(1).equals("bfchar")) {
                Matcher m = BFCHAR.matcher(block.group(2));
                while (m.find()) {
                    map.put(Integer.parseInt(m.group(1), 16), utf16(m.group(2)));
                }
                continue;
            }
            Matcher m = BFRANGE.matcher(block.group(2));
            while (m.find()) {
                int lo = Integer.parseInt(m.group(1), 16);
                int hi = Integer.parseInt(m.group(2), 16);
                String dst = m.group(3);
                if (dst.startsWith("[")) {
                    Matcher each = Pattern.compile("<([0-9A-Fa-f]*)>").matcher(dst);
                    for (int c = lo; c <= hi && each.find(); c++) {
                        map.put(c, utf16(each.group(1)));
                    }
                } else {
                    String base = utf16(dst.substring(1, dst.length() - 1));
                    for (int c = lo; c <= hi && !base.isEmpty(); c++) {
                        // Ranges step the last UTF-16 unit.
                        char last = (char) (base.charAt(base.length() - 1) + (c - lo));
                        map.put(c, base.substring(0, base.length() - 1) + last);
                    }
                }
            }
        }
        return map;
    }

    private static String utf16(String hex) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            sb.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
        }
        return sb.toString();
    }

    private static float number(PdfObject o) {
        return ((PdfNumber) o).floatValue();
    }

    private static float[] numbers(List<PdfObject> operands, int n) {
        float[] m = new float[n];
        for (int i = 0; i < n; i++) {
            m[i] = number(operands.get(i));
        }
        return m;
    }

    /** a × b for PDF's 3×3 matrices written [a b c d e f]. */
    private static float[] multiply(float[] a, float[] b) {
        return new float[] {
            a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]};
    }
}
