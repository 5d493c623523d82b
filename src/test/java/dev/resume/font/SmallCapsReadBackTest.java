package dev.resume.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.readback.PageChecks;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small capitals read back from the PDF: classic's name and section titles are drawn with TeX
 * Gyre Pagella's own small-capital glyphs (named "….sc" in the font), at the capitals' size,
 * and extract as typed; letters the font has no small capital of (Cyrillic, set in the DejaVu
 * fallback) are capitals made smaller, stroked and letter-spaced.
 */
class SmallCapsReadBackTest {
    @TempDir
    static Path dir;

    /** One glyph as PDFBox reads it: its text, character code (the glyph id), place, size and text rendering mode. */
    record Drawn(String text, int code, float x, float width, float size, String font, RenderingMode mode) {}

    @Test
    void classicDrawsPagellasSmallCapitalsThatReadAsTyped() throws Exception {
        Path pdf = render("latin", "classic", """
                name: Shiyi Cao
                contact:
                  - email: shicao@berkeley.edu
                sections:
                  - title: Research Experience
                    text: "Shiyi Cao works on systems."
                """);
        List<Drawn> glyphs = glyphs(pdf);
        OpenTypeFont pagella = pagella();
        CFFFont cff = pagella.getCFF().getFont();

        List<Drawn> name = glyphs.subList(0, "ShiyiCao".length());
        assertEquals("ShiyiCao", String.join("", name.stream().map(Drawn::text).toList()), "the name in PDFBox's text");
        float nameSize = name.get(0).size();
        for (Drawn g : name) {
            String glyphName = cff.getCharset().getNameForGID(g.code());
            boolean lower = Character.isLowerCase(g.text().charAt(0));
            assertEquals(lower, glyphName.endsWith(".sc"), "'" + g.text() + "' of the name is drawn as " + glyphName);
            assertEquals(nameSize, g.size(), 0.01f, "'" + g.text() + "' of the name is at the capitals' size, not shrunk");
            assertEquals(RenderingMode.FILL, g.mode(), "the font's small capitals need no stroke");
        }
        // The same letters in the body are the font's ordinary lower case.
        Drawn bodyH = glyphs.stream().filter(g -> g.text().equals("h") && g.size() < nameSize / 2).findFirst().orElseThrow();
        assertEquals("h", cff.getCharset().getNameForGID(bodyH.code()));

        String title = "ResearchExperience";
        int at = String.join("", glyphs.stream().map(Drawn::text).toList()).indexOf(title);
        assertTrue(at > 0, "the section title reads as typed");
        for (Drawn g : glyphs.subList(at, at + title.length())) {
            String glyphName = cff.getCharset().getNameForGID(g.code());
            assertEquals(Character.isLowerCase(g.text().charAt(0)), glyphName.endsWith(".sc"), g.text() + " drawn as " + glyphName);
        }

        String poppler = PdfReadBack.pdftotext(pdf).replaceAll("\\s+", " ");
        assertTrue(poppler.contains("Shiyi Cao"), poppler);
        assertTrue(poppler.contains("Research Experience"), poppler);
        checkPage(pdf, "latin");
    }

    @Test
    void lettersWithoutSmallCapitalsAreHeavierSpacedCapitals() throws Exception {
        Path pdf = render("cyrillic", "classic", """
                name: Иван Петров
                contact:
                  - email: ivan@example.org
                sections:
                  - title: Опыт работы
                    text: "Иван Петров."
                """);
        List<Drawn> glyphs = glyphs(pdf);
        List<Drawn> name = glyphs.subList(0, "ИванПетров".length());
        // PDFBox reads the capitals drawn; readers that take ActualText (poppler) read the letters as typed.
        assertEquals("ИВАНПЕТРОВ", String.join("", name.stream().map(Drawn::text).toList()));
        float capital = name.get(0).size();
        for (Drawn g : name.subList(1, 4)) {
            assertEquals(0.8f * capital, g.size(), 0.01f, g.text() + " is a capital made smaller");
            assertEquals(RenderingMode.FILL_STROKE, g.mode(), g.text() + " is stroked, to be as heavy as the capitals");
        }
        // Between most letters (not the pairs the font kerns, "ВА"), the letter spacing is the gap.
        List<Drawn> petrov = name.subList(5, 10);
        int spaced = 0;
        for (int i = 0; i + 1 < petrov.size(); i++) {
            float gap = petrov.get(i + 1).x() - petrov.get(i).x() - petrov.get(i).width();
            spaced += Math.abs(gap - 0.05f * petrov.get(i).size()) < 0.05f ? 1 : 0;
        }
        assertTrue(spaced >= 3, "letter-spaced by 5 % of the size: " + petrov);
        assertEquals(RenderingMode.FILL, name.get(0).mode(), "the full-size capital is drawn as it is");
        String poppler = PdfReadBack.pdftotext(pdf).replaceAll("\\s+", " ");
        assertTrue(poppler.contains("Иван Петров"), poppler);
        assertTrue(poppler.contains("Опыт работы"), poppler);
        checkPage(pdf, "cyrillic");
    }

    private static Path render(String name, String theme, String yml) throws IOException {
        Path file = dir.resolve(name + ".yml");
        Files.writeString(file, yml);
        Path pdf = dir.resolve(name + ".pdf");
        new Renderer().render(file, pdf, RenderOptions.of(theme));
        return pdf;
    }

    /** Nothing outside the margins, no glyphs on top of each other. */
    private static void checkPage(Path pdf, String name) throws IOException {
        Typeset t = new Renderer().typeset(dir.resolve(name + ".yml"), RenderOptions.of("classic"));
        PdfReadBack back = new PdfReadBack(pdf);
        PageChecks.insideTheMargins(name, back, t.styled().setup(), true);
        PageChecks.noOverlaps(name, back, true);
    }

    /** The page's glyphs in content order, spaces left out. */
    private static List<Drawn> glyphs(Path pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition p) {
                    if (!p.getUnicode().isBlank()) {
                        int[] codes = p.getCharacterCodes();
                        out.add(new Drawn(p.getUnicode(), codes.length == 1 ? codes[0] : -1, p.getXDirAdj(), p.getWidthDirAdj(),
                                p.getFontSizeInPt(), p.getFont().getName(), getGraphicsState().getTextState().getRenderingMode()));
                    }
                    super.processTextPosition(p);
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(doc);
        }
        return out;
    }

    private static OpenTypeFont pagella() throws IOException {
        try (InputStream in = SmallCapsReadBackTest.class.getResourceAsStream("/fonts/tex-gyre/texgyrepagella-regular.otf")) {
            assertNotNull(in, "the built-in Pagella");
            return new OTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
