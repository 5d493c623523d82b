package dev.resume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.PageFit;
import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.cli.CliRun;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.layout.PageSetup;
import dev.resume.theme.ThemeLoader;
import dev.resume.readback.PdfReadBack;
import dev.resume.theme.Theme;
import dev.resume.style.Tightening;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** A page limit: tighten within the theme's bounds until the résumé fits, or say why it cannot. */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class FitTest {
    private static final Renderer RENDERER = new Renderer();
    private static final Path CAO = Path.of("resumes/cao.yml");
    /** One untightened pass, one at the tightest setting, and a bisection of the steps. */
    private static final int MAX_PASSES = 2 + 32 - Integer.numberOfLeadingZeros(Tightening.MAX_STEP - 1);

    @TempDir
    Path dir;

    /**
     * A résumé of {@code entries} experience entries, each with its own words ("w3x1" …) so that
     * a test can tell that every one of them is in the PDF.
     */
    private static String resume(int entries, String top) {
        StringBuilder yml = new StringBuilder("name: Ada Quillfeather\n").append(top)
                .append("contact:\n  - email: ada@example.org\n  - github: adaquillfeather\nsections:\n");
        yml.append("  - title: Summary\n    text: Mathematician and writer, known for her notes on the Analytical Engine,"
                + " the first published algorithm meant for a machine.\n");
        yml.append("  - title: Experience\n    experience:\n");
        for (int e = 0; e < entries; e++) {
            yml.append("      - organization: Organisation w").append(e).append("org\n")
                    .append("        location: London, UK\n        role: Analyst\n        start: 2020-01\n        end: present\n")
                    .append("        bullets:\n");
            for (int b = 0; b < 3; b++) {
                yml.append("          - Worked on the engine w").append(e).append('x').append(b)
                        .append(" and wrote notes on Bernoulli numbers, enough words to wrap onto a second line\n");
            }
        }
        yml.append("  - title: Skills\n    skills:\n      - label: Languages\n        details: English, French, Italian\n");
        return yml.toString();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** The fewest entries that take two pages: a résumé a little over one page. */
    private int justOverOnePage() throws Exception {
        for (int n = 1; n < 40; n++) {
            Typeset t = RENDERER.typeset(write("probe.yml", resume(n, "")), RenderOptions.DEFAULT);
            if (t.pages().size() > 1) {
                return n;
            }
        }
        throw new AssertionError("40 entries still fit on one page");
    }

    @Test
    void aResumeALittleOverOnePageFitsOnOneWithMaxPagesInTheFile() throws Exception {
        int n = justOverOnePage();
        Path file = write("cv.yml", resume(n, "max_pages: 1\n"));
        Typeset t = RENDERER.typeset(file, RenderOptions.DEFAULT);
        assertEquals(1, t.pages().size());
        PageFit fit = t.fit();
        assertNotNull(fit, "fitting tightened it");
        assertTrue(fit.fits(), fit.toString());
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());
        assertTrue(fit.passes() <= MAX_PASSES, fit.passes() + " passes");
        assertWithinBounds(fit.tightening(), t.theme().fit());
        Path pdf = dir.resolve("cv.pdf");
        RenderResult r = RENDERER.render(file, pdf, RenderOptions.DEFAULT);
        assertEquals(1, r.pages());
        assertEquals(fit, r.fit());
        PdfReadBack back = new PdfReadBack(pdf);
        assertEquals(1, back.pageSizes.size());
        String text = back.text.replaceAll("\\s+", " ");
        for (int e = 0; e < n; e++) {
            assertTrue(text.contains("w" + e + "org"), "entry " + e + " is in the PDF");
            for (int b = 0; b < 3; b++) {
                assertTrue(text.contains("w" + e + "x" + b), "bullet " + e + "." + b + " is in the PDF");
            }
        }
        assertTrue(text.contains("Italian") && text.contains("Bernoulli") && text.contains("Quillfeather"));
        assertInsideMargins(back, t.styled().setup());
        // The tightened margins are the theme's, scaled, and no tighter than its bound.
        Theme classic = new ThemeLoader(new Diagnostics()).load("classic", null, SourcePos.unknown(file));
        assertEquals(classic.margins().left() * fit.tightening().margins(), t.styled().setup().left(), 1e-3);
        assertTrue(t.styled().setup().left() >= classic.margins().left() * classic.fit().margins() - 1e-3);
    }

    @Test
    void theCommandLineLimitFitsToo() throws Exception {
        int n = justOverOnePage();
        Path file = write("cv.yml", resume(n, ""));
        Typeset t = RENDERER.typeset(file, RenderOptions.DEFAULT.withMaxPages(1));
        assertEquals(1, t.pages().size());
        assertTrue(t.fit().fits());
        // ... and wins over the file's limit.
        Path limited = write("limited.yml", resume(n, "max_pages: 1\n"));
        Typeset two = RENDERER.typeset(limited, RenderOptions.DEFAULT.withMaxPages(2));
        assertEquals(2, two.pages().size());
        assertNull(two.fit(), "two pages are within --max-pages 2: nothing to tighten");
    }

    @Test
    void aResumeThatFitsComesOutExactlyAsWithoutTheLimit() throws Exception {
        Path plain = write("plain.yml", resume(2, ""));
        Path limited = write("limited.yml", resume(2, "max_pages: 1\n"));
        byte[] without = render(plain, RenderOptions.DEFAULT);
        assertArrayEquals(without, render(limited, RenderOptions.DEFAULT), "max_pages: 1 on a one-page résumé");
        assertArrayEquals(without, render(plain, RenderOptions.DEFAULT.withMaxPages(1)), "--max-pages 1 on a one-page résumé");
        assertNull(RENDERER.typeset(limited, RenderOptions.DEFAULT).fit());
        // A two-page résumé under a limit of two is not made shorter.
        Path two = write("two.yml", resume(justOverOnePage(), ""));
        assertArrayEquals(render(two, RenderOptions.DEFAULT), render(two, RenderOptions.DEFAULT.withMaxPages(2)));
    }

    private byte[] render(Path file, RenderOptions options) throws Exception {
        Path pdf = dir.resolve("out.pdf");
        RENDERER.render(file, pdf, options);
        return Files.readAllBytes(pdf);
    }

    @Test
    void aResumeThatCannotFitSaysByHowMuchAndWhatWouldHelp() throws Exception {
        Path file = write("long.yml", resume(30, "max_pages: 1\n"));
        Typeset t = RENDERER.typeset(file, RenderOptions.DEFAULT);
        assertTrue(t.pages().size() > 1);
        PageFit fit = t.fit();
        assertFalse(fit.fits());
        assertTrue(fit.passes() <= 2, "past the tightest setting there is nothing to search: " + fit.passes());
        assertEquals(Tightening.at(t.theme().fit(), Tightening.MAX_STEP), fit.tightening(), "set at the tightest setting");
        assertEquals(1, t.warnings().size(), t.warnings().toString());
        Diagnostic w = t.warnings().get(0);
        assertEquals(2, w.pos().line(), "at max_pages: " + w.pos());
        assertEquals(1, w.pos().column());
        assertTrue(w.message().contains("does not fit on 1 page"), w.message());
        Matcher m = Pattern.compile("(\\d+) lines \\((\\d+) pt\\)").matcher(w.message());
        assertTrue(m.find(), w.message());
        assertTrue(Integer.parseInt(m.group(1)) > 10 && Integer.parseInt(m.group(2)) > 100, w.message());
        assertTrue(w.message().contains(fit.tightening().describe()), "names the setting: " + w.message());
        for (String help : List.of("--omit", "select: {omit: [", "limit: N", "show: {form: one-line}", "max_pages: " + t.pages().size(),
                "experience (")) {
            assertTrue(w.hint().contains(help), "hint has " + help + ": " + w.hint());
        }
        // With --strict it is an error.
        RenderOptions strict = RenderOptions.DEFAULT.withStrict(true);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(file, strict));
        assertTrue(e.getMessage().contains("does not fit on 1 page"), e.getMessage());
    }

    @Test
    void caoCannotFitOnOnePageAndSaysSo() throws Exception {
        Typeset t = RENDERER.typeset(CAO, RenderOptions.of("classic").withMaxPages(1));
        assertEquals(2, t.pages().size());
        assertFalse(t.fit().fits());
        Diagnostic w = t.warnings().stream().filter(d -> d.message().contains("does not fit")).findFirst().orElseThrow();
        assertFalse(w.pos().isKnown(), "from the command line: no place in the file");
        assertTrue(w.message().startsWith("the résumé does not fit on 1 page even at the tightest setting"), w.message());
        assertTrue(w.hint().contains("--max-pages 2") && w.hint().contains("selected-publications ("), w.hint());
    }

    @Test
    void themeWithNoRoomToTightenSaysSo() throws Exception {
        write("stiff.yml", "extends: classic\nfit: {spacing: 1, leading: 1, margins: 1, font_size: 1}\n");
        int n = justOverOnePage();
        Path file = write("cv.yml", resume(n, "theme: stiff.yml\nmax_pages: 1\n"));
        Typeset t = RENDERER.typeset(file, RenderOptions.DEFAULT);
        assertEquals(2, t.pages().size());
        assertFalse(t.fit().fits());
        assertEquals(1, t.fit().passes());
        assertTrue(t.fit().tightening().isNone());
        assertTrue(t.warnings().get(0).message().contains("allows no tightening"), t.warnings().get(0).message());
        byte[] tight = render(file, RenderOptions.DEFAULT);
        assertArrayEquals(render(write("free.yml", resume(n, "theme: stiff.yml\n")), RenderOptions.DEFAULT), tight,
                "set as without the limit");
    }

    @Test
    void onlyTheSizesTheThemeAllowsAreTightened() throws Exception {
        // Spacing, leading and margins fixed: only the font size may shrink, and only so far.
        write("sizes.yml", "extends: classic\nfit: {spacing: 1, leading: 1, margins: 1, font_size: 0.85}\n");
        int n = justOverOnePage();
        Typeset t = RENDERER.typeset(write("cv.yml", resume(n, "theme: sizes.yml\nmax_pages: 1\n")), RenderOptions.DEFAULT);
        Tightening used = t.fit().tightening();
        assertEquals(1f, used.spacing());
        assertEquals(1f, used.leading());
        assertEquals(1f, used.margins());
        assertWithinBounds(used, t.theme().fit());
        assertTrue(t.fit().passes() <= MAX_PASSES);
        if (t.fit().fits()) {
            assertTrue(used.fontSize() < 1);
            assertEquals(1, t.pages().size());
        }
    }

    @Test
    void passesAreBoundedAndEachIsQuick() throws Exception {
        Typeset t = null;
        long start = System.nanoTime();
        int runs = 3;
        for (int i = 0; i < runs; i++) {
            t = RENDERER.typeset(CAO, RenderOptions.DEFAULT.withMaxPages(1));
        }
        long withLimit = (System.nanoTime() - start) / runs;
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            RENDERER.typeset(CAO, RenderOptions.DEFAULT);
        }
        long without = (System.nanoTime() - start) / runs;
        assertTrue(t.fit().passes() <= MAX_PASSES, t.fit().passes() + " passes");
        System.out.printf("cao.yml --max-pages 1: %d passes; typeset %.1f ms without the limit, %.1f ms with it%n",
                t.fit().passes(), without / 1e6, withLimit / 1e6);
        // Fitting on the other résumés, whatever their outcome, stays within the bound too.
        for (int pages = 1; pages <= 3; pages++) {
            for (Path f : List.of(Path.of("resumes/li.yml"), Path.of("resumes/liu.yml"))) {
                Typeset x = RENDERER.typeset(f, RenderOptions.DEFAULT.withMaxPages(pages));
                assertTrue(x.fit() == null || x.fit().passes() <= MAX_PASSES, f + ": " + x.fit());
                assertTrue(x.fit() == null || !x.fit().fits() || x.pages().size() <= pages, f + ": " + x.fit());
            }
        }
    }

    @Test
    void theStatusLineSaysWhatFittingDid() throws Exception {
        Path file = write("cv.yml", resume(justOverOnePage(), ""));
        CliRun.Outcome o = CliRun.run("render", file.toString(), "--max-pages", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("1 page ") && o.out().contains("fitted to 1 page: spacing "), o.out());
    }

    /** A résumé of three entries and {@code rows} skill rows, one line each, set in {@code theme} (a file in dir, or null for classic). */
    private Typeset withSkillRows(int rows, String theme) throws Exception {
        StringBuilder yml = new StringBuilder(resume(3, theme == null ? "" : "theme: " + theme + "\n"));
        for (int i = 0; i < rows; i++) {
            yml.append("      - label: Row r").append(i).append("r\n        details: Lathe, loom, engine\n");
        }
        return RENDERER.typeset(write("rows.yml", yml.toString()), RenderOptions.DEFAULT);
    }

    /**
     * The fewest skill rows that spill onto one more page than {@code pages}, in a theme that
     * cannot pull a page back: the last page then holds a few lines.
     */
    private int rowsThatSpillPast(int pages, String theme) throws Exception {
        int lo = 0;
        int hi = 1;
        while (withSkillRows(hi, theme).pages().size() <= pages) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (withSkillRows(mid, theme).pages().size() <= pages) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /**
     * A last page of a few spilled lines is pulled back by tightening the glue, then the
     * leading, within classic's bounds, with margins and font sizes as the theme sets them; a
     * theme that allows no such tightening keeps the page.
     */
    @Test
    void aShortLastPageIsPulledBackByTheGlueAndTheLeadingOnly() throws Exception {
        write("rigid.yml", "extends: classic\nfit: {spacing: 1, leading: 1}\n");
        int rows = rowsThatSpillPast(2, "rigid.yml");
        long rigidStart = System.nanoTime();
        Typeset rigid = withSkillRows(rows, "rigid.yml");
        long rigidTook = System.nanoTime() - rigidStart;
        assertNull(rigid.fit(), "nothing to tighten with");
        assertEquals(3, rigid.pages().size());
        assertTrue(rigid.pages().getLast().lines().size() <= 5, "the third page holds a few lines: " + rigid.pages().getLast().lines());

        long start = System.nanoTime();
        Typeset t = withSkillRows(rows, null);
        long took = System.nanoTime() - start;
        assertEquals(2, t.pages().size());
        PageFit fit = t.fit();
        assertNotNull(fit);
        assertEquals(Tightening.Schedule.FILL, fit.schedule());
        assertTrue(fit.fits());
        assertFalse(fit.tightening().isNone());
        assertEquals(1, fit.tightening().fontSize(), "never the font size");
        assertEquals(1, fit.tightening().margins(), "nor the margins, which would move the lines' words");
        assertWithinBounds(fit.tightening(), t.theme().fit());
        assertEquals(rigid.theme().sizes(), t.theme().sizes());
        assertEquals(rigid.styled().setup(), t.styled().setup());
        int most = 2 + 32 - Integer.numberOfLeadingZeros(Tightening.Schedule.FILL.maxStep() - 1);
        assertTrue(fit.passes() <= most, fit.passes() + " passes");
        assertTrue(fit.describe().startsWith("last page pulled back (2 pages): spacing "), fit.describe());
        String text = String.join(" ", t.pages().stream().flatMap(p -> p.lines().stream()).map(l -> l.text()).toList());
        for (int i = 0; i < rows; i++) {
            assertTrue(text.contains("Row r" + i + "r"), "row " + i + " is on the pages");
        }
        System.out.printf("%d skill rows pulled back from 3 to 2 pages in %d passes (%d extra), %.1f ms (%.1f ms without): %s%n",
                rows, fit.passes(), fit.passes() - 1, took / 1e6, rigidTook / 1e6, fit.describe());

        // A long last page stays as it is: cao.yml in classic ends with most of a page.
        Typeset full = RENDERER.typeset(CAO, RenderOptions.DEFAULT);
        assertNull(full.fit(), "a long last page is not tightened: " + full.fit());
    }

    @Test
    void badFitValuesAreLocatedErrors() throws Exception {
        write("bad.yml", """
                extends: classic
                fit:
                  spacing: 0
                  leading: 1.5
                  margins: wide
                  font_size: 0.9
                  fonts: 1
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ThemeLoader(new Diagnostics()).load("bad.yml", dir, SourcePos.unknown(dir.resolve("cv.yml"))));
        List<Diagnostic> ds = e.diagnostics();
        assertEquals(4, ds.size(), ds.toString());
        assertEquals(List.of(3, 4, 5, 7), ds.stream().map(d -> d.pos().line()).toList(), ds.toString());
        assertEquals(dir.resolve("bad.yml"), ds.get(0).pos().file());
        assertEquals(12, ds.get(0).pos().column());
        assertTrue(ds.get(0).message().contains("'spacing' of 'fit' must be more than 0 and at most 1"), ds.get(0).message());
        assertTrue(ds.get(1).message().contains("not 1.5"), ds.get(1).message());
        assertTrue(ds.get(2).message().contains("must be a number"), ds.get(2).message());
        assertTrue(ds.get(3).message().contains("'fonts'"), ds.get(3).message());
    }

    @Test
    void everyBuiltInThemeHasBoundsThatTighten() throws Exception {
        for (String name : ThemeLoader.BUILT_IN) {
            Theme t = new ThemeLoader(new Diagnostics()).load(name, null, SourcePos.unknown(CAO));
            Theme.Fit f = t.fit();
            for (float v : new float[] {f.spacing(), f.leading(), f.margins(), f.fontSize()}) {
                assertTrue(v > 0.4f && v < 1, name + ": " + f);
            }
        }
    }

    @Test
    void tighteningGoesFromNoneToTheBoundsSpacingFirst() {
        Theme.Fit bounds = new Theme.Fit(0.5f, 0.9f, 0.8f, 0.9f);
        assertTrue(Tightening.at(bounds, 0).isNone());
        assertEquals(new Tightening(0.5f, 0.9f, 0.8f, 1f), Tightening.at(bounds, Tightening.HALF), "fonts keep their size");
        assertEquals(new Tightening(0.5f, 0.9f, 0.8f, 0.9f), Tightening.at(bounds, Tightening.MAX_STEP));
        Tightening before = Tightening.NONE;
        for (int step = 1; step <= Tightening.MAX_STEP; step++) {
            Tightening now = Tightening.at(bounds, step);
            assertTrue(now.spacing() <= before.spacing() && now.leading() <= before.leading() && now.margins() <= before.margins()
                    && now.fontSize() <= before.fontSize(), "step " + step);
            before = now;
        }
        assertEquals("spacing 75 %, leading 95 %, margins 90 %", Tightening.at(bounds, Tightening.HALF / 2).describe());
        assertEquals("spacing 99 %", new Tightening(0.996f, 1, 1, 1).describe(), "tightened never reads as 100 %");
    }

    private static void assertWithinBounds(Tightening used, Theme.Fit bounds) {
        assertTrue(used.spacing() >= bounds.spacing() - 1e-6 && used.spacing() <= 1, used + " within " + bounds);
        assertTrue(used.leading() >= bounds.leading() - 1e-6 && used.leading() <= 1, used + " within " + bounds);
        assertTrue(used.margins() >= bounds.margins() - 1e-6 && used.margins() <= 1, used + " within " + bounds);
        assertTrue(used.fontSize() >= bounds.fontSize() - 1e-6 && used.fontSize() <= 1, used + " within " + bounds);
    }

    private static void assertInsideMargins(PdfReadBack pdf, PageSetup setup) {
        List<String> outside = new ArrayList<>();
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            if (g.text().isBlank()) {
                continue;
            }
            float tolerance = 0.5f;
            if (g.x() < setup.left() - tolerance || g.x() + g.width() > setup.width() - setup.right() + tolerance
                    || g.top() < setup.top() - 2 || g.baseline() > setup.height() - setup.bottom() + tolerance) {
                outside.add("'" + g.text() + "' at " + g.x() + "," + g.baseline());
            }
        }
        assertTrue(outside.isEmpty(), "outside the margins: " + outside);
    }
}
