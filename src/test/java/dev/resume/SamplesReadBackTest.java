package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.PageSetup;
import dev.resume.model.Show;
import dev.resume.theme.ThemeLoader;
import dev.resume.readback.ExpectedText;
import dev.resume.readback.PageChecks;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.TokenMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every sample in resumes/ in every built-in theme and reads the PDFs back with PDFBox:
 * nothing lost, nothing out of place.
 */
@Slow
class SamplesReadBackTest {
    static final Renderer RENDERER = new Renderer();

    @TempDir
    static Path out;

    record Sample(Path source, String theme, Typeset typeset, PdfReadBack pdf) {
        @Override
        public String toString() {
            return source.getFileName() + " in " + theme;
        }
    }

    static final List<Sample> SAMPLES = new ArrayList<>();

    @BeforeAll
    static void renderAll() throws IOException {
        if (!SAMPLES.isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.list(Path.of("resumes"))) {
            for (Path yml : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                for (String theme : ThemeLoader.BUILT_IN) {
                    RenderOptions options = RenderOptions.of(theme);
                    Path pdf = out.resolve(yml.getFileName().toString().replace(".yml", "-" + theme + ".pdf"));
                    RENDERER.render(yml, pdf, options);
                    SAMPLES.add(new Sample(yml, theme, RENDERER.typeset(yml, options), new PdfReadBack(pdf)));
                }
            }
        }
        assertTrue(SAMPLES.size() >= 3 * 4, "the samples cao, li and liu are in resumes/, in four themes");
    }

    static Stream<Sample> samples() throws IOException {
        renderAll();
        return SAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyWordIsExtractedInOrder(Sample s) {
        ExpectedText expected = new ExpectedText(s.typeset().resume(), s.typeset().theme().publications().showAbstracts());
        TokenMatcher m = new TokenMatcher(s.pdf().tokens());
        int cursor = 0;
        int fields = 0;
        for (ExpectedText.Unit unit : expected.units) {
            int unitStart = -1;
            for (String field : unit.fields()) {
                List<String> words = TokenMatcher.words(field);
                if (words.isEmpty()) {
                    continue;
                }
                int at = m.find(words, unitStart < 0 ? cursor : unitStart);
                if (at < 0) {
                    fail(s + ": in " + unit.what() + ", the text \"" + field + "\" is not in the PDF's text in order after token "
                            + cursor + " (" + context(m, cursor) + ")");
                }
                if (unitStart < 0) {
                    unitStart = at;
                }
                fields++;
            }
            if (unitStart >= 0) {
                // Units come in the order of the résumé.
                assertTrue(unitStart >= cursor, s + ": " + unit.what() + " is out of order");
                cursor = unitStart;
            }
        }
        assertTrue(fields > 20, "the check looked at the fields");
    }

    private static String context(TokenMatcher m, int at) {
        List<String> t = m.tokens();
        return String.join(" ", t.subList(Math.max(0, at), Math.min(t.size(), at + 15)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void nothingLiesOutsideTheMargins(Sample s) {
        PageChecks.insideTheMargins(s.toString(), s.pdf(), s.typeset().styled().setup(), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noTwoLinesOverlap(Sample s) {
        PageChecks.noOverlaps(s.toString(), s.pdf(), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyUrlIsALinkAnnotation(Sample s) {
        ExpectedText expected = new ExpectedText(s.typeset().resume(), s.typeset().theme().publications().showAbstracts());
        Set<String> annotated = new HashSet<>(s.pdf().uris);
        for (String url : expected.urls) {
            assertTrue(annotated.contains(url), s + ": no link annotation to " + url + " (links: " + annotated + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theOwnerStandsOutInAuthorLists(Sample s) {
        ExpectedText expected = new ExpectedText(s.typeset().resume(), false);
        Show.Owner style = ExpectedText.owner(s.typeset().resume(), s.typeset().theme().publications().owner());
        if (style == Show.Owner.UNDERLINE) {
            return;
        }
        String face = style == Show.Owner.BOLD ? "Bold" : "Italic";
        // The text in stream order, without spaces, each character mapped to its glyph (with
        // ActualText, one glyph may carry a whole word).
        List<PdfReadBack.Glyph> glyphs = s.pdf().glyphs;
        StringBuilder stream = new StringBuilder();
        List<PdfReadBack.Glyph> owners = new ArrayList<>();
        for (PdfReadBack.Glyph g : glyphs) {
            for (char c : g.text().toCharArray()) {
                if (!Character.isWhitespace(c)) {
                    stream.append(c);
                    owners.add(g);
                }
            }
        }
        int from = 0;
        int checked = 0;
        for (String spaced : expected.ownerNames) {
            String owner = spaced.replaceAll("\\s+", "");
            int at = stream.indexOf(owner, from);
            while (at >= 0 && !owners.get(at).font().contains(face)) {
                // The name also stands in the header; the author list's occurrence is the bold one.
                at = stream.indexOf(owner, at + 1);
            }
            assertTrue(at >= 0, s + ": the owner '" + spaced + "' is not set in " + face + " in an author list");
            for (int k = at; k < at + owner.length(); k++) {
                assertTrue(owners.get(k).font().contains(face), s + ": '" + spaced + "' is not all " + face);
            }
            from = at + owner.length();
            checked++;
        }
        assertEquals(expected.ownerNames.size(), checked);
        assertTrue(checked > 0 || s.typeset().resume().isLetter(), s + " has publications by its owner");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void metadataAndBookmarks(Sample s) {
        String name = s.typeset().resume().name().markdown();
        assertEquals(name, s.pdf().author);
        assertTrue(s.pdf().title.contains(name));
        // A cover letter shows none of its CV's sections: it has no bookmarks.
        long sections = s.typeset().resume().isLetter() ? 0 : s.typeset().resume().sections().stream().filter(x -> !x.hidden()).count();
        assertEquals(sections, s.pdf().bookmarks, "one bookmark per section");
    }
}
