package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Right-to-left paragraphs, with a fake font whose every character is half the size wide. */
class BidiLayoutTest {
    private static final Face FACE = new LayoutTest.FakeFace("Regular", Set.of());
    private static final FontFamily FAMILY = new FontFamily("Fake", FACE, FACE, FACE, FACE, FontFamily.ofFaces(List.of()));
    private static final TextStyle STYLE = new TextStyle(FAMILY, 10, false, false, Rgb.BLACK, false, false);
    private static final float WIDTH = 300;
    private static final float MARGIN = 20;
    private static final PageSetup SETUP = new PageSetup(WIDTH, 400, MARGIN, MARGIN, MARGIN, MARGIN, "", STYLE.withSize(8));

    private static List<PageItem.Text> words(Block... blocks) {
        Page page = new Layout(SETUP).run(List.of(blocks)).pages().get(0);
        return page.items().stream().filter(i -> i instanceof PageItem.Text t && !t.text().isBlank() && t.y() < 380)
                .map(i -> (PageItem.Text) i).sorted(Comparator.comparingDouble(PageItem.Text::y).thenComparingDouble(PageItem.Text::x))
                .toList();
    }

    private static List<String> leftToRight(List<PageItem.Text> words) {
        return words.stream().map(PageItem.Text::text).toList();
    }

    @Test
    void anRtlParagraphIsSetFromTheRightWithItsLatinRunAndNumberInTheirOwnOrder() {
        // Logical: "استخدام PyTorch و Kubernetes في 2 مليون"
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("استخدام PyTorch و Kubernetes في 2 مليون", STYLE))).build();
        List<PageItem.Text> w = words(p);
        assertEquals(List.of("مليون", "2", "في", "Kubernetes", "و", "PyTorch", "استخدام"), leftToRight(w));
        // Aligned right: the first word (rightmost) ends at the right margin.
        PageItem.Text first = w.get(w.size() - 1);
        assertEquals(WIDTH - MARGIN, first.x() + first.width(), 0.01f);
        assertTrue(w.get(0).x() > MARGIN + 50, "ragged on the left");
    }

    @Test
    void aNumberWithPunctuationInsideArabicIsCutByLevel() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("بدقة 94%.", STYLE))).build();
        // After Arabic letters digits are an Arabic number (UAX #9, W2), and the per cent sign and
        // full stop belong to the sentence: seen at its left end, "%94" as in any browser.
        // In Arabic the digits are an Arabic number (rule W2), so "%" and "." belong to the
        // right-to-left sentence and are seen to the left of it, in that order turned round.
        assertEquals(List.of(".%", "94", "بدقة"), leftToRight(words(p)));
    }

    @Test
    void anRtlBulletHangsOnTheRightAndItsTextIsIndentedFromTheRight() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("نص البند", STYLE))).marker(Run.of("•", STYLE), 5).indent(20)
                .align(Align.JUSTIFY).build();
        List<PageItem.Text> w = words(p);
        PageItem.Text bullet = w.stream().filter(t -> t.text().equals("•")).findFirst().orElseThrow();
        PageItem.Text first = w.stream().filter(t -> t.text().equals("نص")).findFirst().orElseThrow();
        PageItem.Text second = w.stream().filter(t -> t.text().equals("البند")).findFirst().orElseThrow();
        // The last (only) line of a justified RTL paragraph is flush right, at the indent.
        assertEquals(WIDTH - MARGIN - 20, first.x() + first.width(), 0.01f);
        assertEquals(WIDTH - MARGIN - 20 + 5, bullet.x(), 0.01f);
        assertTrue(second.x() < first.x(), "the second word to the left of the first");
    }

    @Test
    void datesOfAnRtlEntryGoToTheLeft() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("الجامعة الأردنية", STYLE))).right(List.of(Run.of("2019 – 2021", STYLE)))
                .build();
        List<PageItem.Text> w = words(p);
        assertEquals(MARGIN, w.get(0).x(), 0.01f);
        // Read from the right: 2019 – 2021.
        assertEquals(List.of("2021", "–", "2019"), leftToRight(w).subList(0, 3));
        PageItem.Text title = w.get(w.size() - 1);
        assertEquals("الجامعة", title.text());
        assertEquals(WIDTH - MARGIN, title.x() + title.width(), 0.01f);
    }

    @Test
    void aLatinParagraphIsUnchanged() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("one two", STYLE))).build();
        List<PageItem.Text> w = words(p);
        assertEquals(List.of("one", "two"), leftToRight(w));
        assertEquals(MARGIN, w.get(0).x(), 0.01f);
    }
}
