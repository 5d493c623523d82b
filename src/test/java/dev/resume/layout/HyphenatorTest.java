package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.text.LanguageTag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static Hyphenator of(String tag) {
        return Hyphenator.of(LanguageTag.parse(tag));
    }

    /**
     * Words of each language with the breaks its patterns give, each a legal break by that
     * language's rules: "rr" and "ll" are one Spanish letter, French breaks after "l’", Turkish
     * lower-cases "İ" to "i" (one letter, so the offsets hold), and English patterns would break
     * "Daten-banken-twick-lung" where German ones find the parts.
     */
    private static final String[][] KNOWN = {
        {"de", "Sil-ben-tren-nung", "Da-ten-bank-ent-wick-lung", "Stra-ßen-bahn"},
        {"fr", "hy-phé-na-tion", "dé-ve-lop-pe-ment", "l’in-for-ma-tique"},
        {"ru", "пе-ре-нос", "уни-вер-си-тет"},
        {"es", "de-sa-rro-llo", "uni-ver-si-dad"},
        {"it", "svi-lup-pa-to-re"},
        {"nl", "ont-wik-ke-laar"},
        {"pl", "do-świad-cze-nie"},
        {"sv", "ut-veck-ling"},
        {"pt", "pro-gra-ma-ção"},
        {"el", "Πα-νε-πι-στή-μιο"},
        {"hu", "fej-lesz-tés"},
        {"tr", "İs-tan-bul"},
    };

    @Test
    void eachLanguageBreaksItsWordsAtItsOwnPoints() {
        for (String[] row : KNOWN) {
            for (int i = 1; i < row.length; i++) {
                assertEquals(row[i], of(row[0]).hyphenate(row[i].replace("-", "")), row[0]);
            }
        }
    }

    @Test
    void theExceptionsFileOverridesThePatterns() {
        // hyph-pl.hyp.txt: by-naj-mniej; hyph-ru.hyp.txt: "бездн" is not to be broken at all.
        assertEquals("by-naj-mniej", of("pl").hyphenate("bynajmniej"));
        assertEquals("бездн", of("ru").hyphenate("бездн"));
    }

    @Test
    void eachLanguageKeepsItsMinimums() {
        String[] words = {"Silbentrennung", "abcdefghij", "développement", "программирование", "desenvolvimento", "Πανεπιστήμιο",
            "aeiouaeiou", "informatica"};
        for (HyphenationLanguage l : HyphenationLanguage.ALL) {
            Hyphenator h = Hyphenator.of(LanguageTag.parse(l.tag()));
            for (String w : words) {
                for (int p : h.points(w)) {
                    assertTrue(p >= l.leftMin() && w.length() - p >= l.rightMin(), l.tag() + ": " + w + " breaks at " + p);
                }
            }
        }
        // Portuguese keeps three letters after a break ("desenvolvimen-to" would leave two), German two ("Sil-be").
        assertEquals("de-sen-vol-vi-mento", of("pt").hyphenate("desenvolvimento"));
        assertEquals(2, of("de").language().rightMin());
    }

    @Test
    void aLanguageWithoutPatternsIsNotHyphenatedAtAll() {
        for (String tag : new String[] {"zh", "zh-Hans", "ja", "ko", "th", "lo", "km", "ar", "he", "fa", "ur", "hi", "cs", "sr"}) {
            assertNull(of(tag), tag + " has no patterns: never another language's");
        }
        assertNull(Hyphenator.of(null));
    }

    @Test
    void aRegionTakesItsLanguagesPatternsUnlessItHasItsOwn() {
        assertEquals("de", of("de-AT").language().tag());
        assertEquals("de", of("de-CH").language().tag());
        assertEquals("pt", of("pt-BR").language().tag());
        assertEquals("en", of("en-US").language().tag());
        assertEquals("en-GB", of("en-GB").language().tag());
        assertEquals("ty-po-graphy", of("en-GB").hyphenate("typography"), "British patterns break by the word's parts");
        assertSame(of("nb"), of("nn"), "Nynorsk's patterns are Bokmål's file");
        assertSame(of("nb"), of("no"));
    }

    @Test
    void aWordOutsideThePatternsScriptIsNotTheirs() {
        assertTrue(of("de").covers("Müller"));
        assertFalse(of("de").covers("перенос"));
        assertFalse(of("ru").covers("typography"));
        assertFalse(of("en").covers("перенос"));
        assertTrue(of("el").covers("Πανεπιστήμιο"));
    }

    @Test
    void patternsAreReadOnceAndKept() {
        Hyphenator first = of("fr");
        assertSame(first, of("fr-CA"));
        assertEquals(1, Hyphenator.reads("fr"), "read once, whoever asked first");
    }

    /**
     * The table's minimums are the source's own: each file's header (kept beside it, with the
     * licence) gives TeX's typesetting minimums, or those the patterns were generated with.
     */
    @Test
    void everyLanguageHasItsPatternsAndLicenceAndTheSourcesMinimums() throws IOException {
        for (HyphenationLanguage l : HyphenationLanguage.ALL) {
            if (l == HyphenationLanguage.ENGLISH) {
                String dic = resource(l.file());
                assertTrue(dic.contains("LEFTHYPHENMIN " + l.leftMin()) && dic.contains("RIGHTHYPHENMIN " + l.rightMin()));
                continue;
            }
            assertNotNull(Hyphenator.class.getResource("/hyphen/" + l.file() + ".pat.txt"), l.file());
            String header = resource(l.file() + ".lic.txt");
            assertTrue(header.contains("% licence:"), l.file() + " has its licence");
            // TeX's typesetting minimums where the header gives them, else those the patterns were made with.
            Matcher m = minimums("typesetting").matcher(header);
            if (!m.find()) {
                m = minimums("generation").matcher(header);
                assertTrue(m.find(), l.file() + " states its minimums");
            }
            assertEquals(m.group(1) + "/" + m.group(2), l.leftMin() + "/" + l.rightMin(), l.file());
        }
    }

    private static Pattern minimums(String kind) {
        return Pattern.compile("% hyphenmins:(?:\\n%.*)*?\\n%\\s*" + kind + ":\\s*\\n%\\s*left:\\s*(\\d+)\\s*\\n%\\s*right:\\s*(\\d+)");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Hyphenator.class.getResourceAsStream("/hyphen/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
