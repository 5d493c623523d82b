package dev.resume.export;

import dev.resume.font.PdfFace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.PdfIndirectObject;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPage;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PdfWriter that gives ligature glyphs their full text in each font's ToUnicode map.
 *
 * <p>OpenPDF maps a glyph that has no character of its own to the first character it was
 * drawn for, so the "ffi" glyph of "efficient" extracts as "f" ("efcient") in every reader that
 * does not honour ActualText (PDFBox, OpenPDF's own extractor, most ATS). A ToUnicode entry may
 * map one glyph to several characters; OpenPDF has no way to ask for that, so the map is
 * rewritten as it is added to the file: a font is written as its descriptor (with its name),
 * its CIDFont dictionary and then its ToUnicode stream, and that stream's entries for the
 * font's ligature glyphs get the letters the shaper put into them.
 */
final class LigatureWriter extends PdfWriter {
    private static final Pattern ENTRY = Pattern.compile("<([0-9A-Fa-f]{4})><\\1><[0-9A-Fa-f]+>");

    /** The faces by font name (as in the font descriptor, without a subset tag). */
    private final Map<String, PdfFace> faces;
    private String fontName;
    private boolean cmapNext;
    /** The fonts written so far, by name: a font's descriptor follows its embedded subset. */
    private final java.util.Set<String> written = new java.util.HashSet<>();

    private LigatureWriter(PdfDocument document, OutputStream os, Map<String, PdfFace> faces) {
        super(document, os);
        this.faces = faces;
    }

    /** As {@link PdfWriter#getInstance(Document, OutputStream)}, for the faces drawn. */
    static LigatureWriter create(Document document, OutputStream os, Iterable<PdfFace> faces) {
        Map<String, PdfFace> byName = new HashMap<>();
        for (PdfFace face : faces) {
            byName.put(face.baseFont().getPostscriptFontName(), face);
        }
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        pdf.setGlyphLayoutManager(document.getGlyphLayoutManager());
        document.addDocListener(pdf);
        LigatureWriter writer = new LigatureWriter(pdf, os, byName);
        try {
            pdf.addWriter(writer);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return writer;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        if (object instanceof PdfStream stream && !(object instanceof PdfDictionary d && d.contains(PdfName.SUBTYPE))) {
            if (cmapNext) {
                cmapNext = false;
                object = withLigatures(stream);
            }
        } else if (object instanceof PdfDictionary d) {
            if (PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                PdfObject name = d.get(PdfName.FONTNAME);
                String n = name == null ? "" : PdfName.decodeName(name.toString());
                // "ABCDEF+TeXGyrePagella-Regular-Identity-H" for a CFF font, without the encoding for TrueType.
                fontName = (n.matches("[A-Z]{6}\\+.*") ? n.substring(7) : n).replaceFirst("-Identity-[HV]$", "");
                written.add(fontName);
            } else if (PdfName.FONT.equals(d.get(PdfName.TYPE))
                    && (PdfName.CIDFONTTYPE0.equals(d.get(PdfName.SUBTYPE)) || PdfName.CIDFONTTYPE2.equals(d.get(PdfName.SUBTYPE)))) {
                cmapNext = true;
            }
        }
        return super.addToBody(object);
    }

    /** The trailer's file id, or null for OpenPDF's random one. */
    private PdfObject fileId;
    /** The pages written so far: each page's StructParents is its number from 0. */
    private int pages;

    /**
     * The trailer's /ID: OpenPDF takes it from the Info dictionary's /FileId entry, or makes a
     * random one. The entry is put in right after the Info dictionary is written, so that the
     * trailer has it and the Info dictionary does not (it is no standard key there).
     */
    void setFileId(PdfObject id) {
        this.fileId = id;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, boolean inObjStm) throws IOException {
        PdfIndirectObject written = super.addToBody(object, inObjStm);
        if (object == getInfo() && fileId != null) {
            getInfo().put(PdfName.FILEID, fileId);
        }
        return written;
    }

    /** Each page is tagged: its StructParents key in the structure tree's parent tree (see StructureTree). */
    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference ref) throws IOException {
        if (object instanceof PdfPage page) {
            page.put(PdfName.STRUCTPARENTS, new PdfNumber(pages++));
        }
        return super.addToBody(object, ref);
    }

    /** The faces whose subsets are not written yet: when writing one fails, it is among them. */
    java.util.List<PdfFace> unwritten() {
        return faces.entrySet().stream().filter(e -> !written.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private PdfObject withLigatures(PdfStream stream) {
        PdfFace face = fontName == null ? null : faces.get(fontName);
        // Read when the font is written, at the document's close: every text has been measured.
        Map<Integer, String> map = face == null ? Map.of() : face.drawnText();
        if (map.isEmpty()) {
            return stream;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            stream.writeContent(content);
        } catch (IOException e) {
            return stream;
        }
        byte[] data = PdfName.FLATEDECODE.equals(stream.get(PdfName.FILTER)) ? PdfReader.FlateDecode(content.toByteArray())
                : content.toByteArray();
        if (data == null) {
            return stream;
        }
        String cmap = new String(data, StandardCharsets.ISO_8859_1);
        if (!cmap.contains("begincmap")) {
            return stream;
        }
        Matcher m = ENTRY.matcher(cmap);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String letters = map.get(Integer.parseInt(m.group(1), 16));
            if (letters == null) {
                m.appendReplacement(sb, m.group());
                continue;
            }
            StringBuilder hex = new StringBuilder();
            for (char c : letters.toCharArray()) {
                hex.append(String.format("%04X", (int) c));
            }
            m.appendReplacement(sb, "<" + m.group(1) + "><" + m.group(1) + "><" + hex + ">");
            changed = true;
        }
        if (!changed) {
            return stream;
        }
        m.appendTail(sb);
        PdfStream out = new PdfStream(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flateCompress(getCompressionLevel());
        return out;
    }
}
