package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An underline skips the letters whose descenders would cross it, and nothing else. */
class UnderlineTest {
    /** Every character here half the size wide (HyphenationBreakTest's face): a character's place is easy to tell. */
    private static final Face MONO = new HyphenationBreakTest.Proportional("mono");

    private static Placed piece(String text, float width) {
        return new Placed(0, width, text, null, MONO, 10, Rgb.BLACK, true, null, false, false);
    }

    @Test
    void aWordWithoutDescendersIsUnderlinedWhole() {
        List<PageItem.Rule> rules = Underline.under(piece("honor", 25), 100, 700);
        assertEquals(1, rules.size());
        assertEquals(100, rules.get(0).x1(), 1e-3);
        assertEquals(125, rules.get(0).x2(), 1e-3);
        assertTrue(rules.get(0).y1() > 700, "below the baseline");
    }

    @Test
    void theLineBreaksAroundEachDescenderWithAGapOnEitherSide() {
        // "Top 1%": the p stands from 10 to 15.
        List<PageItem.Rule> rules = Underline.under(piece("Top 1%", 30), 0, 700);
        assertEquals(2, rules.size());
        assertTrue(rules.get(0).x1() == 0 && rules.get(0).x2() < 10, "up to the p, and a little before it");
        assertTrue(rules.get(1).x1() > 15 && rules.get(1).x2() == 30, "from a little after the p to the end");
        for (PageItem.Rule r : rules) {
            assertEquals(r.y1(), r.y2(), 1e-6);
        }
    }

    @Test
    void aStretchedPieceHasItsGapsStretchedWithIt() {
        // Set at twice its natural width: the y of "ay" stands from 10 to 20.
        List<float[]> gaps = Underline.gaps(piece("ay", 20));
        assertEquals(1, gaps.size());
        assertEquals(10, gaps.get(0)[0], 1e-3);
        assertEquals(20, gaps.get(0)[1], 1e-3);
    }

    @Test
    void lettersWithACedillaOrAnOgonekDescendAsDoCommasAndParentheses() {
        for (int cp : "çąę,;()gjpqy".codePoints().toArray()) {
            assertTrue(Underline.descends(cp), new String(Character.toChars(cp)));
        }
        for (int cp : "aehonxé1%.".codePoints().toArray()) {
            assertTrue(!Underline.descends(cp), new String(Character.toChars(cp)));
        }
    }
}
