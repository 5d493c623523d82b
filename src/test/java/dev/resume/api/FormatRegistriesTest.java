package dev.resume.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.input.InputFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The output formats by name and suffix, and the input suffixes a file's outputs are named without. */
class FormatRegistriesTest {

    @Test
    void formatsAreFoundByNameOrAliasInAnyCase() {
        assertEquals("pdf, md, txt, html, png or docx", OutputFormats.names());
        assertSame(OutputFormats.PDF, OutputFormats.byName(" PDF "));
        assertEquals("md", OutputFormats.byName("Markdown").name());
        assertEquals("html", OutputFormats.byName("htm").name());
        assertEquals("docx", OutputFormats.byName("Word").name());
        assertNull(OutputFormats.byName("odt"));
        assertTrue(OutputFormats.byName("html").isSuffixOf(Path.of("out/CV.HTM")));
        assertFalse(OutputFormats.PDF.isSuffixOf(Path.of("cv")));
        assertTrue(OutputFormats.byName("PNG").paged());
        assertEquals(OutputFormats.byName("png"), OutputFormats.png(" 150 "), "150 dpi without --dpi");
    }

    @Test
    void thePicturesOfThePagesAreNamedAfterTheTargetAndThePage() {
        assertEquals(Path.of("out/cv-2.png"), PngOutput.page(Path.of("out/cv.png"), 2));
        assertEquals(Path.of("out/wen.zh-1.png"), PngOutput.page(Path.of("out/wen.zh.PNG"), 1));
        OutputFormat png = OutputFormats.png("72");
        assertEquals("out/cv-1.png", png.describe(Path.of("out/cv.png"), 1));
        assertEquals("out/cv-1.png … out/cv-3.png", png.describe(Path.of("out/cv.png"), 3));
        assertEquals("out/cv-N.png", png.describe(Path.of("out/cv.png"), 0));
        assertEquals("standard output", png.describe(OutputFiles.STANDARD_OUTPUT, 1));
    }

    @Test
    void anOutputIsNamedAfterTheInputWithoutItsSuffix() {
        assertEquals(Path.of("out/cv.pdf"), OutputFormats.PDF.fileFor(Path.of("cv.yaml"), Path.of("out")));
        assertEquals(Path.of("a/cv.html"), OutputFormats.byName("html").fileFor(Path.of("a/cv.json"), null));
        assertEquals(Path.of("cv.txt.pdf"), OutputFormats.PDF.fileFor(Path.of("cv.txt"), null));
        assertEquals("CV", InputFormat.stem(Path.of("CV.YML")));
        assertSame(InputFormat.JSON, InputFormat.of(Path.of("me.JSON")));
        assertSame(InputFormat.YAML, InputFormat.of(Path.of("me.cv")));
    }
}
