package dev.resume.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.input.ResumeLoader;
import dev.resume.model.PartialDate;
import dev.resume.model.Resume;
import dev.resume.text.LanguageTag;
import dev.resume.theme.Theme;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the résumé's language sets in the composition: its dates, the typesetter's own words,
 * the quotation marks, the PDF title; and which of the words a résumé or a theme writes win.
 */
class LocaleComposeTest {
    /** The invented person of the locale tests, in no language of its own. */
    static final String CV = read();

    private static String read() {
        try {
            return Files.readString(Path.of("src/test/resources/locale/mira.yml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Composition compose(String yaml, String locale, String theme, Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        Resume r = new ResumeLoader(d).parse(Path.of("test.yml"), yaml);
        Theme t = theme == null ? new ThemeLoader(d).load("classic", null, SourcePos.unknown(null))
                : new ThemeLoader(d).load(Files.writeString(dir.resolve("t.yml"), theme).toString(), null, SourcePos.unknown(null));
        d.throwIfErrors();
        LanguageTag tag = locale != null ? LanguageTag.parse(locale) : r.locale() != null ? r.locale() : t.locale();
        return new Composer(t).compose(r.withLocale(tag));
    }

    private static Composition compose(String locale) throws IOException {
        return compose(CV, locale, null, null);
    }

    /** Every piece's text, part by part, a line each. */
    static List<String> lines(Composition c) {
        List<String> out = new ArrayList<>();
        for (Composition.Section s : c.sections()) {
            for (Composition.Item i : s.items()) {
                for (Part p : i.parts()) {
                    add(p, out);
                }
            }
        }
        return out;
    }

    private static void add(Part p, List<String> out) {
        switch (p) {
            case Part.Heading h -> {
                out.add(text(h.title()) + " | " + text(h.subtitle()) + " | " + text(h.when()));
                h.body().forEach(b -> add(b, out));
            }
            case Part.Publication pub -> out.add(text(pub.title()) + " | " + text(pub.date()) + " | " + text(pub.authors()));
            case Part.Line l -> out.add(text(l.text()) + " | " + text(l.right()));
            default -> { }
        }
    }

    private static String text(List<Piece> pieces) {
        return String.join("", pieces.stream().map(Piece::text).toList());
    }

    private static void assertLines(Composition c, String... expected) {
        List<String> lines = lines(c);
        for (String e : expected) {
            assertTrue(lines.contains(e), "'" + e + "' among:\n" + String.join("\n", lines));
        }
    }

    @Test
    void english() throws IOException {
        Composition c = compose(null);
        assertLines(c, "Brightwater Labs | Engineer | Sep 2023 – Present",
                "Northfield University | The thesis “Quiet systems” | Oct 2019 – Jul 2024 (expected)",
                "Notes on caches | Nov 6, 2023 | Mira Okonkwo et\u00A0al.".replace("\u00A0", " "),
                "Collected essays | 2022 | Mira Okonkwo et al. (Eds.)");
        assertEquals("Mira Okonkwo – Curriculum Vitae", c.metadata().title());
        assertEquals("en", c.metadata().language().tag());
    }

    @Test
    void german() throws IOException {
        Composition c = compose("de");
        assertLines(c, "Brightwater Labs | Engineer | Sept. 2023 – heute",
                "Northfield University | The thesis „Quiet systems“ | Okt. 2019 – Juli 2024 (voraussichtlich)",
                "Notes on caches | 6. Nov. 2023 | Mira Okonkwo et al.",
                "Collected essays | 2022 | Mira Okonkwo et al. (Hrsg.)");
        assertEquals("Mira Okonkwo – Lebenslauf", c.metadata().title());
        assertEquals("de", c.metadata().language().tag());
    }

    @Test
    void french() throws IOException {
        Composition c = compose("fr");
        assertLines(c, "Brightwater Labs | Engineer | sept. 2023 – présent",
                "Northfield University | The thesis «\u202FQuiet systems\u202F» | oct. 2019 – juil. 2024 (prévu)",
                "Collected essays | 2022 | Mira Okonkwo et al. (éd.)");
        assertEquals("Mira Okonkwo – Curriculum vitæ", c.metadata().title());
    }

    @Test
    void chinese() throws IOException {
        Composition c = compose("zh-Hans");
        assertLines(c, "Brightwater Labs | Engineer | 2023年9月 – 至今",
                "Notes on caches | 2023年11月6日 | Mira Okonkwo 等", "Collected essays | 2022年 | Mira Okonkwo 等 （编）");
        assertEquals("Mira Okonkwo – 简历", c.metadata().title());
    }

    @Test
    void japanese() throws IOException {
        Composition c = compose("ja");
        assertLines(c, "Brightwater Labs | Engineer | 2023年9月 – 現在",
                "Northfield University | The thesis 「Quiet systems」 | 2019年10月 – 2024年7月 （予定）");
        assertEquals("Mira Okonkwo – 履歴書", c.metadata().title());
    }

    @Test
    void arabic() throws IOException {
        Composition c = compose("ar");
        assertLines(c, "Brightwater Labs | Engineer | سبتمبر 2023 – حتى الآن", "Notes on caches | 6 نوفمبر 2023 | Mira Okonkwo وآخرون");
        assertEquals("Mira Okonkwo – السيرة الذاتية", c.metadata().title());
    }

    @Test
    void russian() throws IOException {
        Composition c = compose("ru");
        assertLines(c, "Brightwater Labs | Engineer | сент. 2023\u202Fг. – настоящее время",
                "Notes on caches | 6 нояб. 2023\u202Fг. | Mira Okonkwo и\u00A0др.".replace("\u00A0", " "),
                "Northfield University | The thesis «Quiet systems» | окт. 2019\u202Fг. – июль 2024\u202Fг. (ожидается)");
        assertEquals("Mira Okonkwo – Резюме", c.metadata().title());
    }

    @Test
    void brazilianPortugueseTakesPortuguesesWords() throws IOException {
        Composition c = compose("pt-BR");
        assertLines(c, "Brightwater Labs | Engineer | set. de 2023 – atual");
        assertEquals("Mira Okonkwo – Currículo", c.metadata().title());
    }

    @Test
    void aThemesOwnWordWinsOverTheLanguagesAndTheResumesOverBoth(@TempDir Path dir) throws IOException {
        // A theme's dates.present is kept in every language; its phrases: fill what it does not say there.
        String theme = "extends: classic\ndates: {present: Current}\nphrases: {present: Ongoing, cv_title: CV, et_al: u. a.}\n";
        Composition c = compose(CV, "de", theme, dir);
        assertLines(c, "Brightwater Labs | Engineer | Sept. 2023 – Current", "Notes on caches | 6. Nov. 2023 | Mira Okonkwo u. a.");
        assertEquals("Mira Okonkwo – CV", c.metadata().title());
        // The résumé's phrases: win over the theme's, and its dates: over its phrases.
        String own = CV + "phrases: {present: bis jetzt, cv_title: Vita}\n";
        c = compose(own, "de", theme, dir);
        assertLines(c, "Brightwater Labs | Engineer | Sept. 2023 – bis jetzt");
        assertEquals("Mira Okonkwo – Vita", c.metadata().title());
        c = compose(own + "dates: {present: derzeit}\n", "de", theme, dir);
        assertLines(c, "Brightwater Labs | Engineer | Sept. 2023 – derzeit");
    }

    @Test
    void theResumesQuotationMarksAndAnEmptyExpected(@TempDir Path dir) throws IOException {
        Composition c = compose(CV + "phrases: {quote_open: \"»\", quote_close: \"«\"}\n", "de", "extends: classic\ndates: {expected: \"\"}\n",
                dir);
        assertLines(c, "Northfield University | The thesis »Quiet systems« | Okt. 2019 – Juli 2024");
    }

    @Test
    void everyDateTakesTheSamePattern() throws IOException {
        Composition c = compose(CV + "dates: {months: numeric}\n", "ja", null, null);
        assertLines(c, "Brightwater Labs | Engineer | 2023/09 – 現在", "Notes on caches | 2023/11/06 | Mira Okonkwo ほか");
        c = compose(CV + "dates: {months: iso}\n", "de", null, null);
        assertLines(c, "Brightwater Labs | Engineer | 2023-09 – heute", "Notes on caches | 2023-11-06 | Mira Okonkwo et al.");
        c = compose(CV + "dates: {months: year}\n", "fr", null, null);
        assertLines(c, "Brightwater Labs | Engineer | 2023 – présent");
    }

    @Test
    void theFootersDatesAndWordsAreTheLanguages(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        Resume r = new ResumeLoader(d).parse(Path.of("test.yml"), CV).withLocale(LanguageTag.parse("de"));
        Theme t = new ThemeLoader(d).load("classic", null, SourcePos.unknown(null));
        RunningTexts texts = RunningTexts.of(t, r, PartialDate.of(2026, 3, 14), null);
        assertEquals("Seite 1 von 2", texts.footer().on(1, 2));
        Resume dated = new ResumeLoader(d).parse(Path.of("test.yml"), CV + "footer: \"Stand: {date}\"\n").withLocale(LanguageTag.parse("fr"));
        assertEquals("Stand: mars 2026", RunningTexts.of(t, dated, PartialDate.of(2026, 3, 0), null).footer().on(1, 1));
        // A theme's own footer stays its own in any language; "" is none.
        Theme own = new ThemeLoader(d).load(Files.writeString(dir.resolve("f.yml"), "footer: \"{page}/{pages}\"\n").toString(), null,
                SourcePos.unknown(null));
        assertEquals("1/2", RunningTexts.of(own, r, null, null).footer().on(1, 2));
        Theme none = new ThemeLoader(d).load(Files.writeString(dir.resolve("n.yml"), "footer: \"\"\n").toString(), null,
                SourcePos.unknown(null));
        assertEquals(null, RunningTexts.of(none, r, null, null).footer());
    }

    @Test
    void aLettersWordsAreTheLanguages() throws IOException {
        Composition c = compose("""
                name: Mira Okonkwo
                letter:
                  body: [Sehr geehrte Damen und Herren]
                  enclosures: [Lebenslauf]
                """, "de", null, null);
        assertEquals("Anlagen: Lebenslauf", text(c.letter().enclosures()));
        assertEquals("Mira Okonkwo – Anschreiben", c.metadata().title());
        assertEquals("Anschreiben", c.metadata().subject());
    }
}
