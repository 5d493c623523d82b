package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import dev.resume.layout.PageSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where pages break: no page ends with a section title or an entry's heading, pages are filled,
 * forced breaks leave no page holding only the header, and the footer stays where printers print.
 */
class PageBreakTest {

    @TempDir
    Path dir;

    @Test
    void noHeadingEndsAPage() throws Exception {
        StringBuilder yml = new StringBuilder("name: Ada Quillfeather\nsections:\n");
        for (int s = 0; s < 9; s++) {
            yml.append("  - title: Section ").append(s).append("\n    experience:\n");
            for (int e = 0; e < 2 + s % 3; e++) {
                yml.append("      - organization: Organisation ").append(s).append('.').append(e).append('\n')
                        .append("        location: London, UK\n        role: Analyst\n        start: 2020-01\n        end: present\n")
                        .append("        bullets:\n");
                for (int b = 0; b < 1 + (s + e) % 4; b++) {
                    yml.append("          - Worked on the analytical engine, wrote notes on Bernoulli numbers and more, ")
                            .append("enough words to wrap onto a second line of the page ").append(b).append('\n');
                }
            }
            yml.append("  - title: Publications ").append(s).append("\n    publications:\n");
            for (int p = 0; p < 2; p++) {
                yml.append("      - title: A paper with a title long enough to need some room ").append(p).append('\n')
                        .append("        authors: [Ada Quillfeather, Charles Brambleby]\n        venue: Proceedings\n        year: 1843\n");
            }
        }
        Path file = dir.resolve("long.yml");
        Files.writeString(file, yml);
        Typeset t = new Renderer().typeset(file, RenderOptions.DEFAULT);
        assertTrue(t.pages().size() >= 4, "the constructed résumé spans several pages, got " + t.pages().size());
        PageSetup setup = t.styled().setup();
        float sectionSize = t.theme().sizes().section();
        for (Page page : t.pages()) {
            List<PageItem.Text> last = lastLine(page, setup);
            assertFalse(last.isEmpty());
            PageItem.Text first = last.get(0);
            String line = String.join("", last.stream().map(PageItem.Text::text).toList());
            boolean sectionTitle = last.stream().anyMatch(x -> Math.abs(x.size() - sectionSize) < 0.01f
                    || Math.abs(x.size() - sectionSize * 0.8f) < 0.01f);
            boolean entryHeading = Math.abs(first.x() - setup.left()) < 0.5f && first.face().name().contains("bold");
            assertFalse(sectionTitle, "page " + page.number() + " ends with a section title: " + line);
            assertFalse(entryHeading, "page " + page.number() + " ends with an entry heading: " + line);
        }
    }

    /**
     * cao-publications in classic: five pages, not six; the last holds more than a spill-over,
     * and no page but the last leaves more than three lines empty at its foot (a paper with its
     * abstract starts where it is rather than move to the next page).
     */
    @Test
    void caoPublicationsInClassicFillsItsPages() throws Exception {
        Typeset t = new Renderer().typeset(Path.of("resumes/cao-publications.yml"), RenderOptions.DEFAULT);
        assertEquals(5, t.pages().size());
        PageSetup setup = t.styled().setup();
        Page.LineBox lastLine = t.pages().getLast().lines().getLast();
        assertTrue(t.pages().getLast().lines().size() > 20 && lastLine.top() - setup.top() > setup.textHeight() / 2,
                "the last page is not near-empty: " + t.pages().getLast().lines().size() + " lines");
        float line = t.theme().sizes().body() * t.theme().spacing().leading();
        for (Page page : t.pages().subList(0, t.pages().size() - 1)) {
            Page.LineBox last = page.lines().getLast();
            float empty = setup.height() - setup.bottom() - (last.top() + last.height());
            assertTrue(empty <= 3 * line, "page " + page.number() + " leaves " + empty + " pt empty at its foot");
        }
    }

    /** {@code new_page} on the first section, or on its first entry, leaves no page holding only the header. */
    @Test
    void newPageBeforeTheFirstSectionLeavesNoPageWithOnlyTheHeader() throws Exception {
        for (String where : List.of("section", "entry")) {
            String yml = "name: Ada Quillfeather\ncontact:\n  - email: ada@example.org\nsections:\n"
                    + "  - title: Experience\n" + (where.equals("section") ? "    new_page: true\n" : "")
                    + "    experience:\n      - organization: Analytical Engine Company\n"
                    + (where.equals("entry") ? "        new_page: true\n" : "")
                    + "        role: Analyst\n        start: 1842\n        bullets: [Wrote the first program.]\n"
                    + "  - title: Education\n    new_page: true\n    education:\n      - institution: University of London\n"
                    + "        degree: Mathematics\n        date: 1840\n";
            Path file = dir.resolve(where + ".yml");
            Files.writeString(file, yml);
            Typeset t = new Renderer().typeset(file, RenderOptions.DEFAULT);
            assertEquals(2, t.pages().size(), where + ": the second section's break is kept");
            List<String> first = t.pages().get(0).lines().stream().map(Page.LineBox::text).toList();
            assertTrue(first.size() > 3 && first.stream().anyMatch(l -> l.contains("Experience"))
                    && first.stream().anyMatch(l -> l.contains("Analytical")), where + ": page 1 is " + first);
            List<String> second = t.pages().get(1).lines().stream().map(Page.LineBox::text).toList();
            assertTrue(second.getFirst().contains("Education"), where + ": page 2 starts with its title: " + second);
        }
    }

