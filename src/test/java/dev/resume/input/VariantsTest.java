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
import dev.resume.model.Entry.AwardEntry;
import dev.resume.model.Entry.Bullet;
import dev.resume.model.Entry.EducationEntry;
import dev.resume.model.Entry.ExperienceEntry;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.model.Show;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of extends (docs/format.md, "Variants") and of selections ("Selecting"). */
class VariantsTest {
    @TempDir
    Path dir;

    /** A base with three sections; entries named by their natural ids. */
    static final String BASE = """
            name: Ada Quillfeather
            headline: Analyst
            contact:
              - email: ada@example.org
            sections:
              - title: Education
                education:
                  - institution: University of London
                    degree: Mathematics
                    tags: [academic]
                  - institution: Home School
                    bullets: [Tutored by De Morgan]
              - title: Experience
                experience:
                  - organization: Analytical Engine Co.
                    role: Programmer
                    tags: [industry]
                    bullets:
                      - text: Wrote the first program
                        tags: [industry]
                      - text: Translated Menabrea's paper
                        tags: [academic]
                  - organization: Royal Society
                    role: Fellow
              - title: Publications
                id: pubs
                publications:
                  - title: Notes on the Analytical Engine
                    authors: [A. Quillfeather]
                    year: 1843
                  - title: Sketch of the Engine
                    authors: [L. Menabrea, A. Quillfeather]
                    year: 1842
                  - title: Letters
                    authors: [A. Quillfeather]
                    year: 1844
              - title: Awards
                tags: [academic]
                awards:
                  - title: Prize
            """;

    @BeforeEach
    void base() throws IOException {
        Files.writeString(dir.resolve("base.yml"), BASE);
    }

    private Resume load(String variant) throws IOException {
        return load(variant, Selection.NONE);
    }

    private Resume load(String variant, Selection selection) throws IOException {
        Path file = dir.resolve("variant.yml");
        Files.writeString(file, variant);
        return new ResumeLoader(new Diagnostics()).select(selection).load(file);
    }

