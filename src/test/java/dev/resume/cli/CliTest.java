package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The command line, end to end: exit codes, messages, and the files it writes (or leaves alone). */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class CliTest {
    private static final String VALID = """
            name: Ada Quillfeather
            contact:
              - email: ada@example.org
            sections:
              - title: Education
                education:
                  - institution: University of London
                    start: 1840
                    end: 1842
            """;

    private static final String MISSPELT = """
            name: Ada Quillfeather
            sections:
              - title: Education
                education:
                  - instituion: University of London
            """;

    @TempDir
    Path dir;

    private static CliRun.Outcome cli(String... args) {
        return CliRun.run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static PDRectangle pageSize(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getPage(0).getMediaBox();
        }
    }

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void versionExitsZero() {
        CliRun.Outcome o = cli("--version");
        assertEquals(ExitCode.OK, o.code(), o.err());
        assertTrue(o.out().startsWith("resume "), o.out());
    }

    @Test
    void helpExitsZero() {
        CliRun.Outcome o = cli("render", "--help");
        assertEquals(ExitCode.OK, o.code());
        assertTrue(o.out().contains("--paper"), o.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun.Outcome o = cli("render", "--frobnicate", "x.yml");
        assertEquals(ExitCode.USAGE, o.code());
        assertTrue(o.err().contains("--frobnicate"), o.err());
        assertTrue(o.err().contains("--help"), o.err());
    }

    @Test
    void unknownTopLevelOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, cli("--frobnicate").code());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun.Outcome o = cli();
        assertEquals(ExitCode.USAGE, o.code());
        assertTrue(o.err().contains("a command is required"), o.err());
    }

    @Test
    void debugIsAskedForOnTheCommandLineNotThroughASystemProperty() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Main.debugFromEnvironment(), "RESUME_DEBUG=1 is set");
        assertTrue(Main.debug(new picocli.CommandLine(new Main()).parseArgs("render", "--debug", "cv.yml")));
        assertFalse(Main.debug(new picocli.CommandLine(new Main()).parseArgs("render", "cv.yml")));
        assertFalse(Main.debug(new picocli.CommandLine(new Main()).parseArgs("themes")), "a command without --debug");
    }

    @Test
    void profilePrintsTheTimeOfEachStageAndOnlyWhenAsked() throws IOException {
        Path cv = write("cv.yml", VALID);
        CliRun.Outcome o = cli("render", "--profile", cv.toString());
        assertEquals(ExitCode.OK, o.code(), o.err());
        for (String stage : List.of("load", "theme", "style+layout", "export", "verify", "write")) {
            assertTrue(o.err().lines().anyMatch(l -> l.startsWith(cv + ": " + stage + " ") && l.endsWith(" ms")), o.err());
        }
        assertEquals("", cli("render", cv.toString()).err(), "the next render, without --profile, prints no times");
    }

    @Test
    void renderWritesThePdfBesideTheInput() throws IOException {
        Path cv = write("cv.yml", VALID);
        CliRun.Outcome o = cli("render", cv.toString());
        assertEquals(ExitCode.OK, o.code(), o.err());
        Path pdf = dir.resolve("cv.pdf");
        assertTrue(Files.isRegularFile(pdf), "cv.pdf written");
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(o.out().contains(pdf.toString()) && o.out().contains("1 page"), o.out());
        assertEquals("", o.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
        assertEquals(List.of(pdf, cv), filesInDir(), "no temporary file is left behind");
    }

    @Test
    void renderWithOutputAndDir() throws IOException {
        Path cv = write("cv.yml", VALID);
        Path out = dir.resolve("elsewhere/ada.pdf");
        assertEquals(ExitCode.OK, cli("render", cv.toString(), "-o", out.toString()).code());
        assertTrue(Files.isRegularFile(out));
        assertFalse(Files.exists(dir.resolve("cv.pdf")));
        Path outDir = dir.resolve("pdfs");
        assertEquals(ExitCode.OK, cli("render", "-d", outDir.toString(), cv.toString()).code());
        assertTrue(Files.isRegularFile(outDir.resolve("cv.pdf")));
    }

    @Test
    void unknownKeyExitsOneWithPositionAndHint() throws IOException {
        Path cv = write("cv.yml", MISSPELT);
        CliRun.Outcome o = cli("render", cv.toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code(), o.err());
        assertTrue(o.err().contains(cv + ":5:9: error: unknown key 'instituion'"), o.err());
        assertTrue(o.err().contains("did you mean 'institution'"), o.err());
        assertTrue(o.err().contains("    5 |       - instituion: University of London"), "the line is quoted:\n" + o.err());
        assertTrue(o.err().contains("1 error;"), o.err());
        assertFalse(Files.exists(dir.resolve("cv.pdf")), "no PDF for an invalid file");
    }

    @Test
    void hintIsPrinted() throws IOException {
        Path cv = write("cv.yml", VALID.replace("start: 1840", "start: Sept 1840"));
        CliRun.Outcome o = cli("render", cv.toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code());
        assertTrue(o.err().contains(cv + ":8:16: error:"), o.err());
        assertTrue(o.err().contains("hint: write 1840-09"), o.err());
    }

    @Test
    void missingFileExitsThree() {
        Path absent = dir.resolve("absent.yml");
        CliRun.Outcome o = cli("render", absent.toString());
        assertEquals(ExitCode.IO, o.code(), o.err());
        assertTrue(o.err().contains("absent.yml"), o.err());
        assertTrue(o.err().contains("no such file"), o.err());
    }

    @Test
    void failedRenderLeavesTheOldPdfUntouched() throws IOException {
        Path cv = write("cv.yml", VALID);
        assertEquals(ExitCode.OK, cli("render", cv.toString()).code());
        Path pdf = dir.resolve("cv.pdf");
        byte[] before = Files.readAllBytes(pdf);
        var modified = Files.getLastModifiedTime(pdf);

        write("cv.yml", MISSPELT);
        CliRun.Outcome o = cli("render", cv.toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code());
        assertTrue(o.err().contains(pdf + " not written"), o.err());
        assertArrayEquals(before, Files.readAllBytes(pdf));
        assertEquals(modified, Files.getLastModifiedTime(pdf));
        assertEquals(List.of(pdf, cv), filesInDir(), "no temporary file is left behind");
    }

    @Test
    void failedRenderLeavesAnyExistingFileUntouched() throws IOException {
        Path cv = write("cv.yml", "name: Ada\nsections: []\ncontact:\n  - email: nope\n");
        Path pdf = write("cv.pdf", "not really a pdf, but mine");
        assertEquals(ExitCode.INVALID_INPUT, cli("render", cv.toString()).code());
        assertEquals("not really a pdf, but mine", Files.readString(pdf));
    }

    @Test
    void secondFileFailingDoesNotStopTheFirst() throws IOException {
        Path good = write("good.yml", VALID);
        Path bad = write("bad.yml", MISSPELT);
        CliRun.Outcome o = cli("render", bad.toString(), good.toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code());
        assertTrue(Files.isRegularFile(dir.resolve("good.pdf")));
        assertFalse(Files.exists(dir.resolve("bad.pdf")));
    }

    @Test
    void worstExitCodeWins() throws IOException {
        Path bad = write("bad.yml", MISSPELT);
        CliRun.Outcome o = cli("render", bad.toString(), dir.resolve("absent.yml").toString());
        assertEquals(ExitCode.IO, o.code());
    }

    @Test
    void outputWithTwoFilesIsAUsageError() throws IOException {
        Path a = write("a.yml", VALID);
        Path b = write("b.yml", VALID);
        CliRun.Outcome o = cli("render", a.toString(), b.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(ExitCode.USAGE, o.code());
        assertTrue(o.err().contains("-d DIR"), o.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        assertFalse(Files.exists(dir.resolve("a.pdf")));
    }

    @Test
    void outputAndDirTogetherIsAUsageError() throws IOException {
        Path a = write("a.yml", VALID);
        assertEquals(ExitCode.USAGE, cli("render", a.toString(), "-o", "x.pdf", "-d", dir.toString()).code());
    }

    @Test
    void paperLetter() throws IOException {
        Path cv = write("cv.yml", VALID);
        assertEquals(ExitCode.OK, cli("render", "--paper", "letter", cv.toString()).code());
        PDRectangle letter = pageSize(dir.resolve("cv.pdf"));
        assertEquals(612f, letter.getWidth(), 0.01f);
        assertEquals(792f, letter.getHeight(), 0.01f);

        assertEquals(ExitCode.OK, cli("render", cv.toString()).code());
        PDRectangle a4 = pageSize(dir.resolve("cv.pdf"));
        assertEquals(595.28f, a4.getWidth(), 0.01f);
        assertEquals(841.89f, a4.getHeight(), 0.01f);
    }

    @Test
    void badPaperIsAUsageError() throws IOException {
        Path cv = write("cv.yml", VALID);
        CliRun.Outcome o = cli("render", "--paper", "b5", cv.toString());
        assertEquals(ExitCode.USAGE, o.code());
        assertTrue(o.err().contains("a4, letter, a5, legal or WIDTH x HEIGHT"), o.err());
    }

    @Test
    void unknownThemeExitsOneAndListsTheThemes() throws IOException {
        Path cv = write("cv.yml", VALID);
        CliRun.Outcome o = cli("render", "--theme", "nosuch", cv.toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("unknown theme 'nosuch'"), o.err());
        assertTrue(o.err().contains("built-in themes: ") && o.err().contains("classic"), o.err());
        assertFalse(Files.exists(dir.resolve("cv.pdf")));
    }

    @Test
    void badThemeValuesAreInputErrorsNotInternalErrors() throws IOException {
        Path cv = write("cv.yml", VALID);
        Path zero = write("zero.yml", "sizes: {body: 0}\n");
        CliRun.Outcome o = cli("render", "--theme", zero.toString(), cv.toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code(), o.err());
        assertTrue(o.err().contains(zero + ":1:15: error: 'body' must be larger than 0"), o.err());
        assertFalse(o.err().contains("internal error"), o.err());

        Path wide = write("wide.yml", "margins: {left: 400, right: 400}\n");
        o = cli("render", "--theme", wide.toString(), cv.toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("margins"), o.err());
        assertFalse(Files.exists(dir.resolve("cv.pdf")));
    }

    @Test
    void unwritableOutputExitsThree() throws IOException {
        Path cv = write("cv.yml", VALID);
        Path notADir = write("file", "x");
        CliRun.Outcome o = cli("render", cv.toString(), "-o", notADir.resolve("cv.pdf").toString());
        assertEquals(ExitCode.IO, o.code(), o.err());
        assertTrue(o.err().startsWith("resume: "), o.err());
        assertFalse(o.err().contains("internal error"), o.err());
    }

    @Test
    void themeNamedInTheFileIsRelativeToTheFile() throws IOException {
        write("letter.yml", "paper: letter\n");
        Path cv = write("cv.yml", "theme: letter.yml\n" + VALID);
        assertEquals(ExitCode.OK, cli("render", cv.toString()).code());
        assertEquals(792f, pageSize(dir.resolve("cv.pdf")).getHeight(), 0.01f);
        // --paper wins over the theme.
        assertEquals(ExitCode.OK, cli("render", "--paper", "A4", cv.toString()).code());
        assertEquals(841.89f, pageSize(dir.resolve("cv.pdf")).getHeight(), 0.01f);
    }

    @Test
    void themeFileOnTheCommandLine() throws IOException {
        Path cv = write("cv.yml", VALID);
        Path theme = write("letter.yml", "extends: classic\npaper: letter\n");
        assertEquals(ExitCode.OK, cli("render", "--theme", theme.toString(), cv.toString()).code());
        assertEquals(612f, pageSize(dir.resolve("cv.pdf")).getWidth(), 0.01f);
    }

    @Test
    void outputNeverOverwritesTheInput() throws IOException {
        Path cv = write("cv.yml", VALID);
        String before = Files.readString(cv);
        CliRun.Outcome o = cli("render", cv.toString(), "-o", cv.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(before, Files.readString(cv), "the résumé is untouched");
    }

    @Test
    void twoInputsWithTheSameNameInOneFolderAreRefused() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path a = write("a/cv.yml", VALID);
        Path b = write("b/cv.yml", VALID);
        CliRun.Outcome o = cli("render", a.toString(), b.toString(), "-d", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("would both be written"), o.err());
        assertFalse(Files.exists(dir.resolve("out/cv.pdf")), "nothing is written");
    }
}
