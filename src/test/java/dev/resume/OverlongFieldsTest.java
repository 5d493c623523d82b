package dev.resume;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import dev.resume.layout.PageSetup;
import dev.resume.readback.ExpectedText;
import dev.resume.readback.PageChecks;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.TextOrder;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of a résumé holding a 200-letter word and a 600-character URL, in every built-in
 * theme: nothing may leave the margins (a right-aligned place or URL too long for its row, a
 * word longer than the line, a date column's word), and the text layer must still give every
 * character of every field, in order.
 */
@Slow
class OverlongFieldsTest {
    static final Renderer RENDERER = new Renderer();

    /** A 200-letter word: no hyphenation point the breaker could use helps it onto one line. */
    static final String WORD = "pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4) + "floccinaucinihilipil";

    /** A 600-character URL: slashes, dots, hyphens, underscores and a query to break at. */
    static final String URL;

    static {
        StringBuilder u = new StringBuilder("https://example.org/");
        for (int i = 0; u.length() < 560; i++) {
            u.append("segment").append(i).append(i % 2 == 0 ? "-part." : "_part/");
        }
        u.append("page?key=value&other=thing");
        while (u.length() < 600) {
            u.append('x');
        }
        URL = u.toString();
    }

    static String both(String what) {
        return what + " " + WORD + " " + URL + " end";
    }

    static String resume() {
        String f = "\"" + both("%s") + "\"";
        return """
                name: %s
                headline: %s
                contact:
                  - email: a%s@example.org
                  - website: %s
                  - location: %s
                  - url: %s
                  - github: %s
                show: {abstracts: true}
                sections:
                  - title: %s
                    text: %s
                  - title: %s
                    education:
                      - institution: %s
                        degree: %s
                        location: %s
                        start: 2019-09
                        end: 2023-06
                        bullets: [%s]
                  - title: %s
                    experience:
                      - organization: %s
                        location: %s
                        roles:
                          - role: %s
                            note: %s
                            start: 2023-07
                            bullets: [%s]
                          - role: %s
                            location: %s
                            start: 2022-01
                            end: 2023-06
                  - title: %s
                    publications:
                      - title: %s
                        authors: [Ada Quillfeather, "%s", Charles Brambleby]
                        venue: %s
                        year: 2024
                        date: 2024-05-17
                        status: %s
                        note: %s
                        links: {code: "%s", website: "%s"}
                        abstract: %s
                        subjects: [%s]
                      - title: %s
                        authors: [Ada Quillfeather]
                        when: %s
                  - title: %s
                    awards:
                      - title: %s
                        issuer: %s
                        description: %s
                        date: 2021-10
                  - title: %s
                    projects:
                      - name: %s
                        subtitle: %s
                        url: "%s"
                        note: %s
                        description: %s
                        start: 2024-01
                        bullets: [%s]
                  - title: %s
                    skills:
                      - label: %s
                        details: %s
                  - title: %s
                    bullets: [%s, "[%s](%s)"]
                  - title: %s
                    entries:
                      - title: %s
                        subtitle: %s
                        location: %s
                        url: "%s"
                        description: %s
                        start: 2020-01
                        end: 2020-12
                        bullets: [%s]
                """.formatted(
                        f.formatted("Ada"), f.formatted("Headline"), WORD, URL, f.formatted("London"), URL, WORD,
                        f.formatted("Interests"), f.formatted("Text"),
                        f.formatted("Education"), f.formatted("Institution"), f.formatted("Degree"), f.formatted("Place"),
                        f.formatted("Bullet"),
                        f.formatted("Experience"), f.formatted("Organization"), f.formatted("Place"), f.formatted("Role"),
                        f.formatted("Note"), f.formatted("Bullet"), f.formatted("Second role"), f.formatted("Place"),
                        f.formatted("Publications"), f.formatted("Title"), WORD, f.formatted("Venue"), f.formatted("Status"),
                        f.formatted("Note"), URL, URL, f.formatted("Abstract"), WORD, f.formatted("Second title"), WORD,
                        f.formatted("Awards"), f.formatted("Award"), f.formatted("Issuer"), f.formatted("Description"),
                        f.formatted("Projects"), f.formatted("Project"), f.formatted("Subtitle"), URL, f.formatted("Note"),
                        f.formatted("Description"), f.formatted("Bullet"),
                        f.formatted("Skills"), f.formatted("Label"), f.formatted("Details"),
                        f.formatted("Service"), f.formatted("Bullet"), WORD, URL,
                        f.formatted("Talks"), f.formatted("Talk"), f.formatted("Subtitle"), f.formatted("Place"), URL,
                        f.formatted("Description"), f.formatted("Bullet"));
    }

    record Rendered(String theme, Typeset typeset, PdfReadBack pdf) {
        @Override
        public String toString() {
            return "overlong fields in " + theme;
        }
    }

    @TempDir
    static Path dir;

    static Stream<String> themes() {
        return ThemeLoader.BUILT_IN.stream();
    }

    static Rendered render(String theme) throws IOException {
        Path yml = dir.resolve("overlong-" + theme + ".yml");
        Files.writeString(yml, resume());
        Path pdf = dir.resolve("overlong-" + theme + ".pdf");
        RenderOptions options = RenderOptions.of(theme);
        RENDERER.render(yml, pdf, options);
        return new Rendered(theme, RENDERER.typeset(yml, options), new PdfReadBack(pdf));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void nothingLeavesTheMarginsAndEveryCharacterIsExtractedInOrder(String theme) throws IOException {
        Rendered r = render(theme);
        PageChecks.insideTheMargins(r.toString(), r.pdf(), r.typeset().styled().setup(), true);
        PageChecks.noOverlaps(r.toString(), r.pdf(), true);
        // The strokes too: a cut word's mark, an underline, a rule.
        PageSetup setup = r.typeset().styled().setup();
        for (Page page : r.typeset().pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.Rule rule) {
                    assertTrue(Math.min(rule.x1(), rule.x2()) >= setup.left() - 0.5f
                            && Math.max(rule.x1(), rule.x2()) <= setup.width() - setup.right() + 0.5f,
                            r + ": a stroke from " + rule.x1() + " to " + rule.x2() + " on page " + page.number() + " leaves the margins");
                }
            }
        }
        ExpectedText expected = new ExpectedText(r.typeset().resume(), true);
        int fields = TextOrder.everyCharacterInOrder(r.toString(), expected, r.pdf());
        assertTrue(fields > 40, "the check looked at the fields: " + fields);
    }
}
