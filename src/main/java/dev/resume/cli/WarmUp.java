package dev.resume.cli;

import dev.resume.font.FontLibrary;
import dev.resume.font.PdfFace;
import dev.resume.layout.Hyphenator;
import dev.resume.text.InlineMarkdown;
import java.io.OutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Start-up work done on a second core while the first reads the résumé: the default theme's
 * body font is parsed into the shared library, the JDK's text shaping (fonts, HarfBuzz) starts
 * up, OpenPDF and the Markdown parser initialise their classes, and the hyphenation patterns
 * are read. Nothing here changes what a
 * render writes: the font is the one the render would load, and the warm-up PDF is thrown away.
 * A failure here is ignored; the render meets it again and reports it.
 */
final class WarmUp {
    /** The body font of the default theme, `classic`. */
    private static final String FONT = "tex-gyre/texgyrepagella-regular.otf";

    private WarmUp() {
    }

    static void start(FontLibrary fonts) {
        Thread t = new Thread(() -> run(fonts), "warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run(FontLibrary fonts) {
        try {
            PdfFace face = fonts.face(FONT, List.of());
            face.width("Warm-up office", 10f);
            Document document = new Document();
            PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
            document.open();
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(BaseFont.createFont(), 10f);
            cb.showText("warm-up");
            cb.endText();
            document.close();
            InlineMarkdown.parse("**bold** *italic* [link](https://example.org) `code`");
            // Needed only once the lines are broken, well after the résumé is read.
            Hyphenator.preload();
        } catch (Throwable ignored) {
            // Only a head start: the render does the same work and reports what goes wrong.
        }
    }
}
