package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HyphenatorTest {
    private static final Hyphenator EN = Hyphenator.english();

    @Test
    void texBreaksForEnglishWords() {
        assertEquals("ty-pog-ra-phy", EN.hyphenate("typography"));
        assertEquals("hy-phen-ation", EN.hyphenate("hyphenation"));
        // hyphen.tex alone gives in-fras-truc-ture; the TUGboat exceptions in the file correct it.
        assertEquals("in-fra-struc-ture", EN.hyphenate("infrastructure"));
        assertEquals("al-go-rithm", EN.hyphenate("algorithm"));
        assertEquals("com-pu-ta-tional", EN.hyphenate("computational")); // not "-al": three letters after a break
        assertEquals("dis-trib-uted", EN.hyphenate("distributed"));
        assertEquals("ef-fi-cient", EN.hyphenate("efficient"));
        assertEquals("Uni-ver-sity", EN.hyphenate("University"));
    }

    @Test
    void fragmentsKeepTwoLettersBeforeAndThreeAfter() {
        // "ma-chine" would leave... fine; "reading" may not break as "readi-ng" nor "r-eading".
        for (String word : new String[] {"reading", "ideas", "about", "going", "table", "every"}) {
            for (int p : EN.points(word)) {
                assertEquals(true, p >= 2 && word.length() - p >= 3, word + " breaks at " + p);
            }
        }
        assertEquals("ideas", EN.hyphenate("ideas"));
        assertEquals("cat", EN.hyphenate("cat"));
    }
}
