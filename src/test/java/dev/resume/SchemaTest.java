package dev.resume;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.resume.cli.Main;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.Severity;
import dev.resume.format.FormatSpec;
import dev.resume.format.AwardFormat;
import dev.resume.format.CommonKeys;
import dev.resume.format.EducationFormat;
import dev.resume.format.ExperienceFormat;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.format.GenericFormat;
import dev.resume.format.ProjectFormat;
import dev.resume.format.PublicationFormat;
import dev.resume.format.SkillFormat;
import dev.resume.input.ResumeLoader;
import dev.resume.format.SchemaWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code resume schema}: the JSON Schema is valid, and it agrees with the loader, key by key and
 * value by value: what one accepts the other accepts. Documents are checked by both.
 */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class SchemaTest {
    private static final String TEXT = SchemaWriter.write();
    private static final JsonNode TREE = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
            .readTree(TEXT);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(TEXT, InputFormat.JSON);

    // ---- helpers -----------------------------------------------------------------------------

    /** The schema's complaints about a YAML document; empty when it is valid. */
    private static List<String> schemaErrors(String yaml) {
        return SCHEMA.validate(yaml, InputFormat.YAML).stream().map(Object::toString).toList();
    }

    /** The loader's errors; empty when it loads. */
    private static List<Diagnostic> loaderErrors(String yaml) {
        try {
            // Beside the samples, so that a variant can extend one of them.
            new ResumeLoader(new Diagnostics()).parse(Path.of("resumes", "t.yml"), yaml);
            return List.of();
        } catch (InvalidInputException e) {
            return e.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        }
    }

    private static String describe(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.pos() + ": " + d.message()).collect(Collectors.joining("\n"));
    }

    private static void assertBothAccept(String what, String yaml) {
        List<Diagnostic> loader = loaderErrors(yaml);
        assertTrue(loader.isEmpty(), () -> what + ": the loader rejects it:\n" + describe(loader) + "\n" + yaml);
        List<String> schema = schemaErrors(yaml);
        assertTrue(schema.isEmpty(), () -> what + ": the schema rejects it:\n" + String.join("\n", schema) + "\n" + yaml);
    }

    private static void assertBothReject(String what, String yaml) {
        assertFalse(loaderErrors(yaml).isEmpty(), () -> what + ": the loader accepts it:\n" + yaml);
        assertFalse(schemaErrors(yaml).isEmpty(), () -> what + ": the schema accepts it:\n" + yaml);
    }

    /** The schema of a shape: the root for the résumé, else its entry in $defs. */
    private static JsonNode shapeNode(Shape s) {
        return TREE.get("$defs").get(s.name());
    }

    private static Set<String> schemaKeys(Shape s) {
        return new TreeSet<>(shapeNode(s).get("properties").propertyNames());
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    /** The first ```yaml block of a Markdown file. */
    private static String firstYamlBlock(Path md) throws IOException {
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(md));
        assertTrue(m.find(), "a yaml block in " + md);
        return m.group(1);
    }

    // ---- the schema itself -------------------------------------------------------------------

    @Test
    void schemaIsAValid2020_12SchemaWithAnIdAndATitle() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SchemaWriter.DIALECT));
        List<?> errors = meta.validate(TEXT, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "not a valid 2020-12 schema: " + errors);
        // The meta-schema does reject a broken schema (so the check above checks something).
        assertFalse(meta.validate("{\"type\": 12, \"required\": \"name\"}", InputFormat.JSON).isEmpty());

        assertEquals(SchemaWriter.DIALECT, TREE.get("$schema").asString());
        assertEquals(SchemaWriter.ID, TREE.get("$id").asString());
        assertEquals("Résumé", TREE.get("title").asString());
        assertTrue(TEXT.chars().allMatch(c -> c < 128), "the schema is written in ASCII, whatever the console's encoding");
        assertTrue(TEXT.endsWith("}\n"));
        assertEquals(TEXT, SchemaWriter.write(), "the same schema on every run");
    }

    @Test
    void everyMappingIsClosedAndEveryKeyDescribed() {
        for (Shape s : FormatSpec.SHAPES) {
            JsonNode node = shapeNode(s);
            assertEquals(false, node.get("additionalProperties").asBoolean(true), s.name() + ": additionalProperties");
            assertFalse(node.get("description").asString().isBlank(), s.name());
            for (Map.Entry<String, JsonNode> p : node.get("properties").properties()) {
                JsonNode d = p.getValue().get("description");
                assertTrue(d != null && !d.asString().isBlank(), s.name() + "." + p.getKey() + " has a description");
            }
            Set<String> required = new TreeSet<>();
            if (node.has("required")) {
                node.get("required").forEach(k -> required.add(k.asString()));
            }
            assertEquals(new TreeSet<>(s.requiredKeys()), required, s.name() + ": required");
        }
        assertEquals(FormatSpec.SHAPES.size() + 1, TREE.get("$defs").size(), "a def per shape, and the date");
    }

    // ---- keys: the loader, the spec and the schema agree -------------------------------------

    /**
     * Where a shape stands in a document: {@code @@} is the line where a key is planted, and
     * {@code keys} are the keys the template already gives the shape. Required keys stand on
     * their own lines, so that they can be taken out.
     */
    private record Template(String yaml, Set<String> keys) {}

    private static final String HEAD = "name: Ada Quillfeather\nsections:\n  - title: T\n";

    private static final Map<Shape, Template> TEMPLATES = new LinkedHashMap<>();

    private static void template(Shape s, String yaml, String... keys) {
        TEMPLATES.put(s, new Template(yaml, Set.of(keys)));
    }

    static {
        template(FormatSpec.RESUME, "name: Ada Quillfeather\nsections: []\n@@\n", "name", "sections");
        // A real image of the repository, so that the loader, which reads the photo, accepts it.
        template(FormatSpec.PHOTO, "name: Ada Quillfeather\nphoto:\n  shape: circle\n  file: ../docs/images/cao-1.png\n  @@\nsections: []\n", "shape", "file");
        template(FormatSpec.CONTACT, "name: Ada Quillfeather\ncontact:\n  - email: ada@example.org\n    @@\nsections: []\n", "email");
        template(FormatSpec.SECTION, "name: Ada Quillfeather\nsections:\n  - id: t\n    title: T\n    entries: []\n    @@\n",
                "id", "title", "entries");
        template(EducationFormat.SHAPE, HEAD + "    education:\n      - degree: D\n        institution: London\n        @@\n",
                "degree", "institution");
        template(ExperienceFormat.SHAPE, HEAD + "    experience:\n      - location: L\n        organization: Engine Co.\n        @@\n",
                "location", "organization");
        template(ExperienceFormat.ROLE_SHAPE, HEAD + "    experience:\n      - organization: Engine Co.\n        roles:\n"
                + "          - note: N\n            role: Analyst\n            @@\n", "note", "role");
        template(PublicationFormat.SHAPE, HEAD + "    publications:\n      - venue: V\n        title: Notes\n"
                + "        authors: [A. Quillfeather]\n        @@\n", "venue", "title", "authors");
        template(PublicationFormat.LINKS_SHAPE, HEAD + "    publications:\n      - title: Notes\n        authors: [A. Quillfeather]\n"
                + "        links:\n          code: https://example.org\n          @@\n", "code");
        template(PublicationFormat.BIB_SHAPE, HEAD + "    bib:\n      file: cao.bib\n      @@\n", "file");
        template(AwardFormat.SHAPE, HEAD + "    awards:\n      - issuer: I\n        title: A medal\n        @@\n", "issuer", "title");
        template(ProjectFormat.SHAPE, HEAD + "    projects:\n      - subtitle: S\n        name: Engine\n        @@\n",
                "subtitle", "name");
        template(SkillFormat.SHAPE, HEAD + "    skills:\n      - label: Maths\n        details: Bernoulli numbers\n        @@\n",
                "label", "details");
        template(GenericFormat.SHAPE, HEAD + "    entries:\n      - subtitle: S\n        title: A talk\n        @@\n",
                "subtitle", "title");
        template(CommonKeys.BULLET, HEAD + "    bullets:\n      - text: A bullet\n        @@\n", "text");
        template(FormatSpec.SHOW, "name: Ada Quillfeather\nsections: []\nshow:\n  abstracts: true\n  @@\n", "abstracts");
        template(FormatSpec.DATES, "name: Ada Quillfeather\nsections: []\ndates:\n  months: long\n  @@\n", "months");
        template(FormatSpec.PHRASES, "name: Ada Quillfeather\nsections: []\nphrases:\n  present: heute\n  @@\n", "present");
        template(FormatSpec.AUTHOR_LIST, "name: Ada Quillfeather\nsections: []\nauthors:\n  max: 3\n  @@\n", "max");
        template(FormatSpec.SELECT, "name: Ada Quillfeather\nsections: []\nselect:\n  omit: []\n  @@\n", "omit");
        template(FormatSpec.VARIANT, "extends: cao.yml\n@@\n", "extends");
        template(FormatSpec.SECTION_PATCH, "extends: cao.yml\nsections:\n  - id: educations\n    @@\n", "id");
        String letter = "name: Ada Quillfeather\nsections: []\nletter:\n  body: [Dear reader]\n";
        template(dev.resume.format.LetterFormat.LETTER, "name: Ada Quillfeather\nsections: []\nletter:\n  subject: S\n  body: [Dear reader]\n  @@\n",
                "subject", "body");
        template(dev.resume.format.LetterFormat.RECIPIENT, letter + "  recipient:\n    name: R\n    @@\n", "name");
        template(dev.resume.format.LetterFormat.PARAGRAPH, "name: Ada Quillfeather\nsections: []\nletter:\n  body:\n"
                + "    - text: Dear reader\n      @@\n", "text");
        template(dev.resume.format.LetterFormat.LETTER_PATCH, "extends: cao.yml\nletter:\n  body: [Dear reader]\n  @@\n", "body");
        template(CommonKeys.NESTED_BULLET, HEAD + "    bullets:\n      - text: A bullet\n        bullets:\n"
                + "          - text: Nested\n            @@\n", "text");
    }

    /** The template of {@code s} with {@code line} planted, or without the planting line when it is null. */
    private static String plant(Shape s, String line) {
        String t = TEMPLATES.get(s).yaml();
        return line == null ? t.replaceAll("(?m)^ *@@\n", "") : t.replace("@@", line);
    }

    @Test
    void everyTemplateIsValidForBoth() {
        assertEquals(new LinkedHashSet<>(FormatSpec.SHAPES), TEMPLATES.keySet(), "a template for every shape");
        for (Shape s : FormatSpec.SHAPES) {
            assertBothAccept("the template of " + s.name(), plant(s, null));
        }
    }

    /**
     * Every key the loader accepts in a mapping is in the schema's properties for it, and the
     * other way round; both are the keys the spec declares. A key is tried by planting it with a
     * value no kind accepts (a mapping): the loader then says "unknown key", or, if it reads the
     * key, reports the wrong value, which also proves the binder reads every declared key.
     */
    @Test
    void theLoaderAcceptsExactlyTheKeysOfTheSchema() {
        Set<String> candidates = new TreeSet<>(List.of("zzz", "Name", "institute", "$schema", "start_date", "author", "link"));
        for (Shape s : FormatSpec.SHAPES) {
            candidates.addAll(s.keys());
        }
        for (Shape s : FormatSpec.SHAPES) {
            Set<String> accepted = new TreeSet<>(TEMPLATES.get(s).keys());
            for (String key : candidates) {
                if (accepted.contains(key)) {
                    continue;
                }
                String yaml = plant(s, key + ": {zz: 1}");
                List<Diagnostic> ds = loaderErrors(yaml);
                boolean unknown = ds.stream().anyMatch(d -> d.message().startsWith("unknown key '" + key + "' in " + s.noun()));
                if (!unknown) {
                    assertFalse(ds.isEmpty(), () -> s.name() + ": the loader accepts '" + key + "' but never reads it\n" + yaml);
                    accepted.add(key);
                }
            }
            if (s == CommonKeys.NESTED_BULLET) {
                // A nested bullet is read as a bullet, and its 'bullets' get their own message.
                assertEquals(new TreeSet<>(CommonKeys.BULLET.keys()), accepted, s.name());
                assertTrue(loaderErrors(plant(s, "bullets: [x]")).get(0).message().contains("one level"));
                assertEquals(new TreeSet<>(s.keys()), schemaKeys(s), s.name());
                continue;
            }
            if (s == FormatSpec.RESUME) {
                // extends makes the file a variant, a shape of its own (the schema's root tells them apart).
                assertTrue(accepted.remove("extends"), "a résumé may extend another");
                assertTrue(TREE.get("if").toString().contains("extends"));
            }
            assertEquals(new TreeSet<>(s.keys()), accepted, s.name() + ": the keys the loader accepts are the spec's");
            assertEquals(accepted, schemaKeys(s), s.name() + ": the keys the schema knows are the loader's");
        }
    }

    /** Each required key of the spec, taken out or left empty, is reported by the loader and the schema. */
    @Test
    void aMissingRequiredKeyIsRejectedByBoth() {
        int absent = 0;
        for (Shape s : FormatSpec.SHAPES) {
            for (String key : s.requiredKeys()) {
                String yaml = plant(s, null);
                Matcher own = Pattern.compile("(?m)^ +" + Pattern.quote(key) + ":.*\n").matcher(yaml);
                List<String> docs = new ArrayList<>();
                docs.add(yaml.replaceFirst("(?m)^( *(?:- )?" + Pattern.quote(key) + "):.*$", "$1:"));
                if (own.find()) {
                    docs.add(own.replaceFirst(""));
                    absent++;
                }
                for (String doc : docs) {
                    List<Diagnostic> ds = loaderErrors(doc);
                    assertTrue(ds.stream().anyMatch(d -> d.message().contains("needs '" + key + "'")),
                            () -> s.name() + " without " + key + ":\n" + doc + "\n" + describe(ds));
                    assertFalse(schemaErrors(doc).isEmpty(), () -> s.name() + " without " + key + ":\n" + doc);
                }
            }
        }
        assertTrue(absent >= 10, "most required keys are tried absent, not only empty: " + absent);
    }

    // ---- values: what the loader accepts, the schema accepts ---------------------------------

    private static void values(String what, String template, List<String> good, List<String> bad) {
        for (String v : good) {
            assertBothAccept(what + " " + v, template.replace("@@", v));
        }
        for (String v : bad) {
            assertBothReject(what + " " + v, template.replace("@@", v));
        }
    }

    @Test
    void datesAgree() {
        values("end:", HEAD + "    awards:\n      - title: Prize\n        start: 2020\n        end: @@\n",
                List.of("2024", "2024-05", "2024-5", "2024-05-17", "2024-5-7", "\"2024\"", "present", "Present", "NOW", "current", ""),
                List.of("Sept 2023", "2024-13", "2024-00", "2024-05-32", "0999", "3000", "24", "2024.5", "2024/05", "05/2024",
                        "2024-05-17T10:00", "\"\"", "soon", "[2024]"));
        values("date:", HEAD + "    entries:\n      - title: Talk\n        date: @@\n",
                List.of("1843", "2999", "1000-01-01"), List.of("999", "Fall 2024"));
    }

    @Test
    void linksAgree() {
        values("url:", HEAD + "    education:\n      - institution: London\n        url: @@\n",
                List.of("https://example.org", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG", "example.org", "github.com/ada",
                        "mailto:ada@example.org", "tel:+441234", "\" https://example.org \"", "https://"),
                List.of("javascript:alert(1)", "ftp://example.org", "example", "\"https://example.org/a b\"", "localhost:8080",
                        "\"\"", "1.2.3.4", "42", "[https://example.org]"));
    }

    @Test
    void contactValuesAgree() {
        String contact = "name: Ada Quillfeather\ncontact:\n  - @@\nsections: []\n";
        values("contact", contact,
                List.of("email: ada@example.org", "email: first.last+cv@mail.example.org", "phone: \"+44 20 7946 0000\"",
                        "phone: 0044207946000", "phone: \"12345\"", "website: ada.example.org", "url: https://blog.example.org",
                        "github: ada", "orcid: 0000-0002-1825-0097", "location: London, UK", "scholar: abc123"),
                List.of("email: ada", "email: ada@", "email: a@b", "email: \"a b@c.org\"", "email: \"@b.org\"", "phone: \"1234\"",
                        "phone: call me", "phone: 1234", "website: \"not a site\"", "url: javascript:x", "email: 42"));
    }

    @Test
    void booleansAndNumbersAgree() {
        values("hidden:", HEAD + "    text: x\n    hidden: @@\n",
                List.of("true", "false", "yes", "no", "Yes", "TRUE", "\"true\"", ""), List.of("maybe", "1", "0", "\"\"", "[true]"));
        values("year:", HEAD + "    publications:\n      - title: T\n        authors: [A B]\n        year: @@\n",
                List.of("2024", "\"2024\"", "0", "999999999", ""), List.of("twenty", "2024.5", "-1", "1234567890", "\"\"", "{y: 1}"));
    }

    @Test
    void papersAgree() {
        values("paper:", "name: Ada\npaper: @@\nsections: []\n",
                List.of("a4", "LETTER", "148mm x 210mm", "6in x 9in", "{width: 148mm, height: 210mm}", "{width: 420, height: 595}", ""),
                List.of("b5", "148mm", "{width: 148mm}", "{width: 148mm, hight: 210mm}", "{width: 1, height: 595}", "[a4]"));
        values("updated:", "name: Ada\nupdated: @@\nsections: []\n", List.of("2025", "2025-05", "2025-05-17", ""),
                List.of("May 2025", "2025-13"));
    }

    @Test
    void aLetterNeedsNoSectionsAndACvDoesForBoth() {
        assertBothAccept("a letter of its own", "name: Ada Quillfeather\nletter:\n  body: [I write to apply.]\n");
        assertBothReject("neither sections nor a letter", "name: Ada Quillfeather\ncontact:\n  - email: ada@example.org\n");
        assertTrue(loaderErrors("name: Ada Quillfeather\n").stream().anyMatch(d -> d.message().contains("needs 'sections'")));
    }

    @Test
    void showAuthorsIsASwitchOrAMappingForBoth() {
        values("show.authors:", "name: Ada Quillfeather\nsections: []\nshow:\n  authors: @@\n",
                List.of("true", "false", "yes", "\"no\"", "{max: 3}", "{max: 3, last: true}", "{}", ""),
                List.of("3", "maybe", "[true]", "{maximum: 3}", "{max: many}", "\"\""));
        // One form or the other: the schema says oneOf.
        JsonNode authors = shapeNode(FormatSpec.SHOW).get("properties").get("authors");
        assertEquals(2, authors.get("oneOf").size(), authors.toString());
    }

    @Test
    void publicationLinksAgree() {
        String links = HEAD + "    publications:\n      - title: T\n        authors: [A B]\n        links: {@@}\n";
        values("links", links,
                List.of("arxiv: 2404.09526", "arxiv: 2401.00001", "arxiv: \"arXiv:2311.03285v2\"", "arxiv: https://arxiv.org/abs/2404.09526",
                        "doi: 10.1145/3600006.3613165", "doi: https://doi.org/10.1/x", "paper: example.org/p.pdf", "pdf: https://x.org/a.pdf"),
                List.of("arxiv: abc", "arxiv: 12", "arxiv: \"2404 09526\"", "doi: \"doi:10.1/x\"", "doi: abc", "code: not-a-link",
                        "slides: \"javascript:x\""));
    }

    @Test
    void textsAgree() {
        values("name:", "name: @@\nsections: []\n", List.of("Ada", "42", "\"*Ada*\""), List.of("\"\"", "\"  \"", "", "[Ada]", "{a: 1}"));
        values("authors:", HEAD + "    publications:\n      - title: T\n        authors: @@\n",
                List.of("[A, B]", "A. Quillfeather", "[A, 1843]"), List.of("[A, [B]]", "{a: 1}", "", "[A, null]"));
        values("text:", HEAD + "    text: @@\n", List.of("One.", "[One., Two.]", "[]", "42"), List.of("{a: 1}", "[One., {a: 1}]", ""));
        values("bullets:", HEAD + "    bullets: @@\n",
                List.of("[a, b]", "[{text: a, bullets: [b, {text: c}]}]", "[]"),
                List.of("one", "[{text: a, bullets: [{text: b, bullets: [c]}]}]", "[null]", "[{bullets: [a]}]", "[{text: a, note: b}]"));
        values("entry bullets:", HEAD + "    entries:\n      - title: T\n        bullets: @@\n",
                List.of("one", "[a, b]", ""), List.of("{a: 1}", "[[a]]"));
    }

    // ---- whole documents ---------------------------------------------------------------------

    @Test
    void everySampleResumeIsValid() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("resumes"))) {
            files = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertBothAccept(f.toString(), Files.readString(f));
        }
        assertBothAccept("the README's example", firstYamlBlock(Path.of("README.md")));
        assertBothAccept("docs/format.md's example", firstYamlBlock(Path.of("docs/format.md")));
    }

    @Test
    void theStarterOfResumeNewIsValid(@TempDir Path dir) throws IOException {
        Path cv = dir.resolve("cv.yml");
        assertEquals(0, Main.run("new", "Ada Quillfeather", "-o", cv.toString()));
        assertBothAccept("resume new", Files.readString(cv));
    }

    /** The first line that tells VS Code's YAML extension which schema to use is a comment to the loader. */
    @Test
    void theYamlLanguageServerModelineIsJustAComment() throws IOException {
        String doc = "# yaml-language-server: $schema=./resume.schema.json\n" + firstYamlBlock(Path.of("README.md"));
        assertBothAccept("with a modeline", doc);
        assertTrue(readme().contains("# yaml-language-server: $schema=./resume.schema.json"), "the README shows it");
    }

    @Test
    void invalidDocumentsAreRejectedByBoth() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("an unknown key", HEAD + "    education:\n      - instituion: MIT\n");
        bad.put("an unknown top-level key", "name: Ada\nheadlines: x\nsections: []\n");
        bad.put("no name", "headline: x\nsections: []\n");
        bad.put("no sections", "name: Ada\n");
        bad.put("sections as a text", "name: Ada\nsections: Education\n");
        bad.put("contact as a mapping", "name: Ada\ncontact: {email: a@example.org}\nsections: []\n");
        bad.put("a section with two kinds", HEAD + "    text: x\n    bullets: [y]\n");
        bad.put("a section with no content", HEAD + "    id: t\n");
        bad.put("a section whose content is empty", HEAD + "    text:\n");
        bad.put("a contact item with two kinds", "name: Ada\ncontact:\n  - email: a@example.org\n    phone: \"12345\"\nsections: []\n");
        bad.put("a contact item with no kind", "name: Ada\ncontact:\n  - label: Mail\nsections: []\n");
        bad.put("a bad date", HEAD + "    awards:\n      - title: P\n        start: Sept 2023\n");
        bad.put("end without start", HEAD + "    awards:\n      - title: P\n        end: 2024\n");
        bad.put("date with start", HEAD + "    awards:\n      - title: P\n        date: 2024\n        start: 2023\n");
        bad.put("when with date", HEAD + "    awards:\n      - title: P\n        date: 2024\n        when: Spring\n");
        bad.put("roles with an inline role", HEAD + "    experience:\n      - organization: O\n        role: R\n        roles:\n"
                + "          - role: S\n");
        bad.put("roles with inline dates", HEAD + "    experience:\n      - organization: O\n        start: 2020\n        roles:\n"
                + "          - role: S\n");
        bad.put("a role without role", HEAD + "    experience:\n      - organization: O\n        roles:\n          - note: S\n");
        bad.put("bullets two deep", HEAD + "    bullets:\n      - text: a\n        bullets:\n          - text: b\n"
                + "            bullets: [c]\n");
        bad.put("an empty bullet", HEAD + "    bullets:\n      -\n");
        bad.put("a script link", HEAD + "    entries:\n      - title: T\n        url: \"javascript:alert(1)\"\n");
        bad.put("a publication without authors", HEAD + "    publications:\n      - title: T\n");
        bad.put("an unknown link", HEAD + "    publications:\n      - title: T\n        authors: [A]\n        links: {arxv: 2404.09526}\n");
        bad.put("a skill line without details", HEAD + "    skills:\n      - label: L\n");
        bad.put("an entry that is a text", HEAD + "    education:\n      - MIT\n");
        bad.put("a list for a text", "name: [Ada]\nsections: []\n");
        bad.put("a document that is a list", "- name: Ada\n");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            assertBothReject(e.getKey(), e.getValue());
        }
    }

    // ---- the command -------------------------------------------------------------------------

    @Nested
    class Command {
        @TempDir
        Path dir;

        @Test
        void printsTheSchema() {
            PrintStream old = System.out;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                code = Main.run("schema");
            } finally {
                System.setOut(old);
            }
            assertEquals(0, code);
            assertEquals(TEXT, out.toString(StandardCharsets.UTF_8));
        }

        @Test
        void writesTheSchemaToAFile() throws IOException {
            Path f = dir.resolve("resume.schema.json");
            Files.writeString(f, "old");
            assertEquals(0, Main.run("schema", "-o", f.toString()));
            assertEquals(TEXT, Files.readString(f));
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(List.of(f), s.toList(), "no temporary file is left behind");
            }
        }

        @Test
        void aMissingFolderIsAnIoError() {
            PrintStream old = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                code = Main.run("schema", "-o", dir.resolve("no/such/dir/s.json").toString());
            } finally {
                System.setErr(old);
            }
            assertEquals(3, code);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("s.json"), err.toString(StandardCharsets.UTF_8));
        }

        @Test
        void aStrayArgumentIsAUsageError() {
            PrintStream old = System.err;
            try {
                System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                assertEquals(2, Main.run("schema", "extra"));
            } finally {
                System.setErr(old);
            }
        }
    }
}
