package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** {@code -o -}: the file itself on standard output, byte for byte, and every message on standard error. */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class StandardOutputTest {
    @TempDir
    Path dir;

    @Test
    void aPdfOnStandardOutputIsTheFileItWouldHaveWritten() throws IOException {
        Path file = dir.resolve("li.pdf");
        CliRun.Outcome written = CliRun.run("render", "resumes/li.yml", "-o", file.toString());
        CliRun.Outcome piped = CliRun.run("render", "resumes/li.yml", "-o", "-");
        assertEquals(0, piped.code(), piped.err());
        assertArrayEquals(Files.readAllBytes(file), piped.outBytes(), "binary, unchanged, and nothing else on standard output");
        assertTrue(piped.err().startsWith("standard output  "), piped.err());
        assertTrue(written.out().startsWith(file.toString()), "with a file, the status line stays on standard output");
        try (PDDocument pdf = Loader.loadPDF(piped.outBytes())) {
            assertTrue(piped.err().contains(pdf.getNumberOfPages() + " page"), piped.err());
            assertTrue(new PDFTextStripper().getText(pdf).contains("Li"));
        }
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    @Test
    void exportsAndStatsGoToStandardOutputAndStandardError() throws IOException {
        Path file = dir.resolve("li.html");
        assertEquals(0, CliRun.run("render", "resumes/li.yml", "--format", "html", "-o", file.toString()).code());
        CliRun.Outcome html = CliRun.run("render", "resumes/li.yml", "--format", "html", "-o", "-");
        assertEquals(0, html.code(), html.err());
        assertEquals(Files.readString(file), html.out());
        CliRun.Outcome md = CliRun.run("render", "resumes/li.yml", "--format", "md", "--stats", "-o", "-");
        assertTrue(md.out().startsWith("# "), md.out());
        assertFalse(md.out().contains("fonts (face"), "--stats reports on standard error");
        assertTrue(md.err().contains("standard output  "), md.err());
    }

    @Test
    void severalInputsOrFormatsOnStandardOutputAreRefused() throws IOException {
        CliRun.Outcome two = CliRun.run("render", "resumes/li.yml", "resumes/cao.yml", "-o", "-");
        assertEquals(ExitCode.USAGE, two.code());
        assertTrue(two.err().contains("-o - writes one file to standard output: give one input file"), two.err());
        assertEquals(0, two.outBytes().length);
        CliRun.Outcome formats = CliRun.run("render", "resumes/li.yml", "--format", "pdf,html", "-o", "-");
        assertEquals(ExitCode.USAGE, formats.code());
        assertTrue(formats.err().contains("-o - writes one format to standard output, not 2"), formats.err());
        assertEquals(0, formats.outBytes().length);
    }

    @Test
    void badInputPutsNothingOnStandardOutput() throws IOException {
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "name: Ada\nsections:\n  - title: Education\n    education:\n      - instituion: London\n");
        CliRun.Outcome o = CliRun.run("render", bad.toString(), "-o", "-");
        assertEquals(ExitCode.INVALID_INPUT, o.code());
        assertEquals(0, o.outBytes().length);
        assertTrue(o.err().contains("bad.yml:5:9: error: unknown key 'instituion'"), o.err());
        assertTrue(o.err().contains("standard output not written"), o.err());
    }

    @Test
    void schemaAndNewPrintWithADash() {
        CliRun.Outcome plain = CliRun.run("schema");
        CliRun.Outcome dash = CliRun.run("schema", "-o", "-");
        assertEquals(0, dash.code(), dash.err());
        assertEquals(plain.out(), dash.out());
        assertTrue(dash.out().contains("\"$schema\""));
        CliRun.Outcome starter = CliRun.run("new", "Ada Quillfeather", "-o", "-");
        assertEquals(0, starter.code(), starter.err());
        assertTrue(starter.out().contains("\nname: \"Ada Quillfeather\"\n"), starter.out());
        assertFalse(Files.exists(Path.of("-")));
    }
}
