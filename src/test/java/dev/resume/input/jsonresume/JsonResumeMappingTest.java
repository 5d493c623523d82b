package dev.resume.input.jsonresume;

import dev.resume.syntax.SourceFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.Severity;
import dev.resume.input.ResumeLoader;
import dev.resume.model.ContactItem;
import dev.resume.model.ContactKind;
import dev.resume.model.Entry;
import dev.resume.model.Entry.AwardEntry;
import dev.resume.model.Entry.Bullet;
import dev.resume.model.Entry.EducationEntry;
import dev.resume.model.Entry.ExperienceEntry;
import dev.resume.model.Entry.SkillEntry;
import dev.resume.model.PartialDate;
import dev.resume.model.Resume;
import dev.resume.model.Role;
import dev.resume.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping of JSON Resume onto our format, field by field, and what it reports. */
class JsonResumeMappingTest {
    static final Path UNMAPPED = Path.of("src/test/resources/jsonresume/unmapped.json");

    private record Loaded(Resume resume, List<Diagnostic> diagnostics) {
        Section section(String title) {
            return resume.sections().stream().filter(s -> s.title().markdown().equals(title)).findFirst().orElseThrow();
        }

        Diagnostic warning(String start) {
            return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING && d.message().startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no warning '" + start + "…' in " + diagnostics));
        }
    }

    private static Loaded load(Path file) throws IOException {
        Diagnostics d = new Diagnostics();
        Resume r = new ResumeLoader(d).parse(file, SourceFile.read(file));
        return new Loaded(r, d.all());
    }

    private static Loaded load(String name, String text) {
        Diagnostics d = new Diagnostics();
        Resume r = new ResumeLoader(d).parse(Path.of(name), text);
        return new Loaded(r, d.all());
    }

    @Test
    void whatCannotBeShownIsAWarningAtItsPlace() throws IOException {
        Loaded l = load(UNMAPPED);
        // An address is not downloaded: the warning is at the value.
        Diagnostic image = l.warning("basics.image is an address, and nothing is downloaded: the CV has no photo");
        assertEquals(4, image.pos().line());
        assertEquals(12, image.pos().column());
        Diagnostic nickname = l.warning("basics.nickname is not a JSON Resume field: it is not shown");
        assertEquals(5, nickname.pos().line());
        Diagnostic typo = l.warning("work[0].postion is not a JSON Resume field");
        assertEquals(18, typo.pos().line());
        assertEquals("did you mean 'position'?", typo.hint());
        Diagnostic date = l.warning("work[0].startDate 'Summer 1843' is not a date in JSON Resume's form");
        assertEquals(19, date.pos().line());
        assertEquals(17, date.pos().column());
        assertEquals(9, l.warning("basics.profiles[1] is shown without a link").pos().line());
        assertEquals(11, l.warning("basics.profiles[3] is not shown: it has neither a username nor a url").pos().line());
        assertEquals(28, l.warning("awards[0].date: the time of day is not shown").pos().line());
        assertEquals(41, l.warning("meta is not shown").pos().line());
        assertEquals(8, l.diagnostics().size(), "these and no more: " + l.diagnostics());
        assertTrue(l.diagnostics().stream().allMatch(d -> d.pos().file().equals(UNMAPPED)));
    }

    @Test
    void basicsBecomeTheHeader() throws IOException {
        Loaded l = load(UNMAPPED);
        assertEquals("Ada Quillfeather", l.resume().name().markdown());
        List<ContactItem> c = l.resume().contact();
        assertEquals(ContactKind.LOCATION, c.get(0).kind());
        assertEquals("London, GB", c.get(0).display());
        // GitHub is a contact kind of ours, with its icon and link.
        assertEquals(ContactKind.GITHUB, c.get(1).kind());
        assertEquals("https://github.com/ada", c.get(1).url());
        // Matrix's address cannot be known from a user name: shown, labelled, not linked.
        assertEquals("@ada:matrix.example", c.get(2).display());
        assertEquals("Matrix", c.get(2).label());
        assertNull(c.get(2).url());
        // Twitter is X, a contact kind of ours.
        assertEquals(ContactKind.X, c.get(3).kind());
        assertEquals("https://x.com/ada", c.get(3).url());
        assertEquals("@ada", c.get(3).display());
        assertNull(c.get(3).label());
        assertEquals(4, c.size());
    }

