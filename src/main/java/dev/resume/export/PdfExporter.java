package dev.resume.export;

import dev.resume.compose.Metadata;
import dev.resume.font.PdfFace;
import dev.resume.font.SmallCapFace;
import dev.resume.layout.Face;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import dev.resume.layout.Rgb;
import dev.resume.layout.ScaledCapitals;
import dev.resume.layout.SyntheticFace;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The export stage: draws laid-out pages with OpenPDF. Fonts are embedded as subsets with a
 * ToUnicode map that gives a ligature glyph all its letters ({@link LigatureWriter}); text goes
 * through the same shaper that measured it, each word in an ActualText span too, so that "office"
 * extracts as "office" in every reader.
 *
 * <p>Every PDF is tagged and claims PDF/UA-1: its content is marked as the structure tree's
 * ({@link StructureTree}, from the layout's {@link Mark}s) or as artifacts (icons, rules, running
 * headers and footers, the debug overlay); its links are Link elements with alternate text; its
 * title shows in the window; its XMP metadata says the standard. Archival PDFs (PDF/A-2b) also
 * carry an sRGB output intent and say so in their XMP.
 */
public final class PdfExporter {
    private static final FontRenderContext OUTLINES = new FontRenderContext(null, true, true);

    private final String creator;
    private final boolean debugLayout;
    private final java.time.Instant created;
    private final boolean archival;

    public PdfExporter(String creator) {
        this(creator, false, null, false);
    }

    public PdfExporter(String creator, boolean debugLayout, java.time.Instant created) {
        this(creator, debugLayout, created, false);
    }

    /**
     * With {@code debugLayout}, each page also shows its margins, line boxes and baselines;
     * {@code created} is the PDF's creation date (SOURCE_DATE_EPOCH), or null for none;
     * {@code archival}: a PDF/A-2b file.
     */
    public PdfExporter(String creator, boolean debugLayout, java.time.Instant created, boolean archival) {
        this.creator = creator;
        this.debugLayout = debugLayout;
        this.created = created;
        this.archival = archival;
    }

