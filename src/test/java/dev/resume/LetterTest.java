package dev.resume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.InvalidInputException;
import dev.resume.readback.ExpectedText;
import dev.resume.readback.PageChecks;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.TokenMatcher;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cover letters read back with PDFBox: the sample letter (an invented person) in every built-in
 * theme, a letter per application (a variant of a letter), the tag selection of its paragraphs,
 * a letter too long for a page, and bad letters.
 */
class LetterTest {
    private static final Path CV = Path.of("resumes/vellander.yml");
    private static final Path LETTER = Path.of("resumes/vellander-letter.yml");
    private static final Renderer RENDERER = new Renderer();

    static List<String> themes() {
        return ThemeLoader.BUILT_IN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void theLetterReadsBackInOrderOnOnePageUnderTheCvsHeader(String theme, @TempDir Path dir) throws IOException {
        RenderOptions options = RenderOptions.of(theme).withVerify(true);
        Path letterPdf = dir.resolve("letter.pdf");
        Path cvPdf = dir.resolve("cv.pdf");
        RenderResult r = RENDERER.render(LETTER, letterPdf, options);
        RENDERER.render(CV, cvPdf, options);
        assertEquals(1, r.pages(), theme + ": one page");
        assertTrue(r.warnings().isEmpty(), theme + ": " + r.warnings());
        PdfReadBack letter = new PdfReadBack(letterPdf);
        PdfReadBack cv = new PdfReadBack(cvPdf);

        // Every word of the letter, block by block, in reading order.
        var typeset = RENDERER.typeset(LETTER, options);
        ExpectedText expected = new ExpectedText(typeset.resume(), false);
        TokenMatcher m = new TokenMatcher(letter.tokens());
        int cursor = 0;
        int words = 0;
        for (ExpectedText.Unit unit : expected.units) {
            for (String field : unit.fields()) {
                List<String> w = TokenMatcher.words(field);
                int at = m.find(w, cursor);
                assertTrue(at >= cursor, theme + ": \"" + field + "\" of the " + unit.what() + " is not in order after token " + cursor);
                cursor = at + w.size();
                words += w.size();
            }
        }
        assertTrue(words > 150, "the check read the whole letter: " + words);
        assertTrue(letter.text.contains("Lead Motion-Planning Engineer"));
        // The paragraph tagged for another application is left out; the CV's sections do not show.
        assertFalse(letter.text.contains("master's thesis") || letter.text.contains("master’s thesis"), theme);
        assertFalse(letter.text.contains("Experience"), theme + ": no CV section in the letter");

        // The header is the CV's, glyph for glyph: same text, fonts, sizes and places.
        assertEquals(header(cv), header(letter), theme + ": the letter's header is the CV's");
        assertTrue(header(letter).size() > 40, "the header was found");

        PageChecks.insideTheMargins(theme, letter, typeset.styled().setup(), true);
        PageChecks.noOverlaps(theme, letter, true);
        for (String url : expected.urls) {
            assertTrue(letter.uris.contains(url), theme + ": a link annotation to " + url + " (" + letter.uris + ")");
        }
        assertTrue(letter.uris.contains("https://vellander.example.org/planner"), "the body's link is an annotation");
        assertTrue(letter.title.contains("Cover Letter"), letter.title);
        assertEquals(0, letter.bookmarks, "a letter has no sections to bookmark");
    }

    /** The glyphs of page 1's first three lines (the name, the headline, the contact line), as text, font, size and place. */
    private static List<String> header(PdfReadBack pdf) {
        List<Float> baselines = pdf.glyphs.stream().filter(g -> g.page() == 0).map(g -> Math.round(g.baseline() * 10) / 10f)
                .distinct().sorted().toList();
        float contact = baselines.get(2);
        return pdf.glyphs.stream().filter(g -> g.page() == 0 && g.baseline() <= contact + 0.05f)
                .map(g -> String.format(Locale.ROOT, "%s %s %.1f %.2f %.2f", g.text(), g.font().replaceFirst("^[A-Z]{6}\\+", ""),
                        g.size(), g.x(), g.baseline()))
                .toList();
    }

    @Test
    void aTagOnTheCommandLinePicksTheOtherParagraph(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("research.pdf");
        RENDERER.render(LETTER, pdf, RenderOptions.DEFAULT.withSelection(List.of("research"), null, null));
        String text = new PdfReadBack(pdf).text.replace('\n', ' ');
        assertTrue(text.contains("sampling-based planning"), "the research paragraph is kept");
        assertFalse(text.contains("Kestrel Logistics Robotics I led"), "the robotics paragraph is left out");
        assertTrue(text.contains("I am writing to apply"), "untagged paragraphs stay");
    }

    @Test
    void aLetterPerApplicationNamesOnlyWhatDiffers(@TempDir Path dir) throws IOException {
        copySamples(dir);
        Path acme = dir.resolve("acme.yml");
        Files.writeString(acme, """
                extends: vellander-letter.yml
                theme: modern
                letter:
                  recipient: {name: Ms. Ines Caldera}
                  subject: Application for the position of *Perception Engineer*
                """);
        Path pdf = dir.resolve("acme.pdf");
        RenderResult r = RENDERER.render(acme, pdf, RenderOptions.DEFAULT);
        assertEquals(1, r.pages());
        String text = new PdfReadBack(pdf).text;
        assertTrue(text.contains("Ms. Ines Caldera"), "the recipient's name is the variant's");
        assertTrue(text.contains("Nordlicht Robotics GmbH"), "the recipient's other keys are the base letter's");
        assertTrue(text.contains("Perception Engineer") && !text.contains("Lead Motion-Planning Engineer\n"), "the subject is replaced");
        assertTrue(text.contains("Yours sincerely,"), "the closing is the base letter's");
        assertEquals("modern", RENDERER.typeset(acme, RenderOptions.DEFAULT).themeName());
        // make rebuilds it when the letter or the CV changes.
        assertEquals(List.of(acme, dir.resolve("vellander-letter.yml"), dir.resolve("vellander.yml")),
                dev.resume.input.Dependencies.of(acme));
    }

    @Test
    void aLetterTooLongForAPageRunsOnWithAWarning(@TempDir Path dir) throws IOException {
        copySamples(dir);
        Path longer = dir.resolve("long.yml");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            body.append("    - Paragraph ").append(i).append(" says at some length why the applicant would be a good fit for this")
                    .append(" team, with examples from the work of the past years and what was learnt from it, word").append(i)
                    .append(".\n");
        }
        Files.writeString(longer, "extends: vellander-letter.yml\nletter:\n  body:\n" + body);
        Path pdf = dir.resolve("long.pdf");
        RenderResult r = RENDERER.render(longer, pdf, RenderOptions.DEFAULT);
        assertEquals(2, r.pages(), "nothing is dropped: the rest is on page 2");
        Diagnostic w = r.warnings().stream().filter(d -> d.message().contains("the letter does not fit on 1 page")).findFirst()
                .orElseThrow(() -> new AssertionError("a warning: " + r.warnings()));
        assertEquals(longer.toAbsolutePath().normalize(), w.pos().file().toAbsolutePath().normalize());
        assertEquals(3, w.pos().line(), "at the letter");
        String text = new PdfReadBack(pdf).text;
        assertTrue(text.contains("word30."), "the last paragraph is set");
        assertTrue(text.contains("Enclosures"), "and the enclosures after it");
        assertThrows(InvalidInputException.class, () -> RENDERER.typeset(longer, RenderOptions.DEFAULT.withStrict(true)));
    }