    @Test
    void profilesOfTheNetworksWeKnowBecomeTheirContactKinds() {
        Loaded l = load("nets.json", """
                {"basics": {"name": "Ada Quillfeather", "profiles": [
                  {"network": "Mastodon", "username": "ada", "url": "https://mathstodon.example/@ada"},
                  {"network": "Bluesky", "username": "ada.bsky.social"},
                  {"network": "GitLab", "username": "ada-l"},
                  {"network": "ResearchGate", "url": "https://www.researchgate.net/profile/Ada-Quillfeather"},
                  {"network": "Stack Overflow", "username": "Ada L", "url": "https://stackoverflow.com/users/12345/ada-l"},
                  {"network": "dblp", "username": "Ada Quillfeather", "url": "https://dblp.org/pid/12/3456.html"},
                  {"network": "Semantic Scholar", "url": "https://www.semanticscholar.org/author/Ada-Quillfeather/1741101"},
                  {"network": "X", "username": "@ada"}
                ]}, "interests": [{"name": "Engines"}]}
                """);
        assertEquals(List.of(), l.diagnostics());
        List<ContactItem> c = l.resume().contact();
        assertEquals(List.of(ContactKind.MASTODON, ContactKind.BLUESKY, ContactKind.GITLAB, ContactKind.RESEARCHGATE,
                ContactKind.STACK_OVERFLOW, ContactKind.DBLP, ContactKind.SEMANTIC_SCHOLAR, ContactKind.X),
                c.stream().map(ContactItem::kind).toList());
        // Where a user name cannot make the address (Mastodon's server, an id), the profile's url does.
        assertEquals(List.of("https://mathstodon.example/@ada", "https://bsky.app/profile/ada.bsky.social", "https://gitlab.com/ada-l",
                "https://www.researchgate.net/profile/Ada-Quillfeather", "https://stackoverflow.com/users/12345",
                "https://dblp.org/pid/12/3456.html", "https://www.semanticscholar.org/author/1741101", "https://x.com/ada"),
                c.stream().map(ContactItem::url).toList());
    }

    @Test
    void aProfileIsLinkedByItsUrlAndNeverByADisplayName() {
        Loaded l = load("me.json", """
                {"basics": {"name": "Ada Quillfeather", "profiles": [
                  {"network": "Google Scholar", "username": "Ada Quillfeather",
                   "url": "https://scholar.google.com/citations?user=AbCdEf12345&hl=en"},
                  {"network": "Google Scholar", "username": "Ada Quillfeather"},
                  {"network": "Twitter", "username": "ada", "url": "https://x.com/ada_real"},
                  {"network": "GitHub", "username": "Ada", "url": "https://github.com/ada-l"},
                  {"network": "Google Scholar", "username": "XyZ987",
                   "url": "https://scholar.google.com/citations?user=Ada Quillfeather"},
                  {"network": "Scholar", "username": "Ada Quillfeather", "url": "https://scholar.example.org/ada"}
                ]}, "skills": [{"name": "Analysis"}]}
                """);
        List<ContactItem> c = l.resume().contact();
        assertEquals(ContactKind.SCHOLAR, c.get(0).kind());
        assertEquals("https://scholar.google.com/citations?user=AbCdEf12345&hl=en", c.get(0).url(), "the url, not the display name");
        assertNull(c.get(1).url(), "no url, and a display name makes no link");
        assertEquals("Ada Quillfeather", c.get(1).display());
        Diagnostic noLink = l.warning("basics.profiles[1] is shown without a link");
        assertEquals(4, noLink.pos().line());
        assertTrue(noLink.message().contains("the user name 'Ada Quillfeather' is not one a link can be made of"), noLink.message());
        assertEquals("https://x.com/ada_real", c.get(2).url(), "a url given wins over the address built from the user name");
        assertEquals(ContactKind.X, c.get(2).kind(), "an X address makes an X item");
        assertEquals("@ada_real", c.get(2).display());
        assertEquals(ContactKind.GITHUB, c.get(3).kind());
        assertEquals("https://github.com/ada-l", c.get(3).url());
        // A url that is no address: a warning at it, and the link made of the user name instead.
        Diagnostic badUrl = l.warning("basics.profiles[4].url 'https://scholar.google.com/citations?user=Ada Quillfeather' is not a web address");
        assertEquals(8, badUrl.pos().line());
        assertEquals("https://scholar.google.com/citations?user=XyZ987", c.get(4).url());
        // A Scholar address of another form is linked as it is, labelled with the network.
        assertEquals("https://scholar.example.org/ada", c.get(5).url());
        assertEquals("Ada Quillfeather", c.get(5).display());
        assertEquals(2, l.diagnostics().size(), "these and no more: " + l.diagnostics());
    }

