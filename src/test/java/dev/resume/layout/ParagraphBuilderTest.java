package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paragraph builder: its defaults, and that each named value lands in its own component. */
class ParagraphBuilderTest {
    private static final TextStyle STYLE = new TextStyle(FontFamily.of(new LayoutTest.FakeFace("Regular", java.util.Set.of())), 10,
            false, false, Rgb.BLACK, false, false);
    private static final dev.resume.text.LanguageTag GERMAN = dev.resume.text.LanguageTag.parse("de");
    private static final List<Run> TEXT = List.of(Run.of("text", STYLE));

    @Test
    void unnamedValuesAreAPlainParagraph() {
        assertEquals(new Block.Paragraph(TEXT, List.of(), null, 0, 0, Align.LEFT, 1.2f, 0, false, null, List.of(), Hyphenator.SHORTEST_WORD,
                dev.resume.text.LanguageTag.ENGLISH, Block.Direction.AUTO, Tag.PARAGRAPH), Block.Paragraph.of(TEXT).build());
    }

    @Test
    void everyValueGoesWhereItIsNamed() {
        List<Run> right = List.of(Run.of("2024", STYLE));
        Run marker = Run.of("•", STYLE);
        Block.Aside aside = new Block.Aside(right, 50, Align.RIGHT);
        List<Block.Bar> bars = List.of(new Block.Bar(0, 10, false, 3, 1, Rgb.BLACK));
        Block.Paragraph built = Block.Paragraph.of(TEXT).right(right).marker(marker, 5).indent(20).align(Align.JUSTIFY).leading(1.4f)
                .spaceBefore(6).keepWithNext(true).aside(aside).bars(bars).hyphenMinWord(7).language(GERMAN)
                .direction(Block.Direction.DOCUMENT).tag(Tag.item(3, 1)).build();
        assertEquals(new Block.Paragraph(TEXT, right, marker, 20, 5, Align.JUSTIFY, 1.4f, 6, true, aside, bars, 7, GERMAN,
                Block.Direction.DOCUMENT, Tag.item(3, 1)), built);
        assertEquals(built, built.toBuilder().build(), "toBuilder keeps every value");
        assertEquals(33, built.toBuilder().indent(33).build().indent(), 0);
    }
}
