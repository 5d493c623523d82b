package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.input.ResumeLoader;
import dev.resume.model.Author;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Link;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DBLP-style export (src/test/resources/bib/dblp.bib, invented): papers that crossref their
 * proceedings get the volume's venue, year and publisher; the volumes are not listed by
 * themselves unless named; an edited volume is its editors', marked edited, and printed with the
 * theme's "(Ed.)" or its own word for it; math keeps its spaces.
 */
class DblpImportTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fixture() throws IOException {
        Files.copy(Path.of("src/test/resources/bib/dblp.bib"), dir.resolve("dblp.bib"));
    }

    private Path cv(String bib) throws IOException {
        return Files.writeString(dir.resolve("cv.yml"), "name: Haruto Quennell\nsections:\n  - title: Publications\n    bib: " + bib + "\n");
    }

    private static List<PublicationEntry> pubs(Resume r) {
        Section s = r.sections().get(0);
        return s.entries().stream().map(e -> (PublicationEntry) e).toList();
    }

    private static PublicationEntry titled(List<PublicationEntry> ps, String start) {
        return ps.stream().filter(p -> p.title().plainText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + start + "' in " + ps.stream().map(p -> p.title().plainText()).toList()));
    }

    @Test
    void papersInheritFromTheirVolumeWhereverItStandsAndTheVolumesAreNotListed() throws IOException {
        Diagnostics d = new Diagnostics();
        List<PublicationEntry> ps = pubs(new ResumeLoader(d).load(cv("dblp.bib")));
        assertEquals(List.of(), d.all(), "a DBLP export reads without a word");
        assertEquals(List.of("Sorting n Keys in O(n log n) Comparisons Against an Adaptive Adversary",
                "Dynamic Connectivity in O(log n) Amortized Time per Update",
                "Space-Efficient α-Approximate Matchings in n² Words"),
                ps.stream().map(p -> p.title().plainText()).toList(), "newest first; the two @proceedings are not publications here");
        PublicationEntry soda = titled(ps, "Sorting");
        // The volume comes after the paper (as BibTeX requires): its title is the paper's booktitle, its year and month the paper's.
        assertEquals("Proceedings of the 2024 ACM-SIAM Symposium on Discrete Algorithms, SODA 2024, Reykholt, Iceland,"
                + " January 7-10, 2024, pp. 1204–1219", soda.venue().plainText());
        assertEquals(2024, soda.year());
        assertEquals(List.of(2024, 1), List.of(soda.date().year(), soda.date().month()));
        // The volume comes first; the paper's own booktitle and series win, the volume adds its volume number.
        PublicationEntry esa = titled(ps, "Dynamic");
        assertEquals("ESA (LIPIcs 274), pp. 21:1–21:15", esa.venue().plainText());
        assertEquals(List.of("Mirela Brandt", "Haruto Quennell"), esa.authors().stream().map(Author::written).toList(),
                "the editors of the volume are not the paper's authors");
        assertTrue(esa.links().stream().map(Link::url).toList().contains("https://doi.org/10.4230/LIPIcs.ESA.2023.21"),
                "the paper's own links, not the volume's");
        assertEquals("J. Algorithms Example 17(3), pp. 45–67", titled(ps, "Space").venue().plainText());
    }

    @Test
    void aVolumeNamedInKeysIsItsEditorsWithTheOwnerFound() throws IOException {
        Diagnostics d = new Diagnostics();
        List<PublicationEntry> ps = pubs(new ResumeLoader(d).load(cv("{file: dblp.bib, keys: [DBLP:conf/soda/2024, DBLP:conf/esa/2023]}")));
        assertEquals(List.of(), d.all());
        PublicationEntry soda = titled(ps, "Proceedings of the 2024");
        assertEquals(List.of(new Author("Haruto Quennell", "", true)), soda.authors(), "one editor, the owner, found");
        assertTrue(soda.edited(), "an edited volume");
        assertEquals("SIAM", soda.venue().plainText());
        PublicationEntry esa = titled(ps, "31st Annual");
        assertEquals(List.of("Ines Varga", "Tomasz Okonkwo"), esa.authors().stream().map(Author::written).toList());
        assertTrue(esa.edited());
        assertTrue(!titled(pubs(new ResumeLoader(d).load(cv("dblp.bib"))), "Sorting").edited(), "a paper is not edited");
        assertEquals("LIPIcs 274, Schloss Dagstuhl - Leibniz-Zentrum für Informatik", esa.venue().plainText());
    }

    @Test
    void aCrossrefToNoEntryIsAWarningAtItsPlace() throws IOException {
        Files.writeString(dir.resolve("bad.bib"), """
                @inproceedings{p1,
                  author = {Mirela Brandt},
                  title = {A Paper},
                  booktitle = {Somewhere},
                  year = {2021},
                  crossref = {DBLP:conf/nowhere/2021}
                }
                """);
        Diagnostics d = new Diagnostics();
        List<PublicationEntry> ps = pubs(new ResumeLoader(d).load(cv("bad.bib")));
        assertEquals(1, ps.size());
        assertEquals(1, d.all().size(), d.all().toString());
        Diagnostic w = d.all().get(0);
        assertEquals("bad.bib:6:14", w.pos().file().getFileName() + ":" + w.pos().line() + ":" + w.pos().column());
        assertTrue(w.message().contains("the crossref 'DBLP:conf/nowhere/2021' names no entry"), w.message());
    }

    @Test
    void theRenderedPageSaysItAsTyped() throws IOException {
        Path pdf = dir.resolve("cv.pdf");
        RenderResult r = new Renderer().render(cv("{file: dblp.bib, keys: [DBLP:conf/soda/QuennellS24, DBLP:conf/soda/2024]}"),
                pdf, RenderOptions.DEFAULT);
        assertEquals(List.of(), r.warnings());
        String text = new PdfReadBack(pdf).text.replaceAll("\\s+", " ");
        assertTrue(text.contains("in O(n log n) Comparisons"), text);
        assertTrue(text.contains("Haruto Quennell (Ed.)"), text);
        assertTrue(text.contains("Proceedings of the 2024 ACM-SIAM Symposium"), text);
    }

    @Test
    void theThemeWordsTheEditors() throws IOException {
        Path theme = Files.writeString(dir.resolve("de.yml"), "extends: classic\npublications: {editor: (Hrsg.), editors: (Hgg.)}\n");
        Path pdf = dir.resolve("de.pdf");
        RenderResult r = new Renderer().render(cv("{file: dblp.bib, keys: [DBLP:conf/soda/2024, DBLP:conf/esa/2023]}"), pdf,
                RenderOptions.of(theme.toString()));
        assertEquals(List.of(), r.warnings());
        String text = new PdfReadBack(pdf).text.replaceAll("\\s+", " ");
        assertTrue(text.contains("Haruto Quennell (Hrsg.)"), text);
        assertTrue(text.contains("Ines Varga, Tomasz Okonkwo (Hgg.)"), text);
        assertTrue(!text.contains("Ed.") && !text.contains("Eds."), text);
        // Empty: nothing after the names. And in YAML, edited: true says the same as BibTeX's editor.
        Files.writeString(theme, "extends: classic\npublications: {editor: \"\", editors: \"\"}\n");
        Path yaml = Files.writeString(dir.resolve("edited.yml"), "name: Haruto Quennell\nsections:\n  - title: Edited\n"
                + "    publications:\n      - title: Proceedings of Somewhere\n        authors: [Haruto Quennell, Ines Varga]\n"
                + "        edited: true\n");
        new Renderer().render(yaml, pdf, RenderOptions.of(theme.toString()));
        text = new PdfReadBack(pdf).text.replaceAll("\\s+", " ");
        assertTrue(text.contains("Haruto Quennell, Ines Varga"), text);
        assertTrue(!text.contains("("), "no word, no brackets: " + text);
        new Renderer().render(yaml, pdf, RenderOptions.DEFAULT);
        assertTrue(new PdfReadBack(pdf).text.replaceAll("\\s+", " ").contains("Haruto Quennell, Ines Varga (Eds.)"));
    }
}
