package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.export.text.TextFormat;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A small invented résumé rendered in seven languages and read back with PDFBox: its dates in
 * the language's words, the word for present, the footer on two pages, the PDF title; and the
 * PDF's /Lang and the HTML's lang, chosen by the command line over the file over the theme over
 * English.
 */
class LocaleReadBackTest {
    private static final Renderer RENDERER = new Renderer();

    /** The invented person of the locale tests, its last section on a page of its own. */
    private static final String CV = read();

    private static String read() {
        try {
            return Files.readString(Path.of("src/test/resources/locale/mira.yml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The language; words that must stand in the text layer, each on one line; the PDF's title. */
    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("en", List.of("Sep 2023 – Present", "Oct 2019 – Jul 2024 (expected)", "Page 1 of 2", "Page 2 of 2"),
                        "Mira Okonkwo – Curriculum Vitae"),
                Arguments.of("de", List.of("Sept. 2023 – heute", "Okt. 2019 – Juli 2024 (voraussichtlich)", "Seite 1 von 2", "Seite 2 von 2"),
                        "Mira Okonkwo – Lebenslauf"),
                Arguments.of("fr", List.of("sept. 2023 – présent", "oct. 2019 – juil. 2024 (prévu)", "Page 1 sur 2"),
                        "Mira Okonkwo – Curriculum vitæ"),
                Arguments.of("zh-Hans", List.of("2023年9月 – 至今", "2019年10月 – 2024年7月 （预计）", "第1页，共2页", "第2页，共2页"),
                        "Mira Okonkwo – 简历"),
                Arguments.of("ja", List.of("2023年9月 – 現在", "2019年10月 – 2024年7月 （予定）", "1 / 2 ページ"), "Mira Okonkwo – 履歴書"),
                // PDFBox orders a line that mixes directions by its own rule: the Arabic words are checked one run at a time.
                Arguments.of("ar", List.of("سبتمبر", "حتى الآن", "أكتوبر", "يوليو", "متوقع", "وآخرون", "صفحة", "من"), "Mira Okonkwo – السيرة الذاتية"),
                Arguments.of("ru", List.of("сент. 2023 г. – настоящее время", "окт. 2019 г. – июль 2024 г. (ожидается)", "и др.", "Страница 1 из 2"),
                        "Mira Okonkwo – Резюме"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void datesPhrasesAndFooterReadBackInTheLanguage(String tag, List<String> words, String title, @TempDir Path dir)
            throws IOException {
        Path yml = Files.writeString(dir.resolve("cv.yml"), "locale: " + tag + "\n" + CV);
        Path pdf = dir.resolve("cv.pdf");
        RENDERER.render(yml, pdf, RenderOptions.DEFAULT);
        PdfReadBack back = new PdfReadBack(pdf);
        assertEquals(2, back.pageSizes.size(), "two pages, so that the footer numbers them");
        // Narrow and other no-break spaces (Russian's "2023 г.", the tie in "et al.") read as spaces here.
        String text = back.text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
        // PDFBox puts a space where the font changes between "2023" (the body's) and "年" (a CJK fallback's).
        boolean cjk = tag.startsWith("zh") || tag.startsWith("ja");
        for (String w : words) {
            boolean in = cjk ? text.replace(" ", "").contains(w.replace(" ", "")) : text.contains(w);
            assertTrue(in, "'" + w + "' in the " + tag + " PDF's text:\n" + back.text);
        }
        assertEquals(title, back.title);
        assertEquals(tag, language(pdf));
    }

    @Test
    void theLanguageIsTheCommandLinesOverTheFilesOverTheThemesOverEnglish(@TempDir Path dir) throws IOException {
        Path theme = Files.writeString(dir.resolve("fr.yml"), "extends: classic\nlocale: fr\n");
        Path plain = Files.writeString(dir.resolve("plain.yml"), CV);
        Path german = Files.writeString(dir.resolve("german.yml"), "locale: de\n" + CV);
        assertEquals("en", render(plain, RenderOptions.DEFAULT, dir), "nothing says: English");
        assertEquals("fr", render(plain, RenderOptions.of(theme.toString()), dir), "the theme's");
        assertEquals("de", render(german, RenderOptions.of(theme.toString()), dir), "the file's over the theme's");
        assertEquals("ja", render(german, RenderOptions.of(theme.toString()).withLocale("ja"), dir), "the command line's over both");
        assertEquals("pt-BR", render(plain, RenderOptions.DEFAULT.withLocale("pt_br"), dir), "in its canonical spelling");
        String text = new PdfReadBack(dir.resolve("out.pdf")).text;
        assertTrue(text.contains("set. de 2023 – atual"), "pt-BR's dates and pt's word:\n" + text);
    }

    @Test
    void theHtmlPageSaysItsLanguageAndDirection(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.yml"), CV);
        assertTrue(html(plain, RenderOptions.DEFAULT, dir).contains("<html lang=\"en\">"));
        String de = html(plain, RenderOptions.DEFAULT.withLocale("de"), dir);
        assertTrue(de.contains("<html lang=\"de\">"), de);
        assertTrue(de.contains("Sept. 2023</time> – heute"), "the same words as the PDF's:\n" + de);
        assertTrue(de.contains("<title>Mira Okonkwo – Lebenslauf</title>"), de);
        String ar = html(plain, RenderOptions.DEFAULT.withLocale("ar"), dir);
        assertTrue(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), ar.substring(0, 200));
    }

    @Test
    void aRightToLeftLanguageSetsTheDirectionOfAParagraphWithoutLetters(@TempDir Path dir) throws IOException {
        // A date alone has no strong letters: in an Arabic résumé it stands at the right of its column.
        String cv = "name: Mira Okonkwo\nsections:\n  - title: Dates\n    entries:\n      - title: \"2021\"\n";
        Path yml = Files.writeString(dir.resolve("cv.yml"), cv);
        float ltr = x("2021", yml, RenderOptions.DEFAULT, dir);
        float rtl = x("2021", yml, RenderOptions.DEFAULT.withLocale("ar"), dir);
        assertTrue(ltr < 100, "at the left margin in English: " + ltr);
        assertTrue(rtl > 400, "at the right margin in Arabic: " + rtl);
    }

    private static float x(String word, Path yml, RenderOptions options, Path dir) throws IOException {
        Path pdf = dir.resolve("x.pdf");
        RENDERER.render(yml, pdf, options);
        PdfReadBack back = new PdfReadBack(pdf);
        for (PdfReadBack.Glyph g : back.glyphs) {
            if (g.text().contains(word.substring(0, 1))) {
                return g.x();
            }
        }
        throw new AssertionError("'" + word + "' not found:\n" + back.text + "\n" + back.glyphs);
    }

    private static String render(Path yml, RenderOptions options, Path dir) throws IOException {
        Path pdf = dir.resolve("out.pdf");
        RENDERER.render(yml, pdf, options);
        return language(pdf);
    }

    private static String html(Path yml, RenderOptions options, Path dir) throws IOException {
        Path out = dir.resolve("out.html");
        RENDERER.export(yml, out, options, TextFormat.HTML);
        return Files.readString(out);
    }

    /** The document catalog's /Lang, as PDFBox reads it. */
    private static String language(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getDocumentCatalog().getLanguage();
        }
    }
}
