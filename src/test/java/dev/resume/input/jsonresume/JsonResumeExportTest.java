package dev.resume.input.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.input.Converter;
import dev.resume.input.ResumeLoader;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code resume convert --to json}: what it writes is valid JSON Resume (against the schema's
 * own text, v1.0.0, kept in the test resources), reads back through {@link JsonResumeMapping} to
 * the same words, is the same bytes on every run, and says what it leaves out, at its place.
 */
class JsonResumeExportTest {
    private static final Path DIR = Path.of("src/test/resources/jsonresume");
    private static final Path MAPPED = DIR.resolve("export/mapped.yml");
    private static final Path UNMAPPED = DIR.resolve("export/unmapped.yml");
    private static final Schema SCHEMA;

    static {
        try {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(Files.readString(DIR.resolve("schema/schema-1.0.0.json")), InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resumes"))) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @Test
    void theSchemaIsInForce() {
        // A document the schema refuses is refused: the validator reads its draft-04.
        assertFalse(schemaErrors("{\"basics\": {\"name\": 1}}").isEmpty());
        assertFalse(schemaErrors("{\"basics\": {\"name\": \"Ada\"}, \"sections\": []}").isEmpty(), "no keys of its own at the top");
        assertFalse(schemaErrors("{\"work\": [{\"name\": \"X\", \"startDate\": \"May 2020\"}]}").isEmpty(), "dates are ISO 8601");
        assertEquals(List.of(), schemaErrors("{\"basics\": {\"name\": \"Ada\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsValidJsonResumeAndTheSameOnEveryRun(Path sample) throws IOException {
        Converter.Conversion c = Converter.toJson(sample);
        assertEquals(List.of(), schemaErrors(c.yaml()), c.yaml());
        assertTrue(c.yaml().endsWith("}\n"), "a line break at the end");
        assertFalse(c.yaml().contains("\r") || c.yaml().contains("\t"), "two spaces, line feeds");
        assertEquals(c.yaml(), Converter.toJson(sample).yaml(), "the same bytes on a second run");
    }

    @Test
    void theSamplesWordsAreInIt() throws IOException {
        String json = Converter.toJson(Path.of("resumes/cao.yml")).yaml();
        assertTrue(json.startsWith("{\n  \"$schema\": \"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\",\n"
                + "  \"basics\": {\n    \"name\": \"Shiyi Cao\",\n"), json);
        assertTrue(json.contains("\"institution\": \"ETH Zürich\""), "UTF-8, not escaped: " + json);
        assertTrue(json.contains("\"releaseDate\": \"2025-02-20\""), json);
    }

    /** JSON → YAML → JSON → YAML: the second YAML is the first, so every value the mapping carries came back. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFixtures")
    void aRoundTripKeepsWhatTheMappingCarries(String name, @TempDir Path dir) throws IOException {
        Path json = Files.copy(DIR.resolve(name), dir.resolve("a.json"));
        String yaml = Converter.convert(json).yaml();
        Path yml = dir.resolve("a.yml");
        Files.writeString(yml, yaml);
        Converter.Conversion back = Converter.toJson(yml);
        assertEquals(List.of(), schemaErrors(back.yaml()), back.yaml());
        assertEquals(List.of(), back.warnings(), "what came from JSON Resume goes back whole");
        Path json2 = dir.resolve("b.json");
        Files.writeString(json2, back.yaml());
        Path yml2 = dir.resolve("b.yml");
        Files.writeString(yml2, Converter.convert(json2).yaml());
        String yaml2 = Files.readString(yml2);
        assertEquals(sections(yaml), sections(yaml2));
        // A profile may come back as its address where it was a user name ("x: neutralthoughts"
        // for a url that named only the site): the same words, the same link.
        assertEquals(contacts(yml), contacts(yml2));
        Converter.Conversion again = Converter.toJson(yml2);
        assertEquals(back.yaml(), again.yaml(), "and JSON that came back once comes back as it is");
    }

    static Stream<String> jsonFixtures() {
        return Stream.of("richard-hendriks.json", "every-section.json");
    }

    @Test
    void theFixtureFieldsGoWhereJsonResumeHasThem(@TempDir Path dir) throws IOException {
        Path json = Files.copy(DIR.resolve("every-section.json"), dir.resolve("a.json"));
        Path yml = dir.resolve("a.yml");
        Files.writeString(yml, Converter.convert(json).yaml());
        String back = Converter.toJson(yml).yaml();
        for (String field : List.of("\"studyType\": \"MSc\"", "\"area\": \"Hydrology\"", "\"score\": \"3.9\"",
                "\"courses\": [\n        \"Fluvial Geomorphology\",\n        \"Numerical Methods\"\n      ]",
                "\"postalCode\": \"OX1 4AB\"", "\"city\": \"Oxford\"", "\"countryCode\": \"GB\"", "\"region\": \"Oxfordshire\"",
                "\"level\": \"Expert\"", "\"fluency\": \"Native speaker\"", "\"roles\": [\n        \"Lead\",\n        \"Designer\"\n      ]",
                "\"entity\": \"River Trust\"", "\"type\": \"application\"", "\"url\": \"https://cert.example.org/orla\"",
                "\"reference\": \"Orla is the best modeller I have worked with.\"", "\"organization\": \"River Trust\"",
                "\"summary\": \"Hydrologist who models rivers.\\n\\nShe also teaches, in two languages.\"")) {
            assertTrue(back.contains(field), field + " in\n" + back);
        }
        // An ongoing entry has no endDate; JSON Resume's themes print it as "Present".
        assertTrue(back.contains("\"startDate\": \"2021-03\",\n      \"highlights\""), back);
    }

    /** YAML → JSON → render: the same words as the YAML, for a résumé whose every field has a place in JSON Resume. */
    @Test
    void aResumeOfOursRendersTheSameWordsFromItsJson(@TempDir Path dir) throws IOException {
        Converter.Conversion c = Converter.toJson(MAPPED);
        assertEquals(List.of(), schemaErrors(c.yaml()));
        assertEquals(List.of(), c.warnings(), "every field of it has a place");
        Path json = dir.resolve("mapped.json");
        Files.writeString(json, c.yaml());
        Path yml = dir.resolve("mapped.yml");
        Files.writeString(yml, Converter.convert(json).yaml());
        Renderer renderer = new Renderer();
        RenderOptions options = RenderOptions.of("classic");
        renderer.render(MAPPED, dir.resolve("ours.pdf"), options);
        renderer.render(yml, dir.resolve("back.pdf"), options);
        PdfReadBack ours = new PdfReadBack(dir.resolve("ours.pdf"));
        PdfReadBack back = new PdfReadBack(dir.resolve("back.pdf"));
        assertTrue(ours.tokens().size() > 100, "it has words: " + ours.tokens().size());
        assertEquals(ours.tokens(), back.tokens(), "the same words in the same order");
        assertEquals(ours.uris, back.uris, "the same links");
    }

    @Test
    void whatHasNoPlaceIsWarnedAboutAtItsPlace() throws IOException {
        Converter.Conversion c = Converter.toJson(UNMAPPED);
        assertEquals(List.of(), schemaErrors(c.yaml()), c.yaml());
        List<String> at = c.warnings().stream().map(JsonResumeExportTest::at).toList();
        String file = UNMAPPED.toString();
        for (String expected : List.of(
                file + ":3:1: theme: is not carried over",
                file + ":4:1: paper: is not carried over",
                file + ":5:1: footer: is not carried over",
                file + ":8:12: the contact item 'piet.work@example.org' is not carried over",
                file + ":14:15: 'Autumn 2019' is not carried over",
                file + ":16:13: this bullet of an education entry is not carried over",
                file + ":18:5: the section 'Talks' has no place in JSON Resume: its entries are written as projects of type \"Talks\"",
                file + ":25:5: the section 'Notes' is not carried over",
                file + ":32:9: the authors of 'Cold Atoms, Warm Hands', and their marks, are not carried over",
                file + ":35:15: 'Oral' is not carried over",
                file + ":38:17: the link https://code.example.org/cold is not carried over")) {
            assertTrue(at.stream().anyMatch(w -> w.startsWith(expected)), expected + " in\n" + String.join("\n", at));
        }
        assertEquals(11, at.size(), String.join("\n", at));
        assertTrue(c.yaml().contains("\"type\": \"Talks\""), c.yaml());
        assertFalse(c.yaml().contains("Available from May"), c.yaml());
    }

    @Test
    void aFileInSeveralLanguagesIsInOneAndSaysSo() throws IOException {
        Converter.Conversion c = Converter.toJson(Path.of("resumes/wen.yml"));
        assertTrue(c.warnings().stream().anyMatch(w -> w.message().startsWith("only the texts in en are carried over")),
                c.warnings().toString());
    }

    @Test
    void textsArePlainAndTheirLinksAndThePhotoSaySo(@TempDir Path dir) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(20, 24, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", dir.resolve("me.png").toFile());
        Path cv = dir.resolve("cv.yml");
        Files.writeString(cv, """
                name: Ada Quillfeather
                photo: me.png
                sections:
                  - title: Experience
                    experience:
                      - organization: Lovelace & Co
                        role: Analyst
                        bullets:
                          - Wrote **fast** code for [the engine](https://engine.example.org), "quoted" \\ too
                """);
        Converter.Conversion c = Converter.toJson(cv);
        assertEquals(List.of(), schemaErrors(c.yaml()), c.yaml());
        assertTrue(c.yaml().contains("\"image\": \"me.png\""), c.yaml());
        assertTrue(c.yaml().contains("\"Wrote fast code for the engine, \\\"quoted\\\" \\\\ too\""), c.yaml());
        List<String> at = c.warnings().stream().map(JsonResumeExportTest::at).toList();
        assertTrue(at.contains(cv + ":2:8: the photo is written as the file name me.png (basics.image): JSON Resume's themes"
                + " want an address, and no theme of it crops or places it as yours does"), String.join("\n", at));
        assertTrue(at.contains(cv + ":9:13: the link to https://engine.example.org in 'Wrote fast code for the engine, \"quoted\""
                + " \\ too' is not carried over: JSON Resume's texts are plain"), String.join("\n", at));
        // Read back, the photo is the same file.
        Path json = dir.resolve("cv.json");
        Files.writeString(json, c.yaml());
        assertTrue(Converter.convert(json).yaml().contains("\nphoto: me.png\n"));
    }

    private static String at(Diagnostic d) {
        return d.pos().file() + ":" + d.pos().line() + ":" + d.pos().column() + ": " + d.message();
    }

    /** The YAML from its sections on: the name and contact line are above, the comment naming the file at the top. */
    private static String sections(String yaml) {
        return yaml.substring(yaml.indexOf("\nsections:\n"));
    }

    /** The contact line as it is printed and linked. */
    private static List<String> contacts(Path yml) throws IOException {
        return new ResumeLoader(new Diagnostics()).load(yml).contact().stream()
                .map(c -> c.kind() + " " + c.display() + " " + c.url() + " " + c.label()).toList();
    }
}
