package dev.resume.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.Severity;
import dev.resume.model.Author;
import dev.resume.model.ContactItem;
import dev.resume.model.ContactKind;
import dev.resume.model.Entry;
import dev.resume.model.Entry.AwardEntry;
import dev.resume.model.Entry.Bullet;
import dev.resume.model.Entry.EducationEntry;
import dev.resume.model.Entry.ExperienceEntry;
import dev.resume.model.Entry.GenericEntry;
import dev.resume.model.Entry.Paragraph;
import dev.resume.model.Entry.ProjectEntry;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Entry.SkillEntry;
import dev.resume.model.Link;
import dev.resume.model.PartialDate;
import dev.resume.model.Resume;
import dev.resume.model.Role;
import dev.resume.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeLoaderTest {
    private static final Path FILE = Path.of("t.yml");

    private static Resume load(String yaml) {
        return new ResumeLoader(new Diagnostics()).parse(FILE, yaml);
    }

    /** Parses text that must be invalid and returns its diagnostics. */
    private static List<Diagnostic> errors(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ResumeLoader(new Diagnostics()).parse(FILE, yaml));
        assertFalse(e.diagnostics().isEmpty(), "an invalid file reports at least one diagnostic");
        return e.diagnostics();
    }

    private static String describe(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.pos() + ": " + d.message() + " [" + d.hint() + "]").collect(Collectors.joining("\n"));
    }

    /** The single error of an invalid file. */
    private static Diagnostic onlyError(String yaml) {
        List<Diagnostic> ds = errors(yaml);
        assertEquals(1, ds.size(), () -> "expected exactly one diagnostic, got:\n" + describe(ds));
        assertEquals(Severity.ERROR, ds.get(0).severity());
        return ds.get(0);
    }

    /** A résumé with one section of the given body (indented under the section's content key). */
    private static String oneSection(String title, String body) {
        return "name: Shiyi Cao\nsections:\n  - title: " + title + "\n" + body;
    }

    private static Section single(Resume r) {
        assertEquals(1, r.sections().size());
        return r.sections().get(0);
    }

    // ---- a whole résumé -------------------------------------------------------------------

    @Test
    void minimalResumeLoadsEveryKindIntoItsRecord() {
        Resume r = load("""
                name: Ada Quillfeather
                headline: Analyst and metaphysician
                keywords: [analysis, engines]
                sections:
                  - title: Education
                    education:
                      - institution: University of London
                        degree: Private tuition
                        start: 1840
                        end: 1842
                  - title: Experience
                    experience:
                      - organization: Analytical Engine Co.
                        role: Analyst
                  - title: Publications
                    publications:
                      - title: Notes
                        authors: [Ada Quillfeather, Charles Brambleby]
                        year: 1843
                  - title: Awards
                    awards:
                      - title: A medal
                        date: 1850
                  - title: Projects
                    projects:
                      - name: Engine
                        url: https://example.org/engine
                  - title: Skills
                    skills:
                      - label: Maths
                        details: Bernoulli numbers
                  - title: Summary
                    text: A paragraph.
                  - title: Services
                    bullets:
                      - Reviewer
                  - title: Talks
                    entries:
                      - title: A talk
                """);
        assertEquals("Ada Quillfeather", r.name().markdown());
        assertEquals("Analyst and metaphysician", r.headline().markdown());
        assertEquals(List.of("analysis", "engines"), r.keywords());
        assertEquals(FILE, r.source());
        assertNull(r.theme());
        List<Entry.Kind> kinds = r.sections().stream().map(Section::kind).toList();
        assertEquals(List.of(Entry.Kind.EDUCATION, Entry.Kind.EXPERIENCE, Entry.Kind.PUBLICATIONS, Entry.Kind.AWARDS,
                Entry.Kind.PROJECTS, Entry.Kind.SKILLS, Entry.Kind.TEXT, Entry.Kind.BULLETS, Entry.Kind.ENTRIES), kinds);
        List<Class<?>> types = List.of(EducationEntry.class, ExperienceEntry.class, PublicationEntry.class, AwardEntry.class,
                ProjectEntry.class, SkillEntry.class, Paragraph.class, Bullet.class, GenericEntry.class);
        for (int i = 0; i < types.size(); i++) {
            Section s = r.sections().get(i);
            assertEquals(1, s.entries().size(), s.title().markdown());
            assertInstanceOf(types.get(i), s.entries().get(0), s.title().markdown());
        }
        EducationEntry edu = (EducationEntry) r.sections().get(0).entries().get(0);
        assertEquals("University of London", edu.institution().markdown());
        assertEquals("Private tuition", edu.degree().markdown());
        assertEquals(PartialDate.of(1840, 0, 0), edu.dates().start());
        assertEquals(PartialDate.of(1842, 0, 0), edu.dates().end());
        assertEquals("Education", r.sections().get(0).title().markdown());
        assertEquals("A paragraph.", ((Paragraph) r.sections().get(6).entries().get(0)).text().markdown());
        assertEquals("Reviewer", ((Bullet) r.sections().get(7).entries().get(0)).text().markdown());
        assertEquals("https://example.org/engine", ((ProjectEntry) r.sections().get(4).entries().get(0)).url());
    }

    @Test
    void textPositionsAreOneBased() {
        Resume r = load("name: Ada Quillfeather\nsections:\n  - title: Summary\n    text: Hello\n");
        assertEquals(1, r.name().pos().line());
        assertEquals(7, r.name().pos().column());
        Paragraph p = (Paragraph) single(r).entries().get(0);
        assertEquals(4, p.text().pos().line());
        assertEquals(11, p.text().pos().column());
    }

    @Test
    void textSectionTakesAListOfParagraphs() {
        Section s = single(load(oneSection("Interests", "    text:\n      - First.\n      - Second.\n")));
        assertEquals(List.of("First.", "Second."),
                s.entries().stream().map(e -> ((Paragraph) e).text().markdown()).toList());
    }

    @Test
    void missingNameAndSectionsAreErrors() {
        List<Diagnostic> ds = errors("headline: x\n");
        String all = describe(ds);
        assertTrue(all.contains("'name'"), all);
        assertTrue(all.contains("'sections'"), all);
    }

    @Test
    void sectionWithTwoKindsIsAnError() {
        Diagnostic d = onlyError(oneSection("Mixed", "    bullets: [a]\n    text: b\n"));
        assertTrue(d.message().contains("one kind of content"), d.message());
    }

    // ---- experience -----------------------------------------------------------------------

    @Test
    void singleRoleShorthand() {
        Section s = single(load(oneSection("Experience", """
                    experience:
                      - organization: NVIDIA Research
                        location: Santa Clara, California
                        role: Research Intern
                        note: Managers - Prof. Song Han
                        start: 2024-05
                        end: 2024-12
                        bullets: [Efficient fine-tuning.]
                """)));
        ExperienceEntry e = (ExperienceEntry) s.entries().get(0);
        assertEquals("NVIDIA Research", e.organization().markdown());
        assertEquals("Santa Clara, California", e.location().markdown());
        assertEquals(1, e.roles().size());
        Role role = e.roles().get(0);
        assertEquals("Research Intern", role.title().markdown());
        assertEquals("Managers - Prof. Song Han", role.note().markdown());
        assertEquals(PartialDate.of(2024, 5, 0), role.dates().start());
        assertEquals(PartialDate.of(2024, 12, 0), role.dates().end());
        assertEquals(List.of("Efficient fine-tuning."), role.bullets().stream().map(b -> b.text().markdown()).toList());
    }

    @Test
    void listOfRoles() {
        Section s = single(load(oneSection("Experience", """
                    experience:
                      - organization: Sky Computing Lab
                        roles:
                          - role: Research Intern
                            start: 2025-07
                            end: present
                            bullets: [One]
                          - role: Visiting Student
                            location: Berkeley
                            start: 2024-08
                            end: 2024-12
                """)));
        ExperienceEntry e = (ExperienceEntry) s.entries().get(0);
        assertEquals(2, e.roles().size());
        assertEquals("Research Intern", e.roles().get(0).title().markdown());
        assertTrue(e.roles().get(0).dates().end().present());
        assertEquals(1, e.roles().get(0).bullets().size());
        assertEquals("Visiting Student", e.roles().get(1).title().markdown());
        assertEquals("Berkeley", e.roles().get(1).location().markdown());
        assertEquals(PartialDate.of(2024, 8, 0), e.roles().get(1).dates().start());
        assertTrue(e.roles().get(1).bullets().isEmpty());
    }

    @Test
    void inlineRoleBesideRolesIsAnError() {
        Diagnostic d = onlyError(oneSection("Experience", """
                    experience:
                      - organization: Lab
                        role: Intern
                        roles:
                          - role: Student
                """));
        assertTrue(d.message().contains("'role' belongs inside"), d.message());
        assertEquals(6, d.pos().line());
    }

    // ---- bullets --------------------------------------------------------------------------

    @Test
    void nestedBulletsOneLevel() {
        Section s = single(load(oneSection("Services", """
                    bullets:
                      - Plain bullet.
                      - text: "**SkyNomad**: scheduling"
                        bullets:
                          - Child one.
                          - Child two.
                """)));
        assertEquals(2, s.entries().size());
        Bullet plain = (Bullet) s.entries().get(0);
        assertTrue(plain.children().isEmpty());
        Bullet parent = (Bullet) s.entries().get(1);
        assertEquals("**SkyNomad**: scheduling", parent.text().markdown());
        assertEquals(List.of("Child one.", "Child two."), parent.children().stream().map(b -> b.text().markdown()).toList());
    }

    @Test
    void bulletsNestedTwoLevelsAreAnError() {
        Diagnostic d = onlyError(oneSection("Services", """
                    bullets:
                      - text: Level one
                        bullets:
                          - text: Level two
                            bullets:
                              - Level three
                """));
        assertTrue(d.message().contains("one level"), d.message());
        assertEquals(8, d.pos().line());
    }

    @Test
    void entryBulletsNestOneLevelToo() {
        Section s = single(load(oneSection("Education", """
                    education:
                      - institution: MIT
                        bullets:
                          - text: Advisor
                            bullets: [Prof. X]
                """)));
        EducationEntry e = (EducationEntry) s.entries().get(0);
        assertEquals("Prof. X", e.bullets().get(0).children().get(0).text().markdown());
    }

    @Test
    void emptyBulletIsAnError() {
        Diagnostic d = onlyError(oneSection("Services", "    bullets:\n      - One\n      -\n"));
        assertTrue(d.message().contains("empty bullet"), d.message());
    }

    // ---- publications ---------------------------------------------------------------------

    private static List<Author> authors(String name, String aliases, String authorLines) {
        String yaml = "name: " + name + "\n" + (aliases == null ? "" : "aliases: " + aliases + "\n") + """
                sections:
                  - title: Publications
                    publications:
                      - title: A paper
                        authors:
                """ + authorLines;
        PublicationEntry p = (PublicationEntry) single(load(yaml)).entries().get(0);
        return p.authors();
    }

    @Test
    void authorMarksAreSplitOff() {
        List<Author> a = authors("Someone Else", null, """
                          - Ying Sheng*
                          - Dacheng Li†
                          - Ion Stoica*†
                          - Joseph Gonzalez
                """);
        assertEquals(List.of("Ying Sheng", "Dacheng Li", "Ion Stoica", "Joseph Gonzalez"), a.stream().map(Author::name).toList());
        assertEquals(List.of("*", "†", "*†", ""), a.stream().map(Author::marks).toList());
        assertEquals("Ion Stoica*†", a.get(2).written());
        assertTrue(a.stream().noneMatch(Author::isOwner));
    }

    @Test
    void ownerIsRecognisedUnderEveryDerivedSpelling() {
        List<Author> a = authors("Shiyi Cao", "[Cao Shiyi]", """
                          - Shiyi Cao*
                          - S. Cao
                          - "Cao, Shiyi"
                          - Cao Shiyi
                          - Shiyu Cao
                          - Y. Cao
                          - shiyi cao
                """);
        assertEquals(List.of(true, true, true, true, false, false, true), a.stream().map(Author::isOwner).toList(),
                a.toString());
        assertEquals("*", a.get(0).marks());
        assertEquals("Shiyi Cao", a.get(0).name());
    }

    @Test
    void aliasIsNeededForAnUnderivableSpelling() {
        String lines = "              - Cao Shiyi\n";
        assertFalse(authors("Shiyi Cao", null, lines).get(0).isOwner(), "'Cao Shiyi' is not derived from 'Shiyi Cao'");
        assertTrue(authors("Shiyi Cao", "[Cao Shiyi]", lines).get(0).isOwner());
    }

    @Test
    void publicationFieldsAndLinks() {
        Section s = single(load(oneSection("Publications", """
                    publications:
                      - title: "S-LoRA: Serving Adapters"
                        authors: [Ying Sheng, Shiyi Cao]
                        venue: MLSys
                        year: 2024
                        date: 2023-11-06
                        note: Spotlight
                        subjects: [LG, DC]
                        abstract: An abstract.
                        links:
                          arxiv: 2404.09526
                          doi: 10.1145/x
                          code: https://github.com/S-LoRA/S-LoRA
                          website: example.org/slora
                """)));
        PublicationEntry p = (PublicationEntry) s.entries().get(0);
        assertEquals("S-LoRA: Serving Adapters", p.title().markdown());
        assertEquals(2024, p.year());
        assertEquals(PartialDate.of(2023, 11, 6), p.date());
        assertEquals("Spotlight", p.note().markdown());
        assertEquals(List.of("LG", "DC"), p.subjects());
        assertEquals("An abstract.", p.abstractText().markdown());
        assertEquals(6, p.authorsPos().line());
        assertEquals(List.of("arXiv", "DOI", "Code", "Website"), p.links().stream().map(Link::label).toList());
        assertEquals(List.of("https://arxiv.org/abs/2404.09526", "https://doi.org/10.1145/x", "https://github.com/S-LoRA/S-LoRA",
                "https://example.org/slora"), p.links().stream().map(Link::url).toList());
        assertTrue(p.authors().get(1).isOwner());
    }

    @Test
    void arxivIdWithPrefixAndVersion() {
        Section s = single(load(oneSection("Publications", """
                    publications:
                      - title: T
                        authors: [A B]
                        links: {arxiv: "arXiv:2311.03285v2", paper: https://arxiv.org/pdf/2311.03285}
                """)));
        PublicationEntry p = (PublicationEntry) s.entries().get(0);
        assertEquals("https://arxiv.org/abs/2311.03285v2", p.links().get(0).url());
        assertEquals("https://arxiv.org/pdf/2311.03285", p.links().get(1).url());
    }

    @Test
    void numbersKeepTheirSpelling() {
        // YAML reads these as numbers; the loader must keep them as written.
        Resume r = load("""
                name: A B
                contact:
                  - phone: 0044207946000
                sections:
                  - title: Publications
                    publications:
                      - title: T
                        authors: [A B]
                        year: 2024
                        links: {arxiv: 2404.10000}
                """);
        assertEquals("0044207946000", r.contact().get(0).display());
        PublicationEntry p = (PublicationEntry) single(r).entries().get(0);
        assertEquals("https://arxiv.org/abs/2404.10000", p.links().get(0).url());
    }

    @Test
    void unknownLinkKeyIsAnError() {
        Diagnostic d = onlyError(oneSection("Publications", """
                    publications:
                      - title: T
                        authors: [A B]
                        links: {arxv: 2404.09526}
                """));
        assertTrue(d.message().contains("did you mean 'arxiv'"), d.message());
    }

    @Test
    void publicationWithoutAuthorsIsAnError() {
        Diagnostic d = onlyError(oneSection("Publications", "    publications:\n      - title: T\n"));
        assertTrue(d.message().contains("'authors'"), d.message());
    }

    // ---- dates ----------------------------------------------------------------------------

    private static Section datedAward(String dateLines) {
        return single(load(oneSection("Awards", "    awards:\n      - title: Prize\n" + dateLines)));
    }

    private static Diagnostic datedAwardError(String dateLines) {
        return onlyError(oneSection("Awards", "    awards:\n      - title: Prize\n" + dateLines));
    }

    @Test
    void dateForms() {
        AwardEntry year = (AwardEntry) datedAward("        date: 2024\n").entries().get(0);
        assertEquals(PartialDate.of(2024, 0, 0), year.dates().start());
        assertNull(year.dates().end());
        AwardEntry month = (AwardEntry) datedAward("        date: 2024-05\n").entries().get(0);
        assertEquals(PartialDate.of(2024, 5, 0), month.dates().start());
        AwardEntry day = (AwardEntry) datedAward("        date: 2024-05-17\n").entries().get(0);
        assertEquals(PartialDate.of(2024, 5, 17), day.dates().start());
        AwardEntry present = (AwardEntry) datedAward("        start: 2023-09\n        end: present\n").entries().get(0);
        assertEquals(PartialDate.of(2023, 9, 0), present.dates().start());
        assertEquals(PartialDate.PRESENT, present.dates().end());
        AwardEntry expected = (AwardEntry) datedAward("        start: 2022-09\n        end: 2026-06\n        expected: true\n")
                .entries().get(0);
        assertTrue(expected.dates().expected());
        assertEquals(PartialDate.of(2026, 6, 0), expected.dates().end());
        AwardEntry when = (AwardEntry) datedAward("        when: Fall 2024, Spring 2025\n").entries().get(0);
        assertEquals("Fall 2024, Spring 2025", when.dates().when().markdown());
        assertNull(when.dates().start());
    }

    @Test
    void spelledOutMonthIsAnErrorWithTheIsoHint() {
        Diagnostic d = datedAwardError("        start: Sept 2023\n        end: present\n");
        assertTrue(d.message().contains("Sept 2023"), d.message());
        assertNotNull(d.hint());
        assertTrue(d.hint().contains("2023-09"), d.hint());
        assertEquals(6, d.pos().line());
        assertEquals(16, d.pos().column());
    }

    @Test
    void endBeforeStartIsAnError() {
        Diagnostic d = datedAwardError("        start: 2024-05\n        end: 2023-01\n");
        assertTrue(d.message().contains("before"), d.message());
        assertEquals(7, d.pos().line());
    }

    @Test
    void sameMonthRangeIsFine() {
        AwardEntry a = (AwardEntry) datedAward("        start: 2024-05\n        end: 2024-05\n").entries().get(0);
        assertEquals(a.dates().start(), a.dates().end());
    }

    @Test
    void rangeIsComparedAtTheCoarserPrecision() {
        // "May 2024 – 2024" and "May 17 – May 2024" do not end before they start.
        datedAward("        start: 2024-05\n        end: 2024\n");
        datedAward("        start: 2024-05-17\n        end: 2024-05\n");
        datedAward("        start: 2024\n        end: 2024-01\n");
        // Real inversions still are errors, at any precision.
        assertTrue(datedAwardError("        start: 2024-05\n        end: 2024-04-30\n").message().contains("before"));
        assertTrue(datedAwardError("        start: 2025\n        end: 2024-12\n").message().contains("before"));
        assertTrue(datedAwardError("        start: 2024-05-17\n        end: 2024-05-16\n").message().contains("before"));
        assertTrue(datedAwardError("        start: present\n        end: 2024\n").message().contains("before"));
    }

    @Test
    void monthThirteenIsAnError() {
        Diagnostic d = datedAwardError("        date: 2024-13\n");
        assertTrue(d.message().contains("month 13"), d.message());
    }

    @Test
    void endWithoutStartIsAnError() {
        Diagnostic d = datedAwardError("        end: 2024\n");
        assertTrue(d.message().contains("'end' without 'start'"), d.message());
    }

    @Test
    void expectedWithoutEndIsAnError() {
        Diagnostic d = datedAwardError("        expected: true\n");
        assertTrue(d.message().contains("'expected'"), d.message());
    }

    // ---- unknown keys and error reporting -------------------------------------------------

    @Test
    void misspeltKeyGetsDidYouMeanAtItsPosition() {
        List<Diagnostic> ds = errors("""
                name: Ada Quillfeather
                sections:
                  - title: Education
                    education:
                      - instituion: University of London
                        degree: Tuition
                """);
        assertEquals(1, ds.size(), () -> "the misspelt key alone is reported, not also a missing 'institution':\n" + describe(ds));
        Diagnostic d = ds.get(0);
        assertTrue(d.message().contains("did you mean 'institution'"), d.message());
        assertTrue(d.message().contains("'instituion'"), d.message());
        assertEquals(FILE, d.pos().file());
        assertEquals(5, d.pos().line());
        assertEquals(9, d.pos().column());
        assertEquals("t.yml:5:9", d.pos().toString());
    }

    @Test
    void unknownKeyFarFromAnyListsTheValidKeys() {
        Diagnostic d = onlyError(oneSection("Awards", "    awards:\n      - title: Prize\n        zzzzzzzz: 1\n"));
        assertFalse(d.message().contains("did you mean"), d.message());
        assertTrue(d.hint().contains("issuer"), d.hint());
    }

    @Test
    void missingRequiredKeyIsReportedWhenNothingIsMisspelt() {
        Diagnostic d = onlyError(oneSection("Education", "    education:\n      - degree: PhD\n"));
        assertTrue(d.message().contains("needs 'institution'"), d.message());
        assertEquals(5, d.pos().line());
    }

    @Test
    void severalErrorsAreAllReportedInFileOrder() {
        List<Diagnostic> ds = errors("""
                name: Ada Quillfeather
                sections:
                  - title: Education
                    education:
                      - institution: London
                        degre: Tuition
                        start: Sept 2023
                        url: "javascript:alert(1)"
                  - title: Awards
                    awards:
                      - title: Prize
                        date: 2024-13
                """);
        assertEquals(4, ds.size(), () -> describe(ds));
        assertEquals(List.of(6, 7, 8, 12), ds.stream().map(d -> d.pos().line()).toList(), describe(ds));
        assertTrue(ds.stream().allMatch(d -> d.severity() == Severity.ERROR));
    }

    @Test
    void unquotedColonGetsAQuotingHint() {
        Diagnostic d = errors("name: Ada\nheadline: SkyRL: a library\nsections: []\n").get(0);
        assertTrue(d.message().startsWith("YAML syntax error"), d.message());
        assertEquals(2, d.pos().line());
        assertTrue(d.hint().contains("quoted"), d.hint());
    }

    @Test
    void errorsStopAtTheLimit() {
        StringBuilder sb = new StringBuilder("name: Ada\nsections:\n  - title: A\n    awards:\n");
        for (int i = 0; i < 80; i++) {
            sb.append("      - title: Prize\n        date: 2024-13\n");
        }
        List<Diagnostic> ds = errors(sb.toString());
        assertEquals(Diagnostics.MAX_ERRORS, ds.size());
        assertEquals(6, ds.get(0).pos().line());
    }

    @Test
    void tabInIndentationIsAYamlSyntaxErrorWithALine() {
        List<Diagnostic> ds = errors("name: Ada\nsections:\n  - title: A\n\ttext: x\n");
        Diagnostic d = ds.get(0);
        assertTrue(d.message().startsWith("YAML syntax error"), d.message());
        assertEquals(4, d.pos().line(), d.pos().toString());
        assertTrue(d.pos().column() >= 1);
        assertTrue(d.hint().contains("tab"), d.hint());
    }

    @Test
    void duplicateKeyIsAnError() {
        Diagnostic d = onlyError("name: Ada\nsections:\n  - title: A\n    text: x\nname: Bob\n");
        assertTrue(d.message().contains("duplicate key 'name'"), d.message());
        assertEquals(5, d.pos().line());
        assertEquals(1, d.pos().column());
    }

    @Test
    void yamlAliasIsRejected() {
        Diagnostic d = onlyError("name: &n Ada\nheadline: *n\nsections:\n  - title: A\n    text: x\n");
        assertTrue(d.message().contains("aliases"), d.message());
        assertEquals(2, d.pos().line());
    }

    @Test
    void mergeKeyIsRejected() {
        List<Diagnostic> ds = errors("name: Ada\nsections:\n  - title: A\n    text: x\n    <<: {id: b}\n");
        assertTrue(ds.stream().anyMatch(d -> d.message().contains("merge keys")), describe(ds));
    }

    @Test
    void emptyFileIsAnError() {
        Diagnostic d = onlyError("");
        assertTrue(d.message().contains("empty"), d.message());
    }

    @Test
    void invalidUtf8PointsAtTheLineOfTheBadByte(@TempDir Path dir) throws IOException {
        byte[] latin1 = "name: Ada\nheadline: caf\u00e9\nsections: []\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(2, utf8Error(dir, latin1).pos().line());
        // The bad byte among the last few of the file.
        assertEquals(1, utf8Error(dir, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)).pos().line());
        assertEquals(1, utf8Error(dir, "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)).pos().line());
        // A valid multi-byte character before the bad byte is no problem.
        byte[] mixed = concat("name: Zo\u00eb\n".getBytes(StandardCharsets.UTF_8),
                "headline: \n\ncaf\u00e9 au lait\nsections: []\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(4, utf8Error(dir, mixed).pos().line());
    }

    @Test
    void invalidUtf8InALargeFileIsReportedQuickly(@TempDir Path dir) {
        StringBuilder sb = new StringBuilder("name: Ada\nsections: []\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("# a comment line to make the file large, ").append(i).append('\n');
        }
        byte[] bytes = concat(sb.toString().getBytes(StandardCharsets.UTF_8), "headline: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(bytes.length > 800_000);
        Diagnostic d = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> utf8Error(dir, bytes));
        assertEquals(20_003, d.pos().line());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Diagnostic utf8Error(Path dir, byte[] bytes) throws IOException {
        Path file = dir.resolve("latin1.yml");
        Files.write(file, bytes);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ResumeLoader(new Diagnostics()).load(file));
        Diagnostic d = e.diagnostics().get(0);
        assertTrue(d.message().contains("not valid UTF-8"), d.message());
        assertEquals(file, d.pos().file());
        return d;
    }

    @Test
    void byteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.yml");
        Files.writeString(file, "\uFEFFname: Ada\nsections:\n  - title: A\n    text: x\n");
        assertEquals("Ada", new ResumeLoader(new Diagnostics()).load(file).name().markdown());
    }

    @Test
    void nulCharacterIsRejected() {
        Diagnostic d = onlyError("name: A\u0000\n");
        assertTrue(d.message().contains("NUL"), d.message());
    }

    // ---- URLs -----------------------------------------------------------------------------

    @Test
    void javascriptUrlIsRejectedAsUnsafe() {
        Diagnostic d = onlyError(oneSection("Education", "    education:\n      - institution: X\n        url: \"javascript:alert(1)\"\n"));
        assertTrue(d.message().contains("unsafe"), d.message());
        assertEquals(6, d.pos().line());
    }

    @Test
    void bareDomainGetsHttps() {
        EducationEntry e = (EducationEntry) single(load(oneSection("Education",
                "    education:\n      - institution: X\n        url: example.org\n"))).entries().get(0);
        assertEquals("https://example.org", e.url());
    }

    @Test
    void urlWithSpacesIsAnError() {
        Diagnostic d = onlyError(oneSection("Entries", "    entries:\n      - title: X\n        url: https://a.org/x y\n"));
        assertTrue(d.message().contains("spaces"), d.message());
    }

    @Test
    void wordThatIsNotALinkIsAnError() {
        Diagnostic d = onlyError(oneSection("Entries", "    entries:\n      - title: X\n        url: nowhere\n"));
        assertTrue(d.message().contains("not a link"), d.message());
    }

    // ---- contact --------------------------------------------------------------------------

    @Test
    void contactKindsGiveTheirLinks() {
        Resume r = load("""
                name: Ada Quillfeather
                contact:
                  - email: ada@example.org
                  - phone: "+44 20 7946 0000"
                  - website: ada.example.org
                    label: Portfolio
                  - location: London, UK
                  - github: adaquillfeather
                  - linkedin: https://www.linkedin.com/in/ada-l/
                  - scholar: AbCdEf123
                  - orcid: 0000-0002-1825-0097
                  - url: https://blog.example.org/
                    text: My blog
                  - url: https://other.example.org/x
                sections:
                  - title: A
                    text: x
                """);
        List<ContactItem> c = r.contact();
        assertEquals(10, c.size());
        assertEquals(List.of(ContactKind.EMAIL, ContactKind.PHONE, ContactKind.WEBSITE, ContactKind.LOCATION, ContactKind.GITHUB,
                ContactKind.LINKEDIN, ContactKind.SCHOLAR, ContactKind.ORCID, ContactKind.URL, ContactKind.URL),
                c.stream().map(ContactItem::kind).toList());
        assertEquals(List.of("ada@example.org", "+44 20 7946 0000", "ada.example.org", "London, UK", "adaquillfeather", "ada-l",
                "Google Scholar", "0000-0002-1825-0097", "My blog", "other.example.org/x"),
                c.stream().map(ContactItem::display).toList());
        assertEquals("mailto:ada@example.org", c.get(0).url());
        assertEquals("tel:+442079460000", c.get(1).url());
        assertEquals("https://ada.example.org", c.get(2).url());
        assertEquals("Portfolio", c.get(2).label());
        assertNull(c.get(3).url());
        assertEquals("https://github.com/adaquillfeather", c.get(4).url());
        assertEquals("https://www.linkedin.com/in/ada-l", c.get(5).url());
        assertEquals("https://scholar.google.com/citations?user=AbCdEf123", c.get(6).url());
        assertEquals("https://orcid.org/0000-0002-1825-0097", c.get(7).url());
        assertEquals("https://blog.example.org/", c.get(8).url());
        assertEquals("https://other.example.org/x", c.get(9).url());
        assertNull(c.get(0).label());
        assertEquals(3, c.get(0).pos().line());
    }

    @Test
    void githubProfileUrlIsReducedToTheHandle() {
        Resume r = load("name: A B\ncontact:\n  - github: https://github.com/adaquillfeather/\nsections:\n  - title: A\n    text: x\n");
        assertEquals("adaquillfeather", r.contact().get(0).display());
        assertEquals("https://github.com/adaquillfeather", r.contact().get(0).url());
    }

    @Test
    void badEmailAndPhoneAreErrors() {
        List<Diagnostic> ds = errors("name: A\ncontact:\n  - email: not-an-address\n  - phone: \"12\"\nsections:\n  - title: A\n    text: x\n");
        assertEquals(2, ds.size(), () -> describe(ds));
        assertTrue(ds.get(0).message().contains("e-mail"), ds.get(0).message());
        assertTrue(ds.get(1).message().contains("phone"), ds.get(1).message());
    }

    @Test
    void contactItemWithTwoKindsIsAnError() {
        Diagnostic d = onlyError("name: A\ncontact:\n  - email: a@b.org\n    phone: \"+1 650 000 0000\"\nsections:\n  - title: A\n    text: x\n");
        assertTrue(d.message().contains("'email' and 'phone'"), d.message());
        assertEquals(4, d.pos().line());
    }

    @Test
    void contactJavascriptUrlIsUnsafe() {
        Diagnostic d = onlyError("name: A\ncontact:\n  - url: \"JavaScript:alert(1)\"\nsections:\n  - title: A\n    text: x\n");
        assertTrue(d.message().contains("unsafe"), d.message());
    }

    // ---- section ids and hidden sections --------------------------------------------------

    @Test
    void sectionIdsDefaultToASlugOfTheTitle() {
        Resume r = load("""
                name: A
                sections:
                  - title: Selected Publications
                    text: x
                  - title: "Honors & Awards (2024)"
                    text: x
                  - title: Récompenses
                    text: x
                  - title: Research
                    id: interests
                    text: x
                """);
        assertEquals(List.of("selected-publications", "honors-awards-2024", "recompenses", "interests"),
                r.sections().stream().map(Section::id).toList());
    }

    @Test
    void duplicateSectionIdsAreAnError() {
        List<Diagnostic> ds = errors("""
                name: A
                sections:
                  - title: Education
                    text: x
                  - title: education
                    text: y
                """);
        assertEquals(1, ds.size(), () -> describe(ds));
        assertTrue(ds.get(0).message().contains("'education'"), ds.get(0).message());
        assertEquals(5, ds.get(0).pos().line());
    }

    @Test
    void explicitIdClashIsAnErrorToo() {
        Diagnostic d = onlyError("name: A\nsections:\n  - title: One\n    id: x\n    text: a\n  - title: Two\n    id: x\n    text: b\n");
        assertTrue(d.message().contains("'x'"), d.message());
    }

    @Test
    void hiddenSectionsLoad() {
        Resume r = load("""
                name: A
                sections:
                  - title: Shown
                    text: x
                  - title: Pool
                    hidden: true
                    bullets: [a, b]
                """);
        assertEquals(2, r.sections().size());
        assertFalse(r.sections().get(0).hidden());
        assertTrue(r.sections().get(1).hidden());
        assertEquals(2, r.sections().get(1).entries().size());
    }

    @Test
    void hiddenMustBeABoolean() {
        Diagnostic d = onlyError("name: A\nsections:\n  - title: S\n    hidden: maybe\n    text: x\n");
        assertTrue(d.message().contains("true or false"), d.message());
    }

    @Test
    void slugOfEmptyTitle() {
        assertEquals("section", ResumeLoader.slug("***"));
        assertEquals("a-b", ResumeLoader.slug("  A -- B  "));
    }

    @Test
    void slugKeepsLettersOfEveryScript() {
        assertEquals("resume-muller", ResumeLoader.slug("Résumé Müller"));
        assertEquals("jose", ResumeLoader.slug("Jose\u0301"));
        assertEquals("教育背景", ResumeLoader.slug("教育背景"));
        assertEquals("工作经历", ResumeLoader.slug("工作经历"));
        assertEquals("опыт-работы", ResumeLoader.slug("Опыт работы"));
        assertEquals("परिचय", ResumeLoader.slug("परिचय"));
        assertEquals("학력", ResumeLoader.slug("학력"));
        assertEquals("الخبرة-العملية", ResumeLoader.slug("الخبرة العملية"));
        assertEquals("σπουδές", ResumeLoader.slug("Σπουδές"));
    }

    @Test
    void themeAndAliasesAreRead() {
        Resume r = load("name: Shiyi Cao\ntheme: classic\naliases: [\"Cao, S.\"]\nsections:\n  - title: S\n    text: x\n");
        assertEquals("classic", r.theme().markdown());
        assertTrue(r.ownerNames().contains("shiyi cao"), r.ownerNames().toString());
        assertTrue(r.ownerNames().contains("s cao"), r.ownerNames().toString());
    }
}