    @Test
    void badLettersAreErrorsAtTheirPlace(@TempDir Path dir) throws IOException {
        copySamples(dir);
        Diagnostic unknown = error(dir, "typo.yml", "extends: vellander.yml\nletter:\n  subjet: Hello\n  body: [Dear reader]\n");
        assertEquals(3, unknown.pos().line());
        assertTrue(unknown.message().contains("unknown key 'subjet' in the letter; did you mean 'subject'?"), unknown.message());

        Diagnostic recipient = error(dir, "to.yml", "extends: vellander.yml\nletter:\n  recipient: {nmae: X}\n  body: [Hi]\n");
        assertEquals(3, recipient.pos().line());
        assertTrue(recipient.message().contains("did you mean 'name'?"), recipient.message());

        Diagnostic noBody = error(dir, "nobody.yml", "extends: vellander.yml\nletter:\n  subject: Hello\n");
        assertTrue(noBody.message().contains("the letter needs 'body'"), noBody.message());

        Diagnostic missing = error(dir, "missing.yml", "extends: vellandr.yml\nletter:\n  body: [Hi]\n");
        assertEquals(1, missing.pos().line());
        assertTrue(missing.message().contains("cannot find the base résumé 'vellandr.yml'"), missing.message());
        assertTrue(missing.hint().contains("did you mean 'vellander.yml'?"), missing.hint());

        Files.writeString(dir.resolve("a.yml"), "extends: b.yml\nletter:\n  body: [Hi]\n");
        Diagnostic loop = error(dir, "b.yml", "extends: a.yml\n");
        assertTrue(loop.message().contains("a loop of extends"), loop.message());

        Diagnostic allTagged = error(dir, "tagged.yml", "extends: vellander.yml\nselect: {tags: [x]}\nletter:\n  body:\n"
                + "    - {text: Only for y, tags: [y]}\n");
        assertTrue(allTagged.message().contains("the letter's body has no paragraph"), allTagged.message());
        assertEquals(4, allTagged.pos().line());
    }

