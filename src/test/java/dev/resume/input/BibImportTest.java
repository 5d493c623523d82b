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
import dev.resume.model.Author;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Link;
import dev.resume.model.LinkKind;
import dev.resume.model.PageControl;
import dev.resume.model.PartialDate;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bib:} sections: the mapping of fields, filters and sorting, change, and how imported entries behave downstream. */
class BibImportTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fixture() throws IOException {
        Files.copy(Path.of("src/test/resources/bib/fixture.bib"), dir.resolve("pubs.bib"));
    }

    private Resume load(String name, String yaml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, yaml);
        return new ResumeLoader(new Diagnostics()).load(f);
    }

    private Resume load(String sectionBody) throws IOException {
        return load("cv.yml", "name: Ada Quillfeather\nsections:\n  - title: Publications\n" + sectionBody);
    }

    private static List<PublicationEntry> pubs(Resume r, String section) {
        for (Section s : r.sections()) {
            if (s.id().equals(section)) {
                return s.entries().stream().map(e -> (PublicationEntry) e).toList();
            }
        }
        throw new AssertionError("no section " + section);
    }

    private static List<String> titles(List<PublicationEntry> ps) {
        return ps.stream().map(p -> p.title().markdown()).toList();
    }

    private List<Diagnostic> errors(String sectionBody) throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(sectionBody));
        return e.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    private static String where(Diagnostic d) {
        return d.pos().file().getFileName() + ":" + d.pos().line() + ":" + d.pos().column() + " " + d.message() + " | " + d.hint();
    }

    @Test
    void everyFieldMapsToThePublicationEntry() throws IOException {
        List<PublicationEntry> ps = pubs(load("    bib: pubs.bib\n"), "publications");
        PublicationEntry mueller = ps.stream().filter(p -> p.title().markdown().startsWith("Über")).findFirst().orElseThrow();
        assertEquals("Journal of Things 12(3), pp. 45–67", mueller.venue().markdown());
        assertEquals(2021, mueller.year());
        assertEquals(PartialDate.of(2021, 3, 0), mueller.date());
        assertEquals(List.of(new Link(LinkKind.DOI, "https://doi.org/10.1145/3600006.3613165", mueller.links().get(0).pos())), mueller.links());
        assertEquals(List.of("Jörg Müller", "Renée François", "Jan van der Berg", "Ada Quillfeather"),
                mueller.authors().stream().map(Author::name).toList());
        assertEquals("*", mueller.authors().get(3).marks());

        PublicationEntry engine = ps.stream().filter(p -> p.title().markdown().startsWith("The Engine")).findFirst().orElseThrow();
        assertEquals("IEEE Transactions on Pattern Analysis and Machine Intelligence", engine.venue().markdown());
        assertEquals(PartialDate.of(2023, 11, 6), engine.date());
        assertEquals("Best Paper", engine.note().markdown());
        assertEquals(List.of("Paper"), engine.links().stream().map(Link::label).toList());
        assertEquals("et al.", engine.authors().get(2).name());

        PublicationEntry notes = ps.stream().filter(p -> p.title().markdown().startsWith("Notes")).findFirst().orElseThrow();
        assertEquals("arXiv preprint", notes.venue().markdown());
        assertEquals(PartialDate.of(2024, 2, 20), notes.date());
        assertEquals(2024, notes.year());
        assertEquals(List.of("arXiv", "Code"), notes.links().stream().map(Link::label).toList());
        assertEquals("https://arxiv.org/abs/2402.01234", notes.links().get(0).url());
        assertEquals(List.of("cs.LG"), notes.subjects());
        assertTrue(notes.abstractText().markdown().startsWith("We show that the engine computes Bernoulli numbers."));
        assertEquals("Charles Jean de la Vallée Poussin", notes.authors().get(1).name());

        PublicationEntry difference = ps.stream().filter(p -> p.title().markdown().startsWith("A Difference")).findFirst().orElseThrow();
        assertEquals("submitted", difference.status().markdown(), "pubstate");
        assertNull(difference.venue());

        PublicationEntry sketch = ps.stream().filter(p -> p.title().markdown().startsWith("Sketch")).findFirst().orElseThrow();
        assertEquals("in submission", sketch.status().markdown(), "a status field");
        assertEquals("Feb 22", sketch.when().markdown(), "a month without a year is said as written");
        assertNull(sketch.year());
        assertNull(sketch.date());
    }

    @Test
    void theOwnerIsFoundInEveryNameForm() throws IOException {
        List<PublicationEntry> ps = pubs(load("    bib: pubs.bib\n"), "publications");
        for (PublicationEntry p : ps) {
            List<String> owners = p.authors().stream().filter(Author::isOwner).map(Author::name).toList();
            List<String> expected = p.title().markdown().startsWith("A Difference") ? List.of()
                    : p.title().markdown().startsWith("Sketch") ? List.of("A. Quillfeather") : List.of("Ada Quillfeather");
            assertEquals(expected, owners, p.title().markdown());
        }
    }

    @Test
    void newestFirstByYearThenDateThenFileOrder() throws IOException {
        assertEquals(List.of("Sketch of the Engine", "Notes on the Analytical Engine", "A Difference Engine, “revisited”",
                "The Engine with α and D²LPM at 7.5× <i>speed</i>"),
                titles(pubs(load("    bib: pubs.bib\n"), "publications")).subList(0, 4),
                "no year first (work in progress); in 2024, the dated entry before the undated one");
        assertEquals(List.of("Über"), titles(pubs(load("    bib: pubs.bib\n"), "publications")).subList(4, 5).stream()
                .map(t -> t.substring(0, 4)).toList());
        // Oldest first: in 2024, the entry with only a year before the dated one; no year last.
        assertEquals(List.of("Über", "The ", "A Di", "Note", "Sket"), titles(pubs(load("    bib: {file: pubs.bib, sort: oldest}\n"),
                "publications")).stream().map(t -> t.substring(0, 4)).toList());
        assertEquals(List.of("Über", "The ", "Note", "A Di", "Sket"), titles(pubs(load("    bib: {file: pubs.bib, sort: file}\n"),
                "publications")).stream().map(t -> t.substring(0, 4)).toList());
    }

    @Test
    void sameDateKeepsTheFileOrder() throws IOException {
        Files.writeString(dir.resolve("same.bib"), "@misc{b, title = {B}, author = {X}, year = 2020}\n"
                + "@misc{a, title = {A}, author = {X}, year = 2020}\n@misc{c, title = {C}, author = {X}, year = 2020}\n");
        assertEquals(List.of("B", "A", "C"), titles(pubs(load("    bib: same.bib\n"), "publications")));
        assertEquals(List.of("B", "A", "C"), titles(pubs(load("    bib: {file: same.bib, sort: oldest}\n"), "publications")));
    }

    @Test
    void filtersByKeysYearsAndKeywords() throws IOException {
        assertEquals(List.of("Sket", "Über"), titles(pubs(load("    bib: {file: pubs.bib, keys: [mueller2021, QUILLFEATHER-UNDATED]}\n"),
                "publications")).stream().map(t -> t.substring(0, 4)).toList());
        assertEquals(List.of("Über", "Sket"), titles(pubs(load("    bib: {file: pubs.bib, keys: [mueller2021, quillfeather-undated],"
                + " sort: keys}\n"), "publications")).stream().map(t -> t.substring(0, 4)).toList());
        assertEquals(List.of("Note", "A Di", "The "), titles(pubs(load("    bib: {file: pubs.bib, years: 2022-}\n"),
                "publications")).stream().map(t -> t.substring(0, 4)).toList());
        assertEquals(List.of("The ", "Über"), titles(pubs(load("    bib: {file: pubs.bib, years: \"-2023\"}\n"),
                "publications")).stream().map(t -> t.substring(0, 4)).toList());
        assertEquals(List.of("Note", "A Di"), titles(pubs(load("    bib: {file: pubs.bib, years: 2024}\n"),
                "publications")).stream().map(t -> t.substring(0, 4)).toList());
        assertEquals(List.of("The "), titles(pubs(load("    bib: {file: pubs.bib, years: 2022–2023}\n"),
                "publications")).stream().map(t -> t.substring(0, 4)).toList());
        assertEquals(List.of("The ", "Über"), titles(pubs(load("    bib: {file: pubs.bib, keywords: [Systems]}\n"),
                "publications")).stream().map(t -> t.substring(0, 4)).toList());
    }

    @Test
    void changeAnnotatesAnEntryByItsKey() throws IOException {
        List<PublicationEntry> ps = pubs(load("    bib:\n      file: pubs.bib\n      keys: [quillfeather2024notes, quillfeather2023engine]\n"
                + "      change:\n        quillfeather2024notes: {note: Spotlight, venue: ICML}\n        quillfeather2023engine: {note: }\n"),
                "publications");
        assertEquals("Spotlight", ps.get(0).note().markdown());
        assertEquals("ICML", ps.get(0).venue().markdown());
        assertNull(ps.get(1).note(), "an empty value removes the key");
    }

    @Test
    void importedEntriesAreEntriesForVariantsSelectionsLimitsAndPages() throws IOException {
        load("base.yml", "name: Ada Quillfeather\nsections:\n  - title: Publications\n    bib: pubs.bib\n  - title: Notes\n    text: x\n");
        Resume v = load("v.yml", """
                extends: base.yml
                sections:
                  - id: publications
                    remove: [brambleby2024difference]
                    change:
                      mueller2021: {note: Oral, new_page: true}
                """);
        List<PublicationEntry> ps = pubs(v, "publications");
        assertEquals(4, ps.size());
        assertFalse(titles(ps).contains("A Difference Engine, “revisited”"));
        PublicationEntry mueller = ps.get(3);
        assertEquals("Oral", mueller.note().markdown());
        Section s = v.sections().get(0);
        assertEquals(new PageControl(true, null), s.entryPages().get(3));
        assertTrue(v.sources().contains(dir.resolve("pubs.bib")), "the .bib file is a source: " + v.sources());

        // Keywords are tags: a tag selection keeps the entries with the tag, and those without any.
        String twoOldest = "sections:\n  - title: Publications\n    limit: 2\n    bib: {file: pubs.bib, sort: oldest}\n";
        assertEquals(List.of("Über", "The "), titles(pubs(load("all.yml", "name: Ada Quillfeather\n" + twoOldest), "publications"))
                .stream().map(t -> t.substring(0, 4)).toList());
        Resume tagged = load("t.yml", "name: Ada Quillfeather\nselect: {tags: [selected]}\n" + twoOldest);
        assertEquals(List.of("The ", "A Di"), titles(pubs(tagged, "publications")).stream().map(t -> t.substring(0, 4)).toList(),
                "mueller2021's keywords are systems and theory: left out");
    }

    @Test
    void theBibFileIsADependency() throws IOException {
        load("base.yml", "name: Ada Quillfeather\nsections:\n  - title: Publications\n    bib: {file: pubs.bib}\n");
        Files.writeString(dir.resolve("v.yml"), "extends: base.yml\nsections:\n  - title: More\n    bib: pubs.bib\n");
        assertEquals(List.of(dir.resolve("v.yml"), dir.resolve("pubs.bib"), dir.resolve("base.yml")), Dependencies.of(dir.resolve("v.yml")));
    }

    // ---- errors ---------------------------------------------------------------------------------

    @Test
    void errorsInTheBibFilePointIntoIt() throws IOException {
        Files.writeString(dir.resolve("bad.bib"), "@misc{a,\n  author = {X},\n  year = 2020\n}\n@misc{b,\n  title = {B},\n"
                + "  author = {Y},\n  url = {https://ok.example.org},\n  code = {not a link},\n  month = {Smarch},\n  year = 2021\n}\n");
        Path f = dir.resolve("cv.yml");
        Files.writeString(f, "name: Ada Quillfeather\nsections:\n  - title: Publications\n    bib: bad.bib\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ResumeLoader(new Diagnostics()).load(f));
        List<String> all = e.diagnostics().stream().map(BibImportTest::where).toList();
        assertEquals(List.of(
                "bad.bib:1:1 the entry 'a' has no title | add title = {…} to it",
                "bad.bib:9:10 the code field 'not a link' is not a web link; it is left out | write a full address such as https://example.org/paper.pdf",
                "bad.bib:10:11 'month' must be a month, not 'Smarch' | write month = may (BibTeX's names: jan, feb, … dec), or a number from 1 to 12"),
                all);
    }

    @Test
    void errorsInTheBibMappingPointIntoTheYaml() throws IOException {
        assertEquals(List.of("cv.yml:4:10 cannot find the BibTeX file 'pub.bib' | did you mean 'pubs.bib'?"),
                errors("    bib: pub.bib\n").stream().map(BibImportTest::where).toList());
        assertEquals(List.of("cv.yml:4:34 pubs.bib has no entry 'muller2021' | did you mean 'mueller2021'?"),
                errors("    bib: {file: pubs.bib, keys: [muller2021]}\n").stream().map(BibImportTest::where).toList());
        assertEquals(List.of("cv.yml:4:34 'years' must be a year or a range of years, not 'recent' | write 2024, 2019-2022, 2023- (from 2023) or -2020 (until 2020)"),
                errors("    bib: {file: pubs.bib, years: recent}\n").stream().map(BibImportTest::where).toList());
        assertEquals(List.of("cv.yml:4:33 sort must be newest, oldest, file or keys, not 'latest' | null"),
                errors("    bib: {file: pubs.bib, sort: latest}\n").stream().map(BibImportTest::where).toList());
        assertEquals(List.of("cv.yml:4:36 pubs.bib has no entry 'quillfeather2024note' | did you mean 'quillfeather2024notes'?"),
                errors("    bib: {file: pubs.bib, change: {quillfeather2024note: {note: x}}}\n").stream().map(BibImportTest::where).toList());
        assertEquals(List.of("cv.yml:4:5 a section holds one kind of content; this one has 'publications' and 'bib' | put the .bib entries in a section of their own"),
                errors("    bib: pubs.bib\n    publications: []\n").stream().map(BibImportTest::where).toList());
        assertEquals(List.of("cv.yml:4:50 unknown key 'file' in a publication entry | valid keys: title, authors, edited, venue, year, date,"
                        + " when, status, note, links, abstract, subjects, id, tags, lang, new_page or keep_together"),
                errors("    bib: {file: pubs.bib, change: {mueller2021: {file: x}}}\n").stream().map(BibImportTest::where).toList());
        // A misspelt 'file' is said once: as the misspelling, not also as a missing key.
        assertEquals(List.of("cv.yml:4:11 unknown key 'filter' in a BibTeX import; did you mean 'file'? | null"),
                errors("    bib: {filter: pubs.bib}\n").stream().map(BibImportTest::where).toList());
        assertEquals(List.of("cv.yml:4:9 a BibTeX import needs 'file' | write `bib: publications.bib`, a path relative to this file"),
                errors("    bib:\n").stream().map(BibImportTest::where).toList());
    }
}
