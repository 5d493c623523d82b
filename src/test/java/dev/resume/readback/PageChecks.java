package dev.resume.readback;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resume.layout.PageSetup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What every rendered PDF must satisfy, read back with PDFBox: nothing off the page, no lines on top of each other. */
public final class PageChecks {
    private PageChecks() {}

    /**
     * No glyph lies outside the margins (within half a point), but the footer, which is set in
     * the bottom margin on purpose. {@code top}: glyphs are checked against the top margin too.
     */
    public static void insideTheMargins(String what, PdfReadBack pdf, PageSetup setup, boolean top) {
        float tolerance = 0.5f;
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            if (g.text().isBlank() || g.baseline() > setup.height() - setup.bottom() + g.size()) {
                continue;
            }
            String where = what + " page " + (g.page() + 1) + " glyph '" + g.text() + "' at " + g.x() + "," + g.baseline();
            assertTrue(g.x() >= setup.left() - tolerance, where + " is left of the margin");
            assertTrue(g.x() + g.width() <= setup.width() - setup.right() + tolerance, where + " is right of the margin");
            assertTrue(!top || g.top() >= setup.top() - 2, where + " is above the top margin");
            assertTrue(g.baseline() <= setup.height() - setup.bottom() + tolerance, where + " is below the bottom margin");
        }
    }

    /** No two glyphs of different lines overlap; {@code sameLine}: nor two glyphs of one line. */
    public static void noOverlaps(String what, PdfReadBack pdf, boolean sameLine) {
        List<PdfReadBack.Glyph> glyphs = new ArrayList<>(pdf.glyphs.stream().filter(g -> !g.text().isBlank()).toList());
        glyphs.sort(Comparator.comparingInt(PdfReadBack.Glyph::page).thenComparingDouble(PdfReadBack.Glyph::top));
        for (int i = 0; i < glyphs.size(); i++) {
            PdfReadBack.Glyph a = glyphs.get(i);
            for (int j = i + 1; j < glyphs.size(); j++) {
                PdfReadBack.Glyph b = glyphs.get(j);
                if (b.page() != a.page() || b.top() >= a.bottom()) {
                    break;
                }
                boolean oneLine = Math.abs(a.baseline() - b.baseline()) < 0.5f;
                boolean xOverlap = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()) > 0.5f;
                if (xOverlap && oneLine && sameLine) {
                    fail(what + ": glyphs '" + a.text() + "' and '" + b.text() + "' overlap on page " + (a.page() + 1) + " at "
                            + a.x() + "," + a.baseline());
                }
                if (xOverlap && !oneLine) {
                    fail(what + ": lines overlap on page " + (a.page() + 1) + ": '" + a.text() + "' at " + a.baseline() + " and '"
                            + b.text() + "' at " + b.baseline());
                }
            }
        }
    }
}
