package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.diag.Diagnostics;
import dev.resume.input.ResumeLoader;
import dev.resume.model.Author;
import dev.resume.model.Entry;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Link;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.model.Text;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.TokenMatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * resumes/cao-bib.yml reads its publications from resumes/cao.bib: the same papers, with the same
 * facts, as cao.yml writes out in YAML, and its PDF says every word of cao.yml's publications.
 */
class BibSampleTest {
    @TempDir
    Path out;

    private static Resume load(String name) throws IOException {
        return new ResumeLoader(new Diagnostics()).load(Path.of("resumes", name));
    }

    private static Map<String, PublicationEntry> byTitle(Resume r) {
        Map<String, PublicationEntry> all = new HashMap<>();
        for (Section s : r.sections()) {
            for (Entry e : s.entries()) {
                if (e instanceof PublicationEntry p) {
                    all.put(words(p.title()), p);
                }
            }
        }
        return all;
    }

    /** A field's words as a reader sees them (Markdown undone), or null. */
    private static String words(Text t) {
        return t == null ? null : String.join(" ", TokenMatcher.words(t.plainText()));
    }

    @Test
    void theBibFileHoldsEveryFactOfTheYamlPublications() throws IOException {
        Map<String, PublicationEntry> yaml = byTitle(load("cao.yml"));
        Map<String, PublicationEntry> bib = byTitle(load("cao-bib.yml"));
        assertEquals(19, yaml.size());
        assertEquals(yaml.keySet(), bib.keySet(), "the same papers");
        for (Map.Entry<String, PublicationEntry> e : yaml.entrySet()) {
            PublicationEntry y = e.getValue();
            PublicationEntry b = bib.get(e.getKey());
            String t = e.getKey();
            assertEquals(y.authors().stream().map(Author::written).toList(), b.authors().stream().map(Author::written).toList(), t);
            assertEquals(y.authors().stream().map(Author::isOwner).toList(), b.authors().stream().map(Author::isOwner).toList(), t);
            if (y.venue() != null && !y.venue().markdown().equals("Arxiv")) {
                assertEquals(words(y.venue()), words(b.venue()), t);
            }
            if (y.year() != null) {
                assertEquals(y.year(), b.year(), t);
            }
            assertEquals(y.date(), b.date(), t);
            assertEquals(words(y.when()), words(b.when()), t);
            assertEquals(words(y.note()), words(b.note()), t);
            assertEquals(words(y.abstractText()), words(b.abstractText()), t);
            assertEquals(y.subjects(), b.subjects().stream().map(s -> s.replaceFirst("^cs\\.", "")).toList(), t);
            assertEquals(y.links().stream().map(Link::url).toList(), b.links().stream().map(Link::url).toList(), t);
        }
    }

    /** The PDF's words from a heading up to the next, without the page footers, hyphenated words joined. */
    private static List<String> section(List<String> tokens, String from, String to) {
        String all = String.join(" ", tokens);
        int start = all.indexOf(from);
        int end = all.indexOf(to, start);
        assertTrue(start >= 0 && end > start, from + " … " + to);
        String text = all.substring(start, end).replaceAll("page \\d+ of \\d+", " ").replaceAll("-\\s+", "-");
        List<String> words = new ArrayList<>();
        for (String w : TokenMatcher.words(text)) {
            words.add(w.replace("-", "").replace("–", ""));
        }
        return words;
    }

    @Test
    void theRenderSaysEveryWordOfTheYamlPublications() throws IOException {
        Renderer renderer = new Renderer();
        for (String theme : List.of("classic", "modern")) {
            Path yamlPdf = out.resolve("cao-" + theme + ".pdf");
            Path bibPdf = out.resolve("cao-bib-" + theme + ".pdf");
            renderer.render(Path.of("resumes/cao.yml"), yamlPdf, RenderOptions.of(theme));
            renderer.render(Path.of("resumes/cao-bib.yml"), bibPdf, RenderOptions.of(theme));
            List<String> yaml = section(new PdfReadBack(yamlPdf).tokens(), "selected publications", "industry experiences");
            List<String> bib = section(new PdfReadBack(bibPdf).tokens(), "selected publications", "industry experiences");
            assertTrue(yaml.size() > 300, theme + ": the check looks at the publications: " + yaml.size() + " words");
            Map<String, Integer> left = new HashMap<>();
            bib.forEach(w -> left.merge(w, 1, Integer::sum));
            List<String> missing = new ArrayList<>();
            for (String w : yaml) {
                if (left.merge(w, -1, Integer::sum) < 0) {
                    missing.add(w);
                }
            }
            assertEquals(List.of(), missing, theme + ": words of cao.yml's publications that cao-bib.yml's PDF lacks");
            assertNotNull(bib);
        }
    }
}
