package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** --lang on the command line: one language, every language (render and deps), and the exports following it. */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class LanguagesCommandTest {
    static final String SAMPLE = "resumes/wen.yml";

    @TempDir
    Path dir;

    @Test
    void theExportsFollowTheLanguage() throws IOException {
        Path md = dir.resolve("cv.md");
        CliRun.Outcome o = CliRun.run("render", SAMPLE, "--lang", "zh", "--format", "md,txt,html", "-o", md.toString());
        assertEquals(0, o.code(), o.err());
        for (String ext : List.of("md", "txt", "html")) {
            String text = Files.readString(dir.resolve("cv." + ext));
            assertTrue(text.contains("教育经历") && text.contains("格伦莫雷大学"), ext + ": the Chinese texts");
            assertFalse(text.contains("Education") || text.contains("University of Glenmoray"), ext + ": no English ones");
            assertTrue(text.contains("Reference-free adequacy"), ext + ": a text written once serves both");
        }
        assertEquals(0, CliRun.run("render", SAMPLE, "--format", "md", "-o", md.toString()).code());
        assertTrue(Files.readString(md).contains("## Education"), "without --lang, the first of languages");
    }

    @Test
    void langAllWritesOneFileALanguageAndOneForAFileInOne() throws IOException {
        CliRun.Outcome o = CliRun.run("render", SAMPLE, "resumes/vellander.yml", "--lang", "all", "--format", "pdf,md", "-d", dir.toString());
        assertEquals(0, o.code(), o.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("vellander.md", "vellander.pdf", "wen.en.md", "wen.en.pdf", "wen.zh.md", "wen.zh.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(dir.resolve("wen.zh.md")).contains("# 温书瑶"));
        assertTrue(Files.readString(dir.resolve("wen.en.md")).contains("# Shuyao Wen"));
        assertTrue(o.out().indexOf("wen.en.pdf") < o.out().indexOf("wen.zh.pdf") && o.out().indexOf("wen.zh.pdf") < o.out().indexOf("vellander.pdf"),
                "in the order of the arguments and the languages: " + o.out());
    }

    @Test
    void depsNamesEachLanguagesPdf() {
        CliRun.Outcome o = CliRun.run("deps", "--lang", "all", "-d", "out", SAMPLE, "resumes/vellander.yml");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("out/wen.en.pdf: resumes/wen.yml"), o.out());
        assertTrue(o.out().contains("out/wen.zh.pdf: resumes/wen.yml"), o.out());
        assertTrue(o.out().contains("out/vellander.pdf: resumes/vellander.yml"), o.out());
        assertFalse(o.out().contains("out/wen.pdf"), o.out());
        assertFalse(CliRun.run("deps", "-d", "out", SAMPLE).out().contains("wen.zh.pdf"), "without --lang all, one PDF");
        assertEquals(ExitCode.USAGE, CliRun.run("deps", "--lang", "zh", SAMPLE).code());
    }

    @Test
    void aLanguageTheFileHasNotIsBadInputWithItsLanguages() {
        CliRun.Outcome o = CliRun.run("render", SAMPLE, "--lang", "ja", "-o", dir.resolve("x.pdf").toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code());
        assertTrue(o.err().contains("resumes/wen.yml:9:1: error: the file has no language 'ja' (--lang ja); its languages: en, zh"), o.err());
        CliRun.Outcome typo = CliRun.run("validate", SAMPLE, "--lang", "zn");
        assertEquals(ExitCode.INVALID_INPUT, typo.code());
        assertTrue(typo.err().contains("'zn' (--lang zn) is not a language tag"), typo.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void standardOutputTakesOneLanguage() {
        CliRun.Outcome o = CliRun.run("render", SAMPLE, "--lang", "all", "-o", "-");
        assertEquals(ExitCode.USAGE, o.code());
        assertTrue(o.err().contains("is in 2 languages; give one, --lang en"), o.err());
    }

    @Test
    void aVariantWithLangRendersInIt(@TempDir Path folder) throws IOException {
        Files.copy(Path.of(SAMPLE), folder.resolve("wen.yml"));
        Path variant = folder.resolve("wen-zh.yml");
        Files.writeString(variant, "extends: wen.yml\nlang: zh\n");
        Path md = folder.resolve("wen-zh.md");
        assertEquals(0, CliRun.run("render", variant.toString(), "--format", "md").code());
        assertTrue(Files.readString(md).startsWith("# 温书瑶"));
        assertEquals(0, CliRun.run("render", variant.toString(), "--format", "md", "--lang", "en").code());
        assertTrue(Files.readString(md).startsWith("# Shuyao Wen"), "--lang wins over the variant's lang:");
    }
}
