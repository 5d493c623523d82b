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
}