    /** An entry's {@code new_page} on a section's first entry takes the section's title along. */
    @Test
    void newPageOnASectionsFirstEntryTakesTheTitleAlong() throws Exception {
        String yml = "name: Ada Quillfeather\nsections:\n  - title: Summary\n    text: Mathematician.\n"
                + "  - title: Experience\n    experience:\n      - organization: Analytical Engine Company\n"
                + "        new_page: true\n        role: Analyst\n        start: 1842\n";
        Path file = dir.resolve("entry.yml");
        Files.writeString(file, yml);
        Typeset t = new Renderer().typeset(file, RenderOptions.DEFAULT);
        assertEquals(2, t.pages().size());
        List<String> second = t.pages().get(1).lines().stream().map(Page.LineBox::text).toList();
        assertTrue(second.getFirst().contains("Experience"), "page 2: " + second);
        assertTrue(t.pages().get(0).lines().stream().noneMatch(l -> l.text().contains("Experience")));
    }

    /**
     * Every built-in theme's footer baseline stands at least 0.25 in (18 pt) above the paper's
     * bottom edge, and below the text, also when a page limit tightens the margins.
     */
    @Test
    void everyThemesFooterIsAQuarterInchFromTheEdge() throws Exception {
        for (String theme : dev.resume.theme.ThemeLoader.BUILT_IN) {
            for (RenderOptions options : List.of(RenderOptions.DEFAULT.withTheme(theme),
                    RenderOptions.DEFAULT.withTheme(theme).withMaxPages(1))) {
                Typeset t = new Renderer().typeset(Path.of("resumes/cao.yml"), options);
                PageSetup setup = t.styled().setup();
                if (t.pages().size() < 2) {
                    continue;
                }
                List<PageItem.Text> footer = t.pages().get(0).items().stream()
                        .filter(i -> i instanceof PageItem.Text x && x.y() > setup.height() - setup.bottom())
                        .map(i -> (PageItem.Text) i).toList();
                assertEquals(1, footer.size(), theme + ": " + footer);
                PageItem.Text f = footer.get(0);
                assertTrue(setup.height() - f.y() >= PageSetup.FOOTER_EDGE - 1e-3,
                        theme + ": the footer's baseline is " + (setup.height() - f.y()) + " pt from the edge");
                assertTrue(f.y() - f.face().ascent(f.size()) > setup.height() - setup.bottom(), theme + ": the footer is below the text");
            }
        }
    }

    @Test
    void aThemeWhoseBottomMarginCannotHoldTheFooterIsWarnedAbout() throws Exception {
        Files.writeString(dir.resolve("tight.yml"), "extends: compact\nmargins: {bottom: 0.3in}\n");
        dev.resume.diag.Diagnostics d = new dev.resume.diag.Diagnostics();
        new dev.resume.theme.ThemeLoader(d).load("tight.yml", dir, dev.resume.diag.SourcePos.unknown(dir.resolve("cv.yml")));
        assertEquals(1, d.all().size(), d.all().toString());
        dev.resume.diag.Diagnostic w = d.all().get(0);
        assertEquals(dir.resolve("tight.yml"), w.pos().file());
        assertEquals(2, w.pos().line());
        assertEquals(19, w.pos().column());
        assertTrue(w.message().contains("too small for the footer"), w.message());
        // Without a footer there is nothing to warn about; nor in any built-in theme.
        Files.writeString(dir.resolve("none.yml"), "extends: compact\nmargins: {bottom: 0.3in}\nfooter: \"\"\n");
        dev.resume.diag.Diagnostics none = new dev.resume.diag.Diagnostics();
        new dev.resume.theme.ThemeLoader(none).load("none.yml", dir, dev.resume.diag.SourcePos.unknown(dir.resolve("cv.yml")));
        assertTrue(none.all().isEmpty(), none.all().toString());
        for (String theme : dev.resume.theme.ThemeLoader.BUILT_IN) {
            dev.resume.diag.Diagnostics b = new dev.resume.diag.Diagnostics();
            new dev.resume.theme.ThemeLoader(b).load(theme, null, dev.resume.diag.SourcePos.unknown(dir.resolve("cv.yml")));
            assertTrue(b.all().isEmpty(), theme + ": " + b.all());
        }
    }

    /** The items of the lowest baseline of the page, above the footer, left to right. */
    private static List<PageItem.Text> lastLine(Page page, PageSetup setup) {
        Map<Float, List<PageItem.Text>> byBaseline = new TreeMap<>();
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.Text t && !t.text().isBlank() && t.y() <= setup.height() - setup.bottom()) {
                byBaseline.computeIfAbsent(t.y(), k -> new ArrayList<>()).add(t);
            }
        }
        List<PageItem.Text> last = new ArrayList<>(((TreeMap<Float, List<PageItem.Text>>) byBaseline).lastEntry().getValue());
        last.sort(Comparator.comparingDouble(PageItem.Text::x));
        return last;
    }
}
