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

    @Test
    void eachLanguageBreaksItsWordsAtItsOwnPoints() {
        assertEquals("Sil-ben-tren-nung", of("de").hyphenate("Silbentrennung"));
        // English patterns on German words: "Daten-banken-twick-lung"; German ones find the parts.
        assertEquals("Da-ten-bank-ent-wick-lung", of("de").hyphenate("Datenbankentwicklung"));
        assertEquals("Stra-ßen-bahn", of("de").hyphenate("Straßenbahn"));
        assertEquals("hy-phé-na-tion", of("fr").hyphenate("hyphénation"));
        assertEquals("dé-ve-lop-pe-ment", of("fr").hyphenate("développement"));
        // Both apostrophes: the French patterns give l' (and l’) a point of its own, after it.
        assertEquals("l’in-for-ma-tique", of("fr").hyphenate("l’informatique"));
        assertEquals("пе-ре-нос", of("ru").hyphenate("перенос"));
        assertEquals("уни-вер-си-тет", of("ru").hyphenate("университет"));
        assertEquals("de-sa-rro-llo", of("es").hyphenate("desarrollo")); // "rr" and "ll" are one letter each
        assertEquals("uni-ver-si-dad", of("es").hyphenate("universidad"));
        assertEquals("svi-lup-pa-to-re", of("it").hyphenate("sviluppatore"));
        assertEquals("ont-wik-ke-laar", of("nl").hyphenate("ontwikkelaar"));
        assertEquals("do-świad-cze-nie", of("pl").hyphenate("doświadczenie"));
        assertEquals("ut-veck-ling", of("sv").hyphenate("utveckling"));
        assertEquals("pro-gra-ma-ção", of("pt").hyphenate("programação"));
        assertEquals("Πα-νε-πι-στή-μιο", of("el").hyphenate("Πανεπιστήμιο"));
        assertEquals("fej-lesz-tés", of("hu").hyphenate("fejlesztés"));
        // Turkish lower case: "İ" is "i" and "I" is "ı", one letter each, so the offsets hold.
        assertEquals("İs-tan-bul", of("tr").hyphenate("İstanbul"));
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
