package dev.resume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.api.Sources;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.InvalidInputException;
import dev.resume.readback.PdfReadBack;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos in the header, read back from the PDF with PDFBox: where the image is drawn (its matrix
 * and clip), that no text overlaps it, that it stands upright for every EXIF orientation (the
 * rendered page's pixels), that a JPEG's bytes and an ICC profile reach the PDF unchanged, that
 * it is embedded once and rebuilds are identical; and the errors, JSON Resume, deps and the text
 * exports. Images are made here, not committed.
 */
class PhotoTest {
    private static final Renderer RENDERER = new Renderer();
    private static final List<String> THEMES = List.of("classic", "modern", "columns", "compact");

    @TempDir
    Path dir;

    // ---- images --------------------------------------------------------------------------------

    /** A picture upright: four quadrants of red, green, blue and yellow (top-left, top-right, bottom-left, bottom-right). */
    private static final Color[] QUADRANTS = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW};

    private static BufferedImage quadrants(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, QUADRANTS[(y < h / 2 ? 0 : 2) + (x < w / 2 ? 0 : 1)].getRGB());
            }
        }
        return img;
    }

    /**
     * The image to store so that a reader applying EXIF {@code orientation} shows {@code upright}:
     * each stored pixel (s, t) shows at the upright place the orientation maps it to.
     */
    private static BufferedImage stored(BufferedImage upright, int orientation) {
        int uw = upright.getWidth();
        int uh = upright.getHeight();
        boolean quarter = orientation >= 5;
        int sw = quarter ? uh : uw;
        int sh = quarter ? uw : uh;
        BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        for (int t = 0; t < sh; t++) {
            for (int s = 0; s < sw; s++) {
                int[] p = switch (orientation) {
                    case 2 -> new int[] {sw - 1 - s, t};
                    case 3 -> new int[] {sw - 1 - s, sh - 1 - t};
                    case 4 -> new int[] {s, sh - 1 - t};
                    case 5 -> new int[] {t, s};
                    case 6 -> new int[] {sh - 1 - t, s};
                    case 7 -> new int[] {sh - 1 - t, sw - 1 - s};
                    case 8 -> new int[] {t, sw - 1 - s};
                    default -> new int[] {s, t};
                };
                out.setRGB(s, t, upright.getRGB(p[0], p[1]));
            }
        }
        return out;
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out));
        return out.toByteArray();
    }

    /** The JPEG with {@code segment} (a marker and its data) inserted after SOI. */
    private static byte[] insertSegment(byte[] jpeg, int marker, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(data);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An APP1 Exif segment's data holding only IFD0 with the Orientation tag, in big- or little-endian TIFF. */
    private static byte[] exif(int orientation, boolean little) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(little ? new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0} : new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        writeShort(b, 1, little);
        writeShort(b, 0x0112, little);
        writeShort(b, 3, little);
        writeInt(b, 1, little);
        writeShort(b, orientation, little);
        writeShort(b, 0, little);
        writeInt(b, 0, little);
        return b.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream b, int v, boolean little) {
        if (little) {
            b.write(v & 0xFF);
            b.write(v >> 8 & 0xFF);
        } else {
            b.write(v >> 8 & 0xFF);
            b.write(v & 0xFF);
        }
    }

    private static void writeInt(ByteArrayOutputStream b, int v, boolean little) {
        for (int k = 0; k < 4; k++) {
            b.write(v >> (little ? 8 * k : 8 * (3 - k)) & 0xFF);
        }
    }

    /** An APP2 ICC_PROFILE segment's data: the whole profile in one chunk. */
    private static byte[] iccSegment(byte[] profile) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
        b.write(1);
        b.write(1);
        b.writeBytes(profile);
        return b.toByteArray();
    }

    /** A PNG chunk: length, type, data, CRC. */
    private static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeInt(b, data.length, false);
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        b.writeBytes(t);
        b.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        writeInt(b, (int) crc.getValue(), false);
        return b.toByteArray();
    }

    /** The PNG with an iCCP chunk holding {@code profile} after its IHDR. */
    private static byte[] withIccp(byte[] png, byte[] profile) {
        Deflater d = new Deflater();
        d.setInput(profile);
        d.finish();
        byte[] buf = new byte[profile.length + 1024];
        int n = d.deflate(buf);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("test\0".getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(buf, 0, n);
        int ihdrEnd = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, ihdrEnd);
        out.writeBytes(chunk("iCCP", data.toByteArray()));
        out.write(png, ihdrEnd, png.length - ihdrEnd);
        return out.toByteArray();
    }

    private Path cv(String photo, String theme) throws IOException {
        Path cv = dir.resolve("cv-" + Math.abs((photo + theme).hashCode()) + ".yml");
        Files.writeString(cv, "name: Ada Quillfeather\nheadline: Research engineer in computer systems\n"
                + (photo == null ? "" : "photo: " + photo + "\n")
                + (theme == null ? "" : "theme: " + theme + "\n")
                + "contact:\n  - email: ada@example.org\n  - phone: \"+44 20 7946 0000\"\n  - github: adaquill\n"
                + "  - website: ada.example.org\n  - location: London, UK\n"
                + "sections:\n  - title: Experience\n    bullets:\n      - Built a storage engine.\n      - Wrote a scheduler.\n");
        return cv;
    }

    // ---- reading the PDF back ------------------------------------------------------------------

    /** An image drawn on a page: the box its matrix gives, cut by the clip in force (PDF space, y up). */
    private record Drawn(int page, Rectangle2D box, PDImage image) {}

    private static List<Drawn> images(PDDocument doc) throws IOException {
        List<Drawn> out = new ArrayList<>();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            int number = n++;
            PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
                @Override
                public void drawImage(PDImage image) {
                    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                    Rectangle2D box = null;
                    for (float[] c : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                        Point2D.Float p = m.transformPoint(c[0], c[1]);
                        if (box == null) {
                            box = new Rectangle2D.Float(p.x, p.y, 0, 0);
                        } else {
                            box.add(p);
                        }
                    }
                    Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
                    out.add(new Drawn(number, box.createIntersection(clip), image));
                }

                private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
                private int clipWinding = -1;

                @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    path.moveTo(p0.getX(), p0.getY());
                    path.lineTo(p1.getX(), p1.getY());
                    path.lineTo(p2.getX(), p2.getY());
                    path.lineTo(p3.getX(), p3.getY());
                    path.closePath();
                }
                // The clip takes effect when the path ends (n), as in PDF.
                @Override public void clip(int windingRule) {
                    clipWinding = windingRule;
                }
                @Override public void moveTo(float x, float y) {
                    path.moveTo(x, y);
                }
                @Override public void lineTo(float x, float y) {
                    path.lineTo(x, y);
                }
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    path.curveTo(x1, y1, x2, y2, x3, y3);
                }
                @Override public Point2D getCurrentPoint() {
                    return path.getCurrentPoint() == null ? new Point2D.Float() : path.getCurrentPoint();
                }
                @Override public void closePath() {
                    path.closePath();
                }
                @Override public void endPath() {
                    if (clipWinding >= 0) {
                        path.setWindingRule(clipWinding);
                        getGraphicsState().intersectClippingPath(path);
                        clipWinding = -1;
                    }
                    path.reset();
                }
                @Override public void strokePath() {
                    path.reset();
                }
                @Override public void fillPath(int windingRule) {
                    path.reset();
                }
                @Override public void fillAndStrokePath(int windingRule) {
                    path.reset();
                }
                @Override public void shadingFill(COSName shadingName) {}
            };
            engine.processPage(page);
        }
        return out;
    }

    /** Every image XObject of the document's pages, by object, each once. */
    private static List<PDImageXObject> xobjects(PDDocument doc) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        java.util.Set<COSStream> seen = new java.util.HashSet<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject x && seen.add(x.getCOSObject())) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    // ---- placement -----------------------------------------------------------------------------

    @Test
    void inEveryThemeAndShapeThePhotoIsInsideTheMarginsAndNoTextTouchesIt() throws Exception {
        Files.write(dir.resolve("me.jpg"), encode(quadrants(300, 380), "jpg"));
        for (String theme : THEMES) {
            for (String shape : List.of("rectangle", "rounded", "circle")) {
                Path cv = cv("{file: me.jpg, shape: " + shape + "}", theme);
                Path pdf = dir.resolve(theme + "-" + shape + ".pdf");
                RENDERER.render(cv, pdf, RenderOptions.DEFAULT);
                String what = theme + ", " + shape;
                PdfReadBack text = new PdfReadBack(pdf);
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    List<Drawn> drawn = images(doc);
                    assertEquals(1, drawn.size(), what + ": one image drawn");
                    PDPage page = doc.getPage(0);
                    float h = page.getMediaBox().getHeight();
                    float w = page.getMediaBox().getWidth();
                    Rectangle2D box = drawn.get(0).box();
                    // From the top-left, as the glyphs are.
                    Rectangle2D top = new Rectangle2D.Double(box.getX(), h - box.getMaxY(), box.getWidth(), box.getHeight());
                    assertTrue(top.getWidth() > 40 && top.getHeight() > 40, what + ": a photo of some size: " + top);
                    if (shape.equals("circle")) {
                        assertEquals(top.getWidth(), top.getHeight(), 0.05, what + ": a circle's box is square");
                    }
                    // The margins: 10 mm at least on every theme.
                    float margin = 28;
                    assertTrue(top.getMinX() >= margin && top.getMaxX() <= w - margin && top.getMinY() >= margin,
                            what + ": inside the margins: " + top);
                    int glyphs = 0;
                    for (PdfReadBack.Glyph g : text.glyphs) {
                        if (g.page() != 0 || g.text().isBlank()) {
                            continue;
                        }
                        glyphs++;
                        Rectangle2D gb = new Rectangle2D.Double(g.x(), g.top(), Math.max(0.1, g.width()), g.bottom() - g.top());
                        assertFalse(gb.intersects(top), what + ": '" + g.text() + "' at " + gb + " overlaps the photo " + top);
                    }
                    assertTrue(glyphs > 10, what + ": the page's text was read");
                    // The header's text beside the photo, not below it: the name's baseline is within its height.
                    PdfReadBack.Glyph first = text.glyphs.get(0);
                    assertTrue(first.baseline() > top.getMinY() && first.baseline() < top.getMaxY(),
                            what + ": the name beside the photo (" + first.baseline() + " in " + top + ")");
                }
                assertTrue(text.text.contains("Ada") && text.text.contains("ada@example.org"), what);
            }
        }
    }

    // ---- a centred header beside the photo ------------------------------------------------------

    /** A résumé with a photo, this name and these contact items (YAML lines under contact:). */
    private Path header(String name, String contact, String theme) throws IOException {
        Files.write(dir.resolve("me.jpg"), encode(quadrants(300, 380), "jpg"));
        Path cv = dir.resolve("h-" + Math.abs((name + contact + theme).hashCode()) + ".yml");
        Files.writeString(cv, "name: " + name + "\nheadline: Research engineer in computer systems\nphoto: me.jpg\n"
                + "theme: " + theme + "\ncontact:\n" + contact
                + "sections:\n  - title: Experience\n    bullets:\n      - Built a storage engine.\n");
        return cv;
    }

    private static final String SHORT_CONTACT = "  - email: ada@example.org\n  - phone: \"+44 20 7946 0000\"\n  - github: adaquill\n";
    private static final String LONG_CONTACT = SHORT_CONTACT + "  - website: ada.example.org\n  - location: London, UK\n";

    /**
     * What a rendered header shows: the photo's box (y from the top), the page's width, the glyphs
     * of page 1 and the page drawn at {@code SCALE} pixels a point. A line's extent is read from
     * the drawn ink, not the glyphs' widths (a small-caps name is a run of scaled capitals whose
     * text is one span).
     */
    private record Header(Rectangle2D photo, float pageWidth, List<PdfReadBack.Glyph> glyphs, BufferedImage page) {
        static final float SCALE = 4;

        /** The glyphs on the baseline of the {@code n}th line from the top (0: the name). */
        List<PdfReadBack.Glyph> line(int n) {
            List<Float> baselines = glyphs.stream().map(PdfReadBack.Glyph::baseline).distinct().sorted().toList();
            float b = baselines.get(n);
            return glyphs.stream().filter(g -> g.baseline() == b).toList();
        }

        /** The middle of the ink of the {@code n}th line, the photo left out. */
        float centre(int n) {
            List<PdfReadBack.Glyph> line = line(n);
            float top = (float) line.stream().mapToDouble(PdfReadBack.Glyph::top).min().orElseThrow();
            float bottom = (float) line.stream().mapToDouble(PdfReadBack.Glyph::bottom).max().orElseThrow();
            int min = Integer.MAX_VALUE;
            int max = -1;
            for (int y = (int) (top * SCALE); y < bottom * SCALE && y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    float px = x / SCALE;
                    if (px >= photo.getMinX() - 1 && px <= photo.getMaxX() + 1) {
                        continue;
                    }
                    Color c = new Color(page.getRGB(x, y));
                    if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 200) {
                        min = Math.min(min, x);
                        max = Math.max(max, x);
                    }
                }
            }
            assertTrue(max >= 0, "ink on line " + n);
            return (min + max + 1) / 2f / SCALE;
        }

        /** The lines beside the photo's height: the name, headline and contact rows. */
        long linesBeside() {
            return glyphs.stream().filter(g -> g.baseline() < photo.getMaxY()).map(PdfReadBack.Glyph::baseline).distinct().count();
        }
    }

    private Header rendered(Path cv) throws IOException {
        Path pdf = dir.resolve(cv.getFileName() + ".pdf");
        RENDERER.render(cv, pdf, RenderOptions.DEFAULT);
        PdfReadBack text = new PdfReadBack(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float h = doc.getPage(0).getMediaBox().getHeight();
            Rectangle2D box = images(doc).get(0).box();
            Rectangle2D top = new Rectangle2D.Double(box.getX(), h - box.getMaxY(), box.getWidth(), box.getHeight());
            List<PdfReadBack.Glyph> glyphs = text.glyphs.stream().filter(g -> g.page() == 0 && !g.text().isBlank()).toList();
            for (PdfReadBack.Glyph g : glyphs) {
                Rectangle2D gb = new Rectangle2D.Double(g.x(), g.top(), Math.max(0.1, g.width()), g.bottom() - g.top());
                assertFalse(gb.intersects(top), cv + ": '" + g.text() + "' at " + gb + " overlaps the photo " + top);
            }
            return new Header(top, doc.getPage(0).getMediaBox().getWidth(), glyphs, new PDFRenderer(doc).renderImage(0, Header.SCALE));
        }
    }

    @Test
    void aCentredHeaderStaysCentredOnThePageBesideThePhoto() throws Exception {
        for (String theme : List.of("classic", "modern", "compact")) {
            Header h = rendered(header("Ada Quillfeather", SHORT_CONTACT, theme));
            for (int line = 0; line < 3; line++) {
                assertEquals(h.pageWidth() / 2, h.centre(line), 1, theme + ": line " + line + " centred on the page: " + h.line(line));
            }
        }
        // The full contact line: classic wraps it into as many rows either way, so it stays centred.
        Header classic = rendered(header("Ada Quillfeather", LONG_CONTACT, "classic"));
        assertEquals(classic.pageWidth() / 2, classic.centre(0), 1, "classic, five contact items");
    }

    @Test
    void aCentredHeaderThatWouldLoseALineThereIsCentredBesideThePhotoInstead() throws Exception {
        // Modern sets the five contact items in one row beside its photo, and would need two
        // centred on the page: the header stays where the photo leaves room, centred there.
        Header modern = rendered(header("Ada Quillfeather", LONG_CONTACT, "modern"));
        assertEquals(3, modern.linesBeside(), "name, headline and one contact row: " + modern.glyphs());
        float name = modern.centre(0);
        assertTrue(name > modern.pageWidth() / 2 + 20, "the photo at the left pushes the name right: " + name);
        assertEquals(name, modern.centre(2), 1, "the contact row centred with the name");
        // A name too long for the page's centre between two photos' widths, but not for one.
        String longName = "Adelaide Quillfeather-Wolsey";
        Header classic = rendered(header(longName, SHORT_CONTACT, "classic"));
        List<PdfReadBack.Glyph> first = classic.line(0);
        String read = first.stream().map(PdfReadBack.Glyph::text).reduce("", String::concat);
        assertTrue(read.replace(" ", "").equalsIgnoreCase(longName.replace(" ", "")), "the name on one line: " + read);
        assertTrue(classic.centre(0) < classic.pageWidth() / 2 - 20, "the photo at the right pushes the name left: "
                + classic.centre(0));
    }

    @Test
    void thePictureStandsUprightForEveryExifOrientation() throws Exception {
        BufferedImage upright = quadrants(120, 80);
        for (int o = 1; o <= 8; o++) {
            byte[] jpeg = insertSegment(encode(stored(upright, o), "jpg"), 0xE1, exif(o, o % 2 == 0));
            Path file = dir.resolve("o" + o + ".jpg");
            Files.write(file, jpeg);
            Path pdf = dir.resolve("o" + o + ".pdf");
            // A box of the picture's aspect, so that nothing is cropped away.
            Path theme = dir.resolve("wide.yml");
            Files.writeString(theme, "extends: classic\nphoto: {width: 45mm, height: 30mm, shape: rectangle}\n");
            RENDERER.render(cv("o" + o + ".jpg", "wide.yml"), pdf, RenderOptions.DEFAULT);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                Rectangle2D box = images(doc).get(0).box();
                float scale = 3;
                BufferedImage page = new PDFRenderer(doc).renderImage(0, scale);
                float h = doc.getPage(0).getMediaBox().getHeight();
                double[][] at = {{0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}};
                for (int q = 0; q < 4; q++) {
                    double x = box.getX() + at[q][0] * box.getWidth();
                    double yTop = h - box.getMaxY() + at[q][1] * box.getHeight();
                    Color c = new Color(page.getRGB((int) (x * scale), (int) (yTop * scale)));
                    assertEquals(QUADRANTS[q], nearest(c), "orientation " + o + ", quadrant " + q + ": " + c);
                }
            }
        }
    }

    private static Color nearest(Color c) {
        Color best = null;
        double d = Double.MAX_VALUE;
        for (Color q : QUADRANTS) {
            double e = Math.pow(c.getRed() - q.getRed(), 2) + Math.pow(c.getGreen() - q.getGreen(), 2)
                    + Math.pow(c.getBlue() - q.getBlue(), 2);
            if (e < d) {
                d = e;
                best = q;
            }
        }
        return best;
    }

    // ---- what is embedded ----------------------------------------------------------------------

    @Test
    void aJpegIsEmbeddedOnceAsItsBytesWithItsIccProfile() throws Exception {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] jpeg = insertSegment(encode(quadrants(200, 260), "jpg"), 0xE2, iccSegment(profile));
        Files.write(dir.resolve("me.jpg"), jpeg);
        Path pdf = dir.resolve("icc.pdf");
        RENDERER.render(cv("me.jpg", null), pdf, RenderOptions.DEFAULT);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDImageXObject> images = xobjects(doc);
            assertEquals(1, images.size());
            COSStream stream = images.get(0).getCOSObject();
            assertEquals(COSName.DCT_DECODE, stream.getDictionaryObject(COSName.FILTER));
            try (var in = stream.createRawInputStream()) {
                assertArrayEquals(jpeg, in.readAllBytes(), "the JPEG's bytes, unchanged");
            }
            assertIccBased(stream, profile);
        }
    }

    @Test
    void aPngKeepsItsIccProfile() throws Exception {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        Files.write(dir.resolve("me.png"), withIccp(encode(quadrants(200, 260), "png"), profile));
        Path pdf = dir.resolve("png.pdf");
        RENDERER.render(cv("me.png", "modern"), pdf, RenderOptions.DEFAULT);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDImageXObject> images = xobjects(doc);
            assertEquals(1, images.size());
            assertIccBased(images.get(0).getCOSObject(), profile);
            assertEquals(200, images.get(0).getWidth());
        }
    }

    private static void assertIccBased(COSStream image, byte[] profile) throws IOException {
        assertTrue(image.getDictionaryObject(COSName.COLORSPACE) instanceof COSArray, "an ICCBased colour space: "
                + image.getDictionaryObject(COSName.COLORSPACE));
        COSArray cs = (COSArray) image.getDictionaryObject(COSName.COLORSPACE);
        assertEquals(COSName.ICCBASED, cs.getObject(0));
        try (var in = ((COSStream) cs.getObject(1)).createInputStream()) {
            assertArrayEquals(profile, in.readAllBytes(), "the profile, as in the file");
        }
    }

    @Test
    void rebuildsAreByteIdentical() throws Exception {
        Files.write(dir.resolve("me.png"), encode(quadrants(150, 150), "png"));
        Path cv = cv("{file: me.png, shape: circle}", "columns");
        RENDERER.render(cv, dir.resolve("a.pdf"), RenderOptions.DEFAULT);
        new Renderer().render(cv, dir.resolve("b.pdf"), RenderOptions.DEFAULT);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.pdf")), Files.readAllBytes(dir.resolve("b.pdf")));
        // And another photo gives another file id: the id is a digest of what is drawn, photo included.
        Files.write(dir.resolve("me.png"), encode(quadrants(150, 151), "png"));
        RENDERER.render(cv, dir.resolve("c.pdf"), RenderOptions.DEFAULT);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a.pdf")), Files.readAllBytes(dir.resolve("c.pdf"))));
    }

    // ---- errors --------------------------------------------------------------------------------

    private Diagnostic error(String photoValue) throws IOException {
        Path cv = cv(photoValue, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(cv, RenderOptions.DEFAULT));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(3, d.pos().line(), d.toString());
        assertTrue(d.pos().column() >= 8, "at the value: " + d);
        return d;
    }

    @Test
    void badPhotosAreLocatedErrors() throws Exception {
        assertTrue(error("nobody.jpg").message().contains("does not exist"));
        Files.writeString(dir.resolve("notes.jpg"), "just some text\n");
        assertTrue(error("notes.jpg").message().contains("not a JPEG or PNG"));
        byte[] jpeg = encode(quadrants(100, 100), "jpg");
        Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 2));
        assertTrue(error("cut.jpg").message().contains("cut short"), error("cut.jpg").message());
        byte[] png = encode(quadrants(100, 100), "png");
        png[png.length - 20] ^= 0x55;
        Files.write(dir.resolve("bad.png"), png);
        assertTrue(error("bad.png").message().contains("checksum"));
        // A PNG that says it is 10,000 × 10,000 pixels: too many, whatever its bytes.
        byte[] ihdr = new byte[13];
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeInt(b, 10_000, false);
        writeInt(b, 10_000, false);
        System.arraycopy(b.toByteArray(), 0, ihdr, 0, 8);
        ihdr[8] = 8;
        ihdr[9] = 2;
        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        huge.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        huge.writeBytes(chunk("IHDR", ihdr));
        huge.writeBytes(chunk("IDAT", new byte[] {0x78, 0x01}));
        huge.writeBytes(chunk("IEND", new byte[0]));
        Files.write(dir.resolve("huge.png"), huge.toByteArray());
        Diagnostic d = error("huge.png");
        assertTrue(d.message().contains("megapixels"), d.message());
        assertNotNull(d.hint());
        assertTrue(error("https://example.org/me.jpg").message().contains("not a URL"));
        Path cv = cv("{file: me.jpg, shape: hexagon}", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(cv, RenderOptions.DEFAULT));
        assertTrue(e.diagnostics().stream().anyMatch(x -> x.message().startsWith("shape must be rectangle, rounded or circle")
                && x.pos().line() == 3), e.diagnostics().toString());
        Files.createDirectory(dir.resolve("folder"));
        assertTrue(error("folder").message().contains("directory"));
    }

    // ---- JSON Resume, deps, text exports --------------------------------------------------------

    @Test
    void aJsonResumeImageIsThePhotoWhenItIsAFileAndAWarningWhenItIsAnAddress() throws Exception {
        Files.write(dir.resolve("me.jpg"), encode(quadrants(100, 120), "jpg"));
        Path local = dir.resolve("local.json");
        Files.writeString(local, "{\"basics\": {\"name\": \"Ada Quillfeather\", \"image\": \"me.jpg\", \"summary\": \"Systems.\"}}\n");
        RENDERER.render(local, dir.resolve("local.pdf"), RenderOptions.DEFAULT);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("local.pdf").toFile())) {
            assertEquals(1, images(doc).size());
        }
        assertTrue(Sources.of(local).contains(dir.resolve("me.jpg")), "deps: " + Sources.of(local));
        Path remote = dir.resolve("remote.json");
        Files.writeString(remote, "{\"basics\": {\"name\": \"Ada Quillfeather\", \"image\": \"https://example.org/me.jpg\","
                + " \"summary\": \"Systems.\"}}\n");
        RenderResult r = RENDERER.render(remote, dir.resolve("remote.pdf"), RenderOptions.DEFAULT);
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("nothing is downloaded") && w.pos().line() == 1),
                r.warnings().toString());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("remote.pdf").toFile())) {
            assertEquals(0, images(doc).size());
        }
    }

    @Test
    void depsListThePhotoAndTheTextExportsLinkIt() throws Exception {
        Files.createDirectories(dir.resolve("pics"));
        Files.write(dir.resolve("pics/me.jpg"), encode(quadrants(100, 120), "jpg"));
        Path cv = cv("pics/me.jpg", null);
        assertTrue(Sources.of(cv).contains(dir.resolve("pics/me.jpg")), "deps: " + Sources.of(cv));
        Files.createDirectories(dir.resolve("out"));
        RENDERER.export(cv, dir.resolve("out/cv.html"), RenderOptions.DEFAULT, dev.resume.export.text.TextFormat.HTML);
        String html = Files.readString(dir.resolve("out/cv.html"));
        assertTrue(html.contains("<img class=\"photo\" src=\"../pics/me.jpg\" alt=\"Ada Quillfeather\"/>"), html);
        assertTrue(html.contains(".photo { float: right;"), "the theme's side");
        RENDERER.export(cv, dir.resolve("cv.md"), RenderOptions.DEFAULT, dev.resume.export.text.TextFormat.MARKDOWN);
        assertTrue(Files.readString(dir.resolve("cv.md")).contains("![Ada Quillfeather](<pics/me.jpg>)"));
        RENDERER.export(cv, dir.resolve("cv.txt"), RenderOptions.DEFAULT, dev.resume.export.text.TextFormat.TEXT);
        assertFalse(Files.readString(dir.resolve("cv.txt")).contains("me.jpg"));
        // No photo: no photo rules in the page's CSS either.
        RENDERER.export(cv(null, null), dir.resolve("none.html"), RenderOptions.DEFAULT, dev.resume.export.text.TextFormat.HTML);
        assertFalse(Files.readString(dir.resolve("none.html")).contains(".photo"));
    }
}