    private List<Diagnostic> errors(String variant) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(variant));
        return e.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    private static List<String> ids(Resume r) {
        return r.sections().stream().map(Section::id).toList();
    }

    private static Section section(Resume r, String id) {
        return r.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> titles(Section s) {
        return s.entries().stream().map(e -> switch (e) {
            case PublicationEntry p -> p.title().markdown();
            case EducationEntry ed -> ed.institution().markdown();
            case ExperienceEntry ex -> ex.organization().markdown();
            case AwardEntry a -> a.title().markdown();
            default -> e.toString();
        }).toList();
    }

    @Test
    void aVariantThatSaysNothingIsItsBase() throws IOException {
        Resume r = load("extends: base.yml\n");
        Resume base = new ResumeLoader(new Diagnostics()).load(dir.resolve("base.yml"));
        assertEquals(ids(base), ids(r));
        assertEquals(List.of(dir.resolve("variant.yml"), dir.resolve("base.yml")), r.sources());
        assertEquals(List.of(dir.resolve("base.yml")), base.sources());
    }

    @Test
    void scalarsAndListsReplaceTheBases() throws IOException {
        Resume r = load("extends: base.yml\nheadline: Mathematician\ncontact: [{website: ada.example.org}]\n");
        assertEquals("Mathematician", r.headline().markdown());
        assertEquals("Ada Quillfeather", r.name().markdown());
        assertEquals(1, r.contact().size());
        assertEquals("ada.example.org", r.contact().get(0).display());
    }

    @Test
    void anEmptyValueRemovesTheBasesKey() throws IOException {
        assertNull(load("extends: base.yml\nheadline:\n").headline());
    }

    @Test
    void showAndSelectMergeKeyByKey() throws IOException {
        Files.writeString(dir.resolve("mid.yml"), "extends: base.yml\nshow: {abstracts: true}\nselect: {omit: [awards]}\n");
        Resume r = load("extends: mid.yml\nshow: {form: one-line}\n");
        assertEquals(new Show(true, null, null, null, null, null, null, Show.Form.ONE_LINE), r.show());
        assertFalse(ids(r).contains("awards"), "the middle file's omit still holds");
        assertEquals(List.of(dir.resolve("variant.yml"), dir.resolve("mid.yml"), dir.resolve("base.yml")), r.sources());
    }

    @Test
    void aSectionIsNamedByIdOrTitleAndItsKeysReplaceTheBases() throws IOException {
        Resume r = load("""
                extends: base.yml
                sections:
                  - id: pubs
                    title: Selected Papers
                  - title: Education
                    hidden: true
                """);
        assertEquals("Selected Papers", section(r, "pubs").title().markdown());
        assertEquals(3, section(r, "pubs").entries().size(), "the entries stay");
        assertTrue(section(r, "education").hidden());
    }

    @Test
    void aContentKeyReplacesTheEntries() throws IOException {
        Resume r = load("""
                extends: base.yml
                sections:
                  - id: pubs
                    publications:
                      - title: Only this
                        authors: [A. Quillfeather]
                """);
        assertEquals(List.of("Only this"), titles(section(r, "pubs")));
    }

    @Test
    void removeChangePrependAndAppendEditTheEntries() throws IOException {
        Resume r = load("""
                extends: base.yml
                sections:
                  - id: pubs
                    remove: [sketch-of-the-engine]
                    change:
                      notes: {note: Spotlight, year: 1845}
                    prepend:
                      - title: First
                        authors: [A. Quillfeather]
                    append:
                      - title: Last
                        authors: [A. Quillfeather]
                """);
        Section pubs = section(r, "pubs");
        assertEquals(List.of("First", "Notes on the Analytical Engine", "Letters", "Last"), titles(pubs));
        PublicationEntry notes = (PublicationEntry) pubs.entries().get(1);
        assertEquals("Spotlight", notes.note().markdown());
        assertEquals(1845, notes.year());
        assertEquals("A. Quillfeather", notes.authors().get(0).name(), "the keys not changed stay");
    }

    @Test
    void aChangeWithAnEmptyValueRemovesTheKeyAndABareBulletBecomesAMapping() throws IOException {
        Resume r = load("""
                extends: base.yml
                sections:
                  - id: education
                    change:
                      university-of-london: {degree: }
                  - title: Talks
                    bullets: [One, Two]
                """);
        assertNull(((EducationEntry) section(r, "education").entries().get(0)).degree());
        Files.writeString(dir.resolve("two.yml"), "extends: variant.yml\nsections:\n  - id: talks\n    change:\n      two: {text: Three}\n");
        Resume two = new ResumeLoader(new Diagnostics()).load(dir.resolve("two.yml"));
        assertEquals("Three", ((Bullet) section(two, "talks").entries().get(1)).text().markdown());
    }

    @Test
    void aNewSectionIsAddedAtTheEndAndOrderRearranges() throws IOException {
        Resume r = load("""
                extends: base.yml
                order: [pubs, teaching]
                sections:
                  - title: Teaching
                    bullets: [Mathematics]
                """);
        assertEquals(List.of("pubs", "teaching", "education", "experience", "awards"), ids(r));
        Resume end = load("extends: base.yml\nsections:\n  - title: Teaching\n    bullets: [Mathematics]\n");
        assertEquals("teaching", ids(end).get(ids(end).size() - 1));
    }

    @Test
    void anEntryMayBeNamedByTheFirstWordsOfItsId() throws IOException {
        Resume r = load("extends: base.yml\nsections:\n  - id: experience\n    remove: [analytical]\n");
        assertEquals(List.of("Royal Society"), titles(section(r, "experience")));
    }

    @Test
    void chainsWork() throws IOException {
        Files.writeString(dir.resolve("mid.yml"), "extends: base.yml\nheadline: Middle\nsections:\n  - id: pubs\n    remove: [letters]\n");
        Resume r = load("extends: mid.yml\nsections:\n  - id: pubs\n    append: [{title: New, authors: [A. Quillfeather]}]\n");
        assertEquals("Middle", r.headline().markdown());
        assertEquals(List.of("Notes on the Analytical Engine", "Sketch of the Engine", "New"), titles(section(r, "pubs")));
    }

    @Test
    void cyclesAndMissingBasesAreClearErrorsAtTheirPlace() throws IOException {
        Files.writeString(dir.resolve("a.yml"), "extends: variant.yml\n");
        List<Diagnostic> cycle = errors("extends: a.yml\n");
        assertEquals(1, cycle.size());
        assertTrue(cycle.get(0).message().contains("a loop of extends: "), cycle.get(0).message());
        assertEquals(dir.resolve("a.yml"), cycle.get(0).pos().file());
        assertEquals(1, cycle.get(0).pos().line());
        assertEquals(10, cycle.get(0).pos().column());

        List<Diagnostic> self = errors("extends: variant.yml\n");
        assertTrue(self.get(0).message().contains("variant.yml → variant.yml"), self.get(0).message());

        List<Diagnostic> missing = errors("extends: bas.yml\n");
        assertTrue(missing.get(0).message().contains("cannot find the base résumé 'bas.yml'"));
        assertEquals("did you mean 'base.yml'?", missing.get(0).hint());
        assertEquals(10, missing.get(0).pos().column());
    }

    @Test
    void mistakesInAVariantAreAllReportedWithSuggestions() {
        List<Diagnostic> ds = errors("""
                extends: base.yml
                ordr: [pubs]
                sections:
                  - id: pub
                    limit: 2
                  - id: education
                    remove: [oxford]
                    change:
                      home: {degree: X}
                  - id: experience
                    experience: []
                    append: [{organization: X}]
                """);
        List<String> messages = ds.stream().map(Diagnostic::message).toList();
        assertTrue(messages.get(0).contains("unknown key 'ordr'") && messages.get(0).contains("'order'"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("has no section 'pub'")), messages.toString());
        assertTrue(ds.stream().anyMatch(d -> "did you mean 'pubs'?".equals(d.hint())));
        assertTrue(messages.stream().anyMatch(m -> m.contains("has no entry 'oxford'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'experience' replaces the entries")), messages.toString());
        assertEquals(4, ds.size(), messages.toString());
        assertTrue(ds.stream().allMatch(d -> d.pos().file().endsWith("variant.yml") && d.pos().line() > 0));
    }

    @Test
    void anAmbiguousEntryNameIsAnError() throws IOException {
        Files.writeString(dir.resolve("base.yml"), BASE.replace("Royal Society", "Analytical Engine Co."));
        List<Diagnostic> ds = errors("extends: base.yml\nsections:\n  - id: experience\n    remove: [analytical-engine-co]\n");
        assertTrue(ds.get(0).message().contains("names 2 entries"), ds.get(0).message());
        assertEquals("give each of them its own `id:` in the base", ds.get(0).hint());
    }

    // ---- selection ---------------------------------------------------------------------------

    @Test
    void tagsKeepTheMatchingAndTheUntagged() throws IOException {
        Resume r = load("extends: base.yml\nselect: {tags: [industry]}\n");
        assertEquals(List.of("Home School"), titles(section(r, "education")), "the academic degree goes; the untagged stays");
        ExperienceEntry engine = (ExperienceEntry) section(r, "experience").entries().get(0);
        assertEquals(List.of("Wrote the first program"), engine.roles().get(0).bullets().stream().map(b -> b.text().markdown()).toList(),
                "bullets are selected too");
        assertFalse(ids(r).contains("awards"), "a section tagged otherwise goes");

        Resume academic = load("extends: base.yml\n", new Selection(List.of("Academic"), null, null));
        assertEquals(List.of("University of London", "Home School"), titles(section(academic, "education")));
        assertEquals(List.of("Royal Society"), titles(section(academic, "experience")), "tags are compared in any case");
        assertTrue(ids(academic).contains("awards"));
    }

    @Test
    void withoutASelectionEverythingStays() throws IOException {
        Resume r = load("extends: base.yml\n");
        assertEquals(2, section(r, "education").entries().size());
        assertEquals(2, ((ExperienceEntry) section(r, "experience").entries().get(0)).roles().get(0).bullets().size());
    }

    @Test
    void aSectionWhoseEntriesAreAllLeftOutGoes() throws IOException {
        Files.writeString(dir.resolve("base.yml"), BASE.replace("  - title: Awards\n    tags: [academic]\n",
                "  - title: Awards\n").replace("      - title: Prize\n", "      - title: Prize\n        tags: [academic]\n"));
        assertFalse(ids(load("extends: base.yml\nselect: {tags: [industry]}\n")).contains("awards"));
    }

    @Test
    void anUnknownTagIsAWarningWithASuggestion() throws IOException {
        Path file = dir.resolve("variant.yml");
        Files.writeString(file, "extends: base.yml\nselect: {tags: [industy]}\n");
        Diagnostics d = new Diagnostics();
        new ResumeLoader(d).load(file);
        Diagnostic w = d.all().get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("no entry or section has the tag 'industy'", w.message());
        assertEquals("did you mean 'industry'?", w.hint());
        assertEquals(2, w.pos().line());
    }

    @Test
    void onlyPicksAndOrdersSectionsAndShowsAHiddenOne() throws IOException {
        Files.writeString(dir.resolve("base.yml"), BASE.replace("    id: pubs\n", "    id: pubs\n    hidden: true\n"));
        Resume r = load("extends: base.yml\nselect: {only: [pubs, education]}\n");
        assertEquals(List.of("pubs", "education"), ids(r));
        assertFalse(section(r, "pubs").hidden());
    }

    @Test
    void omitLeavesSectionsOutAndTheCommandLineWins() throws IOException {
        Resume r = load("extends: base.yml\nselect: {omit: [awards]}\n");
        assertEquals(List.of("education", "experience", "pubs"), ids(r));
        Resume cli = load("extends: base.yml\nselect: {omit: [awards]}\n", new Selection(null, null, List.of("pubs")));
        assertEquals(List.of("education", "experience", "awards"), ids(cli));
        Resume only = load("extends: base.yml\nselect: {omit: [awards]}\n", new Selection(null, List.of("awards"), null));
        assertEquals(List.of(), ids(only), "--only replaces only; the file's omit still leaves awards out");
    }

    @Test
    void anUnknownSectionInOnlyOrOmitIsAnError() {
        List<Diagnostic> ds = errors("extends: base.yml\nselect: {only: [pubs, educaton]}\n");
        assertEquals("only names no section 'educaton'", ds.get(0).message());
        assertEquals("did you mean 'education'?", ds.get(0).hint());
        assertEquals(2, ds.get(0).pos().line());
        InvalidInputException cli = assertThrows(InvalidInputException.class,
                () -> load("extends: base.yml\n", new Selection(null, null, List.of("award"))));
        assertEquals("--omit names no section 'award'", cli.diagnostics().get(0).message());
    }

    @Test
    void limitKeepsTheFirstEntriesAfterTheTags() throws IOException {
        Resume r = load("extends: base.yml\nsections:\n  - id: pubs\n    limit: 2\n");
        assertEquals(List.of("Notes on the Analytical Engine", "Sketch of the Engine"), titles(section(r, "pubs")));
        assertTrue(errors("extends: base.yml\nsections:\n  - id: pubs\n    limit: 0\n").get(0).message().contains("1 or more"));
    }

    @Test
    void showAndPageControlAreRead() throws IOException {
        Resume r = load("""
                extends: base.yml
                show: {abstracts: true, links: false}
                sections:
                  - id: pubs
                    new_page: true
                    show: {form: one-line, authors: no}
                    change:
                      letters: {keep_together: false, new_page: true}
                """);
        Section pubs = section(r, "pubs");
        assertEquals(new Show(true, null, false, null, null, null, null, null), r.show());
        assertEquals(new Show(null, null, null, null, null, false, null, Show.Form.ONE_LINE), pubs.show());
        assertEquals(Boolean.TRUE, pubs.page().newPage());
        assertEquals(Boolean.FALSE, pubs.entryPages().get(2).keepTogether());
        assertEquals(Boolean.TRUE, pubs.entryPages().get(2).newPage());
        assertNull(pubs.entryPages().get(0).newPage());
        assertTrue(errors("extends: base.yml\nshow: {form: compact}\n").get(0).message().contains("full or one-line"));
    }

    @Test
    void selectionWorksInAFileWithoutExtends() throws IOException {
        Path file = dir.resolve("base.yml");
        Resume r = new ResumeLoader(new Diagnostics()).select(new Selection(List.of("industry"), List.of("experience"), null)).load(file);
        assertEquals(List.of("experience"), ids(r));
    }
}
