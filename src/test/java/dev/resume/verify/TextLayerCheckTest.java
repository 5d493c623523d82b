package dev.resume.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayerCheckTest {

    private static List<String> compare(String expected, String found) {
        List<String> problems = new ArrayList<>();
        TextLayerCheck.compare(TextLayerCheck.words(expected), TextLayerCheck.words(found), 1, problems);
        return problems;
    }

    @Test
    void sameWordsPass() {
        assertEquals(List.of(), compare("My research lies at the intersection", "My  research lies\nat the intersection"));
    }

    @Test
    void aWordSplitByTheExtractorStillCounts() {
        assertEquals(List.of(), compare("GPA: 3.8/4.0 Turing", "GP A: 3.8/4.0 T uring"));
    }

    @Test
    void ligaturesAndCaseAreFolded() {
        assertEquals(List.of(), compare("efficient Office", "eﬃcient OFFICE"));
    }

    @Test
    void aMissingWordFails() {
        List<String> p = compare("one two three four", "one three four");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("'two'"), p.toString());
    }

    @Test
    void gluedWordsFail() {
        List<String> p = compare("research lies here", "researchlies here");
        assertTrue(p.get(0).contains("run together"), p.toString());
    }

    @Test
    void wordsOutOfOrderFail() {
        List<String> p = compare("alpha beta gamma delta", "alpha gamma beta delta");
        assertTrue(!p.isEmpty(), "a swap is reported");
    }

    @Test
    void aWordHyphenatedAtALineEndPassesWithOrWithoutItsHyphen() {
        // As drawn: "ty-" at a line's end, "pography" at the next one's start.
        assertEquals(List.of(), compare("we study ty- pography here", "we study ty-\npography here"));
        assertEquals(List.of(), compare("we study ty- pography here", "we study typography here"));
        assertEquals(List.of(), compare("we study ty- pography, here", "we study typography, here"));
        assertTrue(!compare("we study ty- pography here", "we study ty here").isEmpty(), "a lost part is reported");
    }

    @Test
    void aReversedRtlWordFails() {
        // Both sides in drawing order: a right-to-left word is met from its last letter.
        String drawn = new StringBuilder("حداد").reverse() + " " + new StringBuilder("ليلى").reverse();
        assertEquals(List.of(), compare(drawn, drawn));
        List<String> p = compare(drawn, "حداد " + new StringBuilder("ليلى").reverse());
        assertTrue(!p.isEmpty() && p.get(0).contains("دادح"), p.toString());
    }

    @Test
    void ideographsAreComparedOneByOne() {
        assertEquals(List.of(), compare("林晓雯 分布式系统", "林晓\n雯 分布 式系统"));
        List<String> p = compare("林晓雯 分布式系统", "林雯 分布式系统");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("'晓'"), p.toString());
    }

    @Test
    void aDroppedDevanagariVowelSignFails() {
        assertEquals(List.of(), compare("प्रिया शर्मा", "प्रिया शर्मा"));
        assertTrue(!compare("प्रिया शर्मा", "प्रया शर्मा").isEmpty(), "a lost matra is reported");
    }

    @Test
    void combiningAccentsAreComposedOnBothSides() {
        assertEquals(List.of(), compare("José Müller", "Jose \u0301 Mu\u0308ller"));
        assertTrue(!compare("José", "Jose").isEmpty(), "a lost accent is reported");
    }

    /** As the check compares a line: both sides seen left to right, put into reading order, cut into words. */
    private static List<String> compareSeen(String expectedSeen, String foundSeen) {
        List<String> problems = new ArrayList<>();
        TextLayerCheck.compare(TextLayerCheck.words(ReadingOrder.logical(expectedSeen)),
                TextLayerCheck.words(ReadingOrder.logical(foundSeen)), 1, problems);
        return problems;
    }

    private static String seen(String logicalRtl) {
        return new StringBuilder(logicalRtl).reverse().toString();
    }

    @Test
    void aRightToLeftLineIsReadInLogicalOrderAndAReversedWordFails() {
        // "ليلى حداد" seen from the left: its last letter first; read back as typed.
        String line = seen("ليلى حداد");
        assertEquals("ليلى حداد", ReadingOrder.logical(line));
        assertEquals(List.of(), compareSeen(line, line));
        // The glyphs of "حداد" drawn in typed order from the left: a reader gets it backwards.
        List<String> p = compareSeen(line, "حداد" + " " + seen("ليلى"));
        assertTrue(!p.isEmpty() && p.toString().contains("حداد"), p.toString());
    }

    @Test
    void bracketsInRightToLeftTextAreMirroredBack() {
        // Typed "עברית (שפת אם)": seen from the left, the line is turned round and each bracket
        // shows mirrored (the opening one, at the right, opens to the left).
        assertEquals("עברית (שפת אם)", ReadingOrder.logical("(םא תפש) תירבע"));
    }

    @Test
    void aMissingHangulSyllableFails() {
        assertEquals(List.of(), compare("컴퓨터 비전과", "컴퓨터 비전과"));
        List<String> p = compare("컴퓨터 비전과", "컴터 비전과");
        assertTrue(!p.isEmpty() && p.get(0).contains("컴퓨터"), p.toString());
    }

    @Test
    void aGreekWordThatLosesItsAccentFails() {
        assertEquals(List.of(), compare("διδακτορικό στην", "ΔΙΔΑΚΤΟΡΙΚΌ στην"));
        List<String> p = compare("διδακτορικό στην", "διδακτορικο στην");
        assertTrue(!p.isEmpty() && p.get(0).contains("διδακτορικό"), p.toString());
    }

    @Test
    void invisibleCharactersAreNotAskedFor() {
        // An emoji ZWJ sequence and a word joiner, read with or without their joiners.
        assertEquals(List.of(), compare("👩\u200D💻 co\u2060op", "👩💻 coop"));
        assertTrue(!compare("👩\u200D💻 coop", "👩 coop").isEmpty(), "a lost emoji is reported");
    }

    @Test
    void aGlyphThatReadsAsAnotherCharacterFails() {
        // Noto Sans CJK draws U+30FB and U+2027 with one glyph; its ToUnicode entry must be the one drawn.
        String p = GlyphTruth.check("発・", "発\u2027");
        assertTrue(p != null && p.contains("U+2027") && p.contains("U+30FB"), String.valueOf(p));
        assertEquals(null, GlyphTruth.check("発・", "発・"));
    }

    @Test
    void glyphsMayComeInAnotherOrderOrStandForSeveralLetters() {
        assertEquals(null, GlyphTruth.check("efficient", "eﬃcient"), "a ligature glyph");
        assertEquals(null, GlyphTruth.check("office", "oﬃce"), "a ligature character");
        assertEquals(null, GlyphTruth.check("प्रिया", "िप्रया"), "a vowel sign drawn before its consonant");
        assertEquals(null, GlyphTruth.check("Ελένη", "ΕΛΈΝΗ"), "small capitals");
        assertEquals(null, GlyphTruth.check("(", ")"), "a mirrored bracket");
        assertEquals(null, GlyphTruth.check("a\u00A0b", "a b"), "a no-break space");
        assertTrue(GlyphTruth.check("प्रिया", "चप्रया") != null, "a consonant that is not in the word");
    }
}
