package dev.resume.readback;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resume.layout.PageSetup;
import dev.resume.layout.Protrusion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every rendered PDF must satisfy, read back with PDFBox: nothing off the page, no lines on top of each other. */
public final class PageChecks {
    private PageChecks() {}

    /**
     * No glyph lies outside the margins (within half a point), but the footer and the running
     * header, which are set in the bottom and top margins on purpose, and a line's first and last glyphs, which may hang into the
     * margins by their protrusion (with micro-typography on: {@link Protrusion}'s share of their
     * width) and no further. {@code top}: glyphs are checked against the top margin too.
     */
    public static void insideTheMargins(String what, PdfReadBack pdf, PageSetup setup, boolean top) {
        float tolerance = 0.5f;
        boolean hangs = setup.micro().protrusion();
        // A glyph with no text is ink too: the rest of a word whose text its first glyph carries.
        Map<String, List<PdfReadBack.Glyph>> lines = new HashMap<>();
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            if (g.text().isEmpty() || !g.text().isBlank()) {
                lines.computeIfAbsent(lineOf(g), k -> new ArrayList<>()).add(g);
            }
        }
        for (List<PdfReadBack.Glyph> line : lines.values()) {
            line.sort(Comparator.comparingDouble(PdfReadBack.Glyph::x));
            PdfReadBack.Glyph first = line.get(0);
            PdfReadBack.Glyph last = line.get(line.size() - 1);
            for (PdfReadBack.Glyph g : line) {
                if (g.baseline() > setup.height() - setup.bottom() + g.size()) {
                    continue;
                }
                // The running header stands in the top margin on purpose: its baseline is above the text's first.
                if (setup.header() != null && g.baseline() < setup.top()) {
                    continue;
                }
                String where = what + " page " + (g.page() + 1) + " glyph '" + g.text() + "' at " + g.x() + "," + g.baseline();
                float leftHang = hangs && g == first && !g.text().isEmpty()
                        ? Protrusion.leftShare(g.text().codePointAt(0)) * g.width() : 0;
                float rightHang = hangs && g == last ? Protrusion.rightShare(WordSpacing.lastCharacter(line)) * g.width() : 0;
                assertTrue(g.x() >= setup.left() - leftHang - tolerance, where + " is left of the margin");
                assertTrue(g.x() + g.width() <= setup.width() - setup.right() + rightHang + tolerance,
                        where + " is right of the margin");
                assertTrue(!top || g.top() >= setup.top() - 2, where + " is above the top margin");
                assertTrue(g.baseline() <= setup.height() - setup.bottom() + tolerance, where + " is below the bottom margin");
            }
        }
    }

    /** The line a glyph is on: its page and baseline. */
    private static String lineOf(PdfReadBack.Glyph g) {
        return g.page() + ":" + Math.round(g.baseline() * 2);
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
