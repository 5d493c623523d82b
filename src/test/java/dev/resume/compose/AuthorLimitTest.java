package dev.resume.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.input.ResumeLoader;
import dev.resume.model.Resume;
import dev.resume.theme.Theme;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** authors: {max: N} at each level, and which level wins: section, then résumé (or variant), then theme. */
class AuthorLimitTest {
    @TempDir
    Path dir;

    private static final String PAPER = """
                  - title: Paper
                    authors: [Ann Abe, Bo Bell, Cy Cole, Ada Quillfeather, Di Dunn, Ed Eng]
                    venue: V
            """;

    private Composition compose(String yaml, String themeYaml) throws IOException {
        Diagnostics d = new Diagnostics();
        Files.writeString(dir.resolve("base.yml"), yaml);
        Resume r = new ResumeLoader(d).parse(dir.resolve("cv.yml"), yaml);
        Path theme = dir.resolve("theme.yml");
        Files.writeString(theme, themeYaml);
        Theme t = new ThemeLoader(d).load(theme.toString(), null, SourcePos.unknown(null));
        d.throwIfErrors();
        return new Composer(t).compose(r);
    }

    /** Each publication's author line, section by section. */
    private static List<String> lines(Composition c) {
        return c.sections().stream().flatMap(s -> s.items().stream()).flatMap(i -> i.parts().stream())
                .filter(p -> p instanceof Part.Publication).map(p -> String.join("", ((Part.Publication) p).authors().stream()
                        .map(Piece::text).toList())).toList();
    }

    private static String doc(String top, String section) {
        return "name: Ada Quillfeather\n" + top + "sections:\n  - title: Papers\n" + section + "    publications:\n" + PAPER
                + "  - title: More\n    publications:\n" + PAPER;
    }

    @Test
    void theThemeSetsTheDefault() throws IOException {
        Composition c = compose(doc("", ""), "extends: classic\npublications: {max_authors: 2, last_author: false}\n");
        assertEquals(List.of("Ann Abe, …, Ada Quillfeather, et al.", "Ann Abe, …, Ada Quillfeather, et al."), lines(c));
    }

    @Test
    void theResumeOverTheThemeAndTheSectionOverTheResume() throws IOException {
        Composition c = compose(doc("authors: {max: 3, last: true}\n", "    authors: {max: 0}\n"),
                "extends: classic\npublications: {max_authors: 2}\n");
        assertEquals(List.of("Ann Abe, Bo Bell, Cy Cole, Ada Quillfeather, Di Dunn, Ed Eng", "Ann Abe, …, Ada Quillfeather, …, Ed Eng"),
                lines(c), "max: 0 in the first section lifts the limit; the second takes the résumé's");
    }

    @Test
    void aSectionTakesWhatItLeavesOpenFromTheResume() throws IOException {
        Composition c = compose(doc("authors: {last: true}\n", "    authors: {max: 4}\n"), "extends: classic\n");
        assertEquals(List.of("Ann Abe, Bo Bell, …, Ada Quillfeather, …, Ed Eng", "Ann Abe, Bo Bell, Cy Cole, Ada Quillfeather, Di Dunn, Ed Eng"),
                lines(c), "last from the résumé, max from the section; classic's max_authors is 0");
    }

    /** The author lines of a variant (its YAML after extends: base.yml) of the base {@code base}, in classic. */
    private List<String> variantLines(String base, String variant) throws IOException {
        Files.writeString(dir.resolve("base.yml"), base);
        Files.writeString(dir.resolve("variant.yml"), "extends: base.yml\n" + variant);
        Diagnostics d = new Diagnostics();
        Resume r = new ResumeLoader(d).load(dir.resolve("variant.yml"));
        Theme t = new ThemeLoader(d).load("classic", null, SourcePos.unknown(null));
        return lines(new Composer(t).compose(r));
    }

    @Test
    void aVariantMergesItsAuthorsKeyByKeyOverTheBases() throws IOException {
        assertEquals(List.of("Ann Abe, …, Ada Quillfeather, …, Ed Eng", "Ann Abe, …, Ada Quillfeather, …, Ed Eng"),
                variantLines(doc("authors: {max: 3}\n", ""), "authors: {last: true}\n"), "max 3 from the base, last from the variant");
    }

    @Test
    void aWrongValueIsAnErrorAtItsPlace() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> compose(doc("authors: {max: many}\n", "    authors: {maximum: 2}\n"), "extends: classic\n"));
        String all = e.diagnostics().toString();
        assertTrue(all.contains("cv.yml:2:"), all);
        assertTrue(all.contains("must be a whole number"), all);
        assertTrue(all.contains("maximum") && all.contains("'max'"), "the unknown key, and the one meant: " + all);
    }
    @Test
    void showAuthorsTakesAMappingThatShowsAndShortens() throws IOException {
        // In a section, over the résumé's show: {authors: false}, and at the top, as authors: would.
        Composition c = compose(doc("show: {authors: false}\n", "    show: {authors: {max: 3, last: true}}\n"),
                "extends: classic\n");
        assertEquals(List.of("Ann Abe, …, Ada Quillfeather, …, Ed Eng", ""), lines(c), "the first section shows its lists,"
                + " shortened; the second hides them");
        Composition top = compose(doc("show: {authors: {max: 2}}\n", ""), "extends: classic\n");
        assertEquals(List.of("Ann Abe, …, Ada Quillfeather, et al.", "Ann Abe, …, Ada Quillfeather, et al."), lines(top));
        // true and false as before.
        assertEquals(List.of("", ""), lines(compose(doc("show: {authors: no}\n", ""), "extends: classic\n")));
    }

    @Test
    void theLengthGivenTwiceInOneFileIsAnErrorAtShow() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> compose(doc("authors: {max: 3}\nshow:\n  authors: {max: 2}\n", ""), "extends: classic\n"));
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        var d = e.diagnostics().get(0);
        assertEquals(4, d.pos().line(), d.toString());
        assertEquals(12, d.pos().column(), d.toString());
        assertTrue(d.message().contains("given twice") && d.message().contains("line 2"), d.message());
        assertTrue(d.hint().contains("say it once"), d.hint());
        // Neither a switch nor a mapping.
        InvalidInputException bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> compose(doc("show: {authors: 3}\n", ""), "extends: classic\n"));
        String all = bad.diagnostics().toString();
        assertTrue(all.contains("cv.yml:2:17") && all.contains("must be true or false, or the author list settings"), all);
    }

    @Test
    void aVariantsShowAuthorsWinsKeyByKeyOverItsBasesAuthors() throws IOException {
        assertEquals(List.of("Ann Abe, …, Ada Quillfeather, …, Ed Eng", "Ann Abe, …, Ada Quillfeather, …, Ed Eng"),
                variantLines(doc("authors: {max: 5, last: true}\n", ""), "show: {authors: {max: 3}}\n"),
                "max 3 from the variant; last from the base");
        // And the other way round: the variant's authors: over the base's show.authors.
        assertEquals(List.of("Ann Abe, Bo Bell, Cy Cole, Ada Quillfeather, Di Dunn, Ed Eng",
                "Ann Abe, Bo Bell, Cy Cole, Ada Quillfeather, Di Dunn, Ed Eng"),
                variantLines(doc("show: {authors: {max: 2, last: true}}\n", ""), "authors: {max: 0}\n"));
    }
}