    @Test
    void workWithOlderFieldNamesAndDatesAsWritten() throws IOException {
        Loaded l = load(UNMAPPED);
        Section work = l.section("Experience");
        assertEquals(Entry.Kind.EXPERIENCE, work.kind());
        ExperienceEntry engine = (ExperienceEntry) work.entries().get(0);
        assertEquals("Analytical Engine", engine.organization().markdown());
        assertEquals("https://example.org/engine", engine.url());
        // A start that is no date: both printed as written.
        Role role = engine.roles().get(0);
        assertEquals("Summer 1843 – 1844-01", role.dates().when().markdown());
        assertNull(role.title(), "the misspelt position is not taken for one");
        // No end: ongoing, as JSON Resume's themes print it.
        Role society = ((ExperienceEntry) work.entries().get(1)).roles().get(0);
        assertEquals(PartialDate.of(1844, 2, 0), society.dates().start());
        assertTrue(society.dates().end().present());
    }

    @Test
    void educationAwardsCertificates() throws IOException {
        Loaded l = load(UNMAPPED);
        EducationEntry edu = (EducationEntry) l.section("Education").entries().get(0);
        // An end alone is a single date: the graduation.
        assertEquals(PartialDate.of(1842, 0, 0), edu.dates().start());
        assertNull(edu.dates().end());
        assertEquals(List.of("GPA: 3.9/4.0"), edu.bullets().stream().map(b -> b.text().markdown()).toList());
        AwardEntry prize = (AwardEntry) l.section("Awards").entries().get(0);
        assertEquals(PartialDate.of(1840, 6, 1), prize.dates().start());
        AwardEntry note = (AwardEntry) l.section("Certificates").entries().get(0);
        assertEquals("[Note \\[G\\]](https://example.org/note-g)", note.title().markdown());
        assertEquals("Note [G]", note.title().plainText());
        assertEquals("Taylor's Scientific Memoirs", note.issuer().markdown());
    }

    @Test
    void skillsWithoutDetailsBecomeBullets() throws IOException {
        Loaded l = load(UNMAPPED);
        Section skills = l.section("Skills");
        assertEquals(Entry.Kind.BULLETS, skills.kind());
        assertEquals(List.of("Mathematics", "Poetry: Byron, Shelley"),
                skills.entries().stream().map(e -> ((Bullet) e).text().markdown()).toList());
        assertEquals(List.of("English", "French: Fluent"),
                l.section("Languages").entries().stream().map(e -> ((Bullet) e).text().markdown()).toList());
    }

