package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No page starts with a paragraph's last line alone (a widow) or ends with its first alone (an
 * orphan), and a heading keeps with two lines of what follows: tried with a four-line paragraph
 * at every place around a page break. A group (an entry kept together) moves to the next page
 * only when that leaves little of this one empty, and one that is not firm only when it is short. The fake face makes every character half the size wide,
 * so the 260 pt text width holds 52 characters and a page 30 lines.
 */
class PageBreakRulesTest {
    private static final Face FACE = new LayoutTest.FakeFace("Regular", java.util.Set.of());
    private static final TextStyle STYLE = new TextStyle(new FontFamily("Fake", FACE, FACE, FACE, FACE, List.of()), 10, false, false,
            Rgb.BLACK, false, false);
    private static final PageSetup SETUP = new PageSetup(300, 400, 20, 20, 20, 20, null, STYLE);
    /** Four lines of 48 characters: eight words of five letters and a space. */
    private static final String FOUR_LINES = "alpha ".repeat(32).strip();

    private static Block.Paragraph para(String text, boolean keepWithNext) {
        return Block.Paragraph.of(List.of(Run.of(text, STYLE))).keepWithNext(keepWithNext).build();
    }

    private static List<Block> fillers(int lines) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            out.add(para("filler line " + i, false));
        }
        return out;
    }

    /** The page of each line of the paragraph whose text starts with "alpha". */
    private static List<Integer> pagesOfParagraph(Layout.Result r) {
        List<Integer> pages = new ArrayList<>();
        for (Page p : r.pages()) {
            for (Page.LineBox box : p.lines()) {
                if (box.text().startsWith("alpha")) {
                    pages.add(p.number());
                }
            }
        }
        return pages;
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 25, 26, 27, 28, 29, 30})
    void aParagraphIsNeverSplitOneLineFromTheRest(int before) {
        List<Block> blocks = fillers(before);
        blocks.add(para(FOUR_LINES, false));
        blocks.addAll(fillers(3));
        Layout.Result r = new Layout(SETUP).run(blocks);
        List<Integer> pages = pagesOfParagraph(r);
        assertEquals(4, pages.size(), "the paragraph has four lines");
        long onFirst = pages.stream().filter(n -> n == pages.get(0)).count();
        assertTrue(onFirst == 4 || (onFirst >= 2 && 4 - onFirst >= 2),
                before + " lines before: " + onFirst + " of its 4 lines on the first page: " + pages);
        LayoutReport report = LayoutReport.of(r.pages());
        assertTrue(report.widows().isEmpty() && report.orphans().isEmpty(), report.describe());
    }

    @ParameterizedTest
    @ValueSource(ints = {25, 26, 27, 28, 29})
    void aHeadingKeepsWithTwoLinesOfItsParagraph(int before) {
        List<Block> blocks = fillers(before);
        blocks.add(para("Heading", true));
        blocks.add(para(FOUR_LINES, false));
        Layout.Result r = new Layout(SETUP).run(blocks);
        int headingPage = -1;
        for (Page p : r.pages()) {
            for (Page.LineBox box : p.lines()) {
                if (box.text().equals("Heading")) {
                    headingPage = p.number();
                }
            }
        }
        int page = headingPage;
        long withHeading = pagesOfParagraph(r).stream().filter(n -> n == page).count();
        assertTrue(withHeading >= 2, before + " lines before: the heading's page has " + withHeading + " of the paragraph's lines");
    }

    /** The page each group's line ("member N") is on. */
    private static List<Integer> pagesOf(Layout.Result r, String prefix) {
        List<Integer> pages = new ArrayList<>();
        for (Page p : r.pages()) {
            for (Page.LineBox box : p.lines()) {
                if (box.text().startsWith(prefix)) {
                    pages.add(p.number());
                }
            }
        }
        return pages;
    }

    private static Block.Group group(int lines) {
        return group(lines, true);
    }

    private static Block.Group group(int lines, boolean firm) {
        List<Block> members = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            members.add(para("member " + i, false));
        }
        return new Block.Group(members, firm);
    }

    @org.junit.jupiter.api.Test
    void aTallPaperStartsWhereItIsAndBreaksInside() {
        // 25 of 30 lines used, an eight-line group that is not firm (a paper with its abstract,
        // over an eighth of a page): it starts on the first page and fills it, no line left empty.
        List<Block> blocks = fillers(25);
        blocks.add(group(8, false));
        Layout.Result r = new Layout(SETUP).run(blocks);
        List<Integer> pages = pagesOf(r, "member");
        assertEquals(5, pages.stream().filter(n -> n == 1).count(), pages.toString());
        assertEquals(30, r.pages().get(0).lines().size(), "the first page is full");
        // The same group, firm (keep_together: true), moves whole.
        List<Block> firm = fillers(25);
        firm.add(group(8, true));
        assertEquals(List.of(2, 2, 2, 2, 2, 2, 2, 2), pagesOf(new Layout(SETUP).run(firm), "member"));
    }

    @org.junit.jupiter.api.Test
    void aShortPaperStillMovesWhole() {
        // Three lines are a tenth of the page: short enough to keep whole.
        List<Block> blocks = fillers(28);
        blocks.add(group(3, false));
        assertEquals(List.of(2, 2, 2), pagesOf(new Layout(SETUP).run(blocks), "member"));
        // Four lines are over an eighth: they break, two and two.
        List<Block> four = fillers(28);
        four.add(group(4, false));
        assertEquals(List.of(1, 1, 2, 2), pagesOf(new Layout(SETUP).run(four), "member"));
    }

    @org.junit.jupiter.api.Test
    void aShortGroupThatDoesNotFitMovesToTheNextPage() {
        // 26 of 30 lines used: the six-line group moves, leaving four lines (13 %) empty.
        List<Block> blocks = fillers(26);
        blocks.add(group(6));
        List<Integer> pages = pagesOf(new Layout(SETUP).run(blocks), "member");
        assertEquals(List.of(2, 2, 2, 2, 2, 2), pages);
    }

    @org.junit.jupiter.api.Test
    void aTallGroupBreaksRatherThanLeaveMuchOfAPageEmpty() {
        // 10 of 30 lines used: moving the 25-line group would leave two thirds of the page empty.
        List<Block> blocks = fillers(10);
        blocks.add(group(25));
        List<Integer> pages = pagesOf(new Layout(SETUP).run(blocks), "member");
        assertEquals(25, pages.size());
        assertEquals(1, pages.get(0), "the group starts on the first page");
        assertEquals(20, pages.stream().filter(n -> n == 1).count(), "and fills it");
    }

    @org.junit.jupiter.api.Test
    void aGroupThatBreaksLeavesNoSingleLineOnEitherPage() {
        // 10 of 30 lines used, a 21-line group: 20 would fit, leaving its last line alone on the
        // next page; 19 and 2 it is.
        List<Block> blocks = fillers(10);
        blocks.add(group(21));
        List<Integer> pages = pagesOf(new Layout(SETUP).run(blocks), "member");
        assertEquals(19, pages.stream().filter(n -> n == 1).count(), pages.toString());
        assertEquals(2, pages.stream().filter(n -> n == 2).count(), pages.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 21, 22, 23, 24, 25, 26, 27})
    void noPageEndsInsideAHyphenatedWord(int before) {
        // Justified 21-letter words, under three to a line: most lines must end inside a
        // word, so wherever the page breaks, a hyphenated line is there to be kept.
        List<Block> blocks = fillers(before);
        // A proportional face: the breaker takes an evenly wide one for code, which never hyphenates.
        Face prop = new HyphenationBreakTest.Proportional("Prop");
        TextStyle style = new TextStyle(new FontFamily("Prop", prop, prop, prop, prop, List.of()), 10, false, false, Rgb.BLACK,
                false, false);
        blocks.add(Block.Paragraph.of(List.of(Run.of("internationalizations ".repeat(20).strip(), style))).align(Align.JUSTIFY)
                .build());
        Layout.Result r = new Layout(SETUP).run(blocks);
        assertTrue(LayoutReport.of(r.pages()).hyphenatedLines() >= 5, LayoutReport.of(r.pages()).describe());
        for (Page p : r.pages()) {
            List<Page.LineBox> lines = p.lines();
            Page.LineBox last = lines.get(lines.size() - 1);
            assertTrue(last.fit() == null || !last.fit().hyphenated() || p.number() == r.pages().size(),
                    before + " lines before: page " + p.number() + " ends in '" + last.text() + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {27, 28, 29})
    void theReportCountsAWidowAndAnOrphanWhereTheyAre(int before) {
        // Built by hand, as the paginator never makes them: a four-line paragraph's lines 1 | 2-4
        // (an orphan on page 1) or 1-3 | 4 (a widow on page 2).
        Page.LineBox[] lines = new Page.LineBox[4];
        for (int i = 0; i < 4; i++) {
            lines[i] = new Page.LineBox(i * 12, 12, i * 12 + 10, "alpha",
                    new LineFit(7, i, 4, false, Float.NaN, false, false, 0, null));
        }
        Page.Margins m = new Page.Margins(20, 20, 20, 20);
        int split = before - 26; // 1, 2 or 3 lines on the first page
        Page one = new Page(1, 300, 400, List.of(), List.of(), List.of(lines).subList(0, split), m);
        Page two = new Page(2, 300, 400, List.of(), List.of(), List.of(lines).subList(split, 4), m);
        LayoutReport report = LayoutReport.of(List.of(one, two));
        assertEquals(split == 1 ? 1 : 0, report.orphans().size(), report.describe());
        assertEquals(split == 3 ? 1 : 0, report.widows().size(), report.describe());
    }
}
