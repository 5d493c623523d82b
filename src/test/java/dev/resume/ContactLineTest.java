package dev.resume;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.TokenMatcher;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A contact line too long for one line wraps between items, and no line of it starts or ends
 * with the separator: at a wrap, the separator is left out, on the page and in the text layer
 * (the line break separates the items there).
 */
class ContactLineTest {
    static final Renderer RENDERER = new Renderer();

    @TempDir
    static Path dir;

    static final List<String> ITEMS = List.of("ada.quillfeather@analytical-engine.example.org", "+44 20 7946 0000",
            "https://ada-quillfeather.example.org/portfolio", "London, United Kingdom", "adaquillfeather", "ada-quillfeather-1815",
            "https://blog.analytical-engine.example.org/notes", "0000-0002-1825-0097", "Marylebone, London",
            "https://example.org/a/rather/long/path/to/the/notes/on/the/engine");

    static Stream<String> themes() {
        return ThemeLoader.BUILT_IN.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void noContactLineStartsOrEndsWithTheSeparator(String theme) throws IOException {
        Path yml = dir.resolve("contact-" + theme + ".yml");
        Files.writeString(yml, """
                name: Ada Quillfeather
                contact:
                  - email: %s
                  - phone: "%s"
                  - website: %s
                  - location: %s
                  - github: %s
                  - linkedin: %s
                  - url: %s
                  - orcid: %s
                  - location: %s
                  - url: %s
                sections:
                  - title: Interests
                    text: Engines.
                """.formatted(ITEMS.toArray()));
        Path pdf = dir.resolve("contact-" + theme + ".pdf");
        RenderOptions options = RenderOptions.of(theme);
        RENDERER.render(yml, pdf, options);
        Typeset t = RENDERER.typeset(yml, options);
        String separator = t.theme().header().separator().strip();
        PdfReadBack read = new PdfReadBack(pdf);

        // The contact lines: the glyphs after the name's (the largest) and before the section title's, by baseline.
        List<PdfReadBack.Glyph> glyphs = read.glyphs;
        float nameSize = glyphs.get(0).size();
        StringBuilder stream = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            for (char c : glyphs.get(i).text().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                stream.append(c);
                owner.add(i);
            }
        }
        int title = owner.get(stream.indexOf("interests"));
        Map<Float, StringBuilder> lines = new TreeMap<>();
        for (PdfReadBack.Glyph g : glyphs.subList(0, title)) {
            if (g.size() < nameSize) {
                lines.computeIfAbsent(Math.round(g.baseline() * 2) / 2f, k -> new StringBuilder()).append(g.text());
            }
        }
        List<String> contact = lines.values().stream().map(b -> b.toString().strip()).filter(l -> !l.isEmpty()).toList();
        assertTrue(contact.size() >= 2, theme + ": the contact items wrap: " + contact);
        for (String line : contact) {
            if (!separator.isEmpty()) {
                assertFalse(line.startsWith(separator), theme + ": a contact line starts with the separator: " + line);
                assertFalse(line.endsWith(separator), theme + ": a contact line ends with the separator: " + line);
            }
        }
        // Every item is there, in order, and each whole: the text layer too.
        List<String> tokens = read.tokens();
        TokenMatcher m = new TokenMatcher(tokens);
        int at = 0;
        for (String item : ITEMS) {
            // A website is shown as written, a url without its scheme.
            int found = Math.max(m.find(TokenMatcher.words(item), at), m.find(TokenMatcher.words(item.replaceFirst("^https://", "")), at));
            assertTrue(found >= 0, theme + ": the item " + item + " is in the text in order: " + tokens);
            at = found;
        }
        assertFalse(read.text.contains(separator + "\n") && !separator.isEmpty(),
                theme + ": the text layer ends no line with the separator");
    }
}
