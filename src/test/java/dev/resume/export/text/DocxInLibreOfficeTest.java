package dev.resume.export.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.Slow;
import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.readback.PdfReadBack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word document as another program lays it out: LibreOffice (soffice, when installed;
 * skipped otherwise, and never needed by CI) converts it to PDF, and every word of our PDF is
 * in LibreOffice's, in order.
 */
@Slow
class DocxInLibreOfficeTest {
    @TempDir
    Path out;

    @Test
    void libreOfficeReadsEveryWordInOrder() throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        Renderer renderer = new Renderer();
        for (String sample : List.of("cao.yml", "cao-publications.yml", "vellander.yml")) {
            Path yml = Path.of("resumes", sample);
            RenderOptions options = RenderOptions.of(null);
            Typeset t = renderer.typeset(yml, options);
            String stem = sample.replace(".yml", "");
            Path pdf = out.resolve(stem + ".pdf");
            Path docx = out.resolve(stem + ".docx");
            renderer.render(t, pdf, options);
            renderer.exportDocx(t, docx, options);
            Path lo = out.resolve("lo");
            Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + out.resolve("profile"),
                    "--convert-to", "pdf", "--outdir", lo.toString(), docx.toString()).redirectErrorStream(true)
                    .redirectOutput(out.resolve("soffice.log").toFile()).start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice finished");
            assertEquals(0, p.exitValue(), Files.readString(out.resolve("soffice.log")));
            PdfReadBack ours = new PdfReadBack(pdf);
            ExportsReadBackTest.Case c = new ExportsReadBackTest.Case(yml, null, t, ours, TextFormat.TEXT, "");
            List<String> words = ExportsReadBackTest.pdfWords(c);
            // LibreOffice breaks its own lines, at a word's hyphen too ("gpt-4o-" "mini"): joined again.
            List<String> theirs = WordsInOrder.words(new PdfReadBack(lo.resolve(stem + ".pdf")).text.replaceAll("(?<=\\w-)\\s+(?=\\w)", ""));
            assertNull(WordsInOrder.check(words, theirs), sample + ": " + WordsInOrder.check(words, theirs));
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
