package dev.resume.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resume.Slow;
import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Style kept in every script, read back with PDFBox: a word in one face, regular text in a
 * regular face, bold and italic synthesised where the font has one weight, missing glyphs as
 * boxes that extract as nothing, emoji as themselves, nothing left of the margin.
 */
@Slow
class StyleInEveryScriptTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/scripts");

    @TempDir
    Path dir;

    /** A glyph as PDFBox shows it, with how it is drawn. */
    record Drawn(String text, float x, float y, float width, String font, RenderingMode mode, float shear, float lineWidth) {}

    private static List<Drawn> drawn(Path pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    // The text stripper reads no line widths by itself.
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.SetLineWidth(this));
                }

                @Override
                protected void processTextPosition(TextPosition p) {
                    var state = getGraphicsState();
                    var m = p.getTextMatrix();
                    // The matrix's shear over its scale: 0 upright, 0.2 for synthesised italic.
                    float shear = m.getScaleY() == 0 ? 0 : m.getShearX() / m.getScaleY();
                    out.add(new Drawn(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getFont().getName(),
                            state.getTextState().getRenderingMode(), shear, state.getLineWidth()));
                    super.processTextPosition(p);
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(doc);
        }
        return out;
    }

    private Path render(String fixture, String theme) throws IOException {
        Path pdf = dir.resolve(fixture + "-" + theme + ".pdf");
        new Renderer().render(SCRIPTS.resolve(fixture + ".yml"), pdf, RenderOptions.of(ScriptFonts.theme(dir, theme).toString()));
        return pdf;
    }

    private static boolean has(String s, Character.UnicodeScript script) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    @Test
    void aGreekWordWithAccentsComesFromOneFace() throws IOException {
        assumeTrue(ScriptFonts.installed());
        List<Drawn> glyphs = drawn(render("el", "classic"));
        int words = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            Drawn a = glyphs.get(i - 1);
            Drawn b = glyphs.get(i);
            boolean sameWord = Math.abs(a.y() - b.y()) < 0.1f && Math.abs(a.x() + a.width() - b.x()) < 0.3f
                    && !a.text().isBlank() && !b.text().isBlank();
            if (sameWord && has(a.text(), Character.UnicodeScript.GREEK) && has(b.text(), Character.UnicodeScript.GREEK)) {
                assertEquals(a.font(), b.font(), "'" + a.text() + b.text() + "' is set in two fonts");
            }
            if (has(b.text(), Character.UnicodeScript.GREEK)) {
                words++;
            }
        }
        assertTrue(words > 20, "Greek text drawn: " + words);
    }

    /** The text of the glyphs that pass {@code test}, in the order drawn. */
    private static String joined(List<Drawn> glyphs, java.util.function.Predicate<Drawn> test) {
        StringBuilder sb = new StringBuilder();
        for (Drawn g : glyphs) {
            if (test.test(g)) {
                sb.append(g.text());
            }
        }
        return sb.toString();
    }

    private static boolean slanted(Drawn g) {
        return Math.abs(g.shear() - 0.2f) < 0.01f;
    }

    @Test
    void cyrillicIsRegularInRegularTextBoldInBoldAndSlantedInItalic() throws IOException {
        assumeTrue(java.nio.file.Files.isRegularFile(Path.of("/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf")), "fonts-noto-core");
        Path pdf = dir.resolve("ru-builtin.pdf");
        new Renderer().render(SCRIPTS.resolve("ru.yml"), pdf, RenderOptions.of("classic"));
        List<Drawn> glyphs = drawn(pdf);
        // "Занимаюсь **распознаванием объектов** на спутниковых снимках и *самообучением* …"
        // Cyrillic comes from an installed serif face (Noto Serif) with a regular, bold and italic face of its own.
        String regular = joined(glyphs, g -> g.font().endsWith("+NotoSerif-Regular") && g.mode() == RenderingMode.FILL && !slanted(g));
        String bold = joined(glyphs, g -> g.font().endsWith("+NotoSerif-Bold") && g.mode() == RenderingMode.FILL);
        String italic = joined(glyphs, g -> g.font().endsWith("+NotoSerif-Italic") && !slanted(g));
        assertTrue(regular.contains("Занимаюсь") && regular.contains("спутниковых"), regular);
        assertFalse(regular.contains("распознаванием") || regular.contains("самообучением"), regular);
        assertTrue(bold.contains("распознаванием") && !bold.contains("Занимаюсь"), bold);
        assertTrue(italic.contains("самообучением") && !italic.contains("Занимаюсь"), italic);
        assertTrue(glyphs.stream().noneMatch(g -> g.mode() != RenderingMode.FILL && g.font().endsWith("Bold")),
                "a real bold face is not stroked as well");
    }

    @Test
    void boldChineseIsStrokedAndItalicChineseIsSlanted() throws IOException {
        assumeTrue(ScriptFonts.installed());
        List<Drawn> glyphs = drawn(render("zh", "classic"));
        List<Drawn> han = glyphs.stream().filter(g -> has(g.text(), Character.UnicodeScript.HAN)).toList();
        // The owner's name in the author list ("**林晓雯**, 张伟, 王建国") is bold: stroked, with a
        // line of about 3 % of the size (10.2 pt).
        String stroked = joined(han, g -> g.mode() == RenderingMode.FILL_STROKE);
        assertTrue(stroked.contains("林晓雯") && !stroked.contains("张伟"), stroked);
        Drawn lin = han.stream().filter(g -> g.mode() == RenderingMode.FILL_STROKE && g.text().equals("林")).findFirst().orElseThrow();
        assertTrue(lin.lineWidth() > 0.025f * 9 && lin.lineWidth() < 0.035f * 11, lin.toString());
        String upright = joined(han, g -> g.mode() == RenderingMode.FILL && !slanted(g));
        assertTrue(upright.contains("张伟") && upright.contains("林晓雯"), "the name at the top is regular: " + upright);
        // The venue, "*中国计算机大会*", is italic: slanted.
        String italic = joined(han, StyleInEveryScriptTest::slanted);
        assertTrue(italic.contains("中国计算机大会") && !italic.contains("张伟"), italic);
    }

    @Test
    void missingGlyphsAreBoxesThatExtractAsNothingWithOneWarningPerRun() throws IOException {
        // Without installed fonts no font has Devanagari (the shipped fallbacks are CJK and Hangul).
        Path pdf = dir.resolve("hi-none.pdf");
        Renderer renderer = new Renderer(new dev.resume.font.FontLibrary(false));
        Typeset typeset = renderer.typeset(SCRIPTS.resolve("hi.yml"), RenderOptions.DEFAULT);
        renderer.render(typeset, pdf, RenderOptions.DEFAULT);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertFalse(has(text, Character.UnicodeScript.DEVANAGARI), "a missing glyph extracts as a character: " + text);
        assertTrue(text.contains("Python") && text.contains("91%"), text);
        List<Diagnostic> missing = typeset.warnings().stream().filter(d -> d.message().startsWith("no font")).toList();
        Diagnostic name = missing.get(0);
        assertTrue(name.message().contains("प") && name.message().contains("U+092A"), name.message());
        assertTrue(name.hint().contains("fonts-noto-core"), name.hint());
        assertEquals(2, name.pos().line());
        // One warning per run of text that lacks characters, not one per character.
        int runs = (int) Files.readAllLines(SCRIPTS.resolve("hi.yml")).stream().filter(l -> has(l, Character.UnicodeScript.DEVANAGARI)).count();
        assertTrue(missing.size() <= runs, missing.size() + " warnings for " + runs + " lines");
        assertTrue(missing.stream().allMatch(d -> d.hint().contains("fonts-noto-core")), missing.toString());
    }

    @Test
    void emojiAndZwjSequencesExtractAsThemselves() throws IOException {
        assumeTrue(ScriptFonts.installed());
        Path yml = dir.resolve("emoji.yml");
        Files.writeString(yml, """
                name: Ada Quillfeather
                sections:
                  - title: Summary
                    text: "Ships 🚀 fast; a 👩\u200D💻 at heart."
                """);
        Path pdf = dir.resolve("emoji.pdf");
        new Renderer().render(yml, pdf, RenderOptions.of(ScriptFonts.theme(dir, "classic").toString()));
        String pdfbox;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pdfbox = new PDFTextStripper().getText(doc);
        }
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String openpdf;
        try {
            openpdf = new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
        for (String text : List.of(pdfbox, openpdf)) {
            assertTrue(text.contains("🚀"), text);
            assertTrue(text.contains("👩") && text.contains("💻"), text);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)), "a lone surrogate in " + text);
                    i++;
                } else {
                    assertFalse(Character.isLowSurrogate(c), "a lone surrogate in " + text);
                }
            }
        }
        assertTrue(pdfbox.contains("👩\u200D💻"), "the ZWJ sequence: " + pdfbox);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"zh, classic", "zh, modern", "zh, columns", "ru, modern", "ru, columns", "ru, classic"})
    void nothingLiesLeftOfTheLeftMargin(String fixture, String theme) throws IOException {
        assumeTrue(ScriptFonts.installed());
        Path pdf = render(fixture, theme);
        float left = new Renderer().typeset(SCRIPTS.resolve(fixture + ".yml"),
                RenderOptions.of(ScriptFonts.theme(dir, theme).toString())).pages().get(0).margins().left();
        for (Drawn g : drawn(pdf)) {
            assertTrue(g.x() >= left - 0.5f, "'" + g.text() + "' starts at " + g.x() + ", left of the margin at " + left);
        }
    }
}
