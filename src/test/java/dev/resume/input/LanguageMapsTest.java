package dev.resume.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.Severity;
import dev.resume.model.Entry;
import dev.resume.model.Entry.Bullet;
import dev.resume.model.Entry.EducationEntry;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several languages in one file: the language view the loader takes of a file (docs/format.md). */
class LanguageMapsTest {
    private static final Path FILE = Path.of("t.yml");

    /** A CV in English and Chinese: texts, a list of texts, an entry and a bullet in one language each. */
    static final String BILINGUAL = """
            languages: [en, zh]
            name: {en: Ada Quillfeather, zh: 羽毛笔艾达}
            headline: Analyst
            sections:
              - title: {en: Education, zh: 教育经历}
                education:
                  - institution: {en: University of Northmoor, zh: 北沼大学}
                    degree: {en: Private tuition, zh: 私人教学}
                    start: 1840
                    bullets:
                      en: [First in her class, Prize essay]
                      zh: [名列第一]
                  - institution: Evening school
                    lang: en
                    bullets:
                      - Mathematics
                      - text: 仅中文的条目
                        lang: zh
                  - institution: 夜校
                    lang: [zh]
              - title: {en: Summary, zh: 简介}
                text:
                  - en: One paragraph.
                    zh: 一段。
            """;

    private static Resume load(String yaml, String lang) {
        return new ResumeLoader(new Diagnostics()).language(lang, false).parse(FILE, yaml);
    }

    private static List<Diagnostic> diagnostics(String yaml, String lang, boolean strict) {
        Diagnostics d = new Diagnostics();
        try {
            new ResumeLoader(d).language(lang, strict).parse(FILE, yaml);
        } catch (InvalidInputException e) {
            return e.diagnostics();
        }
        return d.all();
    }

