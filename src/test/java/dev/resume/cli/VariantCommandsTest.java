package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.readback.PdfReadBack;
import dev.resume.readback.TokenMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The variant samples, resume deps, and the selection options of the command line. */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class VariantCommandsTest {

    @Test
    void depsPrintsMakeRulesWithTheBasesAndThemeFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cv.yml"), "name: Ada\ntheme: look.yml\nsections: []\n");
        Files.writeString(dir.resolve("look.yml"), "extends: base look.yml\n");
        Files.writeString(dir.resolve("base look.yml"), "name: base\n");
        Files.writeString(dir.resolve("short.yml"), "extends: cv.yml\n");
        CliRun.Outcome o = CliRun.run("deps", "-d", "out", dir.resolve("short.yml").toString(), dir.resolve("cv.yml").toString());
        assertEquals(0, o.code(), o.err());
        String d = dir.toString();
        assertEquals("out/short.pdf: " + d + "/short.yml " + d + "/cv.yml " + d + "/look.yml " + d + "/base\\ look.yml\n"
                + "out/cv.pdf: " + d + "/cv.yml " + d + "/look.yml " + d + "/base\\ look.yml\n"
                + d + "/look.yml:\n" + d + "/base\\ look.yml:\n", o.out());
    }

    @Test
    void depsOfABrokenFileStillNameWhatCanBeFound(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("v.yml"), "extends: missing.yml\nname: [\n");
        CliRun.Outcome o = CliRun.run("deps", dir.resolve("v.yml").toString(), "-o", "v.pdf");
        assertEquals("v.pdf: " + dir.resolve("v.yml") + "\n", o.out());
        assertEquals(3, CliRun.run("deps", dir.resolve("nope.yml").toString()).code());
    }

    @Test
    void theOnePageSampleHasOnePageAndThePublicationListEveryAbstract(@TempDir Path dir) throws Exception {
        CliRun.Outcome o = CliRun.run("render", "--verify", "-d", dir.toString(), "resumes/cao-onepage.yml",
                "resumes/cao-publications.yml", "resumes/cao.yml");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("cao-onepage.pdf  1 page "), o.out());
        assertEquals(1, new PdfReadBack(dir.resolve("cao-onepage.pdf")).pageSizes.size());
        // Every abstract written in cao.yml (the whole of seed 001) is in the publication list.
        String yaml = Files.readString(Path.of("resumes/cao.yml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("abstract: >-\\n\\s+(\\S[^\\n]{20,60})").matcher(yaml);
        int abstracts = 0;
        {
            String text = TokenMatcher.folded(new PdfReadBack(dir.resolve("cao-publications.pdf")).text.replaceAll("\\s+", " "));
            while (m.find()) {
                abstracts++;
                String start = TokenMatcher.folded(m.group(1).replaceAll("\\s+", " "));
                start = start.substring(0, start.lastIndexOf(' '));
                assertTrue(text.contains(start), "the abstract starting \"" + start + "\" is in the publication list");
            }
            assertTrue(text.contains("Subjects: "));
        }
        assertTrue(abstracts >= 15, "abstracts found in cao.yml: " + abstracts);
        assertFalse(new PdfReadBack(dir.resolve("cao.pdf")).text.contains("Subjects: "), "the CV itself shows no abstracts");
    }

    @Test
    void tagsOnlyAndOmitOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("t.pdf");
        CliRun.Outcome o = CliRun.run("render", "resumes/cao.yml", "--only", "educations,selected-publications", "-o", pdf.toString());
        assertEquals(0, o.code(), o.err());
        String text = new PdfReadBack(pdf).text;
        assertTrue(text.contains("Educations"));
        assertFalse(text.contains("Industry Experiences"));
        CliRun.Outcome bad = CliRun.run("render", "resumes/cao.yml", "--omit", "educatons", "-o", pdf.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("--omit names no section 'educatons'") && bad.err().contains("did you mean 'educations'?"),
                bad.err());
        CliRun.Outcome tag = CliRun.run("validate", "resumes/cao.yml", "--tags", "systems");
        assertEquals(0, tag.code(), tag.err());
        assertTrue(tag.err().contains("warning: no entry or section has the tag 'systems'"), tag.err());
        assertEquals(2, CliRun.run("render", "resumes/cao.yml", "--max-pages", "0").code());
    }

    private static int pageOf(PdfReadBack r, String word) {
        String text = "";
        for (PdfReadBack.Glyph g : r.glyphs) {
            text += g.text();
            if (text.endsWith(word)) {
                return g.page();
            }
        }
        throw new AssertionError(word + " not found");
    }

    @Test
    void newPageAndOneLineShapeThePages(@TempDir Path dir) throws Exception {
        Path cv = dir.resolve("cv.yml");
        String base = """
                name: Ada Quillfeather
                sections:
                  - title: Education
                    education:
                      - institution: University of London
                        degree: Mathematics
                        bullets: [Tutored by De Morgan]
                  - title: Publications
                    new_page: NEWPAGE
                    show: {form: FORM}
                    publications:
                      - title: Notes on the Analytical Engine
                        authors: [A. Quillfeather, L. Menabrea]
                        venue: Taylor's Scientific Memoirs
                        year: 1843
                """;
        Files.writeString(cv, base.replace("NEWPAGE", "true").replace("FORM", "full"));
        assertEquals(0, CliRun.run("render", "--verify", cv.toString()).code());
        PdfReadBack split = new PdfReadBack(dir.resolve("cv.pdf"));
        assertEquals(2, split.pageSizes.size());
        assertEquals(0, pageOf(split, "Education"));
        assertEquals(1, pageOf(split, "Publications"));

        Files.writeString(cv, base.replace("NEWPAGE", "false").replace("FORM", "one-line"));
        assertEquals(0, CliRun.run("render", "--verify", cv.toString()).code());
        PdfReadBack oneLine = new PdfReadBack(dir.resolve("cv.pdf"));
        assertEquals(1, oneLine.pageSizes.size());
        java.util.Set<Float> baselines = new java.util.TreeSet<>();
        boolean after = false;
        String text = "";
        for (PdfReadBack.Glyph g : oneLine.glyphs) {
            text += g.text();
            after |= text.endsWith("Publications");
            if (after && !g.text().isBlank()) {
                baselines.add(g.baseline());
            }
        }
        // The title line, and the entry: authors, title, venue in one paragraph of one line.
        assertEquals(2, baselines.size(), baselines.toString());
        assertTrue(oneLine.text.replaceAll("\\s+", " ").contains("A. Quillfeather, L. Menabrea. Notes on the Analytical Engine. Taylor"),
                oneLine.text);
    }
}
