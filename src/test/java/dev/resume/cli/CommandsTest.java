package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** validate, new, themes, --strict and --verify. */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class CommandsTest {

    @TempDir
    Path dir;

    private static CliRun.Outcome cli(String... args) {
        return CliRun.run(args);
    }

    @Test
    void newWritesAStarterThatValidatesAndRendersWithEverySectionKind() throws Exception {
        Path cv = dir.resolve("ada.yml");
        CliRun.Outcome o = cli("new", "Ada \"Countess\" Quillfeather", "-o", cv.toString());
        assertEquals(0, o.code(), o.err());
        String text = Files.readString(cv);
        for (String kind : new String[] {"text:", "education:", "experience:", "publications:", "projects:", "awards:", "entries:",
            "bullets:", "skills:"}) {
            assertTrue(text.contains(kind), "the starter shows " + kind);
        }
        assertEquals(0, cli("validate", cv.toString()).code());
        CliRun.Outcome r = cli("render", "--verify", "--strict", cv.toString(), "-o", dir.resolve("ada.pdf").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(3, cli("new", "Ada Quillfeather", "-o", cv.toString()).code(), "an existing file is never overwritten");
    }

    @Test
    void validateReportsProblemsWithoutWritingAnything() throws Exception {
        Path cv = dir.resolve("bad.yml");
        Files.writeString(cv, "name: A\nsections:\n  - title: T\n    education:\n      - instituion: X\n");
        CliRun.Outcome o = cli("validate", cv.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("bad.yml:5:9") && o.err().contains("did you mean 'institution'"), o.err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "validate writes no PDF");
        }
        CliRun.Outcome ok = cli("validate", "resumes/liu.yml");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("liu.yml: ok"), ok.out());
    }

    @Test
    void strictTurnsAMissingGlyphIntoAnError() throws Exception {
        Path cv = dir.resolve("cjk.yml");
        // U+0378 is unassigned: no font, installed or built in, has it (CJK would now be found).
        Files.writeString(cv, "name: Jane Doe\nheadline: \u0378x\nsections:\n  - title: T\n    text: hello\n");
        Path pdf = dir.resolve("cjk.pdf");
        CliRun.Outcome lax = cli("render", cv.toString(), "-o", pdf.toString());
        assertEquals(0, lax.code());
        assertTrue(lax.err().contains("cjk.yml:2:11: warning") && lax.err().contains("U+0378"), lax.err());
        Files.delete(pdf);
        CliRun.Outcome strict = cli("render", "--strict", cv.toString(), "-o", pdf.toString());
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains("error"), strict.err());
        assertTrue(!Files.exists(pdf), "nothing is written");
    }

    @Test
    void themesListsEveryBuiltInTheme() {
        CliRun.Outcome o = cli("themes");
        assertEquals(0, o.code());
        for (String t : new String[] {"classic", "modern", "compact", "columns"}) {
            assertTrue(o.out().lines().anyMatch(l -> l.startsWith(t + " ")), o.out());
        }
    }

    @Test
    void verifyPassesOnEverySampleInEveryTheme() throws Exception {
        for (String theme : dev.resume.theme.ThemeLoader.BUILT_IN) {
            CliRun.Outcome o = cli("render", "--verify", "--theme", theme, "resumes/cao.yml", "resumes/li.yml", "resumes/liu.yml",
                    "-d", dir.resolve(theme).toString());
            assertEquals(0, o.code(), theme + ": " + o.err());
        }
    }

    @Test
    void aBadThemeNameIsReportedWithTheFilesOtherErrors() throws Exception {
        Path cv = dir.resolve("both.yml");
        Files.writeString(cv, "name: A\ntheme: clasic\nsections:\n  - title: T\n    text: \"[a](javascript:x)\"\n");
        CliRun.Outcome o = cli("validate", cv.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("both.yml:2:8: error: unknown theme 'clasic'"), o.err());
        assertTrue(o.err().contains("both.yml:5:11: error: unsafe link scheme"), o.err());
    }
}
