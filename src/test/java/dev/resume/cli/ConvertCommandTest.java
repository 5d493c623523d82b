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

/** {@code resume convert}, and {@code resume render} of a JSON Resume file, on the command line. */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class ConvertCommandTest {
    private static final Path SAMPLE = Path.of("src/test/resources/jsonresume/richard-hendriks.json");
    private static final Path UNMAPPED = Path.of("src/test/resources/jsonresume/unmapped.json");

    @Test
    void convertWritesTheYamlBesideAndNeverOverwritesUnasked(@TempDir Path dir) throws IOException {
        Path json = Files.copy(UNMAPPED, dir.resolve("ada.json"));
        CliRun.Outcome o = CliRun.run("convert", json.toString());
        assertEquals(0, o.code(), o.err());
        Path yml = dir.resolve("ada.yml");
        assertTrue(o.out().contains(yml + " written"), o.out());
        // The warnings, at their place in the JSON file, on stderr and in the file's header.
        assertTrue(o.err().contains("ada.json:4:12: warning: basics.image is an address, and nothing is downloaded: the CV has no photo"), o.err());
        String text = Files.readString(yml);
        assertTrue(text.startsWith("# Converted from the JSON Resume document ada.json"), text);
        assertTrue(text.contains("#   4:12 basics.image is an address, and nothing is downloaded: the CV has no photo"), text);
        assertTrue(text.contains("\nname: Ada Quillfeather\n"), text);
        assertTrue(text.contains("  - github: ada\n"), text);

        Files.writeString(yml, "# my edits\n");
        CliRun.Outcome again = CliRun.run("convert", json.toString());
        assertEquals(ExitCode.IO, again.code());
        assertTrue(again.err().contains("exists already; give --force"), again.err());
        assertEquals("# my edits\n", Files.readString(yml), "left as it was");
        assertEquals(0, CliRun.run("convert", "--force", json.toString()).code());
        assertTrue(Files.readString(yml).contains("name: Ada Quillfeather"));

        CliRun.Outcome rendered = CliRun.run("render", yml.toString());
        assertEquals(0, rendered.code(), rendered.err());
        assertEquals("", rendered.err(), "the converted file renders without warnings");
    }

    @Test
    void convertToStandardOutput() {
        CliRun.Outcome o = CliRun.run("convert", SAMPLE.toString(), "-o", "-");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("\nname: Richard Hendriks\nheadline: Programmer\n"), o.out());
        assertTrue(o.out().contains("      - label: Web Development\n        details: Master – HTML, CSS, Javascript\n"), o.out());
        assertTrue(o.err().contains("richard-hendriks.json:156:3: warning: meta is not shown"), o.err());
    }

    @Test
    void renderReadsJsonResumeDirectly(@TempDir Path dir) throws IOException {
        Path json = Files.copy(SAMPLE, dir.resolve("me.json"));
        CliRun.Outcome o = CliRun.run("render", json.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.size(dir.resolve("me.pdf")) > 1000);
        assertTrue(o.err().contains("me.json:156:3: warning: meta is not shown"), o.err());
        CliRun.Outcome only = CliRun.run("render", json.toString(), "--only", "experience,education", "-o",
                dir.resolve("short.pdf").toString());
        assertEquals(0, only.code(), "selections apply to JSON Resume documents too: " + only.err());
        CliRun.Outcome validate = CliRun.run("validate", json.toString());
        assertEquals(0, validate.code(), validate.err());
    }

    @Test
    void nothingToConvertAndBadInput(@TempDir Path dir) throws IOException {
        Path ours = dir.resolve("cv.yml");
        Files.writeString(ours, "name: Ada Quillfeather\nsections:\n  - title: Summary\n    text: Analyst.\n");
        CliRun.Outcome o = CliRun.run("convert", ours.toString(), "--to", "yaml", "-o", dir.resolve("out.yml").toString());
        assertEquals(ExitCode.INVALID_INPUT, o.code());
        assertTrue(o.err().contains("cv.yml:1:1: error: this file is in resume's own format already"), o.err());
        assertTrue(o.err().contains("resume convert " + ours + " --to json"), o.err());
        CliRun.Outcome json = CliRun.run("convert", SAMPLE.toString(), "--to", "json", "-o", "-");
        assertEquals(ExitCode.INVALID_INPUT, json.code());
        assertTrue(json.err().contains("richard-hendriks.json:1:1: error: this file is a JSON Resume document already"), json.err());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"basics\": {\"name\": \"Ada\"}\n  \"work\": []\n}\n");
        CliRun.Outcome b = CliRun.run("convert", bad.toString());
        assertEquals(ExitCode.INVALID_INPUT, b.code());
        assertTrue(b.err().contains("bad.json:3:3: error: JSON syntax error: a ',' is missing before this entry"), b.err());
        assertTrue(b.err().contains("bad.yml not written"), b.err());
        assertFalse(Files.exists(dir.resolve("bad.yml")));
        assertEquals(ExitCode.IO, CliRun.run("convert", dir.resolve("absent.json").toString()).code());
    }

    @Test
    void convertOursWritesJsonResumeBeside(@TempDir Path dir) throws IOException {
        Path yml = Files.copy(Path.of("src/test/resources/jsonresume/export/unmapped.yml"), dir.resolve("piet.yml"));
        CliRun.Outcome o = CliRun.run("convert", yml.toString());
        assertEquals(0, o.code(), o.err());
        Path json = dir.resolve("piet.json");
        assertTrue(o.out().contains(json + " written (JSON Resume, schema v1.0.0)"), o.out());
        String text = Files.readString(json);
        assertTrue(text.startsWith("{\n  \"$schema\": \"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\",\n"), text);
        assertTrue(text.contains("\n    \"name\": \"Piet Langemeijer\",\n"), text);
        assertTrue(o.err().contains("piet.yml:3:1: warning: theme: is not carried over: JSON Resume has no place for it"), o.err());
        assertTrue(o.err().contains("piet.yml:32:9: warning: the authors of 'Cold Atoms, Warm Hands'"), o.err());
        assertEquals(ExitCode.IO, CliRun.run("convert", yml.toString()).code(), "never overwritten unasked");
        assertEquals(0, CliRun.run("convert", yml.toString(), "--to", "json", "--force").code());
        assertEquals(text, Files.readString(json), "the same bytes on a second run");

        CliRun.Outcome printed = CliRun.run("convert", yml.toString(), "--to", "JSON", "-o", "-");
        assertEquals(0, printed.code(), printed.err());
        assertEquals(text, printed.out(), "-o - prints what the file holds");

        // And back: the JSON is read as any JSON Resume document.
        CliRun.Outcome back = CliRun.run("convert", json.toString(), "-o", dir.resolve("back.yml").toString());
        assertEquals(0, back.code(), back.err());
        assertTrue(Files.readString(dir.resolve("back.yml")).contains("\nname: Piet Langemeijer\n"));
    }

    @Test
    void aFormatThatIsNoneIsAUsageError(@TempDir Path dir) {
        CliRun.Outcome o = CliRun.run("convert", SAMPLE.toString(), "--to", "xml", "-o", dir.resolve("x").toString());
        assertEquals(ExitCode.USAGE, o.code());
        assertTrue(o.err().contains("--to 'xml' is not a format to convert to: give --to yaml (resume's format) or --to json"
                + " (JSON Resume)"), o.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }
}
