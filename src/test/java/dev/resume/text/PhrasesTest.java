package dev.resume.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in tables of words: each file's keys, the fallback chain, what every table must give. */
class PhrasesTest {
    private static final Path FOLDER = Path.of("src/main/resources/locale");

    private static Phrases of(String tag) {
        return Phrases.of(LanguageTag.parse(tag));
    }

    /** Every language with a table of its own (not the aliases). */
    static List<String> tables() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.equals("aliases.properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().forEach(out::add);
        }
        return out;
    }

    @Test
    void atLeastTwentyFiveLanguagesHaveTables() throws IOException {
        List<String> t = tables();
        assertTrue(t.size() >= 25, t.toString());
        for (String tag : List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ru", "uk", "el",
                "tr", "ar", "he", "fa", "hi", "zh-Hans", "zh-Hant", "ja", "ko", "vi", "id")) {
            assertTrue(t.contains(tag), tag + " has a table");
        }
    }

    @Test
    void everyTableHasItsRowInTheLanguagesTableOfTheDocs() throws IOException {
        String doc = Files.readString(Path.of("docs/format.md"), StandardCharsets.UTF_8);
        doc = doc.substring(doc.indexOf("### Built-in languages"));
        for (String tag : tables()) {
            Phrases p = of(tag);
            String row = doc.lines().filter(l -> l.startsWith("| `" + tag + "` |")).findFirst().orElse(null);
            assertNotNull(row, "docs/format.md, Built-in languages: a row for " + tag);
            assertTrue(row.contains("| " + p.get(Phrase.PRESENT) + " |") && row.contains(p.get(Phrase.CV_TITLE)), row);
        }
    }

    @Test
    void everyKeyOfEveryTableIsAPhraseOrTheDirection() throws IOException {
        for (String tag : tables()) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(FOLDER.resolve(tag + ".properties"), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                assertTrue(Phrase.byKey(key) != null || key.equals("direction"), tag + ".properties: unknown key '" + key + "'");
            }
            if (p.containsKey("direction")) {
                assertTrue(Set.of("ltr", "rtl").contains(p.getProperty("direction")), tag + ": direction is ltr or rtl");
            }
            assertNotNull(LanguageTag.parse(tag), tag + " is a language tag");
        }
    }

    @Test
    void englishGivesEveryPhraseAndTheOthersFallBackToIt() {
        for (Phrase p : Phrase.values()) {
            assertFalse(Phrases.of(LanguageTag.ENGLISH).get(p).isBlank(), p.key());
        }
        // Swahili has dates from the CLDR but no table: its words are English.
        Phrases sw = of("sw");
        assertEquals("Present", sw.get(Phrase.PRESENT));
        assertEquals("Page {page} of {pages}", sw.get(Phrase.PAGE_FOOTER));
    }

    @Test
    void everyTablesFooterNumbersThePages() throws IOException {
        for (String tag : tables()) {
            String footer = of(tag).get(Phrase.PAGE_FOOTER);
            PageTemplate.Ok ok = assertInstanceOf(PageTemplate.Ok.class, PageTemplate.parse(footer), tag + ": " + footer);
            assertTrue(ok.template().fields().containsAll(Set.of(PageTemplate.Field.PAGE, PageTemplate.Field.PAGES)), tag + ": " + footer);
        }
    }

    @Test
    void brazilianPortugueseFallsBackToPortugueseThenEnglish() {
        assertEquals(List.of("pt-BR", "pt", "en"), Phrases.chain(LanguageTag.parse("pt-BR")));
        Phrases br = of("pt-BR");
        assertEquals("Currículo", br.get(Phrase.CV_TITLE), "pt-BR's own");
        assertEquals("atual", br.get(Phrase.PRESENT), "pt's");
        assertEquals(of("pt").get(Phrase.PAGE_FOOTER), br.get(Phrase.PAGE_FOOTER));
        assertEquals("Curriculum vitae", of("pt").get(Phrase.CV_TITLE));
        assertEquals("«", of("pt-PT").get(Phrase.QUOTE_OPEN), "pt-PT's own marks");
        assertEquals("“", br.get(Phrase.QUOTE_OPEN));
    }

    @Test
    void chineseFindsItsScriptByRegionOrAlone() {
        assertEquals("至今", of("zh").get(Phrase.PRESENT));
        assertEquals("简历", of("zh").get(Phrase.CV_TITLE));
        assertEquals("简历", of("zh-CN").get(Phrase.CV_TITLE));
        assertEquals("履歷", of("zh-TW").get(Phrase.CV_TITLE));
        assertEquals("履歷", of("zh-Hant-HK").get(Phrase.CV_TITLE));
        assertEquals("Lebenslauf", of("de-AT").get(Phrase.CV_TITLE));
        assertEquals("nå", of("no").get(Phrase.PRESENT), "Norwegian is Bokmål's");
    }

    @Test
    void theRightToLeftLanguagesAreArabicHebrewPersianAndUrdu() throws IOException {
        for (String tag : tables()) {
            assertEquals(Set.of("ar", "he", "fa", "ur").contains(tag), of(tag).rightToLeft(), tag);
        }
        assertTrue(of("ar-EG").rightToLeft());
    }

    @Test
    void quotationMarksPerLanguage() {
        assertEquals(Quotes.ENGLISH, of("en").quotes());
        assertEquals(new Quotes("„", "“", "‚", "‘"), of("de").quotes());
        assertEquals(new Quotes("«\u202F", "\u202F»", "“", "”"), of("fr").quotes());
        assertEquals(new Quotes("«", "»", "„", "“"), of("ru").quotes());
        assertEquals(new Quotes("「", "」", "『", "』"), of("ja").quotes());
    }

    @Test
    void givenWordsGoOverTheTable() {
        Phrases de = of("de").over(Map.of(Phrase.PRESENT, "bis heute"));
        assertEquals("bis heute", de.get(Phrase.PRESENT));
        assertEquals("Lebenslauf", de.get(Phrase.CV_TITLE));
        assertEquals("heute", of("de").get(Phrase.PRESENT), "the table itself is unchanged");
    }
}
