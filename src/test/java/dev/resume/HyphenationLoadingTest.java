package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.layout.HyphenationLanguage;
import dev.resume.layout.Hyphenator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The patterns of a language are read only when a paragraph of that language asks for them, and
 * once: an English render asks for no other language's. Isolated, so that no test running beside
 * it asks for German while it counts.
 */
@Isolated
class HyphenationLoadingTest {
    /** A paragraph that needs hyphens to set well in classic's measure. */
    private static final String RESUME = """
            name: Test Person
            locale: %s
            sections:
              - title: Summary
                text: >-
                  A characterization of internationalization considerations necessitates comprehensive
                  understanding: electromagnetic interoperability, representational transformations,
                  administrative responsibilities, institutionalized accountability, experimental reproducibility.
            """;

    @TempDir
    Path dir;

    private void typeset(String locale) throws Exception {
        Path yml = dir.resolve("cv-" + locale + ".yml");
        Files.writeString(yml, RESUME.formatted(locale));
        new Renderer().typeset(yml, RenderOptions.of("classic"));
    }

    @Test
    void anEnglishRenderAsksForEnglishPatternsOnly() throws Exception {
        int[] before = requests();
        typeset("en");
        int[] after = requests();
        for (int i = 0; i < before.length; i++) {
            String tag = HyphenationLanguage.ALL.get(i).tag();
            if (tag.equals("en")) {
                assertTrue(after[i] > before[i], "the English paragraph asked for the English patterns");
            } else {
                assertEquals(before[i], after[i], "an English render asked for the patterns of " + tag);
            }
        }
    }

    @Test
    void aGermanRenderReadsTheGermanPatternsOnce() throws Exception {
        int asked = Hyphenator.requests("de");
        typeset("de");
        typeset("de-AT");
        assertTrue(Hyphenator.requests("de") > asked, "German paragraphs asked for German patterns");
        assertEquals(1, Hyphenator.reads("de"), "read once and kept, however many paragraphs and renders ask");
    }

    private static int[] requests() {
        return HyphenationLanguage.ALL.stream().mapToInt(l -> Hyphenator.requests(l.tag())).toArray();
    }
}