    public byte[] export(List<Page> pages, Metadata meta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] id = Fingerprint.of(pages, meta);
        Page first = pages.get(0);
        Document document = new Document(new Rectangle(first.width(), first.height()), 0, 0, 0, 0);
        LigatureWriter writer = LigatureWriter.create(document, out, faces(pages));
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // Object streams: the structure tree's hundred small dictionaries compressed together.
        writer.setFullCompression();
        // The title in the window rather than the file's name (PDF/UA).
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        // Tab order follows the structure (PDF/UA).
        writer.setTabs(PdfName.S);
        String keywords = String.join(", ", meta.keywords());
        // Only what there is: PDF/A wants each Info entry in the XMP too, and the XMP has no empty ones.
        if (!meta.title().isEmpty()) {
            document.addTitle(meta.title());
        }
        if (!meta.author().isEmpty()) {
            document.addAuthor(meta.author());
        }
        if (!meta.subject().isEmpty()) {
            document.addSubject(meta.subject());
        }
        if (!keywords.isEmpty()) {
            document.addKeywords(keywords);
        }
        document.addCreator(creator);
        document.open();
        // Reproducible output: no wall-clock time and no random ID inside (see README).
        Calendar date = Reproducible.creationTime(created);
        if (date != null) {
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
        } else {
            writer.getInfo().remove(PdfName.CREATIONDATE);
            writer.getInfo().remove(PdfName.MODDATE);
        }
        writer.setFileId(PdfEncryption.createInfoId(id, id));
        PdfObject producer = writer.getInfo().get(PdfName.PRODUCER);
        writer.setXmpMetadata(Xmp.packet(new Xmp.Fields(meta.title(), meta.author(), meta.subject(), keywords, creator,
                producer == null ? null : ((PdfString) producer).toUnicodeString(), meta.language().tag(), date == null ? null : created,
                id, archival)));
        if (archival) {
            OutputIntent.add(writer);
        }
        // The document's language (ISO 32000 14.9.2): what a screen reader speaks it in, and
        // what a search tool or a hyphenating reflow takes it for.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language().tag()));
        PdfContentByte cb = writer.getDirectContent();
        Pictures pictures = new Pictures();
        StructureTree tree = new StructureTree(writer, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (i > 0) {
                document.setPageSize(new Rectangle(page.width(), page.height()));
                document.newPage();
            }
            MarkedContent marked = new MarkedContent(cb, tree, i);
            draw(page, cb, writer, pictures, marked);
            if (debugLayout) {
                marked.artifact(MarkedContent.Artifact.OTHER);
                DebugOverlay.draw(page, cb);
            }
            marked.close();
            for (Page.Bookmark b : page.bookmarks()) {
                new PdfOutline(cb.getRootOutline(), new PdfDestination(PdfDestination.FITH, page.height() - b.y() + 4), b.title());
            }
        }
        tree.write();
        // Closing writes the font subsets, each font's tag drawn from a random source of this
        // thread's, seeded again here: so documents closed at once on several threads (a batch,
        // the server's clients) each get the bytes a render on its own writes. The rest of what
        // closing reads of a shared font is read only (its CFF and TrueType tables are read
        // through a file pointer of each subset's own).
        for (PdfFace face : faces(pages)) {
            face.resetSubsetTag();
        }
        try {
            document.close();
        } catch (RuntimeException e) {
            // Closing writes the font subsets: what fails there is a font OpenPDF cannot subset.
            throw new FontEmbedException(writer.unwritten().stream().map(PdfFace::name).toList(), e);
        }
        return out.toByteArray();
    }

    /** The faces that draw text on the pages. */
    private static java.util.Set<PdfFace> faces(List<Page> pages) {
        java.util.Set<PdfFace> out = new java.util.LinkedHashSet<>();
        for (Page page : pages) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.Text t) {
                    out.add(pdf(t.face()));
                }
            }
        }
        return out;
    }

    private static void draw(Page page, PdfContentByte cb, PdfWriter writer, Pictures pictures, MarkedContent marked) {
        float h = page.height();
        List<Map.Entry<PdfAnnotation, StructureTree.Element>> links = new java.util.ArrayList<>();
        for (PageItem item : page.items()) {
            switch (item) {
                case PageItem.Text t -> {
                    marked.text(t.mark(), t.running(), t.actual() != null ? t.actual() : t.text());
                    drawText(t, h, cb);
                }
                case PageItem.Icon icon -> {
                    marked.artifact(MarkedContent.Artifact.LAYOUT);
                    drawIcon(icon, h, cb);
                }
                case PageItem.Missing m -> {
                    marked.artifact(MarkedContent.Artifact.OTHER);
                    drawMissing(m, h, cb);
                }
                case PageItem.Image im -> {
                    marked.figure(im.picture().alt());
                    pictures.draw(im, h, cb);
                }
                case PageItem.Rule r -> {
                    marked.artifact(MarkedContent.Artifact.LAYOUT);
                    cb.saveState();
                    cb.setLineWidth(r.thickness());
                    cb.setRGBColorStroke(r.color().r(), r.color().g(), r.color().b());
                    cb.moveTo(r.x1(), h - r.y1());
                    cb.lineTo(r.x2(), h - r.y2());
                    cb.stroke();
                    cb.restoreState();
                }
                case PageItem.Link l -> {
                    Rectangle rect = new Rectangle(l.x(), h - l.y() - l.height(), l.x() + l.width(), h - l.y());
                    PdfAnnotation a = PdfAnnotation.createLink(writer, rect, PdfAnnotation.HIGHLIGHT_INVERT, new PdfAction(l.url()));
                    a.setBorder(new PdfBorderArray(0, 0, 0));
                    // Printed (PDF/A), and a Link element's (PDF/UA).
                    a.setFlags(PdfAnnotation.FLAGS_PRINT);
                    if (l.mark() != null) {
                        links.add(Map.entry(a, marked.link(a, l.mark(), l.url())));
                    }
                    writer.addAnnotation(a);
                }
            }
        }
        // A link's alternate description (PDF/UA): its text, once the page has drawn all of it.
        for (Map.Entry<PdfAnnotation, StructureTree.Element> link : links) {
            String text = link.getValue().text.toString().strip();
            link.getKey().put(PdfName.CONTENTS, new PdfString(text.isEmpty() ? link.getValue().url : text, PdfObject.TEXT_UNICODE));
        }
    }

    private static void drawText(PageItem.Text t, float pageHeight, PdfContentByte cb) {
        Face inner = t.face();
        ScaledCapitals capitals = inner instanceof ScaledCapitals c ? c : null;
        inner = capitals != null ? capitals.base() : inner;
        SyntheticFace synthetic = inner instanceof SyntheticFace f ? f : null;
        inner = synthetic != null ? synthetic.base() : inner;
        SmallCapFace smallCaps = inner instanceof SmallCapFace f ? f : null;
        PdfFace face = pdf(t.face());
        float stroke = (synthetic == null ? 0 : synthetic.stroke(t.size())) + (capitals == null ? 0 : capitals.stroke(t.size()));
        float tracking = capitals == null ? 0 : capitals.tracking(t.size());
        cb.beginText();
        fill(cb, t.color());
        cb.setFontAndSize(face.baseFont(), t.size());
        // Synthesised italic slants the glyphs; synthesised bold (and scaled capitals) strokes
        // their outlines in the text's colour, starting half a stroke in so the ink stays inside
        // the measured width; scaled capitals are letter-spaced, a tracking between two letters.
        float slant = synthetic != null && synthetic.italic() ? SyntheticFace.SLANT : 0;
        cb.setTextMatrix(1, 0, slant, 1, t.x() + stroke / 2, pageHeight - t.y());
        if (stroke > 0) {
            cb.setRGBColorStroke(t.color().r(), t.color().g(), t.color().b());
            cb.setLineWidth(stroke);
            cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        }
        if (tracking > 0) {
            cb.setCharacterSpacing(tracking);
        }
        float natural = t.face().width(t.text(), t.size());
        boolean stretched = natural > 0 && Math.abs(natural - t.width()) > 0.01f;
        if (stretched) {
            // A space stretched over its gap (justified lines): one space for text extraction.
            cb.setHorizontalScaling(100f * t.width() / natural);
        }
        if (t.actual() != null) {
            PdfDictionary span = new PdfDictionary();
            span.put(PdfName.ACTUALTEXT, new PdfString(t.actual(), PdfObject.TEXT_UNICODE));
            cb.beginMarkedContentSequence(PdfName.SPAN, span, true);
        }
        // Right-to-left text gets no ActualText span: readers reverse a right-to-left line's
        // characters to put them in logical order, and poppler reverses an ActualText string
        // too ("دادح ىليل" for "ليلى حداد"). Its glyphs, drawn in visual order, each map to
        // their letters in the font's ToUnicode map (see PdfFace), and that reads right in
        // poppler, PDFBox and OpenPDF alike.
        boolean plain = t.actual() != null || rightToLeft(t.text());
        if (smallCaps != null) {
            smallCaps.show(cb, t.size(), t.text(), plain);
        } else {
            (plain ? face.plainShaper() : face.shaper()).showText(cb, face.baseFont(), t.size(), t.text());
        }
        if (t.actual() != null) {
            cb.endMarkedContentSequence();
        }
        if (stretched) {
            cb.setHorizontalScaling(100f);
        }
        if (stroke > 0) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        if (tracking > 0) {
            cb.setCharacterSpacing(0);
        }
        cb.endText();
    }

    /**
     * Characters no font has, as the outline of a box each (as wide as the font's .notdef glyph,
     * from the baseline to near the cap height): a shape and not text, so that the text layer
     * says nothing rather than a character it is not.
     */
    private static void drawMissing(PageItem.Missing m, float pageHeight, PdfContentByte cb) {
        int n = m.text().codePointCount(0, m.text().length());
        if (n == 0) {
            return;
        }
        float box = m.width() / n;
        float line = Math.max(0.3f, 0.04f * m.size());
        float inset = 0.08f * box;
        float height = 0.7f * m.size();
        cb.saveState();
        cb.setRGBColorStroke(m.color().r(), m.color().g(), m.color().b());
        cb.setLineWidth(line);
        for (int i = 0; i < n; i++) {
            float x = m.x() + i * box + inset;
            cb.rectangle(x + line / 2, pageHeight - m.y() + line / 2, box - 2 * inset - line, height - line);
        }
        cb.stroke();
        cb.restoreState();
    }

    /** Whether the text has a right-to-left letter (the layout hands over runs of one direction). */
    private static boolean rightToLeft(String text) {
        return text.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    private static void fill(PdfContentByte cb, Rgb c) {
        cb.setRGBColorFill(c.r(), c.g(), c.b());
    }

    /** Icons are drawn as filled outlines: they decorate, and must not pollute the text layer. */
    private static void drawIcon(PageItem.Icon icon, float pageHeight, PdfContentByte cb) {
        java.awt.Font font = pdf(icon.face()).awtFont().deriveFont(icon.size());
        Shape outline = font.createGlyphVector(OUTLINES, icon.glyph()).getOutline(icon.x(), icon.y());
        cb.saveState();
        fill(cb, icon.color());
        PathIterator it = outline.getPathIterator(null);
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cb.moveTo(c[0], pageHeight - c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cb.lineTo(c[0], pageHeight - c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // PDF has cubic curves only: raise the quadratic's degree.
                    float c1x = lastX + 2f / 3f * (c[0] - lastX);
                    float c1y = lastY + 2f / 3f * (c[1] - lastY);
                    float c2x = c[2] + 2f / 3f * (c[0] - c[2]);
                    float c2y = c[3] + 2f / 3f * (c[1] - c[3]);
                    cb.curveTo(c1x, pageHeight - c1y, c2x, pageHeight - c2y, c[2], pageHeight - c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cb.curveTo(c[0], pageHeight - c[1], c[2], pageHeight - c[3], c[4], pageHeight - c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> cb.closePath();
                default -> { }
            }
            it.next();
        }
        if (it.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            cb.eoFill();
        } else {
            cb.fill();
        }
        cb.restoreState();
    }

    private static PdfFace pdf(Face face) {
        if (face instanceof SyntheticFace s) {
            return pdf(s.base());
        }
        if (face instanceof ScaledCapitals c) {
            return pdf(c.base());
        }
        if (face instanceof SmallCapFace s) {
            return s.base();
        }
        if (face instanceof PdfFace p) {
            return p;
        }
        throw new IllegalArgumentException("the PDF exporter draws only faces loaded from font files, not " + face.name());
    }
}
