package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.diag.InvalidInputException;
import dev.resume.readback.PageChecks;
import dev.resume.readback.PdfReadBack;
import dev.resume.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A5, Legal and any WIDTH x HEIGHT: the MediaBox is the paper, and the sample's text stays inside its margins. */
class PaperSizesTest {
    static final Renderer RENDERER = new Renderer();

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a5, 419.53, 595.28", "legal, 612, 1008", "148mm x 210mm, 419.53, 595.28", "6in x 9in, 432, 648",
            "15cm x 20cm, 425.2, 566.93"})
    void theSampleRendersOnThePaperWithNothingOutsideTheMargins(String paper, float width, float height) throws IOException {
        RenderOptions options = RenderOptions.of(null).withPaper(paper);
        Path pdf = dir.resolve(paper.replace(' ', '_') + ".pdf");
        RENDERER.render(Path.of("resumes/cao.yml"), pdf, options);
        PdfReadBack read = new PdfReadBack(pdf);
        for (float[] size : read.pageSizes) {
            assertEquals(width, size[0], 0.05, paper + " width");
            assertEquals(height, size[1], 0.05, paper + " height");
        }
        Typeset t = RENDERER.typeset(Path.of("resumes/cao.yml"), options);
        // The margins stay the theme's.
        assertEquals(t.theme().margins().left(), t.styled().setup().left(), 0.01);
        PageChecks.insideTheMargins(paper, read, t.styled().setup(), true);
        PageChecks.noOverlaps(paper, read, true);
    }

    @Test
    void aSmallerPaperTakesMorePages() throws IOException {
        int a4 = RENDERER.typeset(Path.of("resumes/cao.yml"), RenderOptions.of(null)).pages().size();
        int a5 = RENDERER.typeset(Path.of("resumes/cao.yml"), RenderOptions.of(null).withPaper("A5")).pages().size();
        assertTrue(a5 > a4, a4 + " pages on A4, " + a5 + " on A5");
    }

    @Test
    void sizesThatAreNoPaperAreRefused() {
        assertNull(Theme.Paper.parse("a6"));
        assertNull(Theme.Paper.parse("148mm"));
        assertNull(Theme.Paper.parse("1in x 9in"));
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.of(null).withPaper("b5"));
    }

    @Test
    void aPaperInTheResumeIsCheckedAtItsPlace() throws IOException {
        Path yml = dir.resolve("paper.yml");
        Files.writeString(yml, "name: Ada Quillfeather\npaper: 148 x 210mmm\nsections:\n  - title: A\n    text: x\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(yml, RenderOptions.of(null)));
        assertEquals(2, e.diagnostics().get(0).pos().line());
        assertTrue(e.diagnostics().get(0).message().contains("not a paper size"), e.diagnostics().toString());
        // Large enough to be a paper, too small for the theme's margins.
        Files.writeString(yml, "name: Ada Quillfeather\npaper: 2.2in x 3in\nsections:\n  - title: A\n    text: x\n");
        InvalidInputException small = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(yml, RenderOptions.of(null)));
        assertEquals(2, small.diagnostics().get(0).pos().line(), small.diagnostics().toString());
        assertTrue(small.diagnostics().get(0).message().contains("leaves"), small.diagnostics().toString());
    }
}