    private static List<Diagnostic> errors(String yaml, String lang) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(yaml, lang));
        return e.diagnostics();
    }

    private static String describe(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.severity() + " " + d.message() + " [" + d.hint() + "]")
                .collect(Collectors.joining("\n"));
    }

    private static List<String> institutions(Resume r) {
        return r.sections().get(0).entries().stream().map(e -> ((EducationEntry) e).institution().markdown()).toList();
    }

    private static List<String> bullets(Entry e) {
        return ((EducationEntry) e).bullets().stream().map(b -> b.text().markdown()).toList();
    }

    @Test
    void theLoaderPicksEachLanguageAndTheFirstIsTheDefault() {
        Resume en = load(BILINGUAL, "en");
        assertEquals("Ada Quillfeather", en.name().markdown());
        assertEquals("Education", en.sections().get(0).title().markdown());
        assertEquals(List.of("University of Northmoor", "Evening school"), institutions(en));
        assertEquals(List.of("First in her class", "Prize essay"), bullets(en.sections().get(0).entries().get(0)));
        assertEquals("Private tuition", ((EducationEntry) en.sections().get(0).entries().get(0)).degree().markdown());
        assertEquals("One paragraph.", ((Entry.Paragraph) en.sections().get(1).entries().get(0)).text().markdown());
        assertEquals("en", en.lang());

        Resume zh = load(BILINGUAL, "zh");
        assertEquals("羽毛笔艾达", zh.name().markdown());
        assertEquals("教育经历", zh.sections().get(0).title().markdown());
        assertEquals(List.of("北沼大学", "夜校"), institutions(zh));
        assertEquals(List.of("名列第一"), bullets(zh.sections().get(0).entries().get(0)));
        assertEquals("一段。", ((Entry.Paragraph) zh.sections().get(1).entries().get(0)).text().markdown());
        assertEquals("zh", zh.lang());
        // A plain text serves every language.
        assertEquals("Analyst", zh.headline().markdown());
        // The name in any of the file's languages is the owner's, in author lists.
        assertTrue(OwnerNames.matches("A. Quillfeather", zh.ownerNames()), zh.ownerNames().toString());
        assertTrue(OwnerNames.matches("羽毛笔艾达", en.ownerNames()), en.ownerNames().toString());

        Resume byDefault = load(BILINGUAL, null);
        assertEquals("en", byDefault.lang());
        assertEquals("Ada Quillfeather", byDefault.name().markdown());
    }

    @Test
    void anEntryOrABulletWithLangIsKeptInThatLanguageOnly() {
        Resume en = load(BILINGUAL, "en");
        Entry evening = en.sections().get(0).entries().get(1);
        assertEquals(List.of("Mathematics"), bullets(evening), "the bullet with lang: zh is left out in English");
        assertFalse(institutions(en).contains("夜校"));
        String zhOnlyBullet = BILINGUAL.replace("lang: en\n", "lang: [en, zh]\n");
        Resume zh = load(zhOnlyBullet, "zh");
        assertEquals(List.of("Mathematics", "仅中文的条目"), bullets(zh.sections().get(0).entries().get(1)));
    }

    @Test
    void sectionIdsDoNotChangeWithTheLanguage() {
        for (String lang : List.of("en", "zh")) {
            Resume r = new ResumeLoader(new Diagnostics()).select(new Selection(null, List.of("summary"), null)).language(lang, false)
                    .parse(FILE, BILINGUAL);
            assertEquals(List.of("summary"), r.sections().stream().map(Section::id).toList(), lang);
        }
    }

    @Test
    void aTextThatLacksTheLanguageGetsTheDefaultsWithAWarningAtItsPlace() {
        String yaml = """
                languages: [en, zh, de]
                name: {en: Ada, zh: 艾达}
                sections:
                  - title: {de: Ausbildung}
                    education:
                      - institution: {en: Northmoor, zh: 北沼}
                """;
        List<Diagnostic> ds = diagnostics(yaml, "de", false);
        assertEquals(2, ds.size(), describe(ds));
        assertEquals("'institution' has no 'de' text; the 'en' text is used", ds.get(1).message());
        assertEquals(6, ds.get(1).pos().line());
        Diagnostic d = ds.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("'name' has no 'de' text; the 'en' text is used", d.message());
        assertEquals(2, d.pos().line());
        assertEquals(7, d.pos().column());
        assertEquals("Ada", load(yaml, "de").name().markdown());
        // One language only is on purpose: {de: Ausbildung} serves every language without a word.
        assertEquals("Ausbildung", load(yaml, "zh").sections().get(0).title().markdown());
        assertTrue(diagnostics(yaml, "zh", false).isEmpty(), describe(diagnostics(yaml, "zh", false)));

        List<Diagnostic> strict = diagnostics(yaml, "de", true);
        assertTrue(strict.stream().anyMatch(e -> e.severity() == Severity.ERROR && e.message().contains("has no 'de' text")
                && e.message().contains("--strict") && e.pos().line() == 2), describe(strict));
    }

    @Test
    void aLanguageTheFileHasNotIsAnErrorWithDidYouMean() {
        List<Diagnostic> ds = errors(BILINGUAL, "ja");
        assertTrue(ds.stream().anyMatch(d -> d.message().equals("the file has no language 'ja' (--lang ja); its languages: en, zh")),
                describe(ds));
        List<Diagnostic> typo = errors(BILINGUAL.replace("languages: [en, zh]\n", "languages: [en, zh]\nlang: zn\n"), null);
        assertTrue(typo.stream().anyMatch(d -> d.message().contains("'zn' is not a language tag") && d.pos().line() == 2
                && d.hint().startsWith("did you mean")), describe(typo));
        List<Diagnostic> notListed = errors(BILINGUAL, "fr");
        assertTrue(notListed.stream().anyMatch(d -> d.message().contains("no language 'fr'") && d.pos().line() == 1), describe(notListed));
    }

    @Test
    void aRegionOrScriptIsServedByItsLanguage() {
        Resume r = load(BILINGUAL, "zh-Hans-CN");
        assertEquals("羽毛笔艾达", r.name().markdown());
        assertEquals("zh-Hans-CN", r.lang());
    }

    @Test
    void aKeyThatIsNoLanguageTagIsALocatedError() {
        String yaml = "name: Ada\nsections:\n  - title: {en: A, engl: B}\n    text: x\n";
        List<Diagnostic> ds = errors(yaml, null);
        assertEquals(1, ds.size(), describe(ds));
        assertEquals("unknown language tag 'engl' in 'title'", ds.get(0).message());
        assertEquals(3, ds.get(0).pos().line());
        assertEquals(20, ds.get(0).pos().column());
        assertTrue(ds.get(0).hint().startsWith("did you mean 'en'?"), ds.get(0).hint());
    }

    @Test
    void aCommaInsideBracesIsToldAsSuch() {
        String yaml = "languages: [en, zh]\nname: {en: Ada, Quillfeather, zh: 艾达}\nsections: []\n";
        List<Diagnostic> ds = errors(yaml, null);
        assertTrue(ds.stream().anyMatch(d -> d.message().contains("'Quillfeather'") && d.hint().contains("a comma ends a text")),
                describe(ds));
    }

    @Test
    void aKeyNotAmongTheDeclaredLanguagesIsAnError() {
        List<Diagnostic> ds = errors(BILINGUAL.replace("zh: 教育经历", "zh: 教育经历, fr: Formation"), "en");
        assertTrue(ds.stream().anyMatch(d -> d.message().equals("'fr' in 'title' is not one of the file's languages (en, zh)")
                && d.pos().line() == 5), describe(ds));
    }

    @Test
    void yamlBooleanWordsAreLanguageKeys() {
        // YAML 1.1 read no, it and de... as booleans or plain words alike; we read keys as 1.2 does: texts.
        String yaml = "languages: [en, no, it, de]\nname: {en: Ada, no: Ada N, it: Ada I, de: Ada D}\nsections: []\n";
        assertEquals("Ada N", load(yaml, "no").name().markdown());
        assertEquals("Ada I", load(yaml, "it").name().markdown());
        assertEquals("Ada D", load(yaml, "de").name().markdown());
        assertEquals("no", load(yaml, "no").lang());
    }

    @Test
    void mappingsOfTheFormatsOwnKeysAreNoLanguages() {
        // {doi: …} is a publication's link, not Dogri; {id: …} an id, not Indonesian.
        String yaml = """
                name: Ada
                sections:
                  - title: Papers
                    publications:
                      - title: Notes
                        authors: [A. Quillfeather]
                        year: 1843
                        links: {doi: 10.1000/xyz}
                """;
        Resume r = load(yaml, null);
        assertNull(r.lang(), "a file in one language names none");
        assertEquals(1, r.sections().get(0).entries().size());
    }

    @Test
    void withoutLanguagesTheMapsKeysAreTheLanguagesInOrder() {
        String yaml = "name: {zh: 艾达, en: Ada}\nsections:\n  - title: {en: Education, zh: 教育}\n    text: x\n";
        Resume r = load(yaml, null);
        assertEquals("zh", r.lang(), "the first language met is the default");
        assertEquals("艾达", r.name().markdown());
        assertEquals("Education", load(yaml, "en").sections().get(0).title().markdown());
    }

    @Test
    void aVariantPicksItsLanguage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cv.yml"), BILINGUAL);
        Path variant = dir.resolve("cv-zh.yml");
        Files.writeString(variant, "extends: cv.yml\nlang: zh\n");
        Resume zh = new ResumeLoader(new Diagnostics()).load(variant);
        assertEquals("羽毛笔艾达", zh.name().markdown());
        assertEquals("zh", zh.lang());
        // The command line wins over the variant's lang:.
        Resume en = new ResumeLoader(new Diagnostics()).language("en", false).load(variant);
        assertEquals("Ada Quillfeather", en.name().markdown());
        // A variant changes a section named by its (first language's) title, in either language.
        Files.writeString(variant, "extends: cv.yml\nlang: zh\nsections:\n  - id: education\n    title: {en: Studies, zh: 学习}\n");
        assertEquals("学习", new ResumeLoader(new Diagnostics()).load(variant).sections().get(0).title().markdown());
        assertEquals(List.of("en", "zh"), new ResumeLoader(new Diagnostics()).languages(variant));
    }

    @Test
    void anItemsLangInAFileInOneLanguageChoosesNothing() {
        String yaml = "name: Ada\nsections:\n  - title: Points\n    bullets:\n      - One\n      - text: Zwei\n        lang: de\n";
        Resume r = load(yaml, null);
        assertNull(r.lang(), "a bullet in German makes no file in two languages");
        assertEquals(2, r.sections().get(0).entries().size(), "every item stays");
    }

    @Test
    void aFileInOneLanguageTakesTheLanguageItIsGiven() {
        List<Diagnostic> ds = diagnostics("name: Ada\nsections: []\n", "de", false);
        assertTrue(ds.isEmpty(), describe(ds));
        assertEquals("de", load("name: Ada\nsections: []\n", "de").lang(), "for the locale to follow");
    }

    @Test
    void aVariantRemovesABulletInSeveralLanguagesByItsFirstText(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cv.yml"), """
                languages: [en, zh]
                name: Ada
                sections:
                  - title: Points
                    bullets:
                      - {en: First point, zh: 第一点}
                      - {en: Second point, zh: 第二点}
                """);
        Path variant = dir.resolve("short.yml");
        Files.writeString(variant, "extends: cv.yml\nsections:\n  - id: points\n    remove: [first-point]\n");
        Resume r = new ResumeLoader(new Diagnostics()).language("zh", false).load(variant);
        assertEquals(List.of("第二点"), r.sections().get(0).entries().stream().map(e -> ((Bullet) e).text().markdown()).toList());
    }

    @Test
    void aBadLangValueIsLocated() {
        List<Diagnostic> ds = errors(BILINGUAL.replace("lang: [zh]", "lang: {zh: x}"), "en");
        assertTrue(ds.stream().anyMatch(d -> d.message().contains("'lang' of an item of 'education' must be a language tag")
                && d.pos().line() == 20), describe(ds));
        List<Diagnostic> unknown = errors(BILINGUAL.replace("lang: [zh]", "lang: [zz]"), "en");
        assertTrue(unknown.stream().anyMatch(d -> d.message().contains("unknown language tag 'zz'")), describe(unknown));
    }

    @Test
    void bulletsAsMapsPerItem() {
        String yaml = BILINGUAL.replace("""
                        bullets:
                          en: [First in her class, Prize essay]
                          zh: [名列第一]
                """, """
                        bullets:
                          - {en: First in her class, zh: 名列第一}
                          - text: {en: Prize essay, zh: 获奖论文}
                """);
        assertEquals(List.of("名列第一", "获奖论文"), bullets(load(yaml, "zh").sections().get(0).entries().get(0)));
        List<Bullet> en = ((EducationEntry) load(yaml, "en").sections().get(0).entries().get(0)).bullets();
        assertEquals("Prize essay", en.get(1).text().markdown());
    }
}
