package dev.resume.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.Severity;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fonts found, not configured (issue 13): installed fonts per script and style, the shipped CJK
 * fallback on a machine without them, font collections, family names, and theme font errors at
 * their line. Every check reads the PDF back with PDFBox: which font drew each character.
 */
class FontsAndScriptsTest {
    private static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto");
    private static final Path SERIF_CJK = NOTO_CJK.resolve("NotoSerifCJK-Regular.ttc");
    private static final Path COLOUR_EMOJI = Path.of("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf");

    @TempDir
    Path dir;

    /** A character drawn, and the name of the PDF font that drew it (subset tag removed). */
    record Drawn(String text, String font) {}

    static List<Drawn> drawn(Path pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        String name = p.getFont().getName();
                        out.add(new Drawn(p.getUnicode(), name == null ? "" : name.replaceFirst("^[A-Z]{6}\\+", "").replaceFirst("-Identity-H$", "")));
                    }
                }
            };
            s.getText(doc);
        }
        return out;
    }

    static boolean isCjk(int cp) {
        UnicodeScript s = UnicodeScript.of(cp);
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA || s == UnicodeScript.HANGUL;
    }

    private static Path fixture(String name) {
        return Path.of("src/test/resources/scripts", name + ".yml");
    }

    /** Droid Sans Fallback has the ideographs, kana and CJK punctuation; NanumSquare the Hangul. */
    static boolean isShipped(int cp) {
        UnicodeScript s = UnicodeScript.of(cp);
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA || s == UnicodeScript.HANGUL;
    }

    @Test
    void withoutInstalledFontsHangulIsDrawnWithTheShippedNanumSquare() throws IOException {
        Path pdf = dir.resolve("ko.pdf");
        var result = new Renderer(new FontLibrary(false)).render(fixture("ko"), pdf, RenderOptions.DEFAULT);
        assertTrue(result.warnings().stream().noneMatch(d -> d.message().contains("no font")), result.warnings().toString());
        int hangul = 0;
        for (Drawn d : drawn(pdf)) {
            if (!d.text().isEmpty() && d.text().codePoints().allMatch(c -> UnicodeScript.of(c) == UnicodeScript.HANGUL)) {
                hangul++;
                assertTrue(d.font().contains("NanumSquare"), "'" + d.text() + "' drawn with " + d.font());
            }
        }
        assertTrue(hangul > 20, "only " + hangul + " Hangul words read back");
    }

    /**
     * A machine without the Debian fonts (a user who installed none) sets every script the
     * built-in fonts cover with them, and the PDF's text layer still reads as the text: the
     * render's own check (--verify) passes. Devanagari has no built-in face. In Arabic, DejaVu
     * Sans sets the tanween of "اً" from a point left of the alef, in the space after the word,
     * where PDFBox read it as the start of the next word ("فريقاًمن"): it is drawn with its letter.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "ja", "ko", "ar", "he", "ru", "el", "mixed"})
    void withoutInstalledFontsTheTextLayerReadsAsTheText(String lang) throws IOException {
        Path pdf = dir.resolve(lang + "-builtin.pdf");
        new Renderer(new FontLibrary(false)).render(fixture(lang), pdf, RenderOptions.DEFAULT.withVerify(true));
        assertTrue(Files.size(pdf) > 0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "ja"})
    void withoutInstalledFontsEveryIdeographIsDrawnWithTheShippedFallbackAndExtracts(String lang) throws IOException {
        Path pdf = dir.resolve(lang + ".pdf");
        new Renderer(new FontLibrary(false)).render(fixture(lang), pdf, RenderOptions.DEFAULT);
        List<Drawn> drawn = drawn(pdf);
        String source = Files.readString(fixture(lang));
        StringBuilder extracted = new StringBuilder();
        int cjk = 0;
        int single = 0;
        for (Drawn d : drawn) {
            extracted.append(d.text());
            // A word marked with ActualText reads back as one position holding the whole word,
            // whose font is that of its first glyph: words of CJK only say which font drew them.
            cjk += (int) d.text().codePoints().filter(FontsAndScriptsTest::isShipped).count();
            if (!d.text().isEmpty() && d.text().codePoints().allMatch(FontsAndScriptsTest::isShipped)) {
                single++;
                assertTrue(d.font().contains("DroidSansFallback"), lang + ": '" + d.text() + "' drawn with " + d.font());
            }
        }
        assertTrue(cjk > 50, lang + ": only " + cjk + " CJK characters drawn");
        assertTrue(single > 20, lang + ": only " + single + " CJK-only words read back");
        // Every CJK character of the résumé (outside comments) is in the text layer.
        String text = extracted.toString();
        source.lines().filter(l -> !l.strip().startsWith("#")).flatMapToInt(String::codePoints).filter(FontsAndScriptsTest::isShipped)
                .forEach(cp -> assertTrue(text.indexOf(Character.toString(cp)) >= 0,
                        lang + ": '" + Character.toString(cp) + "' does not extract"));
    }

    /**
     * Glyph ids from 0xD800 to 0xDFFF (Noto Serif CJK KR draws 컴 with glyph 0xDC94) reach the
     * page: OpenPDF wrote them as U+FFFD, a blank glyph, while ActualText still read the letter.
     */
    @Test
    void glyphIdsInTheSurrogateRangeAreDrawn() throws IOException {
        assumeTrue(Files.isRegularFile(SERIF_CJK), "fonts-noto-cjk");
        Path pdf = dir.resolve("ko.pdf");
        new Renderer().render(resume("컴퓨터 체 턴 창 퓨", null), pdf, RenderOptions.DEFAULT);
        List<Integer> codes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getFont().getName().contains("CJK")) {
                            for (int c : p.getCharacterCodes()) {
                                codes.add(c);
                            }
                        }
                    }
                }
            }.getText(doc);
        }
        assertTrue(codes.size() >= 5, codes.toString());
        assertFalse(codes.contains(0xFFFD), "a glyph drawn as U+FFFD: " + codes);
        assertTrue(codes.stream().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no glyph id in the surrogate range: " + codes);
    }

    private Path resume(String body, String theme) throws IOException {
        Path yml = dir.resolve("cv.yml");
        Files.writeString(yml, (theme != null ? "theme: " + theme + "\n" : "") + """
                name: Li Lei
                sections:
                  - title: Summary
                    text: "%s"
                """.formatted(body));
        return yml;
    }

    private List<Drawn> render(Path yml, String theme) throws IOException {
        Path pdf = dir.resolve("cv.pdf");
        new Renderer().render(yml, pdf, RenderOptions.of(theme));
        return drawn(pdf);
    }

    private static String fontOf(List<Drawn> drawn, String ch) {
        return drawn.stream().filter(d -> d.text().startsWith(ch)).map(Drawn::font).findFirst().orElse("(not drawn)");
    }

    @Test
    void aSerifThemeSetsChineseInNotoSerifCjkScAndBoldTextInItsBoldFace() throws IOException {
        assumeTrue(Files.isRegularFile(SERIF_CJK) && Files.isRegularFile(NOTO_CJK.resolve("NotoSerifCJK-Bold.ttc")), "fonts-noto-cjk");
        List<Drawn> drawn = render(resume("普通文字 **粗体文字**", null), "classic");
        assertEquals("NotoSerifCJKsc-Regular", fontOf(drawn, "普"));
        assertEquals("NotoSerifCJKsc-Bold", fontOf(drawn, "粗"));
        for (Drawn d : drawn) {
            if (!d.text().isEmpty() && "普通".contains(d.text())) {
                assertFalse(d.font().contains("Bold"), "regular text in a bold face: " + d);
            }
        }
    }

    @Test
    void aSansThemeSetsChineseInNotoSansCjk() throws IOException {
        assumeTrue(Files.isRegularFile(NOTO_CJK.resolve("NotoSansCJK-Regular.ttc")), "fonts-noto-cjk");
        List<Drawn> drawn = render(resume("普通文字", null), "modern");
        assertEquals("NotoSansCJKsc-Regular", fontOf(drawn, "普"));
    }

    @Test
    void kanaMakesTheIdeographsJapanese() throws IOException {
        assumeTrue(Files.isRegularFile(SERIF_CJK), "fonts-noto-cjk");
        List<Drawn> drawn = render(resume("東京のひと", null), "classic");
        assertEquals("NotoSerifCJKjp-Regular", fontOf(drawn, "東"));
    }

    @Test
    void arabicAndDevanagariComeFromNotoInTheThemesStyle() throws IOException {
        assumeTrue(Files.isRegularFile(Path.of("/usr/share/fonts/truetype/noto/NotoSerifDevanagari-Regular.ttf")), "fonts-noto-core");
        List<Drawn> drawn = render(resume("हिन्दी", null), "classic");
        assertTrue(fontOf(drawn, "ह").startsWith("NotoSerifDevanagari"), fontOf(drawn, "ह"));
    }

    @Test
    void aCollectionLoadsByIndexAndByFamilyName() {
        assumeTrue(Files.isRegularFile(SERIF_CJK), "fonts-noto-cjk");
        FontLibrary fonts = new FontLibrary();
        PdfFace byIndex = fonts.face(SERIF_CJK + ",2", List.of());
        PdfFace byName = fonts.face("Noto Serif CJK SC", List.of());
        assertEquals(byIndex, byName, "the family name picks face 2 of the collection");
        assertTrue(byIndex.name().contains("SC"), byIndex.name());
        PdfFace japanese = fonts.face(SERIF_CJK + ",0", List.of());
        assertTrue(japanese.name().contains("JP"), japanese.name());
        // The JDK's shaper measures the same face OpenPDF draws: a real width for ideographs.
        assertTrue(byIndex.canDisplay('李'));
        float w = byIndex.width("李雷", 10);
        assertTrue(w > 15 && w < 25, "two ideographs at 10 pt are about 20 pt wide, not " + w);
        // and a face without an index is the collection's first
        assertEquals(japanese, fonts.face(SERIF_CJK.toString(), List.of()));
    }

    @Test
    void aThemeMayNameAnInstalledFamily() throws IOException {
        assumeTrue(Files.isRegularFile(SERIF_CJK), "fonts-noto-cjk");
        Path theme = dir.resolve("cjk.yml");
        Files.writeString(theme, """
                extends: classic
                fonts:
                  body:
                    regular: "Noto Serif CJK SC"
                    bold: %s,2
                """.formatted(NOTO_CJK.resolve("NotoSerifCJK-Bold.ttc")));
        List<Drawn> drawn = render(resume("Plain 普通 **粗体**", null), theme.toString());
        assertEquals("NotoSerifCJKsc-Regular", fontOf(drawn, "普"));
        assertEquals("NotoSerifCJKsc-Regular", fontOf(drawn, "P"), "the whole body is the named family");
        assertEquals("NotoSerifCJKsc-Bold", fontOf(drawn, "粗"));
    }

    /** The one error rendering gives with {@code regular:} set to {@code font} (quoted), at the theme's line 5. */
    private Diagnostic themeError(String font) throws IOException {
        Path theme = dir.resolve("bad.yml");
        Files.writeString(theme, """
                extends: classic
                fonts:
                  body:
                    bold: tex-gyre/texgyrepagella-bold.otf
                    regular: "%s"
                """.formatted(font));
        Path yml = resume("text", null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Renderer().render(yml, dir.resolve("bad.pdf"), RenderOptions.of(theme.toString())));
        List<Diagnostic> errors = e.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.get(0);
        assertEquals(theme.getFileName(), d.pos().file().getFileName(), d.toString());
        assertEquals(5, d.pos().line(), d.toString());
        assertEquals(14, d.pos().column(), d.toString());
        for (String foreign : List.of("Name has to end", "Exception", "Table '", "null")) {
            assertFalse(d.message().contains(foreign) || (d.hint() != null && d.hint().contains(foreign)), d.toString());
        }
        return d;
    }

    @Test
    void everyBadFontOfAThemeIsReportedInOneRun() throws IOException {
        Files.createDirectories(dir.resolve("fonts/afolder.ttf"));
        Path theme = dir.resolve("bad3.yml");
        Files.writeString(theme, """
                extends: classic
                fonts:
                  body:
                    regular: tex-gyre/texgyrepagela-regular.otf
                    bold: afolder.ttf
                    italic: tex-gyre/texgyrepagella-italic.otf
                    bold_italic: nowhere.otf
                """);
        Path yml = resume("text", null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Renderer().render(yml, dir.resolve("bad3.pdf"), RenderOptions.of(theme.toString())));
        List<Integer> lines = e.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(d -> d.pos().line()).toList();
        assertEquals(List.of(4, 5, 7), lines, e.diagnostics().toString());
    }

    @Test
    void aMissingFontFileIsReportedAtItsLineWithANearName() throws IOException {
        Diagnostic d = themeError("tex-gyre/texgyrepagela-regular.otf");
        assertTrue(d.message().contains("not found"), d.message());
        assertTrue(d.hint().contains("texgyrepagella-regular.otf"), d.hint());
    }

    @Test
    void aFolderIsNotAFont() throws IOException {
        Files.createDirectories(dir.resolve("fonts/afolder.ttf"));
        assertTrue(themeError("afolder.ttf").message().contains("folder"));
    }

    @Test
    void aFileThatIsNotAFontIsRefused() throws IOException {
        Files.writeString(dir.resolve("notafont.ttf"), "hello, this is text");
        assertTrue(themeError("notafont.ttf").message().contains("not a font file"));
    }

    @Test
    void anUnknownFamilyIsReportedWithTheClosestInstalledOne() throws IOException {
        assumeTrue(Files.isRegularFile(SERIF_CJK), "fonts-noto-cjk");
        Diagnostic d = themeError("Noto Serif CJK XX");
        assertTrue(d.message().contains("family name 'Noto Serif CJK XX'"), d.message());
        assertTrue(d.hint().contains("did you mean 'Noto Serif CJK"), d.hint());
    }

    @Test
    void aCollectionFaceThatDoesNotExistIsReported() throws IOException {
        assumeTrue(Files.isRegularFile(SERIF_CJK), "fonts-noto-cjk");
        Diagnostic d = themeError(SERIF_CJK + ",9");
        assertTrue(d.message().contains("has no face 9"), d.message());
        assertTrue(d.hint().contains("Noto Serif CJK SC"), d.hint());
    }

    @Test
    void aColourEmojiFontIsRefusedWithAHint() throws IOException {
        assumeTrue(Files.isRegularFile(COLOUR_EMOJI), "fonts-noto-color-emoji");
        Diagnostic d = themeError(COLOUR_EMOJI.toString());
        assertTrue(d.message().contains("colour emoji font"), d.message());
        assertTrue(d.hint().contains("Symbola"), d.hint());
    }

    @Test
    void aColourEmojiFontIsNeverAFallbackButSymbolaIs() throws IOException {
        assumeTrue(Files.isRegularFile(Path.of("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")), "fonts-symbola");
        List<Drawn> drawn = render(resume("launch 🚀 done", null), "classic");
        assertEquals("Symbola", fontOf(drawn, "🚀"));
    }

    @Test
    void aLatinResumeNeverLooksAtInstalledFonts() throws IOException {
        // A library whose system lookup is on, but no character is missing: no font but the theme's is loaded.
        FontLibrary fonts = new FontLibrary();
        Renderer r = new Renderer(fonts);
        var t = r.typeset(Path.of("resumes/cao.yml"), RenderOptions.DEFAULT);
        for (var u : r.fontUse(t)) {
            assertTrue(u.source().startsWith("built-in:"), u.toString());
        }
    }
}
