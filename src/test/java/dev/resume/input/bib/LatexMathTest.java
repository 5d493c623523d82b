package dev.resume.input.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resume.diag.Diagnostics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Math in titles as TeX spaces it: operators apart from their arguments, spaces typed around relations kept. */
class LatexMathTest {
    private static String plain(String latex) {
        BibSource src = new BibSource(Path.of("t.bib"), "@misc{k, title = {" + latex + "}}");
        Diagnostics d = new Diagnostics();
        BibFile f = BibParser.parse(src, d);
        String out = Latex.convert(f.entry("k").value("title"), Latex.Mode.PLAIN, src, d);
        assertEquals(0, d.all().size(), () -> latex + ": " + d.all());
        return out;
    }

    @Test
    void anOperatorIsSetApartFromTheLetterAfterIt() {
        assertEquals("O(log n)", plain("$O(\\log n)$"));
        assertEquals("O(n log n)", plain("$O(n \\log n)$"));
        assertEquals("O(n log n)", plain("$O(n\\log n)$"), "Ord then Op: a space, though none is typed");
        assertEquals("O(log n) Sorting", plain("An $O(\\log n)$ Sorting").substring(3));
        assertEquals("max x", plain("$\\max x$"));
        assertEquals("log(n)", plain("$\\log(n)$"), "no space before an opening parenthesis");
        assertEquals("lim sup a", plain("$\\limsup a$"));
        assertEquals("O(log log n)", plain("$O(\\log\\log n)$"));
        assertEquals("sin θ", plain("$\\sin\\theta$"));
    }

    @Test
    void lettersScriptsAndRelations() {
        assertEquals("α", plain("$\\alpha$"));
        assertEquals("n²", plain("$n^2$"));
        assertEquals("O(n² log n)", plain("$O(n^2 \\log n)$"));
        assertEquals("n × m", plain("$n \\times m$"));
        assertEquals("7.5× faster", plain("7.5$\\times$ faster"));
        assertEquals("ε ≤ 1", plain("$\\varepsilon \\leq 1$"));
        assertEquals("x → y", plain("$x\\to y$"));
        assertEquals("αβ", plain("$\\alpha \\beta$"), "TeX sets letters side by side whatever the spaces");
    }

    @Test
    void outsideMathTheSpaceAfterAControlWordIsEatenAsBefore() {
        assertEquals("ßx", plain("\\ss x"));
        assertEquals("log n", plain("\\log{} n"));
    }
}