    @Test
    void aLetterInAFileOfItsOwnNeedsANameButNoSections(@TempDir Path dir) throws IOException {
        // No CV to extend: the name and contact line here head the letter; no sections needed.
        Path alone = dir.resolve("alone.yml");
        Files.writeString(alone, "name: Ada Quillfeather\ncontact:\n  - email: ada@example.org\nletter:\n"
                + "  recipient: {name: Dr. Jo Tamsin}\n  opening: Dear Dr. Tamsin,\n  body: [I write to apply for the post.]\n"
                + "  closing: Yours sincerely,\n");
        Path pdf = dir.resolve("alone.pdf");
        RenderResult r = RENDERER.render(alone, pdf, RenderOptions.DEFAULT);
        assertEquals(1, r.pages());
        List<String> tokens = new PdfReadBack(pdf).tokens();
        assertEquals(List.of("ada", "quillfeather", "ada@example.org", "dr.", "jo", "tamsin"), tokens.subList(0, 6), tokens.toString());
        assertTrue(tokens.containsAll(List.of("apply", "sincerely,")), tokens.toString());

        // Without a name either: the error says where a letter's header comes from, at letter:.
        Diagnostic bare = error(dir, "bare.yml", "theme: modern\nletter:\n  body: [I write to apply.]\n");
        assertEquals(2, bare.pos().line(), bare.toString());
        assertEquals(1, bare.pos().column(), bare.toString());
        assertEquals("a letter needs your name, for its header and its signature", bare.message());
        assertTrue(bare.hint().contains("add `extends: cv.yml`, or give `name:` and `contact:`"), bare.hint());
        assertFalse(bare.message().contains("sections") || bare.hint().contains("sections"), bare.toString());

        // A CV still needs its sections, and the hint names the letter as the other way.
        Diagnostic cv = error(dir, "cv.yml", "name: Ada Quillfeather\n");
        assertEquals("the résumé needs 'sections'", cv.message());
        assertTrue(cv.hint().contains("`letter:`"), cv.hint());
    }

    @Test
    void aLetterWithoutADateIsDatedTheDayItIsBuiltInItsLanguage(@TempDir Path dir) throws IOException {
        // 1 December 2026, 12:00 UTC: the build day comes from SOURCE_DATE_EPOCH, so rebuilds match.
        java.util.Map<String, String> epoch = java.util.Map.of("SOURCE_DATE_EPOCH", "1796126400");
        String letter = "name: Ada Quillfeather\n%sletter:\n  place: Leeds\n%s  body: [I write to apply for the post.]\n";
        Path undated = dir.resolve("undated.yml");
        Files.writeString(undated, letter.formatted("", ""));
        Path pdf = dir.resolve("undated.pdf");
        RENDERER.render(undated, pdf, RenderOptions.DEFAULT.withEnvironment(epoch));
        assertTrue(new PdfReadBack(pdf).text.contains("Leeds, December 1, 2026"), new PdfReadBack(pdf).text);
        byte[] first = Files.readAllBytes(pdf);
        RENDERER.render(undated, pdf, RenderOptions.DEFAULT.withEnvironment(epoch));
        assertArrayEquals(first, Files.readAllBytes(pdf), "the same epoch, the same file");

        Path german = dir.resolve("german.yml");
        Files.writeString(german, letter.formatted("locale: de\n", ""));
        RENDERER.render(german, pdf, RenderOptions.DEFAULT.withEnvironment(epoch));
        assertTrue(new PdfReadBack(pdf).text.contains("Leeds, 1. Dezember 2026"), new PdfReadBack(pdf).text);

        // A date written is printed as written; an empty one prints none.
        Path given = dir.resolve("given.yml");
        Files.writeString(given, letter.formatted("", "  date: the first of December\n"));
        RENDERER.render(given, pdf, RenderOptions.DEFAULT.withEnvironment(epoch));
        assertTrue(new PdfReadBack(pdf).text.contains("Leeds, the first of December"), new PdfReadBack(pdf).text);
        Files.writeString(given, letter.formatted("", "  date: \"\"\n"));
        RENDERER.render(given, pdf, RenderOptions.DEFAULT.withEnvironment(epoch));
        assertFalse(new PdfReadBack(pdf).text.contains("2026"), new PdfReadBack(pdf).text);
    }

    private static Diagnostic error(Path dir, String name, String yaml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, yaml);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(f, RenderOptions.DEFAULT));
        Diagnostic d = e.diagnostics().stream().filter(x -> x.severity() == dev.resume.diag.Severity.ERROR).findFirst().orElseThrow();
        assertTrue(d.pos().file().getFileName().toString().matches(".*\\.yml"), "located in a file: " + d);
        return d;
    }

    private static void copySamples(Path dir) throws IOException {
        Files.copy(CV, dir.resolve("vellander.yml"));
        Files.copy(LETTER, dir.resolve("vellander-letter.yml"));
    }
}
