package dev.resume.api;

import dev.resume.export.PdfExporter;
import dev.resume.font.FontLibrary;
import dev.resume.font.PdfFace;
import dev.resume.layout.Hyphenator;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import dev.resume.layout.Rgb;
import dev.resume.compose.Metadata;
import dev.resume.text.InlineMarkdown;
import java.util.List;

/**
 * Start-up work done on a second core while the first reads the résumé: the default theme's
 * body font is parsed into the shared library, the JDK's text shaping (fonts, HarfBuzz) starts
 * up, OpenPDF writes a page in that font (subsetting it), the Markdown parser initialises, and the hyphenation patterns
 * are read. Nothing here changes what a
 * render writes: the font is the one the render would load, and the warm-up PDF is thrown away.
 * A failure here is ignored; the render meets it again and reports it. Started by
 * {@link Renderer#startWarmUp()}.
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
            String text = "Warm-up office";
            float width = face.width(text, 10f);
            // The export's own path, font subset and all, on a page that is thrown away.
            Page page = new Page(1, 200, 100, List.of(new PageItem.Text(10, 50, width, text, null, face, 10f, Rgb.BLACK)),
                    List.of(), List.of(), new Page.Margins(10, 10, 10, 10));
            new PdfExporter("warm-up").export(List.of(page), new Metadata("warm-up", "", "", List.of()));
            InlineMarkdown.parse("**bold** *italic* [link](https://example.org) `code`");
            // Needed only once the lines are broken, well after the résumé is read.
            Hyphenator.preload();
        } catch (Throwable ignored) {
            // Only a head start: the render does the same work and reports what goes wrong.
        }
    }
}
