package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Each glyph's ToUnicode entry is the character it was drawn for, which is the text for
 * readers that ignore ActualText (OpenPDF's extractor here, many applicant-tracking systems):
 * Noto Sans CJK draws "・" U+30FB and "‧" U+2027 with one glyph, and Noto Serif Devanagari's
 * i-matra variants and conjuncts are outside its character map.
 */
class ToUnicodeReadBackTest {
    @TempDir
    static Path dir;

    @Test
    void katakanaMiddleDotReadsAsItself() throws IOException {
        String text = render("ja", "modern", """
                name: 山田 花子
                contact:
                  - email: hanako@example.org
                sections:
                  - title: 経験
                    bullets:
                      - "設計・開発・運用を担当"
                """);
        // OpenPDF's extractor puts a space between glyphs it finds apart.
        assertTrue(text.replaceAll("\\s", "").contains("設計・開発・運用"), text);
        assertFalse(text.contains("\u2027"), text);
    }

    /** Glyph order is drawing order (the i-matra before its consonant): each word's letters are compared as a multiset. */
    @Test
    void devanagariGlyphsReadAsTheirLetters() throws IOException {
        List<String> words = List.of("प्रिया", "लिए", "किया", "इंजीनियर", "विकसित", "चित्र", "प्रणालियाँ", "क्षेत्र", "शर्मा");
        String text = render("hi", "classic", """
                name: प्रिया शर्मा
                contact:
                  - email: priya@example.org
                sections:
                  - title: परिचय
                    text: "%s"
                """.formatted(String.join(" ", words)));
        // OpenPDF's extractor puts two spaces between words and may put one inside a word.
        List<String> read = Arrays.stream(text.split("\\s{2,}")).map(ToUnicodeReadBackTest::letters).toList();
        for (String w : words) {
            assertTrue(read.contains(letters(w)), "'" + w + "' not read (as a multiset of its letters) in: " + text);
        }
    }

    /** The conjunct "प्र" reads as all its letters and the i-matra variant as "ि", in PDFBox's view of the ToUnicode map too. */
    @Test
    void devanagariToUnicodeEntries() throws IOException {
        Path pdf = renderPdf("hi-map", "classic", """
                name: प्रिया
                contact:
                  - email: priya@example.org
                sections:
                  - title: सारांश
                    text: "प्रिया"
                """);
        boolean conjunct = false;
        boolean matra = false;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font instanceof PDType0Font t0 && font.getName().contains("Devanagari")) {
                    for (int code = 0; code < 0x400; code++) {
                        String u = t0.toUnicode(code);
                        conjunct |= "प्र".equals(u);
                        matra |= "ि".equals(u) && code != 'ि';
                        // The page has no च or व: before, the i-matra read as one of them, from another document.
                        assertFalse("च".equals(u) || "व".equals(u), "glyph " + code + " reads " + u);
                    }
                }
            }
        }
        assertTrue(conjunct, "no glyph reads 'प्र'");
        assertTrue(matra, "no i-matra variant reads 'ि'");
    }

    private static String letters(String word) {
        int[] cps = word.replaceAll("[^\\p{L}\\p{M}]", "").codePoints().sorted().toArray();
        return new String(cps, 0, cps.length);
    }

    private static String render(String name, String theme, String yml) throws IOException {
        Path pdf = renderPdf(name, theme, yml);
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                sb.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
            }
            return sb.toString();
        } finally {
            reader.close();
        }
    }

    private static Path renderPdf(String name, String theme, String yml) throws IOException {
        Path source = dir.resolve(name + ".yml");
        Files.writeString(source, yml);
        Path pdf = dir.resolve(name + ".pdf");
        var result = new Renderer().render(source, pdf, RenderOptions.of(theme));
        assertEquals(true, Files.exists(pdf), String.valueOf(result));
        return pdf;
    }
}
