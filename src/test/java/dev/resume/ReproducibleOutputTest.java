package dev.resume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input, theme and fonts give the same bytes: no clock, no random ID in the PDF. */
class ReproducibleOutputTest {

    @TempDir
    Path dir;

    @Test
    void renderingTwiceGivesIdenticalBytes() throws Exception {
        Renderer first = new Renderer();
        first.render(Path.of("resumes/liu.yml"), dir.resolve("a.pdf"), RenderOptions.DEFAULT);
        // Another document in between, from the same fonts, must not change the next one.
        first.render(Path.of("resumes/cao.yml"), dir.resolve("other.pdf"), RenderOptions.DEFAULT);
        Thread.sleep(1100);
        first.render(Path.of("resumes/liu.yml"), dir.resolve("b.pdf"), RenderOptions.DEFAULT);
        new Renderer().render(Path.of("resumes/liu.yml"), dir.resolve("c.pdf"), RenderOptions.DEFAULT);
        byte[] a = Files.readAllBytes(dir.resolve("a.pdf"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b.pdf")), "same renderer, later");
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("c.pdf")), "a new renderer");
        String text = new String(a, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("/CreationDate"), "no clock time without SOURCE_DATE_EPOCH");
    }
}
