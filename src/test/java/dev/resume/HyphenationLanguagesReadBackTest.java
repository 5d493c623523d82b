package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.Page;
import dev.resume.readback.ExpectedText;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.Syllables;
import dev.resume.readback.TextOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German résumé (an invented person) with {@code locale: de} set in narrow columns, read back
 * from the PDF: its long words are hyphenated at German points (every one of them checked
 * against its syllables as the Duden divides them, written out here, not asked of the patterns),
 * the hyphen is in the text at the line's end, and every word reads back in order. The same
 * text under {@code locale: zh}, a language without hyphenation, is never hyphenated.
 */
class HyphenationLanguagesReadBackTest {
    /** Every word of six letters or more in the résumé below, with its German syllables. */
    private static final Map<String, String> SYLLABLES = Map.ofEntries(
            Map.entry("Softwareentwicklerin", "Soft-ware-ent-wick-le-rin"),
            Map.entry("langjähriger", "lang-jäh-ri-ger"),
            Map.entry("Erfahrung", "Er-fah-rung"),
            Map.entry("Datenbankentwicklung", "Da-ten-bank-ent-wick-lung"),
            Map.entry("Silbentrennung", "Sil-ben-tren-nung"),
            Map.entry("Schriftsatzprogrammierung", "Schrift-satz-pro-gram-mie-rung"),
            Map.entry("wissenschaftliche", "wis-sen-schaft-li-che"),
            Map.entry("Veröffentlichungen", "Ver-öf-fent-li-chun-gen"),
            Map.entry("Verantwortlich", "Ver-ant-wort-lich"),
            Map.entry("Qualitätssicherung", "Qua-li-täts-si-che-rung"),
            Map.entry("Leistungsoptimierung", "Leis-tungs-op-ti-mie-rung"),
            Map.entry("Dokumentation", "Do-ku-men-ta-ti-on"),
            Map.entry("Anforderungsanalyse", "An-for-de-rungs-ana-ly-se"),
            Map.entry("Kundenbetreuung", "Kun-den-be-treu-ung"),
            Map.entry("Betriebssysteme", "Be-triebs-sys-te-me"),
            Map.entry("Projektleitung", "Pro-jekt-lei-tung"),
            Map.entry("Schulungen", "Schu-lun-gen"));

    private static final String RESUME = """
            name: Henrike Mallwitz
            locale: %s
            sections:
              - title: Profil
                text: >-
                  Softwareentwicklerin mit langjähriger Erfahrung in Datenbankentwicklung, Silbentrennung
                  und Schriftsatzprogrammierung für wissenschaftliche Veröffentlichungen. Verantwortlich
                  für Qualitätssicherung, Leistungsoptimierung und Dokumentation, Anforderungsanalyse und
                  Kundenbetreuung, Betriebssysteme, Projektleitung und Schulungen.
              - title: Erfahrung
                experience:
                  - organization: Mallwitz Satzsysteme
                    role: Softwareentwicklerin
                    start: 2019-03
                    bullets:
                      - Datenbankentwicklung und Leistungsoptimierung für Betriebssysteme und Veröffentlichungen
                      - Qualitätssicherung, Anforderungsanalyse, Kundenbetreuung und Schulungen
            """;

    /** Narrow columns, bullets justified and hyphenated too: many lines end inside a word. */
    private static final String THEME = """
            extends: classic
            paper: "110mm x 297mm"
            margins: {top: 10mm, bottom: 10mm, left: 10mm, right: 10mm}
            typography:
              justify: [paragraphs, bullets]
              hyphenate_ragged: true
            """;

    @TempDir
    Path dir;

    private Path write(String locale) throws Exception {
        Path yml = dir.resolve("cv-" + locale + ".yml");
        Files.writeString(yml, RESUME.formatted(locale));
        Files.writeString(dir.resolve("narrow.yml"), THEME);
        return yml;
    }

    private RenderOptions options() {
        return RenderOptions.of(dir.resolve("narrow.yml").toString()).withVerify(true);
    }

    @Test
    void aGermanResumeIsHyphenatedAtGermanPointsAndReadsBackWhole() throws Exception {
        Path yml = write("de");
        Path pdf = dir.resolve("cv-de.pdf");
        var result = new Renderer().render(yml, pdf, options());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        PdfReadBack read = new PdfReadBack(pdf);

        // Each line of the text layer that ends in a hyphen: the word's start, and on the next line its rest.
        Matcher m = Pattern.compile("(\\p{L}+)-\\n(?=(\\p{L}+))").matcher(read.text);
        int breaks = 0;
        Set<String> broken = new HashSet<>();
        while (m.find()) {
            String head = m.group(1);
            String whole = head + m.group(2);
            if (!SYLLABLES.containsKey(whole)) {
                // A word broken twice: its middle part stands alone on a line ("Schrift-/satzpro-/grammierung").
                whole = SYLLABLES.keySet().stream().filter(w -> w.contains(head + m.group(2))).findFirst().orElse(null);
            }
            assertTrue(whole != null, "a word broken at a line end is not the résumé's: " + m.group());
            int offset = whole.indexOf(head + m.group(2)) + head.length();
            assertTrue(Syllables.breaks(SYLLABLES.get(whole)).contains(offset),
                    m.group().replace("\n", "") + " is no German break of " + SYLLABLES.get(whole));
            broken.add(whole);
            breaks++;
        }
        assertTrue(breaks >= 3, "narrow columns of long German words want hyphens; the PDF's text has " + breaks + ":\n" + read.text);
        // Where English patterns would break differently, German ones chose: at least one such word broke.
        assertTrue(broken.stream().anyMatch(SYLLABLES::containsKey), broken.toString());

        // Every word in order, the hyphens at line ends taken for what they are.
        Typeset t = new Renderer().typeset(yml, options());
        TextOrder.everyCharacterInOrder("cv-de", new ExpectedText(t.resume(), false), read);
        assertEquals(hyphenatedLines(t), breaks, "each line the layout hyphenated shows its hyphen at the end in the text");
    }

    @Test
    void aLanguageWithoutHyphenationLeavesEveryWordWhole() throws Exception {
        Typeset de = new Renderer().typeset(write("de"), options());
        Typeset zh = new Renderer().typeset(write("zh"), options());
        assertTrue(hyphenatedLines(de) > 0, "the German render hyphenates: the comparison means something");
        assertEquals(0, hyphenatedLines(zh), "zh has no patterns: its Latin words are not hyphenated either");
        assertFalse(zh.warnings().stream().anyMatch(w -> w.message().contains("hyphen")), zh.warnings().toString());
    }

    private static int hyphenatedLines(Typeset t) {
        int n = 0;
        for (Page p : t.pages()) {
            for (Page.LineBox box : p.lines()) {
                if (box.fit() != null && box.fit().hyphenated()) {
                    n++;
                }
            }
        }
        return n;
    }
}