    @Test
    void theSampleMapsEverySection() throws IOException {
        Loaded l = load(JsonResumeSampleTest.SAMPLE);
        assertEquals(List.of("Summary", "Experience", "Volunteering", "Education", "Awards", "Certificates", "Publications", "Skills",
                        "Languages", "Interests", "References", "Projects").stream()
                        .filter(t -> !t.equals("Certificates")).toList(),
                l.resume().sections().stream().map(s -> s.title().markdown()).toList());
        assertEquals("Programmer", l.resume().headline().markdown());
        SkillEntry web = (SkillEntry) l.section("Skills").entries().get(0);
        assertEquals("Web Development", web.label().markdown());
        assertEquals("Master – HTML, CSS, Javascript", web.details().markdown());
        ExperienceEntry pied = (ExperienceEntry) l.section("Experience").entries().get(0);
        Role ceo = pied.roles().get(0);
        assertEquals("CEO/President", ceo.title().markdown());
        assertEquals("Awesome compression company", ceo.note().markdown());
        assertEquals(4, ceo.bullets().size(), "the summary, then the three highlights");
        assertEquals(PartialDate.of(2013, 12, 1), ceo.dates().start());
        assertEquals(PartialDate.of(2014, 12, 1), ceo.dates().end());
        var project = (dev.resume.model.Entry.ProjectEntry) l.section("Projects").entries().get(0);
        assertEquals("A mapping engine that misguides you", project.subtitle().markdown());
        assertEquals("Team lead, Designer at Smoogle (application). Keywords: GoogleMaps, Chrome Extension, Javascript",
                project.description().markdown());
        // The same start and end: one date.
        assertEquals(PartialDate.of(2016, 8, 24), project.dates().start());
        assertNull(project.dates().end());
        var reference = (dev.resume.model.Entry.GenericEntry) l.section("References").entries().get(0);
        assertTrue(reference.description().markdown().startsWith("“It is my pleasure"));
    }

    @Test
    void aYamlFileWithBasicsIsJsonResumeToo() {
        Loaded l = load("me.yaml", """
                basics:
                  name: Ada Quillfeather
                  summary: |-
                    Analyst.

                    Metaphysician.
                work:
                  - name: Analytical Engine
                    startDate: 1843
                """);
        assertEquals("Ada Quillfeather", l.resume().name().markdown());
        assertEquals(2, l.section("Summary").entries().size(), "paragraphs at the blank line");
        ExperienceEntry e = (ExperienceEntry) l.section("Experience").entries().get(0);
        assertEquals(PartialDate.of(1843, 0, 0), e.roles().get(0).dates().start());
    }

    @Test
    void ourFormatWrittenAsJsonStillLoads() {
        Loaded l = load("cv.json", "{\"name\": \"Ada Quillfeather\",\n\t\"sections\": [{\"title\": \"Summary\", \"text\": \"Analyst.\"}]}");
        assertEquals("Ada Quillfeather", l.resume().name().markdown());
        assertEquals(List.of(), l.diagnostics());
    }

    @Test
    void detection() {
        var basics = new dev.resume.syntax.YNode.Map(List.of(new dev.resume.syntax.YNode.Entry("basics", null,
                Nodes.text("x", null))), null);
        assertTrue(JsonResumeMapping.isJsonResume(basics));
        var ours = new dev.resume.syntax.YNode.Map(List.of(new dev.resume.syntax.YNode.Entry("name", null, Nodes.text("x", null)),
                new dev.resume.syntax.YNode.Entry("work", null, Nodes.text("x", null))), null);
        assertFalse(JsonResumeMapping.isJsonResume(ours), "our format with a stray key is ours");
        var sectionsOnly = new dev.resume.syntax.YNode.Map(List.of(new dev.resume.syntax.YNode.Entry("work", null,
                Nodes.text("x", null))), null);
        assertTrue(JsonResumeMapping.isJsonResume(sectionsOnly), "JSON Resume without basics");
        var variant = new dev.resume.syntax.YNode.Map(List.of(new dev.resume.syntax.YNode.Entry("extends", null, Nodes.text("cv.yml", null)),
                new dev.resume.syntax.YNode.Entry("awards", null, Nodes.text("x", null))), null);
        assertFalse(JsonResumeMapping.isJsonResume(variant), "a variant of ours, with a stray key, is ours");
    }

    @Test
    void aTabIndentedFileIsRead() throws IOException {
        assertTrue(Files.readString(UNMAPPED).contains("\n\t\t\"name\""), "the fixture is indented with tabs");
        assertEquals("Ada Quillfeather", load(UNMAPPED).resume().name().markdown());
    }
}
