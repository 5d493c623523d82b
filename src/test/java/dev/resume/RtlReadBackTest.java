package dev.resume;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Arabic and Hebrew fixtures in every theme, and in a theme whose fallback fonts are the
 * machine's own (Noto Naskh Arabic, Noto Sans or Serif Hebrew here), read back as real readers
 * read them: PDFBox, and pdftotext where it is installed. Every phrase comes out as typed,
 * marks (shadda, tanween, damma) included, and nothing is outside the margins.
 *
 * <p>Rendered without --verify: ScriptsReadBackTest renders the fixtures with it on; here the
 * readers are the judges.
 */
@Slow
class RtlReadBackTest {
    private static final Renderer RENDERER = new Renderer();

    /** The theme "system": classic with no fallback fonts of its own, so the installed ones are chosen. */
    static Stream<Arguments> samples() {
        return Stream.of("ar", "he").flatMap(f -> Stream.of("classic", "compact", "modern", "columns", "system")
                .map(t -> Arguments.of(f, t)));
    }

    /**
     * Phrases of the fixture as typed, each of which must be in PDFBox's text. Only phrases of one
     * direction and on one line: PDFBox orders a line that mixes directions by its leftmost
     * strong letter, so a right-to-left line whose left end is a Latin word comes out with the
     * Latin first ("Kubernetes. و PyTorch باستخدام …"); the content stream cannot change that,
     * as PDFBox reads a line's glyphs as drawn from left to right and reorders them itself.
     */
    private static final List<String> AR = List.of("ليلى حداد", "مهندسة برمجيات متخصصة في أنظمة التعلم الآلي", "عمّان، الأردن",
            "PyTorch", "مليون طلب يومياً", "المهارات", "مؤتمر اللغة العربية والحوسبة", "تصحيح الأخطاء الإملائية",
            "layla.haddad@example.org", "Python، Go، SQL", "قدتُ", "فريقاً", "صممتُ نظاماً لتصنيف النصوص", "خفّضتُ زمن الاستجابة");
    private static final List<String> HE = List.of("נועה לוי", "חוקרת בתחום אבטחת מידע וקריפטוגרפיה", "חיפה, ישראל", "GPU",
            "noa.levi@example.org", "תל אביב", "C++, Rust, Python", "מיליון משתמשים", "דוקטורט במדעי המחשב",
            "מנחה: פרופ׳ דוד כהן");

    /**
     * Phrases pdftotext reads as typed. Not yet those with a mark (pdftotext reverses a
     * right-to-left word character by character and puts a mark on the letter before its own:
     * "عّمان"), a DejaVu Sans lam-alef ligature (its letters reversed: "اآللي"), or punctuation
     * set in the Latin face (the space moves to its other side: "חיפה ,ישראל").
     */
    private static final List<String> AR_POPPLER = List.of("ليلى حداد", "المهارات", "مؤتمر اللغة العربية والحوسبة",
            "layla.haddad@example.org", "شركة مثال للتقنية");
    private static final List<String> HE_POPPLER = List.of("נועה לוי", "חוקרת בתחום אבטחת מידע וקריפטוגרפיה", "מיליון משתמשים",
            "דוקטורט במדעי המחשב", "noa.levi@example.org");

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samples")
    void readsBackAsTyped(String fixture, String theme, @TempDir Path dir) throws Exception {
        Path pdf = render(fixture, theme, dir);
        PdfReadBack back = new PdfReadBack(pdf);
        String text = back.text.replaceAll("\\s+", " ");
        for (String words : fixture.equals("ar") ? AR : HE) {
            assertTrue(text.contains(words), "'" + words + "' not in the text layer of " + fixture + " in " + theme + ":\n" + text);
        }
        float width = back.pageSizes.get(0)[0];
        for (PdfReadBack.Glyph g : back.glyphs) {
            // Each theme's margins are 0.5 in or more; PDFBox's widths of shaped Arabic glyphs are not the drawn ones.
            assertTrue(g.x() >= 35 && g.x() <= width - 35, "'" + g.text() + "' outside the margins at x " + g.x() + " in " + theme);
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samples")
    void pdftotextKeepsMarksInTheirWords(String fixture, String theme, @TempDir Path dir) throws Exception {
        Path pdf = render(fixture, theme, dir);
        String text = PdfReadBack.pdftotext(pdf).replaceAll("[\\u202A-\\u202E]", "");
        for (String line : text.split("\n")) {
            // A mark drawn before its letter made a word, and a line, of its own ("ّ" over "عمان").
            assertTrue(line.isBlank() || !line.strip().codePoints().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK),
                    "a line of marks alone in pdftotext's text of " + fixture + " in " + theme + ":\n" + text);
        }
        String flat = text.replaceAll("\\s+", " ");
        for (String words : fixture.equals("ar") ? AR_POPPLER : HE_POPPLER) {
            assertTrue(flat.contains(words), "'" + words + "' not in pdftotext's text of " + fixture + " in " + theme + ":\n" + text);
        }
    }

    private static Path render(String fixture, String theme, Path dir) throws IOException {
        Path yml = Path.of("src/test/resources/scripts/" + fixture + ".yml");
        String name = theme;
        if (theme.equals("system")) {
            assumeTrue(Files.isRegularFile(Path.of("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")),
                    "installed Arabic and Hebrew fonts (fonts-noto-core)");
            Path file = dir.resolve("system.yml");
            Files.writeString(file, """
                    name: system
                    extends: classic
                    fonts:
                      fallback: []
                      fallback_bold: []
                    """);
            name = file.toString();
        }
        Path pdf = dir.resolve(fixture + "-" + theme + ".pdf");
        RENDERER.render(yml, pdf, RenderOptions.of(name));
        assertTrue(Files.size(pdf) > 0);
        return pdf;
    }
}
