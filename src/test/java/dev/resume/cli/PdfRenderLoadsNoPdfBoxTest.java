package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.ClassFiles;
import dev.resume.Slow;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFBox is in the jar for the pictures of the pages only: a PDF render must not load it, so
 * that it starts as fast as before PDFBox was there. Two checks: only export/PageImages names
 * PDFBox, and only api/PngOutput names PageImages (in the compiled classes); and a render in a
 * JVM whose class path lacks PDFBox's jars writes its PDF.
 */
@Slow
class PdfRenderLoadsNoPdfBoxTest {
    @TempDir
    Path dir;

    @Test
    void onlyThePicturesNamePdfBox() throws Exception {
        List<String> pdfbox = new ArrayList<>();
        List<String> pictures = new ArrayList<>();
        for (Path c : ClassFiles.mainClasses()) {
            List<String> texts = ClassFiles.utf8Constants(Files.readAllBytes(c));
            String name = c.getFileName().toString();
            if (texts.stream().anyMatch(t -> t.contains("org/apache/pdfbox")) && !name.startsWith("PageImages")) {
                pdfbox.add(name);
            }
            if (texts.stream().anyMatch(t -> t.contains("dev/resume/export/PageImages")) && !name.startsWith("PageImages")
                    && !name.startsWith("PngOutput")) {
                pictures.add(name);
            }
        }
        assertEquals(List.of(), pdfbox, "classes that name PDFBox");
        assertEquals(List.of(), pictures, "classes that name PageImages");
    }

    @Test
    void aPdfRendersWithoutPdfBoxOnTheClassPath() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String without = String.join(File.pathSeparator, Arrays.stream(classPath.split(File.pathSeparator))
                .filter(p -> !p.contains("pdfbox") && !p.contains("fontbox")).toList());
        assertTrue(without.length() < classPath.length(), "PDFBox's jars are on the class path: " + classPath);
        Path pdf = dir.resolve("li.pdf");
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaCommand.toString(), "-XX:TieredStopAtLevel=1", "-Dresume.nowarmup=true", "-cp", without,
                "dev.resume.cli.Main", "render", "resumes/li.yml", "-o", pdf.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(Files.size(pdf) > 1000, output);
    }
}
