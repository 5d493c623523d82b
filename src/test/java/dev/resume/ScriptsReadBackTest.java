package dev.resume;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.diag.Diagnostic;
import dev.resume.layout.PageSetup;
import dev.resume.theme.ThemeLoader;
import dev.resume.readback.ExpectedText;
import dev.resume.readback.PageChecks;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The script fixtures (src/test/resources/scripts: invented people writing in Chinese, Japanese,
 * Korean, Arabic, Hebrew, Russian, Greek, Hindi, and all of them mixed with emoji and invisible
 * characters) rendered in every built-in theme with --verify on, and read back with PDFBox:
 * every letter extracted in the order it was typed, nothing outside the margins, no overlapping
 * lines, no CJK line starting or ending with a character the CJK rules forbid there, no
 * character without a font.
 */
@Slow
class ScriptsReadBackTest {
    static final Renderer RENDERER = new Renderer();
    static final Path FIXTURES = Path.of("src/test/resources/scripts");

    /** Characters that may not start a line in CJK text (closing brackets, stops, small kana, …). */
    static final String NO_LINE_START = "。，、．：；！？）」』】》〉〕］｝’”・ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    /** Characters that may not end one (opening brackets). */
    static final String NO_LINE_END = "（「『【《〈〔［｛‘“";

    @TempDir
    static Path out;

    record Sample(Path source, String theme, Typeset typeset, PdfReadBack pdf, List<Diagnostic> warnings) {
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
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path yml : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                for (String theme : ThemeLoader.BUILT_IN) {
                    // --verify on: the render fails if the text layer does not read back as drawn.
                    RenderOptions options = RenderOptions.of(theme).withVerify(true);
                    Path pdf = out.resolve(yml.getFileName().toString().replace(".yml", "-" + theme + ".pdf"));
                    var result = RENDERER.render(yml, pdf, options);
                    SAMPLES.add(new Sample(yml, theme, RENDERER.typeset(yml, options), new PdfReadBack(pdf), result.warnings()));
                }
            }
        }
        assertTrue(SAMPLES.size() >= 9 * 4, "nine fixtures in four themes");
    }

    static Stream<Sample> samples() throws IOException {
        renderAll();
        return SAMPLES.stream();
    }

    /** Letters, marks and digits only, NFC, lower case: what must survive whatever the layout does to spacing. */
    static String letters(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        n.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyLetterIsExtractedInTheOrderTyped(Sample s) {
        String footer = letters(s.typeset().styled().setup().footer().on(0, 0)).replace("0", "\\d+");
        String stream = letters(s.pdf().text);
        if (!footer.isEmpty()) {
            stream = stream.replaceAll(footer, "");
        }
        ExpectedText expected = new ExpectedText(s.typeset().resume(), s.typeset().theme().publications().showAbstracts());
        int cursor = 0;
        int checked = 0;
        boolean rtlDocument = s.source().getFileName().toString().matches("(ar|he)\\.yml");
        for (ExpectedText.Unit unit : expected.units) {
            int unitStart = -1;
            for (String field : unit.fields()) {
                int at = unitStart < 0 ? cursor : unitStart;
                // In a right-to-left entry the place and dates stand at the left of its first
                // line, which a reader may take before or after the title: from the unit's start.
                int fieldStart = rtlDocument ? cursor : at;
                int first = -1;
                // A reader turns a right-to-left line round by the bidirectional algorithm, which
                // PDF cannot tell about isolates: a phone number's groups, or a Latin word that
                // begins a line, may come in another order there. In such a field every word
                // must be there, not in order.
                boolean rightToLeft = field.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)
                        || rtlDocument;
                // Word by word: a date set at the end of a title's first line may stand between two of its words.
                for (String word : field.split("[\\s\\u00A0\\u3000\\u2028\\u2029\\u200B]+")) {
                    String w = letters(word);
                    if (w.isEmpty()) {
                        continue;
                    }
                    int found = stream.indexOf(w, rightToLeft ? fieldStart : at);
                    if (found < 0) {
                        int anywhere = stream.indexOf(w);
                        fail(s + ": in " + unit.what() + ", \"" + word + "\" (of \"" + field + "\") is "
                                + (anywhere < 0 ? "not in the PDF's text at all" : "out of order") + "; text from there: "
                                + stream.substring(at, Math.min(stream.length(), at + 60)));
                    }
                    first = first < 0 ? found : Math.min(first, found);
                    at = Math.max(at, found + w.length());
                    checked++;
                }
                if (first >= 0) {
                    unitStart = unitStart < 0 ? first : Math.min(unitStart, first);
                }
            }
            if (unitStart >= 0) {
                cursor = unitStart;
            }
        }
        assertTrue(checked > 30, s + ": the check looked at the words");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyCharacterHasAFont(Sample s) {
        for (Diagnostic d : s.warnings()) {
            assertTrue(!d.message().contains("no font"), s + ": " + d.message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void nothingLiesOutsideTheMargins(Sample s) {
        PageChecks.insideTheMargins(s.toString(), s.pdf(), s.typeset().styled().setup(), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noTwoLinesOverlap(Sample s) {
        // Glyphs of one line may overlap by more than half a point where a font kerns (bold
        // Hebrew: 'ע' into 'ת'): only lines are checked here.
        PageChecks.noOverlaps(s.toString(), s.pdf(), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noCjkLineStartsOrEndsWithAForbiddenCharacter(Sample s) {
        // Lines as a reader sees them: glyphs of one page and baseline, left to right.
        // Every glyph counts for the extent of a line, blank ones too: a word in an ActualText
        // span reads back as one glyph holding the word, then glyphs holding nothing.
        Map<String, List<PdfReadBack.Glyph>> lines = new TreeMap<>();
        for (PdfReadBack.Glyph g : s.pdf().glyphs) {
            lines.computeIfAbsent(g.page() + ":" + Math.round(g.baseline() * 2), k -> new ArrayList<>()).add(g);
        }
        for (List<PdfReadBack.Glyph> line : lines.values()) {
            line.sort(Comparator.comparingDouble(PdfReadBack.Glyph::x));
            // A line is split into stretches where it has a wide gap (a date flush right, a left column).
            List<List<PdfReadBack.Glyph>> stretches = new ArrayList<>();
            List<PdfReadBack.Glyph> current = new ArrayList<>();
            for (PdfReadBack.Glyph g : line) {
                if (!current.isEmpty()) {
                    PdfReadBack.Glyph prev = current.get(current.size() - 1);
                    if (g.x() - (prev.x() + prev.width()) > 2 * g.size()) {
                        stretches.add(current);
                        current = new ArrayList<>();
                    }
                }
                current.add(g);
            }
            stretches.add(current);
            for (List<PdfReadBack.Glyph> all : stretches) {
                List<PdfReadBack.Glyph> stretch = all.stream().filter(g -> !g.text().isBlank()).toList();
                if (stretch.isEmpty()) {
                    continue;
                }
                String first = stretch.get(0).text();
                String last = stretch.get(stretch.size() - 1).text();
                String text = String.join("", stretch.stream().map(PdfReadBack.Glyph::text).toList());
                assertTrue(first.isEmpty() || NO_LINE_START.indexOf(first.codePointAt(0)) < 0,
                        s + ": a line starts with '" + first + "': " + text);
                assertTrue(last.isEmpty() || NO_LINE_END.indexOf(last.codePointAt(last.length() - 1)) < 0,
                        s + ": a line ends with '" + last + "': " + text);
            }
        }
    }
}
