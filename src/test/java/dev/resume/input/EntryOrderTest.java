package dev.resume.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.model.Entry;
import dev.resume.model.Resume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sort: newest | oldest | title, for a section of any kind (docs/format.md, "Sorting"). */
class EntryOrderTest {
    @TempDir
    Path dir;

    private static Resume load(String yaml) {
        return new ResumeLoader(new Diagnostics()).parse(Path.of("cv.yml"), yaml);
    }

    private static List<String> names(Resume r, int section) {
        return r.sections().get(section).entries().stream().map(EntryOrder::name).toList();
    }

    private static final String AWARDS = """
                awards:
                  - {title: Undated A}
                  - {title: Old, date: 2015}
                  - {title: Ongoing, start: 2022-03, end: present}
                  - {title: Mid, start: 2018, end: 2020-06}
                  - {title: Undated B, when: someday}
                  - {title: Same end later start, start: 2019, end: 2020-06}
                  - {title: Mid twin, start: 2018, end: 2020-06}
            """;

    @Test
    void newestByEndThenStartOngoingFirstUndatedLastInTheirOrder() {
        Resume r = load("name: Ada Quillfeather\nsections:\n  - title: Awards\n    sort: newest\n" + AWARDS);
        assertEquals(List.of("Ongoing", "Same end later start", "Mid", "Mid twin", "Old", "Undated A", "Undated B"), names(r, 0),
                "Mid and Mid twin tie: they keep the file's order");
    }

    @Test
    void oldestIsTheReverseWithTheUndatedStillLast() {
        Resume r = load("name: Ada Quillfeather\nsections:\n  - title: Awards\n    sort: OLDEST\n" + AWARDS);
        assertEquals(List.of("Old", "Mid", "Mid twin", "Same end later start", "Ongoing", "Undated A", "Undated B"), names(r, 0));
    }

    @Test
    void titleIsAccentAwareAndCaseBlind() {
        Resume r = load("""
                name: Ada Quillfeather
                sections:
                  - title: Projects
                    sort: title
                    projects:
                      - {name: Zoë}
                      - {name: "**Émile**"}
                      - {name: apple}
                      - {name: Emile}
                      - {name: Banana}
                """);
        assertEquals(List.of("apple", "Banana", "Emile", "Émile", "Zoë"), names(r, 0),
                "É with E, not after Z; lower and upper case interleaved; markup is not part of the name");
    }

    @Test
    void experienceSortsByItsRolesAndThePageControlsFollowTheirEntries() {
        Resume r = load("""
                name: Ada Quillfeather
                sections:
                  - title: Experience
                    sort: newest
                    experience:
                      - organization: Early
                        new_page: true
                        roles: [{role: R, start: 2010, end: 2012}]
                      - organization: Late
                        roles:
                          - {role: R1, start: 2016, end: 2018}
                          - {role: R2, start: 2019, end: 2021}
                """);
        assertEquals(List.of("Late", "Early"), names(r, 0));
        assertTrue(r.sections().get(0).entryPages().get(1).newPage(), "Early's new_page moved with it");
    }

    @Test
    void limitTakesTheFirstEntriesAfterTheSort() {
        Resume r = load("name: Ada Quillfeather\nsections:\n  - title: Awards\n    sort: newest\n    limit: 2\n" + AWARDS);
        assertEquals(List.of("Ongoing", "Same end later start"), names(r, 0));
    }

    @Test
    void publicationsSortByDateElseYear() {
        Resume r = load("""
                name: Ada Quillfeather
                sections:
                  - title: Papers
                    sort: newest
                    publications:
                      - {title: P2019, authors: [A], year: 2019}
                      - {title: P2021, authors: [A], date: 2021-05}
                      - {title: Preprint, authors: [A]}
                      - {title: P2020, authors: [A], year: 2020}
                """);
        assertEquals(List.of("P2021", "P2020", "P2019", "Preprint"), names(r, 0));
    }

    @Test
    void aVariantCanSortTheBasesSection() throws IOException {
        Files.writeString(dir.resolve("base.yml"), "name: Ada Quillfeather\nsections:\n  - title: Awards\n" + AWARDS);
        Files.writeString(dir.resolve("v.yml"), "extends: base.yml\nsections:\n  - id: awards\n    sort: title\n");
        Resume r = new ResumeLoader(new Diagnostics()).load(dir.resolve("v.yml"));
        assertEquals(List.of("Mid", "Mid twin", "Old", "Ongoing", "Same end later start", "Undated A", "Undated B"), names(r, 0));
    }

    @Test
    void anUnknownOrderIsAnErrorAtItsValueWithTheOneMeant() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> load("name: Ada Quillfeather\nsections:\n  - title: Awards\n    sort: newst\n" + AWARDS));
        String d = e.diagnostics().toString();
        assertTrue(d.contains("cv.yml:4:11"), d);
        assertTrue(d.contains("sort must be newest, oldest or title, not 'newst'") && d.contains("did you mean 'newest'?"), d);
    }

    @Test
    void skillsHaveNoDatesAndKeepTheirOrder() {
        Resume r = load("""
                name: Ada Quillfeather
                sections:
                  - title: Skills
                    sort: newest
                    skills:
                      - {label: B, details: x}
                      - {label: A, details: y}
                """);
        assertEquals(List.of("B", "A"), names(r, 0));
        assertTrue(r.sections().get(0).entries().get(0) instanceof Entry.SkillEntry);
    }
}
