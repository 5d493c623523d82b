package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which text the theme lets the patterns hyphenate: by default justified running text only, as
 * LaTeX and Typst set it; with {@code hyphenate_ragged}, ragged running text (bullets) too; never
 * a title.
 */
class HyphenationRulesTest {
    /** A title the breaker used to hyphenate in classic ("Parallel-/ism"): a ragged line's gap is too wide without. */
    private static final String TITLE = "GraphPipe: Improving the Performance and Scalability of DNN Training with Graph Pipeline"
            + " Parallelism";
    /** A bullet that needs a hyphen to set well in classic's width. */
    private static final String BULLET = "a characterization and internationalization by electroencephalography of"
            + " incomprehensibilities unconstitutionality representationalism";
    private static final String RESUME = """
            name: Test Person
            sections:
              - title: Publications
                publications:
                  - title: "%1$s"
                    authors: [Test Person]
                    venue: Somewhere
                    date: 2024
              - title: Experience
                experience:
                  - organization: Somewhere
                    role: Someone
                    start: 2020-01
                    bullets:
                      - "%2$s"
            """.formatted(TITLE, BULLET);

    @TempDir
    Path dir;

    /** The lines that end with a hyphen the breaker added, by their text. */
    private List<String> hyphenated(String theme) throws Exception {
        Path yml = dir.resolve("cv.yml");
        Files.writeString(yml, RESUME);
        Typeset t = new Renderer().typeset(yml, RenderOptions.of(theme));
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());
        List<String> out = new ArrayList<>();
        for (Page p : t.pages()) {
            for (Page.LineBox box : p.lines()) {
                if (box.fit() != null && box.fit().hyphenated()) {
                    out.add(box.text());
                }
            }
        }
        return out;
    }

    @Test
    void raggedTextIsNotHyphenatedByDefault() throws Exception {
        assertEquals(List.of(), hyphenated("classic"));
        assertEquals(List.of(), hyphenated("compact"));
    }

    @Test
    void aThemeMayHyphenateRaggedTextButNeverATitle() throws Exception {
        Path theme = dir.resolve("ragged.yml");
        Files.writeString(theme, "extends: classic\ntypography:\n  hyphenate_ragged: true\n");
        List<String> lines = hyphenated(theme.toString());
        assertTrue(!lines.isEmpty(), "the bullet's long words want hyphenation");
        assertEquals(List.of("•a characterization and internationalization by electroencephalography of incomprehensibilities unconsti-"),
                lines, "the bullet is hyphenated, the title is not");
    }
}
