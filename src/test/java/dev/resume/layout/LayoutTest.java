package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layout with a fake font whose every character is half the size wide: 10 pt text is 5 pt
 * a character, so the 260 pt text width holds 52 characters, and a 12 pt line (leading 1.2)
 * makes 30 lines a page.
 */
public class LayoutTest {
    private static final float EPS = 0.01f;
    private static final int STAR = 0x2605;    // ★: only the fallback face has it
    private static final int SNOWMAN = 0x2603; // ☃: no face has it

    /** Every character 0.5 × size wide; ascent 0.8 × size, descent 0.2 × size. */
    public record FakeFace(String name, Set<Integer> lacks) implements Face {
        @Override
        public float width(String text, float size) {
            return 0.5f * size * text.codePointCount(0, text.length());
        }

        @Override
        public boolean canDisplay(int codePoint) {
            return !lacks.contains(codePoint);
        }

        @Override
        public float ascent(float size) {
            return 0.8f * size;
        }

        @Override
        public float descent(float size) {
            return 0.2f * size;
        }
    }

    private static final Face FALLBACK = new FakeFace("Fallback", Set.of(SNOWMAN));
    private static final FontFamily FAMILY = new FontFamily("Fake", new FakeFace("Regular", Set.of(STAR, SNOWMAN)),
            new FakeFace("Bold", Set.of(STAR, SNOWMAN)), new FakeFace("Italic", Set.of(STAR, SNOWMAN)),
            new FakeFace("BoldItalic", Set.of(STAR, SNOWMAN)), FontFamily.ofFaces(List.of(FALLBACK)));
    private static final TextStyle STYLE = new TextStyle(FAMILY, 10, false, false, Rgb.BLACK, false, false);
    private static final TextStyle FOOTER = STYLE.withSize(8);

    private static final float WIDTH = 300;
    private static final float HEIGHT = 400;
    private static final float MARGIN = 20;
    private static final PageSetup SETUP = new PageSetup(WIDTH, HEIGHT, MARGIN, MARGIN, MARGIN, MARGIN,
            "Page {page} of {pages}", FOOTER);
    private static final float RIGHT_EDGE = WIDTH - MARGIN;
    private static final float BOTTOM_EDGE = HEIGHT - MARGIN;
    private static final int LINES_PER_PAGE = 30;

    private static final String LOREM = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua Ut enim ad minim veniam quis nostrud exercitation ullamco "
            + "laboris nisi ut aliquip ex ea commodo consequat Duis aute irure dolor in reprehenderit in voluptate "
            + "velit esse cillum dolore eu fugiat nulla pariatur Excepteur sint occaecat cupidatat non proident sunt "
            + "in culpa qui officia deserunt mollit anim id est laborum";

    // ---- building blocks ------------------------------------------------------------------

    private static Block.Paragraph para(String text) {
        return para(text, Align.LEFT, false);
    }

    private static Block.Paragraph para(String text, Align align, boolean keepWithNext) {
        return Block.Paragraph.of(List.of(Run.of(text, STYLE))).align(align).keepWithNext(keepWithNext).build();
    }

    private static Block.Paragraph withRight(String left, String right) {
        return Block.Paragraph.of(List.of(Run.of(left, STYLE))).right(List.of(Run.of(right, STYLE))).build();
    }

