package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.diag.Diagnostics;
import dev.resume.layout.LayoutReport;
import dev.resume.layout.Page;
import dev.resume.input.ResumeLoader;
import dev.resume.model.Entry;
import dev.resume.model.Entry.Paragraph;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.Pdflatex;
import dev.resume.readback.WordSpacing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Our justified spacing against pdflatex's on the same text: the research interests of cao.yml
 * and the abstracts of its publications (seed 001), set as plain justified paragraphs in the
 * same font (TeX Gyre Pagella, the classic theme's), size and width. pdflatex keeps its
 * defaults (\pretolerance 100, \tolerance 200, the same American English patterns), with
 * \frenchspacing so that a space after a full stop is a space like the others, as ours are.
 * Both PDFs are measured by {@link WordSpacing}, from the glyphs' positions alone.
 *
 * <p>Runs where pdflatex and the tgpagella package are installed (texlive-latex-base and
 * texlive-fonts-recommended on Debian), and is skipped elsewhere. {@code make spacing} runs it.
 */
@Slow
// Prints its figures: not while a command-line test has swapped System.out.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class SpacingVsLatexTest {
    private static final Path CAO = Path.of("resumes/cao.yml");
    /** TeX Gyre Pagella's space, in ems: 250 of 1000 units, in its OpenType and T1 TeX metrics alike. */
    private static final float PAGELLA_SPACE = 0.25f;

    @Test
    void ourJustifiedSpacingIsAsTightAsPdflatexOnTheSameText(@TempDir Path dir) throws Exception {
        assumeTrue(Pdflatex.has(dir, "tgpagella.sty"),
                "pdflatex with tgpagella is not installed");
        List<String> paragraphs = paragraphs();
        assertTrue(paragraphs.size() >= 10, "paragraphs: " + paragraphs.size());

        Path yml = dir.resolve("spacing.yml");
        StringBuilder y = new StringBuilder("name: Spacing\nsections:\n  - title: Text\n    text:\n");
        for (String p : paragraphs) {
            y.append("      - |-\n        ").append(p).append('\n');
        }
        Files.writeString(yml, y.toString());
        Renderer renderer = new Renderer();
        Typeset ours = renderer.typeset(yml, RenderOptions.of("classic"));
        assertTrue(ours.warnings().isEmpty(), ours.warnings().toString());
        renderer.render(yml, dir.resolve("ours.pdf"), RenderOptions.of("classic"));
        Page first = ours.pages().get(0);
        float width = first.width() - first.margins().left() - first.margins().right();
        float size = ours.theme().sizes().body();

        Files.writeString(dir.resolve("latex.tex"), latex(paragraphs, width, size), StandardCharsets.UTF_8);
        assertTrue(Pdflatex.compile(dir, "latex"),
                () -> "pdflatex failed: " + Pdflatex.read(dir.resolve("latex.log")).lines().filter(l -> l.startsWith("!")).toList());

        float[] us = WordSpacing.widestSpaces(new PdfReadBack(dir.resolve("ours.pdf")).glyphs, PAGELLA_SPACE * size);
        PdfReadBack latexPdf = new PdfReadBack(dir.resolve("latex.pdf"));
        float[] tex = WordSpacing.widestSpaces(latexPdf.glyphs, PAGELLA_SPACE * size);
        LayoutReport report = ours.report();
        String table = String.format(Locale.ROOT, """
                justified spacing, %d paragraphs, TeX Gyre Pagella %.1f pt, %.1f pt wide
                                 justified lines   worst   95th pct   median   hyphenated   overfull
                  resume         %6d            %5.2f×   %5.2f×     %5.2f×   %6d       %6d
                  pdflatex       %6d            %5.2f×   %5.2f×     %5.2f×   %6d       %6d
                  (resume's own layout report: %d justified lines, worst %.2f×, 95th pct %.2f×)
                """, paragraphs.size(), size, width,
                us.length, max(us), WordSpacing.percentile(us, 0.95), WordSpacing.percentile(us, 0.5),
                report.hyphenatedLines(), report.overfull().size(),
                tex.length, max(tex), WordSpacing.percentile(tex, 0.95), WordSpacing.percentile(tex, 0.5),
                WordSpacing.hyphenatedLines(latexPdf.glyphs), Pdflatex.overfullBoxes(Pdflatex.read(dir.resolve("latex.log"))),
                report.justifiedLines(), report.worstSpace(), report.p95Space());
        System.out.print(table);
        // Kept for looking at side by side: target/spacing/{ours,latex}.pdf.
        Path keep = Files.createDirectories(Path.of("target/spacing"));
        for (String f : List.of("ours.pdf", "latex.pdf", "latex.tex", "spacing.yml")) {
            Files.copy(dir.resolve(f), keep.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(us.length > 30 && tex.length > 30, table);
        // The measure of our PDF agrees with what the layout meant to draw.
        assertEquals(report.p95Space(), WordSpacing.percentile(us, 0.95), 0.02, table);
        // As tight as LaTeX: the typical loose line no looser, and the worst within a hair.
        assertTrue(WordSpacing.percentile(us, 0.95) <= WordSpacing.percentile(tex, 0.95) + 0.02, table);
        assertTrue(max(us) <= max(tex) + 0.05, table);
    }

    /** The research interests' paragraphs and every publication's abstract, as plain text. */
    private static List<String> paragraphs() throws Exception {
        Resume resume = new ResumeLoader(new Diagnostics()).load(CAO);
        List<String> out = new ArrayList<>();
        for (Section s : resume.sections()) {
            for (Entry e : s.entries()) {
                if (e instanceof Paragraph p) {
                    out.add(p.text().plainText());
                } else if (e instanceof PublicationEntry p && p.abstractText() != null) {
                    out.add(p.abstractText().plainText());
                }
            }
        }
        return out;
    }

    private static String latex(List<String> paragraphs, float width, float size) {
        StringBuilder sb = new StringBuilder();
        sb.append("\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{tgpagella}\n");
        sb.append(String.format(Locale.ROOT, "\\usepackage[paperwidth=%.3fbp,paperheight=2000bp,textwidth=%.3fbp,top=40bp,bottom=40bp]{geometry}%n",
                width + 100, width));
        sb.append("\\pagestyle{empty}\\frenchspacing\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{6pt}\n\\begin{document}\n");
        sb.append(String.format(Locale.ROOT, "\\fontsize{%.2fbp}{%.2fbp}\\selectfont%n", size, size * 1.2));
        for (String p : paragraphs) {
            sb.append(Pdflatex.escape(p)).append("\n\n");
        }
        sb.append("\\end{document}\n");
        return sb.toString();
    }

    private static float max(float[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }
}
