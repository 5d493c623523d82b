package dev.resume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.InvalidInputException;
import dev.resume.layout.PageSetup;
import dev.resume.readback.PageChecks;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footer and the running header, read back from the PDF page by page: their placeholders
 * ({name}, {page}, {pages}, {date}, {updated}) filled in, the build date from the render's own
 * SOURCE_DATE_EPOCH (never the process's), their place in the margins, and their mistakes
 * reported where they are written.
 */
class RunningTextsTest {
    static final Renderer RENDERER = new Renderer();
    /** 2023-11-14T22:13:20Z. */
    static final long EPOCH = 1_700_000_000L;
    /** The classic theme's short months, written independently of the tool's own formatter. */
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    @TempDir
    Path dir;

    static RenderOptions at(long epoch) {
        return RenderOptions.of(null).withEnvironment(Map.of("SOURCE_DATE_EPOCH", Long.toString(epoch)));
    }

    /** No SOURCE_DATE_EPOCH, whatever the process has. */
    static final RenderOptions NO_EPOCH = RenderOptions.of(null).withEnvironment(Map.of());

    static String day(long epoch) {
        return SHORT.format(Instant.ofEpochSecond(epoch).atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** A résumé of an invented person, {@code paragraphs} long, with {@code extra} top-level keys. */
    private Path resume(String file, int paragraphs, String extra) throws IOException {
        StringBuilder sb = new StringBuilder("name: Mira Quenby\n" + extra + "sections:\n  - title: Notes\n    text:\n");
        for (int i = 0; i < paragraphs; i++) {
            sb.append("      - Paragraph ").append(i + 1).append(" of the notes on tidal gauges, harbour surveys and the")
                    .append(" long series of measurements kept by the coastal station, written out at some length.\n");
        }
        Path yml = dir.resolve(file);
        Files.writeString(yml, sb.toString());
        return yml;
    }

    private Path theme(String yaml) throws IOException {
        Path t = dir.resolve("t.yml");
        Files.writeString(t, "extends: classic\n" + yaml);
        return t;
    }

    /** Each page's text, as PDFBox extracts it. */
    static List<String> pages(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc));
            }
        }
        return out;
    }

    /** The glyphs of a page whose baseline is above (true) or below (false) the text area: the header's, the footer's. */
    static String marginText(PdfReadBack pdf, PageSetup setup, int page, boolean top) {
        StringBuilder sb = new StringBuilder();
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            if (g.page() == page && (top ? g.baseline() < setup.top() : g.baseline() > setup.height() - setup.bottom())) {
                sb.append(g.text());
            }
        }
        return sb.toString();
    }

    @Test
    void footerAndHeaderShowTheNameTheDatesAndTheNumberOfEveryPage() throws IOException {
        Path t = theme("footer: \"{name} · {date} · Page {page} of {pages}\"\npage_header: \"{name}, updated {updated} ({page}/{pages})\"\n");
        Path yml = resume("cv.yml", 60, "");
        RenderOptions options = at(EPOCH).withTheme(t.toString());
        Path pdf = dir.resolve("cv.pdf");
        RENDERER.render(yml, pdf, options);
        List<String> pages = pages(pdf);
        assertEquals(3, pages.size(), "the fixture is three pages long");
        PdfReadBack read = new PdfReadBack(pdf);
        Typeset typeset = RENDERER.typeset(yml, options);
        PageSetup setup = typeset.styled().setup();
        for (int p = 1; p <= 3; p++) {
            String footer = "Mira Quenby · " + day(EPOCH) + " · Page " + p + " of 3";
            String header = "Mira Quenby, updated " + day(EPOCH) + " (" + p + "/3)";
            assertTrue(pages.get(p - 1).contains(footer), "page " + p + ": " + pages.get(p - 1));
            assertTrue(pages.get(p - 1).contains(header), "page " + p + ": " + pages.get(p - 1));
            // Each in its own margin, and nothing else there.
            assertEquals(footer.replace(" ", ""), marginText(read, setup, p - 1, false).replace(" ", ""));
            assertEquals(header.replace(" ", ""), marginText(read, setup, p - 1, true).replace(" ", ""));
        }
        assertFalse(pages.get(0).contains("{"), "no placeholder is left: " + pages.get(0));
        PageChecks.insideTheMargins("header and footer", read, setup, true);
        PageChecks.noOverlaps("header and footer", read, false);
    }

    @Test
    void theHeaderStandsInTheTopMarginClearOfTheEdgeAndOfTheFirstLine() throws IOException {
        Path t = dir.resolve("t.yml");
        for (String margin : List.of("18mm", "12mm", "40mm")) {
            Files.writeString(t, "extends: classic\npage_header: \"Mira Quenby — CV — gjpqy\"\nmargins: {top: " + margin + "}\n");
            Path yml = resume("short.yml", 3, "");
            RenderOptions options = NO_EPOCH.withTheme(t.toString());
            Path pdf = dir.resolve("short.pdf");
            RENDERER.render(yml, pdf, options);
            PdfReadBack read = new PdfReadBack(pdf);
            PageSetup setup = RENDERER.typeset(yml, options).styled().setup();
            assertEquals(1, read.pageSizes.size());
            float headerTop = Float.MAX_VALUE;
            float headerBottom = 0;
            float bodyTop = Float.MAX_VALUE;
            for (PdfReadBack.Glyph g : read.glyphs) {
                if (g.text().isBlank()) {
                    continue;
                }
                if (g.baseline() < setup.top()) {
                    headerTop = Math.min(headerTop, g.top());
                    headerBottom = Math.max(headerBottom, g.bottom());
                } else {
                    bodyTop = Math.min(bodyTop, g.top());
                }
            }
            assertTrue(headerBottom > 0, margin + ": a header with no page number shows on a single page");
            assertTrue(headerTop >= PageSetup.FOOTER_EDGE - 1, margin + ": clear of the paper's edge: " + headerTop);
            assertTrue(headerBottom <= setup.top(), margin + ": above the text area: " + headerBottom + " > " + setup.top());
            assertTrue(headerBottom < bodyTop, margin + ": above the first line: " + headerBottom + " >= " + bodyTop);
            assertEquals("MiraQuenby—CV—gjpqy", marginText(read, setup, 0, true).replace(" ", ""));
        }
    }

    @Test
    void aTopMarginTooSmallForTheHeaderIsWarnedAboutWhereItIsSet() throws IOException {
        Path t = theme("page_header: \"{name}\"\nmargins: {top: 8mm}\n");
        Typeset typeset = RENDERER.typeset(resume("cv.yml", 2, ""), NO_EPOCH.withTheme(t.toString()));
        Diagnostic w = typeset.warnings().stream().filter(d -> d.message().contains("page header")).findFirst().orElseThrow();
        assertEquals(3, w.pos().line(), w.toString());
        // The résumé's own header in that theme: at the résumé's key.
        Files.writeString(t, "extends: classic\nmargins: {top: 8mm}\n");
        Path yml = resume("own.yml", 2, "page_header: \"{name}\"\n");
        Diagnostic own = RENDERER.typeset(yml, NO_EPOCH.withTheme(t.toString())).warnings().stream()
                .filter(d -> d.message().contains("page header")).findFirst().orElseThrow();
        assertEquals(yml, own.pos().file());
        assertEquals(2, own.pos().line(), own.toString());
    }

    @Test
    void theSameEpochGivesTheSameBytesAndAnotherEpochAnotherDate() throws IOException {
        Path t = theme("footer: \"{date}\"\n");
        Path yml = resume("cv.yml", 5, "");
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        Path c = dir.resolve("c.pdf");
        RENDERER.render(yml, a, at(EPOCH).withTheme(t.toString()));
        new Renderer().render(yml, b, at(EPOCH).withTheme(t.toString()));
        RENDERER.render(yml, c, at(EPOCH + 86_400 * 40).withTheme(t.toString()));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "rebuilt with the same SOURCE_DATE_EPOCH");
        assertNotEquals(pages(a), pages(c));
        assertTrue(pages(c).get(0).contains(day(EPOCH + 86_400 * 40)), pages(c).get(0));
    }

    @Test
    void withoutAnEpochTheDateIsTodayAndUpdatedTheNewestFileItIsMadeFrom() throws IOException {
        Path t = theme("footer: \"built {date}, changed {updated}\"\n");
        Path base = resume("base.yml", 2, "");
        Path variant = dir.resolve("variant.yml");
        Files.writeString(variant, "extends: base.yml\nheadline: Hydrographer\n");
        ZoneId zone = ZoneId.systemDefault();
        LocalDate older = LocalDate.of(2021, 3, 4);
        LocalDate newer = LocalDate.of(2022, 7, 9);
        Files.setLastModifiedTime(variant, FileTime.from(LocalDateTime.of(older, java.time.LocalTime.NOON).atZone(zone).toInstant()));
        Files.setLastModifiedTime(base, FileTime.from(LocalDateTime.of(newer, java.time.LocalTime.NOON).atZone(zone).toInstant()));
        Path pdf = dir.resolve("v.pdf");
        LocalDate before = LocalDate.now(zone);
        RENDERER.render(variant, pdf, NO_EPOCH.withTheme(t.toString()));
        LocalDate after = LocalDate.now(zone);
        String text = pages(pdf).get(0);
        assertTrue(text.contains("built " + SHORT.format(before)) || text.contains("built " + SHORT.format(after)), text);
        assertTrue(text.contains("changed " + SHORT.format(newer)), "the base changed last: " + text);
        // With an epoch, the epoch (so that a rebuild is the same); with updated:, what it says.
        RENDERER.render(variant, pdf, at(EPOCH).withTheme(t.toString()));
        assertTrue(pages(pdf).get(0).contains("changed " + day(EPOCH)), pages(pdf).get(0));
        Files.writeString(variant, "extends: base.yml\nupdated: 2025-05\n");
        RENDERER.render(variant, pdf, at(EPOCH).withTheme(t.toString()));
        assertTrue(pages(pdf).get(0).contains("changed May 2025"), pages(pdf).get(0));
    }

    @Test
    void theResumeOverridesTheThemesTexts() throws IOException {
        // A footer without page numbers shows on a single page; "" takes the theme's away.
        Path one = resume("one.yml", 2, "footer: \"{{draft}} of {name}\"\npage_header: \"\"\n");
        Path pdf = dir.resolve("one.pdf");
        RENDERER.render(one, pdf, NO_EPOCH);
        List<String> pages = pages(pdf);
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("{draft} of Mira Quenby"), pages.get(0));
        Path long_ = resume("long.yml", 40, "footer: \"\"\n");
        RENDERER.render(long_, pdf, NO_EPOCH);
        assertTrue(pages(pdf).size() > 1);
        assertTrue(pages(pdf).stream().noneMatch(p -> p.contains("Page ")), "no footer");
        // The theme's "Page {page} of {pages}" needs more than one page.
        RENDERER.render(resume("plain.yml", 2, ""), pdf, NO_EPOCH);
        assertFalse(pages(pdf).get(0).contains("Page 1 of 1"), pages(pdf).get(0));
    }

    /** The error the render reports, which must be the only one. */
    private Diagnostic error(Path yml, RenderOptions options) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(yml, options));
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        return e.diagnostics().get(0);
    }

    private static int column(Path file, int line, String piece) throws IOException {
        return Files.readAllLines(file).get(line - 1).indexOf(piece) + 1;
    }

    @Test
    void anUnknownPlaceholderIsAnErrorAtItsLineAndColumnInTheThemeAndInTheResume() throws IOException {
        Path t = theme("footer: \"Page {page} by {nmae}\"\n");
        Diagnostic d = error(resume("cv.yml", 2, ""), NO_EPOCH.withTheme(t.toString()));
        assertEquals(t, d.pos().file());
        assertEquals(2, d.pos().line(), d.toString());
        assertEquals(column(t, 2, "{nmae}"), d.pos().column(), d.toString());
        assertTrue(d.hint().contains("did you mean {name}?"), d.toString());

        Path yml = resume("bad.yml", 2, "page_header: >-\n  Notes of {name}, {updatd}\n");
        Diagnostic r = error(yml, NO_EPOCH);
        assertEquals(3, r.pos().line(), r.toString());
        assertEquals(column(yml, 3, "{updatd}"), r.pos().column(), r.toString());
        assertTrue(r.hint().contains("did you mean {updated}?"), r.toString());
    }

    @Test
    void anUnclosedBraceAndAnUnquotedPlaceholderAreErrorsAtTheirPlace() throws IOException {
        Path yml = resume("open.yml", 2, "footer: 'Page {page of {pages}'\n");
        Diagnostic d = error(yml, NO_EPOCH);
        assertEquals(2, d.pos().line());
        assertEquals(column(yml, 2, "{page "), d.pos().column(), d.toString());
        assertTrue(d.message().contains("not closed"), d.toString());
        Path bare = resume("bare.yml", 2, "footer: {page}\n");
        Diagnostic b = error(bare, NO_EPOCH);
        assertEquals(2, b.pos().line());
        assertTrue(b.hint().contains("quotes"), b.toString());
    }

    @Test
    void aPaperIsAMappingOfItsSidesInTheResumeAndInTheTheme() throws IOException {
        Path pdf = dir.resolve("paper.pdf");
        RENDERER.render(resume("a5.yml", 2, "paper: {width: 148mm, height: 210mm}\n"), pdf, NO_EPOCH);
        assertArrayEquals(new float[] {419.53f, 595.28f}, new PdfReadBack(pdf).pageSizes.get(0), 0.05f);
        Path t = theme("paper:\n  width: 6in\n  height: 9in\n");
        RENDERER.render(resume("six.yml", 2, ""), pdf, NO_EPOCH.withTheme(t.toString()));
        assertArrayEquals(new float[] {432, 648}, new PdfReadBack(pdf).pageSizes.get(0), 0.05f);

        Path typo = resume("typo.yml", 2, "paper: {width: 148mm, hight: 210mm}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(typo, NO_EPOCH));
        Diagnostic unknown = e.diagnostics().stream().filter(x -> x.message().contains("hight")).findFirst().orElseThrow();
        assertEquals(column(typo, 2, "hight"), unknown.pos().column(), unknown.toString());
        assertTrue(unknown.hint().contains("did you mean 'height'?"), unknown.toString());
        assertEquals(1, e.diagnostics().size(), "the misspelt side is one error: " + e.diagnostics());
        Diagnostic missing = error(resume("half.yml", 2, "paper: {width: 148mm}\n"), NO_EPOCH);
        assertTrue(missing.message().contains("no height"), missing.toString());

        Files.writeString(t, "extends: classic\npaper:\n  width: 148mm\n  height: 2mm\n");
        Diagnostic small = error(resume("cv.yml", 2, ""), NO_EPOCH.withTheme(t.toString()));
        assertEquals(4, small.pos().line(), small.toString());
        assertEquals(column(t, 4, "2mm"), small.pos().column(), small.toString());
    }
}