    /** {@code n} one-line paragraphs "Line 1" … "Line n". */
    private static List<Block> lines(int n) {
        List<Block> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(para("Line " + i));
        }
        return out;
    }

    private static Layout.Result run(List<Block> blocks) {
        return new Layout(SETUP).run(blocks);
    }

    private static Layout.Result run(Block... blocks) {
        return run(List.of(blocks));
    }

    // ---- reading the result ---------------------------------------------------------------

    private static boolean isFooter(PageItem.Text t) {
        return t.text().startsWith("Page ") && t.y() > BOTTOM_EDGE;
    }

    /** The body text items of a page (no footer), in reading order. */
    private static List<PageItem.Text> texts(Page page) {
        return page.items().stream()
                .filter(i -> i instanceof PageItem.Text).map(i -> (PageItem.Text) i)
                .filter(t -> !isFooter(t))
                .sorted(Comparator.comparingDouble(PageItem.Text::y).thenComparingDouble(PageItem.Text::x))
                .toList();
    }

    private static List<PageItem.Text> texts(Layout.Result r) {
        return r.pages().stream().flatMap(p -> texts(p).stream()).toList();
    }

    /** The lines of a page: the items of each baseline, left to right. */
    private static List<List<PageItem.Text>> lineItems(Page page) {
        Map<Float, List<PageItem.Text>> byY = new TreeMap<>();
        for (PageItem.Text t : texts(page)) {
            byY.computeIfAbsent(t.y(), k -> new ArrayList<>()).add(t);
        }
        return new ArrayList<>(byY.values());
    }

    private static String text(List<PageItem.Text> items) {
        return items.stream().map(PageItem.Text::text).collect(Collectors.joining());
    }

    /** The text of each line of a page. */
    private static List<String> lineTexts(Page page) {
        return lineItems(page).stream().map(LayoutTest::text).toList();
    }

    private static float rightEdge(List<PageItem.Text> items) {
        return (float) items.stream().mapToDouble(t -> t.x() + t.width()).max().orElseThrow();
    }

    private static float leftEdge(List<PageItem.Text> items) {
        return (float) items.stream().mapToDouble(PageItem.Text::x).min().orElseThrow();
    }

    private static void assertInsideTextArea(Layout.Result r) {
        for (Page page : r.pages()) {
            for (PageItem.Text t : texts(page)) {
                assertTrue(t.x() >= MARGIN - EPS, "left of the margin: " + t);
                assertTrue(t.x() + t.width() <= RIGHT_EDGE + EPS, "past the right margin: " + t);
                assertTrue(t.y() + t.face().descent(t.size()) <= BOTTOM_EDGE + EPS, "below the bottom margin: " + t);
                assertTrue(t.y() - t.face().ascent(t.size()) >= MARGIN - EPS, "above the top margin: " + t);
            }
        }
    }

    // ---- line breaking --------------------------------------------------------------------

    @Test
    void longParagraphWrapsWithinTheTextWidth() {
        Layout.Result r = run(para(LOREM));
        assertEquals(1, r.pages().size());
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        // 446 characters at 52 a line.
        assertTrue(lines.size() >= 9, "wraps into several lines: " + lines.size());
        assertInsideTextArea(r);
        for (List<PageItem.Text> line : lines) {
            assertEquals(MARGIN, leftEdge(line), EPS);
            assertFalse(line.get(0).text().isBlank(), "no line starts with a space");
            assertFalse(line.get(line.size() - 1).text().isBlank(), "no line ends with a space");
        }
        // Words, in order, none lost; one space between them.
        String all = lines.stream().map(LayoutTest::text).collect(Collectors.joining(" "));
        assertEquals(LOREM, all);
        // First fit: the next line's first word would not have fitted on this one.
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = lines.get(i + 1).get(0).text();
            float wouldEnd = rightEdge(lines.get(i)) + 5 + 5 * next.length();
            assertTrue(wouldEnd > RIGHT_EDGE, "'" + next + "' would have fitted on line " + i);
        }
    }

    @Test
    void linesAreLeadingTimesSizeApart() {
        List<List<PageItem.Text>> lines = lineItems(run(para(LOREM)).pages().get(0));
        for (int i = 0; i + 1 < lines.size(); i++) {
            assertEquals(12, lines.get(i + 1).get(0).y() - lines.get(i).get(0).y(), EPS);
        }
        // The ink (0.8 + 0.2 of the size) is centred in the 12 pt line: baseline 1 + 8 below its top.
        assertEquals(MARGIN + 9, lines.get(0).get(0).y(), EPS);
    }

    @Test
    void wordLongerThanTheLineIsCutWithoutLosingCharacters() {
        String url = "https://example.org/" + "segment/".repeat(15) + "end";
        String unbroken = "x".repeat(120);
        Layout.Result r = run(para("See " + url + " and " + unbroken + " done"));
        assertInsideTextArea(r);
        List<PageItem.Text> all = texts(r);
        String joined = all.stream().map(PageItem.Text::text).filter(s -> !s.isBlank()).collect(Collectors.joining());
        assertEquals("See" + url + "and" + unbroken + "done", joined);
        assertTrue(lineItems(r.pages().get(0)).size() >= 6);
    }

    @Test
    void urlIsCutAfterASlash() {
        String url = "https://example.org/" + "segment/".repeat(15) + "end";
        List<String> lines = lineTexts(run(para(url)).pages().get(0));
        assertTrue(lines.size() >= 3, lines.toString());
        for (int i = 0; i + 1 < lines.size(); i++) {
            assertTrue(lines.get(i).endsWith("/"), "cut after a separator: " + lines.get(i));
        }
        assertEquals(url, String.join("", lines));
    }

    @Test
    void indentWiderThanTheTextDoesNotLoseText() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("some words here", STYLE))).indent(400).build();
        Layout.Result r = run(p);
        String all = texts(r).stream().map(PageItem.Text::text).filter(t -> !t.isBlank()).collect(Collectors.joining());
        assertEquals("somewordshere", all);
    }

    @Test
    void forcedBreakStartsANewLine() {
        Layout.Result r = run(para("first line\nsecond"));
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        assertEquals(List.of("first line", "second"), lines.stream().map(LayoutTest::text).toList());
        assertEquals(MARGIN, lines.get(1).get(0).x(), EPS);
        assertEquals(12, lines.get(1).get(0).y() - lines.get(0).get(0).y(), EPS);
    }

    @Test
    void forcedBreakBetweenRuns() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("one", STYLE), Run.of("\n", STYLE), Run.of("two", STYLE.withBold(true))))
                .align(Align.JUSTIFY).build();
        List<List<PageItem.Text>> lines = lineItems(run(p).pages().get(0));
        assertEquals(2, lines.size());
        assertEquals("Bold", lines.get(1).get(0).face().name());
        assertEquals(MARGIN, lines.get(1).get(0).x(), EPS);
    }

    // ---- right-hand text ------------------------------------------------------------------

    @Test
    void rightTextSitsFlushRightOnTheFirstLine() {
        Layout.Result r = run(withRight("Research Intern", "2024 – 2025"));
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        assertEquals(1, lines.size(), "one line holds both");
        List<PageItem.Text> line = lines.get(0);
        assertEquals("Research Intern2024 – 2025", text(line));
        assertEquals(RIGHT_EDGE, rightEdge(line), EPS, "flush right");
        PageItem.Text date = line.stream().filter(t -> t.text().equals("2024")).findFirst().orElseThrow();
        assertEquals(RIGHT_EDGE - 5 * "2024 – 2025".length(), date.x(), EPS);
        assertEquals(MARGIN, line.get(0).x(), EPS);
    }

    @Test
    void longLeftTextWrapsBesideTheRightText() {
        String right = "Sep 2023 – Present";
        Layout.Result r = run(withRight(LOREM, right));
        assertInsideTextArea(r);
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        List<PageItem.Text> first = lines.get(0);
        assertTrue(text(first).endsWith(right), text(first));
        assertEquals(RIGHT_EDGE, rightEdge(first), EPS);
        float rightX = RIGHT_EDGE - 5 * right.length();
        float leftEnd = (float) first.stream().filter(t -> t.x() < rightX - EPS).mapToDouble(t -> t.x() + t.width()).max().orElseThrow();
        assertTrue(leftEnd <= rightX - 10 + EPS, "a gap of one font size between the left text and the dates: " + leftEnd);
        for (int i = 1; i < lines.size(); i++) {
            assertFalse(text(lines.get(i)).contains("Present"), "the dates appear once, on the first line");
        }
        String left = lines.stream().map(LayoutTest::text).collect(Collectors.joining(" "));
        assertEquals(LOREM, left.replace(right, "").replace("  ", " ").strip());
    }

    @Test
    void rightTextGoesBelowWhenTheFirstWordLeavesNoRoom() {
        String word = "Supercalifragilisticexpialidocious-and-more-words";   // 49 characters, 245 pt
        Layout.Result r = run(withRight(word, "2024 – 2025"));
        assertInsideTextArea(r);
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        assertEquals(List.of(word, "2024 – 2025"), lines.stream().map(LayoutTest::text).toList());
        assertEquals(RIGHT_EDGE, rightEdge(lines.get(1)), EPS);
        assertTrue(lines.get(1).get(0).y() > lines.get(0).get(0).y());
    }

    @Test
    void rightTextGoesBelowWhenItIsTooWideToShare() {
        String right = "A very long place name, Some Region, Some Country";   // 49 characters
        Layout.Result r = run(withRight("Organisation", right));
        assertInsideTextArea(r);
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        assertEquals(List.of("Organisation", right), lines.stream().map(LayoutTest::text).toList());
        assertEquals(RIGHT_EDGE, rightEdge(lines.get(1)), EPS);
    }

    @Test
    void rightTextAlone() {
        Block.Paragraph p = Block.Paragraph.of(List.of()).right(List.of(Run.of("2024", STYLE))).build();
        List<List<PageItem.Text>> lines = lineItems(run(p).pages().get(0));
        assertEquals(1, lines.size());
        assertEquals(RIGHT_EDGE, rightEdge(lines.get(0)), EPS);
    }

    @Test
    void noLineRunsUnderTheRightText() {
        String right = "Sep 2023 – Present";
        List<List<PageItem.Text>> lines = lineItems(run(withRight(LOREM, right)).pages().get(0));
        float rightX = RIGHT_EDGE - 5 * right.length();
        assertTrue(lines.size() > 2, "the text wraps");
        for (List<PageItem.Text> line : lines) {
            float end = (float) line.stream().filter(t -> t.x() < rightX - EPS).mapToDouble(t -> t.x() + t.width()).max().orElseThrow();
            assertTrue(end <= rightX - 10 + EPS, "the line " + text(line) + " ends short of the dates' column: " + end);
        }
    }

    @Test
    void rightTextWiderThanTheLineWrapsFlushRightBelow() {
        String right = "A place with a name far too long for any line of this page, Some Region, Some Country";
        Layout.Result r = run(withRight("Organisation", right));
        assertInsideTextArea(r);
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        assertEquals("Organisation", text(lines.get(0)));
        assertTrue(lines.size() >= 3, "the place wraps: " + lines.stream().map(LayoutTest::text).toList());
        for (List<PageItem.Text> line : lines.subList(1, lines.size())) {
            assertEquals(RIGHT_EDGE, rightEdge(line), EPS, "flush right: " + text(line));
        }
        assertEquals(right, lines.subList(1, lines.size()).stream().map(LayoutTest::text).collect(Collectors.joining(" ")));
    }

    /** A heading of one line at {@code 80} pt with dates of two lines in a 60 pt left column. */
    private static Block.Paragraph datedHeading() {
        return Block.Paragraph.of(List.of(Run.of("Heading", STYLE))).indent(80)
                .aside(new Block.Aside(List.of(Run.of("Sep 2021 –\nPresent", STYLE)), 60, Align.RIGHT)).build();
    }

    @Test
    void datesLongerThanTheirHeadingHangBesideTheNextParagraph() {
        Block.Paragraph bullet = Block.Paragraph.of(List.of(Run.of("A bullet", STYLE))).indent(90).spaceBefore(2).build();
        List<String> lines = lineTexts(run(datedHeading(), bullet).pages().get(0));
        assertEquals(List.of("Sep 2021 –Heading", "PresentA bullet"), lines, "the date's second line is beside the bullet, not above it");
    }

    @Test
    void datesDoNotHangBesideAParagraphThatTakesTheColumn() {
        Block.Paragraph title = Block.Paragraph.of(List.of(Run.of("Next section", STYLE))).build();
        List<String> lines = lineTexts(run(datedHeading(), title).pages().get(0));
        assertEquals(List.of("Sep 2021 –Heading", "Present", "Next section"), lines);
    }

    // ---- marker and indent ----------------------------------------------------------------

    @Test
    void markerHangsLeftOfTheIndent() {
        float indent = 13;
        float gap = 5;
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of(LOREM, STYLE))).marker(Run.of("•", STYLE), gap).indent(indent).build();
        Layout.Result r = run(p);
        assertInsideTextArea(r);
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        assertTrue(lines.size() > 1);
        List<PageItem.Text> bullets = texts(r).stream().filter(t -> t.text().equals("•")).toList();
        assertEquals(1, bullets.size(), "one marker, on the first line");
        PageItem.Text bullet = bullets.get(0);
        assertEquals(lines.get(0).get(0).y(), bullet.y(), EPS);
        assertEquals(MARGIN + indent - gap, bullet.x() + bullet.width(), EPS, "the gap separates marker and text");
        for (List<PageItem.Text> line : lines) {
            PageItem.Text firstWord = line.stream().filter(t -> !t.text().equals("•")).findFirst().orElseThrow();
            assertEquals(MARGIN + indent, firstWord.x(), EPS, "every line starts at the indent");
        }
    }

    @Test
    void aMarkerOfSeveralWordsKeepsThemAll() {
        // A skill line's label set in the column before its text: "Programming Languages" once
        // came out as "Programming".
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("Java, Python", STYLE))).marker(Run.of("Programming Languages", STYLE), 6)
                .indent(150).build();
        Layout.Result r = run(p);
        List<String> words = texts(r).stream().map(PageItem.Text::text).filter(t -> !t.isBlank()).toList();
        assertEquals(List.of("Programming", "Languages", "Java,", "Python"), words);
        PageItem.Text languages = texts(r).stream().filter(t -> t.text().equals("Languages")).findFirst().orElseThrow();
        assertEquals(MARGIN + 150 - 6, languages.x() + languages.width(), EPS, "the label ends the gap before the text");
    }

    // ---- alignment ------------------------------------------------------------------------

    @Test
    void justifyStretchesAllLinesButTheLast() {
        Layout.Result r = run(para(LOREM, Align.JUSTIFY, false));
        assertInsideTextArea(r);
        List<List<PageItem.Text>> lines = lineItems(r.pages().get(0));
        assertTrue(lines.size() >= 3);
        for (int i = 0; i < lines.size() - 1; i++) {
            assertEquals(MARGIN, leftEdge(lines.get(i)), EPS);
            assertEquals(RIGHT_EDGE, rightEdge(lines.get(i)), EPS, "line " + i + " reaches the right margin");
        }
        List<PageItem.Text> last = lines.get(lines.size() - 1);
        assertTrue(rightEdge(last) < RIGHT_EDGE - 5, "the last line is set ragged: " + rightEdge(last));
        for (PageItem.Text t : last) {
            if (t.text().isBlank()) {
                assertEquals(5, t.width(), EPS, "spaces of the last line keep their width");
            }
        }
        // The same paragraph set LEFT is not stretched.
        List<List<PageItem.Text>> ragged = lineItems(run(para(LOREM)).pages().get(0));
        assertTrue(ragged.stream().limit(ragged.size() - 1).anyMatch(l -> rightEdge(l) < RIGHT_EDGE - 1));
    }

    @Test
    void justifyDoesNotStretchALineEndedByAForcedBreak() {
        List<List<PageItem.Text>> lines = lineItems(run(para("short\n" + LOREM, Align.JUSTIFY, false)).pages().get(0));
        assertEquals("short", text(lines.get(0)));
        assertEquals(MARGIN + 25, rightEdge(lines.get(0)), EPS);
    }

    @Test
    void centerCentres() {
        Layout.Result r = run(para("Centred title", Align.CENTER, false));
        List<PageItem.Text> line = lineItems(r.pages().get(0)).get(0);
        float leftGap = leftEdge(line) - MARGIN;
        float rightGap = RIGHT_EDGE - rightEdge(line);
        assertEquals(leftGap, rightGap, EPS);
        assertEquals((260 - 65) / 2f, leftGap, EPS);
    }

    @Test
    void centerCentresEveryLine() {
        Layout.Result r = run(para(LOREM, Align.CENTER, false));
        for (List<PageItem.Text> line : lineItems(r.pages().get(0))) {
            assertEquals(leftEdge(line) - MARGIN, RIGHT_EDGE - rightEdge(line), EPS, text(line));
        }
    }

    @Test
    void rightAlignSetsFlushRight() {
        List<PageItem.Text> line = lineItems(run(para("To the right", Align.RIGHT, false)).pages().get(0)).get(0);
        assertEquals(RIGHT_EDGE, rightEdge(line), EPS);
    }

    // ---- pagination -----------------------------------------------------------------------

    @Test
    void threePagesOfLines() {
        Layout.Result r = run(lines(75));
        assertEquals(3, r.pages().size());
        assertEquals(List.of(30, 30, 15), r.pages().stream().map(p -> lineItems(p).size()).toList());
        assertInsideTextArea(r);
        assertEquals("Line 31", lineTexts(r.pages().get(1)).get(0));
        for (Page p : r.pages()) {
            assertEquals(WIDTH, p.width());
            assertEquals(HEIGHT, p.height());
        }
        assertEquals(List.of(1, 2, 3), r.pages().stream().map(Page::number).toList());
    }

    @Test
    void footerShowsOnEveryPageWhenThereAreSeveral() {
        Layout.Result r = run(lines(75));
        for (Page p : r.pages()) {
            List<PageItem.Text> footers = p.items().stream().filter(i -> i instanceof PageItem.Text).map(i -> (PageItem.Text) i)
                    .filter(t -> t.text().startsWith("Page ")).toList();
            assertEquals(1, footers.size());
            PageItem.Text f = footers.get(0);
            assertEquals("Page " + p.number() + " of 3", f.text());
            assertTrue(f.y() > BOTTOM_EDGE && f.y() < HEIGHT, "in the bottom margin: " + f.y());
            assertEquals(8, f.size(), EPS);
            assertEquals(WIDTH / 2, f.x() + f.width() / 2, EPS, "centred on the page");
        }
    }

    @Test
    void noFooterOnASinglePage() {
        Layout.Result r = run(lines(30));
        assertEquals(1, r.pages().size());
        assertTrue(r.pages().get(0).items().stream()
                .noneMatch(i -> i instanceof PageItem.Text t && t.text().startsWith("Page ")));
    }

    @Test
    void noFooterWhenTheSetupHasNone() {
        PageSetup plain = new PageSetup(WIDTH, HEIGHT, MARGIN, MARGIN, MARGIN, MARGIN, null, FOOTER);
        Layout.Result r = new Layout(plain).run(lines(75));
        assertEquals(3, r.pages().size());
        assertTrue(r.pages().stream().flatMap(p -> p.items().stream())
                .noneMatch(i -> i instanceof PageItem.Text t && t.text().startsWith("Page")));
    }

    @Test
    void emptyInputGivesOneEmptyPage() {
        Layout.Result r = run(List.of());
        assertEquals(1, r.pages().size());
        assertTrue(r.pages().get(0).items().isEmpty());
    }

    @Test
    void keepWithNextLineNeverEndsAPage() {
        List<Block> blocks = new ArrayList<>(lines(29));
        blocks.add(para("Heading", Align.LEFT, true));
        blocks.add(para("After"));
        Layout.Result r = run(blocks);
        assertEquals(2, r.pages().size());
        List<String> page1 = lineTexts(r.pages().get(0));
        assertEquals(29, page1.size());
        assertEquals("Line 29", page1.get(28));
        assertEquals(List.of("Heading", "After"), lineTexts(r.pages().get(1)));

        // Without the rule the heading would have been the last line of page 1.
        List<Block> control = new ArrayList<>(lines(29));
        control.add(para("Heading"));
        control.add(para("After"));
        assertEquals("Heading", lineTexts(run(control).pages().get(0)).get(29));
    }

    @Test
    void chainOfKeepWithNextMovesTogether() {
        List<Block> blocks = new ArrayList<>(lines(28));
        blocks.add(para("Section", Align.LEFT, true));
        blocks.add(para("Entry title", Align.LEFT, true));
        blocks.add(para("Body"));
        Layout.Result r = run(blocks);
        assertEquals(28, lineTexts(r.pages().get(0)).size());
        assertEquals(List.of("Section", "Entry title", "Body"), lineTexts(r.pages().get(1)));
    }

    /** A paragraph of exactly {@code n} full lines. */
    private static Block.Paragraph paragraphOfLines(String tag, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            // 52 characters: exactly one line.
            sb.append(tag).append(i).append(' ').append("x".repeat(50 - tag.length()));
        }
        return para(sb.toString());
    }

    @Test
    void twoLineParagraphIsNeverSplit() {
        List<Block> blocks = new ArrayList<>(lines(29));
        blocks.add(paragraphOfLines("P", 2));
        Layout.Result r = run(blocks);
        assertEquals(lineItems(run(paragraphOfLines("P", 2)).pages().get(0)).size(), 2, "the paragraph takes two lines");
        assertEquals(2, r.pages().size());
        assertEquals(29, lineItems(r.pages().get(0)).size());
        List<String> page2 = lineTexts(r.pages().get(1));
        assertEquals(2, page2.size());
        assertTrue(page2.get(0).startsWith("P0"));
        assertTrue(page2.get(1).startsWith("P1"));
    }

    @Test
    void longParagraphLeavesNoOrphanOrWidow() {
        for (int before = 25; before <= 30; before++) {
            List<Block> blocks = new ArrayList<>(lines(before));
            blocks.add(paragraphOfLines("P", 5));
            Layout.Result r = run(blocks);
            for (Page page : r.pages()) {
                long mine = lineTexts(page).stream().filter(s -> s.startsWith("P")).count();
                assertTrue(mine == 0 || mine >= 2, before + " lines before: page " + page.number() + " has " + mine
                        + " line(s) of the paragraph");
            }
            assertEquals(before + 5, r.pages().stream().mapToInt(p -> lineItems(p).size()).sum(), "no line lost");
        }
    }

    @Test
    void paragraphSplitsWhereTheRulesAllow() {
        List<Block> blocks = new ArrayList<>(lines(27));
        blocks.add(paragraphOfLines("P", 5));
        Layout.Result r = run(blocks);
        assertEquals(30, lineItems(r.pages().get(0)).size(), "three lines of the paragraph stay on page 1");
        assertEquals(2, lineItems(r.pages().get(1)).size());
    }

    @Test
    void groupThatDoesNotFitMovesWhole() {
        List<Block> blocks = new ArrayList<>(lines(25));
        List<Block> inner = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            inner.add(para("Grouped " + i));
        }
        blocks.add(new Block.Group(inner));
        blocks.add(para("After"));
        Layout.Result r = run(blocks);
        assertEquals(2, r.pages().size());
        assertEquals(25, lineItems(r.pages().get(0)).size());
        List<String> page2 = lineTexts(r.pages().get(1));
        assertEquals("Grouped 1", page2.get(0));
        assertEquals("After", page2.get(10));

        // The same blocks without the group fill page 1.
        List<Block> control = new ArrayList<>(lines(25));
        control.addAll(inner);
        assertEquals(30, lineItems(run(control).pages().get(0)).size());
    }

    @Test
    void headingBeforeAGroupThatFillsAPageIsNotLeftAlone() {
        List<Block> blocks = new ArrayList<>(lines(10));
        blocks.add(para("Heading", Align.LEFT, true));
        List<Block> inner = new ArrayList<>();
        for (int i = 1; i <= LINES_PER_PAGE; i++) {
            inner.add(para("Grouped " + i));
        }
        blocks.add(new Block.Group(inner));
        Layout.Result r = run(blocks);
        for (Page page : r.pages()) {
            List<String> lines = lineTexts(page);
            assertNotEquals("Heading", lines.get(lines.size() - 1), "page " + page.number() + " ends with the heading: " + lines);
        }
        assertEquals(41, r.pages().stream().mapToInt(p -> lineItems(p).size()).sum(), "no line lost");
    }

    @Test
    void groupThatFitsStaysPut() {
        List<Block> blocks = new ArrayList<>(lines(20));
        blocks.add(new Block.Group(List.of(para("G1"), para("G2"))));
        Layout.Result r = run(blocks);
        assertEquals(1, r.pages().size());
        assertEquals(22, lineItems(r.pages().get(0)).size());
    }

    @Test
    void groupTallerThanAPageIsSplit() {
        List<Block> inner = new ArrayList<>(lines(45));
        Layout.Result r = run(para("Before"), new Block.Group(inner));
        assertEquals(2, r.pages().size());
        assertEquals(30, lineItems(r.pages().get(0)).size(), "a group that cannot fit any page does not leave page 1 empty");
        assertEquals(46, r.pages().stream().mapToInt(p -> lineItems(p).size()).sum());
    }

    @Test
    void spaceIsDroppedAtTheTopOfAPage() {
        List<Block> blocks = new ArrayList<>(lines(30));
        blocks.add(new Block.Space(50));
        blocks.add(Block.Paragraph.of(List.of(Run.of("Spaced", STYLE))).spaceBefore(20).build());
        Layout.Result r = run(blocks);
        PageItem.Text spaced = texts(r.pages().get(1)).get(0);
        assertEquals("Spaced", spaced.text());
        assertEquals(MARGIN + 9, spaced.y(), EPS);

        // Within a page the space counts.
        Layout.Result one = run(para("A"), new Block.Space(50),
                Block.Paragraph.of(List.of(Run.of("B", STYLE))).spaceBefore(20).build());
        List<PageItem.Text> t = texts(one.pages().get(0));
        assertEquals(12 + 50 + 20, t.get(1).y() - t.get(0).y(), EPS);
    }

    @Test
    void ruleIsDrawnAcrossTheTextWidth() {
        Layout.Result r = run(para("Title"), new Block.Rule(1, Rgb.BLACK, 2, 3, false), para("Body"));
        List<PageItem.Rule> rules = r.pages().get(0).items().stream().filter(i -> i instanceof PageItem.Rule)
                .map(i -> (PageItem.Rule) i).toList();
        assertEquals(1, rules.size());
        assertEquals(MARGIN, rules.get(0).x1(), EPS);
        assertEquals(RIGHT_EDGE, rules.get(0).x2(), EPS);
        assertEquals(MARGIN + 12 + 2 + 0.5f, rules.get(0).y1(), EPS);
        assertEquals(MARGIN + 12 + 2 + 1 + 3 + 9, texts(r.pages().get(0)).get(1).y(), EPS);
    }

    // ---- bookmarks ------------------------------------------------------------------------

    @Test
    void anchorMarksThePageOfTheFollowingLine() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Anchor("First"));
        blocks.addAll(lines(30));
        blocks.add(new Block.Anchor("Second"));
        blocks.add(para("Target"));
        Layout.Result r = run(blocks);
        assertEquals(2, r.pages().size());
        assertEquals(List.of(new Page.Bookmark("First", MARGIN)), r.pages().get(0).bookmarks());
        assertEquals(List.of(new Page.Bookmark("Second", MARGIN)), r.pages().get(1).bookmarks());
        assertEquals("Target", lineTexts(r.pages().get(1)).get(0));
    }

    @Test
    void anchorMidPagePointsAtItsLine() {
        List<Block> blocks = new ArrayList<>(lines(5));
        blocks.add(new Block.Anchor("Mid"));
        blocks.add(para("Target"));
        Layout.Result r = run(blocks);
        Page.Bookmark b = r.pages().get(0).bookmarks().get(0);
        assertEquals("Mid", b.title());
        assertEquals(MARGIN + 5 * 12, b.y(), EPS);
    }

    @Test
    void anchorFollowsItsHeadingToTheNextPage() {
        List<Block> blocks = new ArrayList<>(lines(29));
        blocks.add(new Block.Anchor("Section"));
        blocks.add(para("Heading", Align.LEFT, true));
        blocks.add(para("Body"));
        Layout.Result r = run(blocks);
        assertEquals(2, r.pages().size());
        assertTrue(r.pages().get(0).bookmarks().isEmpty(), r.pages().get(0).bookmarks().toString());
        assertEquals(List.of(new Page.Bookmark("Section", MARGIN)), r.pages().get(1).bookmarks());
    }

    // ---- fonts ----------------------------------------------------------------------------

    @Test
    void aWordThePrimaryFaceLacksALetterOfIsSetWhollyInTheFallbackAndMissingGlyphsAreBoxes() {
        SourcePos pos = new SourcePos(Path.of("t.yml"), 3, 5);
        String text = "a" + Character.toString(STAR) + "b, " + Character.toString(SNOWMAN);
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of(text, STYLE).at(pos))).build();
        Layout.Result r = run(p);
        List<PageItem.Text> t = texts(r);
        // "a★b" in one face, the fallback that has all its letters, not in two; its comma too.
        assertEquals(List.of("a★b,", " "), t.stream().map(PageItem.Text::text).toList());
        assertEquals(List.of("Fallback", "Regular"), t.stream().map(x -> x.face().name()).toList());
        assertEquals(List.of(new MissingGlyph(SNOWMAN, pos)), r.missingGlyphs());
        assertTrue(r.missingGlyphs().get(0).describe().contains("U+2603"));
        // The snowman no face has is a box, not text, where the space ends.
        List<PageItem.Missing> boxes = r.pages().get(0).items().stream().filter(i -> i instanceof PageItem.Missing)
                .map(i -> (PageItem.Missing) i).toList();
        assertEquals(1, boxes.size());
        assertEquals("☃", boxes.get(0).text());
        assertEquals(t.get(1).x() + t.get(1).width(), boxes.get(0).x(), EPS);
        assertEquals(5, boxes.get(0).width(), EPS);
    }

    @Test
    void aWordNoFaceHasAllTheLettersOfIsSplitAndAMarkStaysWithItsBase() {
        // ☃ is in no face: the word is split, "q" and its combining acute (no precomposed form,
        // so NFC keeps the two) in the primary face.
        String text = "q\u0301" + Character.toString(STAR) + Character.toString(SNOWMAN);
        Layout.Result r = run(Block.Paragraph.of(List.of(Run.of(text, STYLE))).build());
        List<PageItem.Text> t = texts(r);
        assertEquals(List.of("q\u0301", "★"), t.stream().map(PageItem.Text::text).toList());
        assertEquals(List.of("Regular", "Fallback"), t.stream().map(x -> x.face().name()).toList());
    }

    @Test
    void boldTheFamilyHasNoFaceForIsSynthesisedAndWider() {
        Face only = new FakeFace("Only", Set.of());
        TextStyle one = STYLE.withFamily(FontFamily.of(only)).withBold(true);
        Layout.Result r = run(Block.Paragraph.of(List.of(Run.of("ab", one))).build());
        PageItem.Text t = texts(r).get(0);
        assertEquals(new SyntheticFace(only, true, false), t.face());
        assertEquals(10 + SyntheticFace.BOLD_STROKE * 10, t.width(), EPS);
        // A family with a bold face of its own uses it as it is.
        assertEquals("Bold", texts(run(Block.Paragraph.of(List.of(Run.of("ab", STYLE.withBold(true)))).build())).get(0).face().name());
    }

    @Test
    void noMissingGlyphsForOrdinaryText() {
        assertTrue(run(para(LOREM)).missingGlyphs().isEmpty());
    }

    @Test
    void styleChoosesTheFace() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("plain ", STYLE), Run.of("bold", STYLE.withBold(true)),
                Run.of(" it", STYLE.withItalic(true)), Run.of(" both", STYLE.withBold(true).withItalic(true)))).build();
        List<String> faces = texts(run(p)).stream().filter(x -> !x.text().isBlank()).map(x -> x.face().name()).toList();
        assertEquals(List.of("Regular", "Bold", "Italic", "BoldItalic"), faces);
    }

    @Test
    void smallCapsWithoutTheFontsOwnAreCapitalsMadeSmallerHeavierAndSpaced() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("Education", STYLE.withSmallCaps(true)))).build();
        List<PageItem.Text> t = texts(run(p));
        assertEquals(List.of("E", "DUCATION"), t.stream().map(PageItem.Text::text).toList());
        assertEquals("ducation", t.get(1).actual());
        float small = 10 * ScaledCapitals.SCALE;
        assertEquals(small, t.get(1).size(), EPS);
        assertEquals(10, t.get(0).size(), EPS);
        ScaledCapitals face = assertInstanceOf(ScaledCapitals.class, t.get(1).face());
        // Eight letters of the fake face, a tracking between each two and the stroke's ink.
        assertEquals(8 * 0.5f * small + 7 * ScaledCapitals.TRACKING * small + ScaledCapitals.STROKE * small, t.get(1).width(), EPS);
        assertEquals(t.get(1).width(), face.width("DUCATION", small), EPS);
    }

    /** A face with small capitals of its own. */
    record WithSmallCaps(Face base, Face smallCaps) implements DerivedFace {
        @Override
        public String name() {
            return base.name() + " with small caps";
        }

        @Override
        public float width(String text, float size) {
            return base.width(text, size);
        }
    }

    /** The small capitals of a face that has them for every lower-case letter but "q". */
    @Test
    void smallCapsOfTheFontAreTheLettersAsWrittenInItsSmallCapFace() {
        Face small = new FakeFace("SmallCaps", Set.of((int) 'q'));
        Face withSmall = new WithSmallCaps(new FakeFace("Regular", Set.of()), small);
        FontFamily family = new FontFamily("Small", withSmall, withSmall, withSmall, withSmall, List.of());
        TextStyle style = STYLE.withFamily(family).withSmallCaps(true);
        List<PageItem.Text> t = texts(run(Block.Paragraph.of(List.of(Run.of("Iraqi", style))).build()));
        assertEquals(List.of("I", "ra", "Q", "i"), t.stream().map(PageItem.Text::text).toList());
        assertEquals(small, t.get(1).face());
        assertNull(t.get(1).actual(), "the letters are drawn as written");
        assertEquals(10, t.get(1).size(), EPS);
        assertEquals(0.5f * 10 * 2, t.get(1).width(), EPS);
        // "q" has no small capital of the font: a capital made smaller stands in for it.
        assertInstanceOf(ScaledCapitals.class, t.get(2).face());
        assertEquals("q", t.get(2).actual());
        assertEquals(small, t.get(3).face());
    }

    @Test
    void linkGetsOneAreaPerLine() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("see ", STYLE), Run.of("the linked words", STYLE).withLink("https://x.org")))
                .build();
        List<PageItem.Link> links = run(p).pages().get(0).items().stream().filter(i -> i instanceof PageItem.Link)
                .map(i -> (PageItem.Link) i).toList();
        assertEquals(1, links.size(), links.toString());
        PageItem.Link l = links.get(0);
        assertEquals("https://x.org", l.url());
        assertEquals(MARGIN + 20, l.x(), EPS);
        assertEquals(5 * "the linked words".length(), l.width(), EPS);
        assertNotEquals(0, l.height());
    }
}
