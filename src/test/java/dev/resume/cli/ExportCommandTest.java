package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** render --format: which files it writes, where, and that the selection options apply. */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatIntoAFolder() throws IOException {
        CliRun.Outcome o = CliRun.run("render", "resumes/li.yml", "--format", "md,txt,html,pdf", "-d", dir.toString());
        assertEquals(0, o.code(), o.err());
        for (String ext : new String[] {"md", "txt", "html", "pdf"}) {
            assertTrue(Files.size(dir.resolve("li." + ext)) > 1000, "li." + ext + " written");
            assertTrue(o.out().contains(dir.resolve("li." + ext).toString()), o.out());
        }
    }

    @Test
    void withoutFormatOnlyThePdf() throws IOException {
        CliRun.Outcome o = CliRun.run("render", "resumes/li.yml", "-d", dir.toString());
        assertEquals(0, o.code(), o.err());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of("li.pdf"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void outputNamesTheFileAndWithSeveralFormatsItsStem() throws IOException {
        Path page = dir.resolve("site/index.html");
        assertEquals(0, CliRun.run("render", "resumes/li.yml", "--format", "html", "-o", page.toString()).code());
        assertTrue(Files.readString(page).startsWith("<!DOCTYPE html>"));
        assertEquals(0, CliRun.run("render", "resumes/li.yml", "--format", "pdf,md", "-o", dir.resolve("cv.pdf").toString()).code());
        assertTrue(Files.exists(dir.resolve("cv.pdf")) && Files.exists(dir.resolve("cv.md")));
    }

    @Test
    void aWordDocumentByFormatOrByTheOutputsSuffix() throws IOException {
        CliRun.Outcome o = CliRun.run("render", "resumes/li.yml", "--format", "docx", "-d", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.size(dir.resolve("li.docx")) > 3000, "li.docx written");
        Path named = dir.resolve("cv.docx");
        CliRun.Outcome bySuffix = CliRun.run("render", "resumes/li.yml", "-o", named.toString());
        assertEquals(0, bySuffix.code(), bySuffix.err());
        // A zip, POI's log quiet: nothing on standard error.
        byte[] head = Files.readAllBytes(named);
        assertTrue(head[0] == 'P' && head[1] == 'K', "a zip");
        assertEquals("", bySuffix.err().strip(), bySuffix.err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(dir.resolve("li.docx")), head,
                "the same document either way");
    }

    @Test
    void anOutputOfAnotherFormatOrAnUnknownFormatIsAUsageError() {
        CliRun.Outcome wrong = CliRun.run("render", "resumes/li.yml", "--format", "html", "-o", dir.resolve("cv.pdf").toString());
        assertEquals(ExitCode.USAGE, wrong.code());
        assertTrue(wrong.err().contains("must be a .html file"), wrong.err());
        CliRun.Outcome unknown = CliRun.run("render", "resumes/li.yml", "--format", "odt");
        assertEquals(ExitCode.USAGE, unknown.code());
        assertTrue(unknown.err().contains("--format takes pdf, md, txt, html, png or docx, not 'odt'"), unknown.err());
        assertFalse(Files.exists(dir.resolve("cv.pdf")));
    }

    @Test
    void badInputWritesNoExport() throws IOException {
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "name: Ada\nsections:\n  - title: Education\n    education:\n      - instituion: London\n");
        CliRun.Outcome o = CliRun.run("render", bad.toString(), "--format", "html");
        assertEquals(ExitCode.INVALID_INPUT, o.code());
        assertTrue(o.err().contains("bad.yml:5:9: error: unknown key 'instituion'"), o.err());
        assertTrue(o.err().contains("bad.html not written"), o.err());
        assertFalse(Files.exists(dir.resolve("bad.html")));
    }

    @Test
    void selectionOptionsApplyAsToThePdf() throws IOException {
        Path all = dir.resolve("all.html");
        Path omitted = dir.resolve("omitted.md");
        Path only = dir.resolve("only.txt");
        assertEquals(0, CliRun.run("render", "resumes/cao.yml", "--format", "html", "-o", all.toString()).code());
        assertEquals(0, CliRun.run("render", "resumes/cao.yml", "--format", "md", "--omit", "research-interests",
                "-o", omitted.toString()).code());
        assertEquals(0, CliRun.run("render", "resumes/cao.yml", "--format", "txt", "--only", "educations",
                "-o", only.toString()).code());
        String sentence = "My research lies at the intersection";
        assertTrue(Files.readString(all).contains("<h2>Research Interests</h2>") && Files.readString(all).contains(sentence));
        assertFalse(Files.readString(omitted).contains("Research Interests") || Files.readString(omitted).contains(sentence));
        assertTrue(Files.readString(omitted).contains("## Educations"));
        String text = Files.readString(only);
        assertTrue(text.contains("UC Berkeley") && !text.contains(sentence) && !text.contains("Selected Publications"), text);
        // The hidden section of the master file shows only in the variant that names it.
        assertFalse(Files.readString(all).contains("Other Publications"));
    }
}
