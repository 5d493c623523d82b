package dev.resume.readback;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back with PDFBox, independently of the code that wrote it: its glyphs with their
 * positions and fonts, in the order of the content streams, its link targets and page sizes.
 */
public final class PdfReadBack {

    /** One glyph: its text, page (0-based), box (y from the top, at the baseline), size and font. */
    public record Glyph(String text, int page, float x, float baseline, float width, float size, String font) {
        public float top() {
            return baseline - 0.7f * size;
        }

        public float bottom() {
            return baseline + 0.2f * size;
        }
    }

    public final List<Glyph> glyphs = new ArrayList<>();
    public final List<String> uris = new ArrayList<>();
    public final List<float[]> pageSizes = new ArrayList<>();
    public final String text;
    public final String title;
    public final String author;
    public final int bookmarks;

    public PdfReadBack(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                pageSizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            title = doc.getDocumentInformation().getTitle();
            author = doc.getDocumentInformation().getAuthor();
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            int n = 0;
            if (outline != null) {
                for (var item : outline.children()) {
                    n++;
                }
            }
            bookmarks = n;
            StringBuilder all = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        glyphs.add(new Glyph(p.getUnicode(), getCurrentPageNo() - 1, p.getXDirAdj(), p.getYDirAdj(),
                                p.getWidthDirAdj(), p.getFontSizeInPt(), p.getFont().getName()));
                    }
                    super.writeString(s, positions);
                }
            };
            // Content-stream order: the order in which a reader (or a parser) meets the text.
            stripper.setSortByPosition(false);
            all.append(stripper.getText(doc));
            text = all.toString();
        }
    }

    /** The extracted text as lower-case tokens, ligatures and compatibility forms unfolded. */
    public List<String> tokens() {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String s : t.split("[\\s\\u00A0]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** pdftotext's text of the PDF (poppler, as many readers extract); the test is skipped where it is not installed. */
    public static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "pdftotext (poppler-utils) is not installed");
            throw e;
        }
        byte[] out = p.getInputStream().readAllBytes();
        String text = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0,
                "pdftotext failed: " + text);
        return text;
    }
}
