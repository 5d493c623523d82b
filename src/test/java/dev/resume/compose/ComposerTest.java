package dev.resume.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.input.ResumeLoader;
import dev.resume.model.Resume;
import dev.resume.theme.Theme;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the composition decides once for the PDF and the text exports. */
class ComposerTest {

    private static Composition compose(String yaml, String theme) throws IOException {
        Diagnostics d = new Diagnostics();
        Resume r = new ResumeLoader(d).parse(Path.of("test.yml"), yaml);
        Theme t = new ThemeLoader(d).load(theme, null, SourcePos.unknown(null));
        d.throwIfErrors();
        return new Composer(t).compose(r);
    }

    private static String text(List<Piece> pieces) {
        return String.join("", pieces.stream().map(Piece::text).toList());
    }

    private static List<Part> parts(Composition c, int section) {
        return c.sections().get(section).items().stream().flatMap(i -> i.parts().stream()).toList();
    }

    @Test
    void aBlankFieldIsAsGoodAsNone() throws IOException {
        Composition c = compose("""
                name: Ada Quillfeather
                headline: ""
                sections:
                  - title: Awards
                    awards:
                      - {title: Prize, issuer: "", description: "", date: 2020}
                  - title: Experience
                    experience:
                      - organization: Org
                        roles:
                          - {role: A, note: "", location: "", start: 2020-01}
                          - {role: B, start: 2021-01}
                """, "classic");
        assertEquals(List.of(), c.header().headline());
        Part.Line award = (Part.Line) parts(c, 0).get(0);
        assertEquals("Prize", text(award.text()), "no comma or dash before a blank issuer or description");
        Part.Heading org = (Part.Heading) parts(c, 1).get(0);
        Part.Heading first = (Part.Heading) org.body().get(0);
        assertEquals("Jan 2020", text(first.when()), "no separator before a blank place");
        assertEquals(List.of(), first.body(), "no paragraph for a blank note");
    }

    @Test
    void theHeadingsArrangementPutsTheDatesWhereTheThemeSaysAndClosesEmptySlots() throws IOException {
        String yaml = """
                name: Ada Quillfeather
                sections:
                  - title: Education
                    education:
                      - {institution: Uni, degree: BSc, location: Town, start: 2020, end: 2024}
                      - {institution: School, degree: A levels, start: 2018}
                """;
        // classic: dates on the subtitle's row; compact: on the title's.
        Part.Heading second = (Part.Heading) parts(compose(yaml, "classic"), 0).get(0);
        assertEquals("Town", text(second.firstRight()));
        assertEquals("2020 – 2024", text(second.secondRight()));
        Part.Heading first = (Part.Heading) parts(compose(yaml, "compact"), 0).get(0);
        assertEquals("2020 – 2024", text(first.firstRight()));
        assertEquals("Town", text(first.secondRight()));
        Part.Heading noPlace = (Part.Heading) parts(compose(yaml, "classic"), 0).get(1);
        assertEquals("2018", text(noPlace.firstRight()), "the dates move up beside the title when there is no place");
        assertEquals(List.of(), noPlace.secondRight());
    }

    @Test
    void aPublicationsVenueLineAndItsEmphasis() throws IOException {
        Composition c = compose("""
                name: Ada Quillfeather
                sections:
                  - title: Papers
                    publications:
                      - title: On Engines
                        authors: [Charles Brambleby, Ada Quillfeather]
                        venue: Journal
                        year: 2024
                        status: "*in* press"
                        note: Oral
                        links: {code: https://example.org/code}
                """, "classic");
        Part.Publication p = (Part.Publication) parts(c, 0).get(0);
        assertEquals("Journal, 2024 (in press). [Oral]", text(p.venue()));
        assertEquals("Journal, 2024 (in press). [Oral] [Code]", text(p.venueAndLinks()));
        Piece owner = p.authors().stream().filter(a -> a.role() == Role.OWNER).findFirst().orElseThrow();
        assertEquals("Ada Quillfeather", owner.text());
        assertEquals(true, owner.bold() && owner.noBreak());
        // The status is in italics, where italics inside it turn upright.
        List<Piece> status = p.venue().stream().filter(v -> v.role() == Role.STATUS).toList();
        assertEquals(List.of("(", "in", " press", ")"), status.stream().map(Piece::text).toList());
        assertEquals(List.of(true, false, true, true), status.stream().map(Piece::italic).toList());
    }

    @Test
    void aResumeAndASectionWordTheirDatesOverTheTheme() throws IOException {
        Composition c = compose("""
                name: Ada Quillfeather
                dates: {months: long, expected: (Expected)}
                sections:
                  - title: Education
                    dates: {present: Current}
                    education:
                      - {institution: Uni, start: 2021-09, end: present}
                      - {institution: School, start: 2018-09, end: 2026-06, expected: true}
                  - title: Experience
                    experience:
                      - {organization: Org, role: A, start: 2021-09, end: present}
                """, "classic");
        assertEquals("September 2021 – Current", text(((Part.Heading) parts(c, 0).get(0)).when()), "the section's word");
        assertEquals("September 2018 – June 2026 (Expected)", text(((Part.Heading) parts(c, 0).get(1)).when()));
        assertEquals("September 2021 – Present", text(((Part.Heading) parts(c, 1).get(0)).when()),
                "another section keeps the theme's word, in the résumé's months");
    }

    @Test
    void addressesPrintEachLinkAsItsAddressAndOwnerSetsTheEmphasis() throws IOException {
        String yaml = """
                name: Ada Quillfeather
                show: {owner: italic}
                sections:
                  - title: Papers
                    show: {addresses: ADDRESSES}
                    publications:
                      - title: Notes
                        authors: [Ada Quillfeather, C. Brambleby]
                        venue: OSDI'24
                        links: {paper: https://www.usenix.org/conference/osdi24/presentation/x}
                      - title: More
                        authors: [Ada Quillfeather]
                        links: {arxiv: "2404.09526"}
                """;
        List<Part> labelled = parts(compose(yaml.replace("ADDRESSES", "false"), "classic"), 0);
        assertEquals("OSDI’24.", text(((Part.Publication) labelled.get(0)).venueAndLinks()), "a paper link alone is on the title");
        assertEquals("[arXiv]", text(((Part.Publication) labelled.get(1)).venueAndLinks()).strip());
        List<Part> printed = parts(compose(yaml.replace("ADDRESSES", "true"), "classic"), 0);
        Part.Publication first = (Part.Publication) printed.get(0);
        assertEquals("OSDI’24. www.usenix.org/conference/osdi24/presentation/x", text(first.venueAndLinks()));
        assertEquals("arxiv.org/abs/2404.09526", text(((Part.Publication) printed.get(1)).venueAndLinks()).strip());
        Piece owner = first.authors().get(0);
        assertEquals(Role.OWNER, owner.role());
        assertEquals(List.of(true, false), List.of(owner.italic(), owner.bold()), "the résumé's emphasis, not classic's bold");
    }
}
