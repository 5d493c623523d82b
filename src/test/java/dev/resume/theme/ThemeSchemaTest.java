package dev.resume.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.resume.cli.CliRun;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.format.SchemaWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code resume schema --theme}: the theme's JSON Schema is valid, holds every declared key,
 * accepts every built-in theme, and agrees with the loader on keys and values of every kind.
 */
// Runs the command line, which swaps System.out and System.err for the call (CliRun).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class ThemeSchemaTest {
    private static final String TEXT = ThemeFormat.schemaText();
    private static final JsonNode TREE = JsonMapper.builder().build().readTree(TEXT);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(TEXT, InputFormat.JSON);

    @TempDir
    Path dir;

    private static List<String> schemaErrors(String yaml) {
        return SCHEMA.validate(yaml, InputFormat.YAML).stream().map(Object::toString).toList();
    }

    private List<String> loaderErrors(String yaml) throws IOException {
        Path file = dir.resolve("t.yml");
        Files.writeString(file, yaml);
        try {
            new ThemeLoader(new Diagnostics()).load(file.toString(), null, SourcePos.unknown(file));
            return List.of();
        } catch (InvalidInputException e) {
            return e.diagnostics().stream().map(Diagnostic::toString).toList();
        }
    }

    private void assertBothAccept(String yaml) throws IOException {
        List<String> loader = loaderErrors(yaml);
        assertTrue(loader.isEmpty(), () -> "the loader rejects:\n" + yaml + loader);
        List<String> schema = schemaErrors(yaml);
        assertTrue(schema.isEmpty(), () -> "the schema rejects:\n" + yaml + schema);
    }

    private void assertBothReject(String yaml) throws IOException {
        assertFalse(loaderErrors(yaml).isEmpty(), () -> "the loader accepts:\n" + yaml);
        assertFalse(schemaErrors(yaml).isEmpty(), () -> "the schema accepts:\n" + yaml);
    }

    @Test
    void isAValid2020_12SchemaWrittenTheSameEveryTime() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SchemaWriter.DIALECT));
        List<?> errors = meta.validate(TEXT, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "not a valid 2020-12 schema: " + errors);
        assertEquals(ThemeFormat.ID, TREE.get("$id").asString());
        assertTrue(TEXT.chars().allMatch(c -> c < 128), "ASCII");
        assertEquals(TEXT, ThemeFormat.schemaText());
    }

    @Test
    void everyDeclaredKeyIsInTheSchemaDescribedAndNoOther() {
        for (Shape s : ThemeFormat.SHAPES) {
            JsonNode node = TREE.get("$defs").get(s.name());
            assertEquals(false, node.get("additionalProperties").asBoolean(true), s.name());
            assertEquals(new TreeSet<>(s.keys()), new TreeSet<>(node.get("properties").propertyNames()), s.name());
            for (Field f : s.fields()) {
                assertFalse(node.get("properties").get(f.key()).get("description").asString().isBlank(), s.name() + "." + f.key());
            }
        }
    }

    @Test
    void everyBuiltInThemeIsValidAsCommittedAndAsShipped() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("themes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                names.add(file.getFileName().toString());
                List<String> errors = schemaErrors(Files.readString(file));
                assertTrue(errors.isEmpty(), () -> file + ": " + errors);
            }
        }
        assertEquals(ThemeLoader.BUILT_IN.stream().map(n -> n + ".yml").sorted().toList(), names.stream().sorted().toList());
        for (String name : ThemeLoader.BUILT_IN) {
            try (InputStream in = ThemeLoader.class.getResourceAsStream("/themes/" + name + ".yml")) {
                List<String> errors = schemaErrors(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertTrue(errors.isEmpty(), () -> name + " in the jar: " + errors);
            }
        }
    }

    @Test
    void wrongKeysAreRejectedByBoth() throws IOException {
        assertBothReject("colours: {accent: \"#aa0000\"}\n");
        assertBothReject("colors: {acent: \"#aa0000\"}\n");
        assertBothReject("fonts:\n  body: {regular: a.ttf, heavy: b.ttf}\n");
        assertBothReject("entries: {justify: true}\n");
        assertBothReject("fonts:\n  body: {bold: b.ttf}\n");
    }

    @Test
    void valuesOfEveryKindAgree() throws IOException {
        // length
        for (String good : List.of("15mm", "10", "0.5in", "1.5cm", "12pt", "0")) {
            assertBothAccept("margins: {top: " + good + "}\n");
        }
        for (String bad : List.of("2 inches", "-1", "1200", "\"\"", "[1]")) {
            assertBothReject("margins: {top: " + bad + "}\n");
        }
        // colour
        assertBothAccept("colors: {accent: \"#a00\", rule: \"#1F4E79\"}\n");
        for (String bad : List.of("red", "\"#12\"", "\"#1234567\"", "")) {
            assertBothReject("colors: {accent: " + bad + "}\n");
        }
        // enum, in any case and with _ for -
        assertBothAccept("section_title: {case: Small_Caps}\npaper: LETTER\n");
        assertBothReject("header: {align: middle}\n");
        // the paper: a name (any case), WIDTH x HEIGHT, or a mapping of the two
        for (String good : List.of("a5", "Legal", "148mm x 210mm", "6in x 9in", "420 x 595", "\"148 × 210mm\"",
                "{width: 148mm, height: 210mm}", "{width: 420, height: 595.3}", "{height: 9in, width: 6in}")) {
            assertBothAccept("paper: " + good + "\n");
        }
        for (String bad : List.of("b5", "148mm", "148mm x 2 feet", "\"\"", "[a4]", "{width: 148mm}", "{width: 148mm, height: 210mm,"
                + " depth: 1mm}", "{width: 10, height: 595}", "{width: wide, height: 210mm}", "{width: [1], height: 210mm}")) {
            assertBothReject("paper: " + bad + "\n");
        }
        // a side with a unit is a string, whose range only the loader checks
        assertFalse(loaderErrors("paper: {width: 148mm, height: 2mm}\n").isEmpty(), "the loader refuses a side too small");
        // a footer's placeholders are the loader's to check: the schema takes any text
        assertFalse(loaderErrors("footer: \"{nmae}\"\n").isEmpty(), "the loader refuses an unknown placeholder");
        assertBothAccept("footer: \"{name} {{x}}\"\npage_header: \"\"\n");
        // a list of enum values; a single value is a list of one
        assertBothAccept("typography: {justify: bullets}\n");
        assertBothAccept("typography: {justify: []}\n");
        assertBothReject("typography: {justify: [paragraphs, abstrcts]}\n");
        // number and factor
        assertBothAccept("spacing: {leading: 1.3}\nfit: {spacing: 0.5, font_size: 1}\n");
        assertBothReject("spacing: {leading: tall}\n");
        for (String bad : List.of("0", "1.5", "much")) {
            assertBothReject("fit: {margins: " + bad + "}\n");
        }
        // boolean and whole number
        assertBothAccept("header: {icons: no}\nsection_title: {highlight_letters: 2}\n");
        assertBothReject("header: {icons: maybe}\n");
        assertBothReject("section_title: {highlight_letters: two}\n");
        // fonts: a file or a family name, not empty; a single font is a list of one
        assertBothAccept("fonts:\n  mono: {regular: my.ttf}\n  fallback: other.ttf\n");
        assertBothReject("fonts:\n  mono: {regular: \"\"}\n");
        assertBothReject("fonts:\n  fallback: [a.ttf, \"\"]\n");
        // a group left empty keeps the base's values
        assertBothAccept("entries:\n");
    }

    @Test
    void theCommandPrintsItAndWritesItToAFile() throws IOException {
        CliRun.Outcome printed = CliRun.run("schema", "--theme");
        assertEquals(0, printed.code(), printed.err());
        assertEquals(TEXT, printed.out());
        Path f = dir.resolve("theme.schema.json");
        CliRun.Outcome written = CliRun.run("schema", "--theme", "-o", f.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals(TEXT, Files.readString(f));
        assertEquals(dev.resume.api.Schema.theme(), TEXT);
    }
}
