package dev.resume;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese and Japanese fixtures rendered in every built-in theme (with a CJK fallback face,
 * see src/test/resources/scripts/themes) and read back with PDFBox: no line of text starts with
 * punctuation that may not start one (。，、）」…) or ends with an opening bracket, and every CJK
 * text of the résumé is in the text layer, in order.
 */
@Slow
class CjkLineBreakReadBackTest {
    private static final Renderer RENDERER = new Renderer();
    private static final String NO_START = "。，、．）」』】》〕〉！？：；・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private static final String NO_END = "（「『【《〔〈";
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    @TempDir
    Path dir;

    static List<String[]> cases() {
        List<String[]> out = new ArrayList<>();
        for (String fixture : List.of("zh", "ja")) {
            for (String theme : List.of("classic", "compact", "modern", "columns")) {
                out.add(new String[] {fixture, theme});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void noLineStartsOrEndsBadlyAndEveryCharacterIsThere(String fixture, String theme) throws IOException {
        Path yml = Path.of("src/test/resources/scripts", fixture + ".yml");
        Path pdf = dir.resolve(fixture + "-" + theme + ".pdf");
        RENDERER.render(yml, pdf, RenderOptions.of("src/test/resources/scripts/themes/cjk-" + theme + ".yml").withVerify(true));
        PdfReadBack back = new PdfReadBack(pdf);

        for (String line : lines(back)) {
            assertFalse(NO_START.indexOf(line.charAt(0)) >= 0, fixture + " in " + theme + ": a line starts with " + line);
            assertFalse(NO_END.indexOf(line.charAt(line.length() - 1)) >= 0, fixture + " in " + theme + ": a line ends with " + line);
        }

        String extracted = back.text.replaceAll("\\s+", "");
        int texts = 0;
        for (String text : cjkTexts(yml)) {
            assertTrue(extracted.contains(text), fixture + " in " + theme + ": '" + text + "' is not in the text layer");
            texts++;
        }
        assertTrue(texts > 10, "the fixture's CJK texts were found: " + texts);
    }

    /**
     * The lines of text on the pages: glyphs on one baseline, in order from left to right, cut
     * where a gap wider than an em separates them (a date column, a right-aligned date).
     */
    private static List<String> lines(PdfReadBack back) {
        // Faces report baselines a little apart (PDFBox places each font's glyphs by its own
        // metrics): glyphs within a point of each other are on one line.
        List<PdfReadBack.Glyph> glyphs = new ArrayList<>(back.glyphs.stream().filter(g -> !g.text().isBlank()).toList());
        glyphs.sort(Comparator.comparingInt(PdfReadBack.Glyph::page).thenComparingDouble(PdfReadBack.Glyph::baseline));
        List<List<PdfReadBack.Glyph>> rows = new ArrayList<>();
        for (PdfReadBack.Glyph g : glyphs) {
            List<PdfReadBack.Glyph> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row == null || row.get(0).page() != g.page() || g.baseline() - row.get(0).baseline() > 1) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(g);
        }
        List<String> out = new ArrayList<>();
        for (List<PdfReadBack.Glyph> row : rows) {
            row.sort((a, b) -> Float.compare(a.x(), b.x()));
            StringBuilder line = new StringBuilder();
            float end = Float.NEGATIVE_INFINITY;
            for (PdfReadBack.Glyph g : row) {
                if (line.length() > 0 && g.x() - end > g.size()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(g.text());
                // PDFBox gives some glyph runs ("オー", a Latin word in another face) as one
                // position as wide as one glyph: counted as wide as all of them.
                end = Math.max(end, g.x() + g.width() * g.text().codePointCount(0, g.text().length()));
            }
            out.add(line.toString());
        }
        assertTrue(out.size() > 20, "lines read back: " + out);
        return out;
    }

    /** Each CJK text of the résumé file, without its spaces, Markdown stars and quotes. */
    private static List<String> cjkTexts(Path yml) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(yml)) {
            if (line.strip().startsWith("#") || !CJK.matcher(line).find()) {
                continue;
            }
            String value = line.replaceFirst("^\\s*(- )?([a-z_]+:)?\\s*", "").replaceAll("[*\"\\[\\]]", "");
            for (String part : value.split(", ")) {
                String text = part.replaceAll("\\s+", "");
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return out;
    }
}
