package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.TokenMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bilingual sample, resumes/wen.yml, rendered in each of its languages and read back: every
 * text of that language is in its PDF, in the file's order, and no word of the other language
 * is, but for the texts the file writes once for both. What each PDF should say is read from the
 * YAML here, with a YAML library of its own, not with the loader under test.
 */
class BilingualSampleReadBackTest {
    static final Path SAMPLE = Path.of("resumes/wen.yml");
    static final List<String> LANGUAGES = List.of("en", "zh");
    /** Keys whose values are not printed as written (the file's languages, dates, addresses shown otherwise). */
    static final Set<String> NOT_PRINTED = Set.of("languages", "lang", "start", "end", "date", "year", "url", "email", "phone",
            "website");

    @TempDir
    static Path out;

    /** The texts the file gives: per language (in order), and those written once for every language. */
    record Texts(Map<String, List<String>> byLanguage, List<String> shared) {}

    static Texts texts() throws IOException {
        JsonNode root = YAMLMapper.builder().build().readTree(Files.readString(SAMPLE));
        Map<String, List<String>> by = Map.of("en", new ArrayList<>(), "zh", new ArrayList<>());
        List<String> shared = new ArrayList<>();
        collect(root, null, null, by, shared);
        return new Texts(by, shared);
    }

    /** {@code only}: the language of the item being read (its lang:), or null for every language. */
    private static void collect(JsonNode n, String key, String only, Map<String, List<String>> by, List<String> shared) {
        if (key != null && NOT_PRINTED.contains(key)) {
            return;
        }
        if (n.isObject()) {
            Set<String> keys = new HashSet<>(n.propertyNames());
            if (!keys.isEmpty() && LANGUAGES.containsAll(keys)) {
                for (String l : keys) {
                    if (only != null && !only.equals(l)) {
                        continue; // an item in another language only
                    }
                    List<String> into = new ArrayList<>();
                    collect(n.get(l), key, l, Map.of(l, into), into);
                    by.get(l).addAll(into);
                }
                return;
            }
            String lang = n.has("lang") ? n.get("lang").isArray() ? n.get("lang").get(0).asString() : n.get("lang").asString() : only;
            for (String k : n.propertyNames()) {
                collect(n.get(k), k, lang, by, shared);
            }
        } else if (n.isArray()) {
            for (JsonNode item : n) {
                collect(item, key, only, by, shared);
            }
        } else if (!n.isNull()) {
            if (only != null && by.containsKey(only)) {
                by.get(only).add(n.asString());
            } else {
                shared.add(n.asString());
            }
        }
    }

    /** The words of a text as the PDF shows them: its Markdown's emphasis marks are not printed. */
    private static List<String> words(String text) {
        return TokenMatcher.words(text.replace("*", ""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh"})
    void everyTextOfTheLanguageInOrderAndNoneOfTheOther(String lang) throws IOException {
        Renderer renderer = new Renderer();
        RenderOptions options = RenderOptions.DEFAULT.withLang(lang);
        Path pdf = out.resolve("wen." + lang + ".pdf");
        renderer.render(SAMPLE, pdf, options);
        Typeset t = renderer.typeset(SAMPLE, options);
        assertEquals(lang, t.resume().lang(), "the résumé knows its language, for the locale to follow");
        PdfReadBack back = new PdfReadBack(pdf);
        TokenMatcher m = new TokenMatcher(back.tokens());

        Texts texts = texts();
        List<String> mine = texts.byLanguage().get(lang);
        assertTrue(mine.size() > 25, "the sample writes most of its texts in both languages: " + mine.size());
        // In order: each text after its section's title, and the titles in the file's order (within
        // a section, a location in the right-hand column reads after the lines to its left).
        Set<String> titles = new HashSet<>();
        for (var s : t.resume().sections()) {
            titles.add(s.title().markdown());
        }
        int cursor = 0;
        int found = 0;
        for (String text : mine) {
            List<String> words = words(text);
            int at = m.find(words, cursor);
            assertTrue(at >= 0, lang + ": \"" + text + "\" is not in the PDF after token " + cursor);
            if (titles.contains(text)) {
                cursor = at;
            }
            found++;
        }
        assertEquals(mine.size(), found);

        Set<String> allowed = new HashSet<>();
        for (String s : texts.shared()) {
            allowed.addAll(words(s));
        }
        for (String s : mine) {
            allowed.addAll(words(s));
        }
        String other = lang.equals("en") ? "zh" : "en";
        Set<String> pdfTokens = new HashSet<>(m.tokens());
        for (String text : texts.byLanguage().get(other)) {
            for (String w : words(text)) {
                assertTrue(allowed.contains(w) || !pdfTokens.contains(w), lang + ": the " + other + " word \"" + w + "\" (of \"" + text
                        + "\") is in the PDF");
            }
        }
        if (lang.equals("en")) {
            assertTrue(back.text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "no Chinese character in the English PDF");
        } else {
            assertFalse(back.text.contains("Volunteer"), "the entry with lang: en is not in the Chinese PDF");
            assertTrue(back.text.contains("负责与国内高校的合作项目"), "the bullet with lang: zh is");
        }
    }
}
