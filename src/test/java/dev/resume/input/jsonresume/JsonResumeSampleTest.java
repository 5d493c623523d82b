package dev.resume.input.jsonresume;

import dev.resume.input.Converter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.diag.Diagnostic;
import dev.resume.theme.ThemeLoader;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.TokenMatcher;
import dev.resume.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Resume's published sample résumé, rendered in every built-in theme straight from its
 * JSON, and again after {@code resume convert}: every value of the file is in the PDF (read back
 * with PDFBox), each text in its words, each date as the theme prints it, each url as a link;
 * and the converted YAML gives the same words and links as the JSON.
 */
class JsonResumeSampleTest {
    static final Path SAMPLE = Path.of("src/test/resources/jsonresume/richard-hendriks.json");
    static final Renderer RENDERER = new Renderer();
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] LONG = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static List<String> themes() {
        return ThemeLoader.BUILT_IN;
    }

    /** A value of the JSON file, at its path ("work[0].startDate"). */
    record Leaf(String path, String key, String value) {}

    /** Every string of the file, read by a JSON parser of its own, not by the code under test. */
    static List<Leaf> leaves() throws IOException {
        List<Leaf> out = new ArrayList<>();
        collect(new JsonMapper().readTree(Files.readString(SAMPLE)), "", "", out);
        return out;
    }

    private static void collect(JsonNode node, String path, String key, List<Leaf> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", key, out);
            }
        } else if (!node.asString().isBlank()) {
            out.add(new Leaf(path, key, node.asString()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void everyValueOfTheSampleIsInThePdf(String theme, @TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("sample.pdf");
        RenderOptions options = RenderOptions.of(theme);
        RenderResult result = RENDERER.render(SAMPLE, pdf, options);
        Theme.DateStyle dates = RENDERER.typeset(SAMPLE, options).theme().dates();
        PdfReadBack read = new PdfReadBack(pdf);
        TokenMatcher tokens = new TokenMatcher(read.tokens());
        int checked = 0;
        for (Leaf leaf : leaves()) {
            // The file's own bookkeeping, which is reported as not shown (below).
            if (leaf.path().startsWith("meta.") || leaf.path().equals("$schema")) {
                continue;
            }
            String where = theme + ": " + leaf.path() + " '" + leaf.value() + "'";
            checked++;
            // Twitter is a contact kind of ours (X): its network is the icon, its link the profile's
            // address from the username (the sample's url is the site's, https://www.twitter.com).
            if (leaf.path().equals("basics.profiles[0].network")) {
                assertEquals("Twitter", leaf.value());
                assertTrue(read.uris.contains("https://x.com/neutralthoughts"), where + ": no link to the profile " + read.uris);
                continue;
            }
            if (leaf.path().equals("basics.profiles[0].url")) {
                continue;
            }
            if (leaf.key().equals("url")) {
                assertTrue(read.uris.contains(leaf.value()), where + " is no link of the PDF: " + read.uris);
                continue;
            }
            Matcher date = DATE.matcher(leaf.value());
            // An X handle is shown as X writes it, "@neutralthoughts".
            String expected = date.matches() ? format(date, dates)
                    : leaf.path().equals("basics.profiles[0].username") ? "@" + leaf.value() : leaf.value();
            List<String> words = TokenMatcher.words(expected);
            if (tokens.find(words, 0) >= 0) {
                continue;
            }
            fail(where + ": the words " + words + " are not in the PDF's text: " + read.tokens());
        }
        assertTrue(checked > 60, "the sample's values were checked: " + checked);
        List<String> warnings = result.warnings().stream().map(Diagnostic::message).toList();
        assertEquals(1, warnings.size(), "one warning, about meta: " + warnings);
        assertTrue(warnings.get(0).startsWith("meta is not shown"), warnings.toString());
        assertEquals(156, result.warnings().get(0).pos().line());
    }

    /** A date as the theme prints it (style/DateFormatter), written out here independently. */
    private static String format(Matcher date, Theme.DateStyle style) {
        int year = Integer.parseInt(date.group(1));
        int month = Integer.parseInt(date.group(2));
        int day = Integer.parseInt(date.group(3));
        return switch (style.months()) {
            case SHORT -> SHORT[month - 1] + " " + day + ", " + year;
            case LONG -> LONG[month - 1] + " " + day + ", " + year;
            case NUMERIC -> String.format("%02d/%02d/%d", month, day, year); // CLDR's English order
            case ISO -> String.format("%d-%02d-%02d", year, month, day);
            case YEAR -> Integer.toString(year);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void convertedYamlRendersTheSameWordsAndLinks(String theme, @TempDir Path dir) throws IOException {
        Converter.Conversion c = Converter.convert(SAMPLE);
        Path yml = dir.resolve("richard-hendriks.yml");
        Files.writeString(yml, c.yaml());
        RenderOptions options = RenderOptions.of(theme);
        RENDERER.render(SAMPLE, dir.resolve("from-json.pdf"), options);
        RenderResult fromYaml = RENDERER.render(yml, dir.resolve("from-yaml.pdf"), options);
        PdfReadBack json = new PdfReadBack(dir.resolve("from-json.pdf"));
        PdfReadBack yaml = new PdfReadBack(dir.resolve("from-yaml.pdf"));
        assertTrue(json.tokens().size() > 300, "the sample has words: " + json.tokens().size());
        assertEquals(json.tokens(), yaml.tokens(), "the same words in the same order");
        assertEquals(json.uris, yaml.uris, "the same links");
        assertEquals(List.of(), fromYaml.warnings(), "the converted file renders without warnings");
        Typeset t = RENDERER.typeset(yml, options);
        assertEquals("Richard Hendriks", t.resume().name().markdown());
    }
}
