package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A word longer than a line is cut into lines, measuring only about as much of it as each line
 * holds. Measuring the whole rest of the word at every cut took time in the square of its
 * length: 23 s for a word of 100 000 characters, and a 3-million-character word never ended.
 */
class LongWordTest {
    /** Every character 0.5 × size wide; counts the characters it is asked to measure. */
    static final class CountingFace implements Face {
        long measured;

        @Override
        public String name() {
            return "Counting";
        }

        @Override
        public float width(String text, float size) {
            measured += text.length();
            return 0.5f * size * text.codePointCount(0, text.length());
        }

        @Override
        public boolean canDisplay(int codePoint) {
            return true;
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

    /** Lays out one paragraph of {@code text}, 10 pt in a 260 pt text width: 52 characters a line. */
    private static List<String> lines(CountingFace face, String text) {
        FontFamily family = new FontFamily("Counting", face, face, face, face, List.of());
        TextStyle style = new TextStyle(family, 10, false, false, Rgb.BLACK, false, false);
        PageSetup setup = new PageSetup(300, 100_000, 20, 20, 20, 20, null, style);
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of(text, style))).build();
        Layout.Result r = new Layout(setup).run(List.of(p));
        return r.pages().stream().flatMap(page -> page.items().stream())
                .filter(i -> i instanceof PageItem.Text).map(i -> ((PageItem.Text) i).text())
                .collect(Collectors.toList());
    }

    @Test
    void aLongWordIsCutIntoFullLinesMeasuringLittleMoreThanItself() {
        CountingFace face = new CountingFace();
        String word = "x".repeat(100_000);
        List<String> lines = lines(face, word);
        assertEquals(word, String.join("", lines), "no character is lost");
        for (String line : lines.subList(0, lines.size() - 1)) {
            // 52 characters a line, less the one whose room the cut's mark takes.
            assertEquals(51, line.length(), "each line but the last is full");
        }
        assertTrue(face.measured < 40L * word.length(),
                "measured " + face.measured + " characters for a word of " + word.length());
    }

    @Test
    void aLongWordOfAstralCharactersIsCutBetweenCharacters() {
        CountingFace face = new CountingFace();
        String word = "\uD83D\uDE00".repeat(5_000) + "x";
        List<String> lines = lines(face, word);
        assertEquals(word, String.join("", lines));
        for (String line : lines) {
            assertFalse(Character.isLowSurrogate(line.charAt(0)), "a line starts with half a character");
            assertFalse(Character.isHighSurrogate(line.charAt(line.length() - 1)), "a line ends with half a character");
        }
        assertEquals(51, lines.get(0).codePointCount(0, lines.get(0).length()));
    }

    /** The pages of one paragraph of {@code text}, 10 pt in a 260 pt text width. */
    private static List<Page> pages(String text) {
        CountingFace face = new CountingFace();
        FontFamily family = new FontFamily("Counting", face, face, face, face, List.of());
        TextStyle style = new TextStyle(family, 10, false, false, Rgb.BLACK, false, false);
        PageSetup setup = new PageSetup(300, 100_000, 20, 20, 20, 20, null, style);
        return new Layout(setup).run(List.of(Block.Paragraph.of(List.of(Run.of(text, style))).build())).pages();
    }

    private static List<PageItem.Rule> marks(List<Page> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).filter(i -> i instanceof PageItem.Rule)
                .map(i -> (PageItem.Rule) i).toList();
    }

    @Test
    void aWordCutAtNoSeparatorShowsAMarkAtEachCutWithinTheLine() {
        List<Page> pages = pages("x".repeat(200));
        List<PageItem.Rule> marks = marks(pages);
        assertEquals(3, marks.size(), "200 characters in lines of 51: three cuts, each marked");
        for (PageItem.Rule mark : marks) {
            assertTrue(mark.x2() <= 280 + 0.01f, "the mark stays inside the right margin: " + mark);
            assertTrue(mark.x1() >= 20 + 51 * 5, "the mark follows the line's text: " + mark);
        }
        assertEquals("x".repeat(200), pages.get(0).items().stream().filter(i -> i instanceof PageItem.Text)
                .map(i -> ((PageItem.Text) i).text()).collect(Collectors.joining()), "the mark is no text");
    }

    @Test
    void aUrlIsCutAfterItsSlashesWithNoMark() {
        String url = "https://example.org/" + "abcdefghi/".repeat(20);
        List<Page> pages = pages(url);
        assertTrue(marks(pages).isEmpty(), "no mark where the URL breaks at its own slashes");
        List<String> lines = pages.get(0).items().stream().filter(i -> i instanceof PageItem.Text)
                .map(i -> ((PageItem.Text) i).text()).toList();
        assertTrue(lines.size() > 2, "the URL takes several lines: " + lines);
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.endsWith("/"), "each line ends after a slash: " + line);
        }
    }
}
