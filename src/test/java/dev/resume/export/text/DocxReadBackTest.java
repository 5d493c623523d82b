package dev.resume.export.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.PhotoFixture;
import dev.resume.api.Typeset;
import dev.resume.compose.Composition;
import dev.resume.compose.Part;
import dev.resume.readback.ExpectedText;
import dev.resume.readback.PdfReadBack;
import dev.resume.theme.Theme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Every sample in resumes/ (the bilingual one in each of its languages) written as PDF and as a
 * Word document, the document read back with Apache POI as a word processor would: the PDF's
 * words in its paragraphs in order; the name a Title paragraph and each section's title a
 * Heading 2, in order; every bullet a numbered-list paragraph; every address of the PDF a
 * w:hyperlink to it; the owner as emphasised as the theme says; the theme's fonts, colours and
 * paper by name; the same bytes on a second run.
 */
class DocxReadBackTest {
    static final Renderer RENDERER = new Renderer();

    @TempDir
    static Path out;

    /** A sample (in one language) with its PDF read back and its Word document. */
    record Case(String name, Typeset typeset, PdfReadBack pdf, byte[] docx, Path file) {
        @Override
        public String toString() {
            return name;
        }

        XWPFDocument read() throws IOException {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        }
    }

    static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static synchronized void renderAll() throws IOException {
        if (!CASES.isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.list(Path.of("resumes"))) {
            for (Path yml : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                List<String> langs = RENDERER.languages(yml);
                for (String lang : langs.isEmpty() ? java.util.Collections.<String>singletonList(null) : langs) {
                    RenderOptions options = RenderOptions.of(null);
                    String stem = yml.getFileName().toString().replace(".yml", "");
                    if (lang != null) {
                        options = options.withLang(lang);
                        stem += "." + lang;
                    }
                    Typeset t = RENDERER.typeset(yml, options);
                    Path pdf = out.resolve(stem + ".pdf");
                    RENDERER.render(t, pdf, options);
                    Path docx = out.resolve(stem + ".docx");
                    RENDERER.exportDocx(t, docx, options);
                    CASES.add(new Case(stem, t, new PdfReadBack(pdf), Files.readAllBytes(docx), docx));
                }
            }
        }
        assertTrue(CASES.size() >= 11, "every sample, wen.yml in each language: " + CASES);
    }

    static Stream<Case> cases() throws IOException {
        renderAll();
        return CASES.stream();
    }

    /** The document's paragraphs in order, a tab between a row's text and what stands at its right. */
    static List<XWPFParagraph> paragraphs(XWPFDocument d) {
        List<XWPFParagraph> ps = new ArrayList<>();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                ps.add(p);
            }
        }
        return ps;
    }

    static String text(XWPFDocument d) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : paragraphs(d)) {
            sb.append(p.getText()).append('\n');
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyWordOfThePdfIsInTheDocumentInOrder(Case c) throws Exception {
        ExportsReadBackTest.Case pdfCase = new ExportsReadBackTest.Case(Path.of(c.name()), null, c.typeset(), c.pdf(), TextFormat.TEXT, "");
        List<String> pdf = ExportsReadBackTest.pdfWords(pdfCase);
        try (XWPFDocument d = c.read()) {
            assertTrue(pdf.size() > 50, c + ": the PDF has its words");
            pdf = joinedCjk(pdf);
            List<String> docx = joinedCjk(WordsInOrder.words(text(d)));
            assertNull(WordsInOrder.check(pdf, docx), c + ": " + WordsInOrder.check(pdf, docx));
        }
    }

    /** Words with the PDF's space between ideographs and digits ("2023年 9月", a CJK spacing) taken out, as the text has none. */
    static List<String> joinedCjk(List<String> words) {
        String joined = String.join(" ", words).replaceAll("(?<=\\p{IsHan}) (?=[\\p{IsHan}\\p{Nd}])|(?<=\\p{Nd}) (?=\\p{IsHan})", "");
        return List.of(joined.split(" "));
    }

    static String color(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColor c) {
        return c.xgetVal().getStringValue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNameIsTheTitleAndSectionsAreHeading2InOrder(Case c) throws Exception {
        try (XWPFDocument d = c.read()) {
            List<XWPFParagraph> ps = paragraphs(d);
            assertEquals("Title", ps.get(0).getStyle(), c + ": the first paragraph is the name");
            assertEquals(PlainTextWriter.text(c.typeset().composed().header().name()), ps.get(0).getText());
            List<String> titles = c.typeset().composed().sections().stream().map(s -> PlainTextWriter.text(s.title())).toList();
            List<String> found = ps.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(titles, found, c + ": one Heading 2 per section the PDF shows");
            if (!c.typeset().resume().isLetter()) {
                assertFalse(titles.isEmpty(), c + " has sections");
            }
            // The styles are Word's own headings (the navigation pane lists them by outline level).
            assertEquals("heading 2", d.getStyles().getStyle("Heading2").getName());
            assertEquals(BigInteger.ONE, d.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal());
            assertEquals(BigInteger.ZERO, d.getStyles().getStyle("Title").getCTStyle().getPPr().getOutlineLvl().getVal());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bulletsAreParagraphsOfANumberedList(Case c) throws Exception {
        List<String> expected = new ArrayList<>();
        for (Composition.Section s : c.typeset().composed().sections()) {
            for (Composition.Item item : s.items()) {
                bullets(item.parts(), expected);
            }
        }
        try (XWPFDocument d = c.read()) {
            List<String> listed = new ArrayList<>();
            for (XWPFParagraph p : paragraphs(d)) {
                if (p.getNumID() != null) {
                    listed.add(p.getText());
                    assertNotNull(d.getNumbering().getNum(p.getNumID()), c + ": the list is in numbering.xml");
                }
            }
            assertEquals(expected, listed, c + ": each bullet, and nothing else, a list paragraph, in order");
            if (!expected.isEmpty()) {
                String glyph = d.getNumbering().getAbstractNum(BigInteger.ZERO).getCTAbstractNum().getLvlArray(0).getLvlText().getVal();
                assertEquals(c.typeset().theme().entries().bullet(), glyph, c + ": the theme's bullet");
            }
        }
    }

    private static void bullets(List<Part> parts, List<String> out) {
        for (Part p : parts) {
            if (p instanceof Part.Bullets b) {
                items(b.items(), out);
            } else if (p instanceof Part.Heading h) {
                bullets(h.body(), out);
            }
        }
    }

    private static void items(List<Part.Bullets.Item> items, List<String> out) {
        for (Part.Bullets.Item i : items) {
            out.add(PlainTextWriter.text(i.text()).replace("\n", "\n"));
            items(i.children(), out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyAddressOfThePdfIsAHyperlink(Case c) throws Exception {
        try (XWPFDocument d = c.read()) {
            Set<String> links = new HashSet<>();
            for (XWPFParagraph p : paragraphs(d)) {
                for (XWPFRun r : p.getRuns()) {
                    if (r instanceof XWPFHyperlinkRun h) {
                        assertNotNull(h.getHyperlink(d), c + ": the hyperlink " + h.getHyperlinkId() + " has its relationship");
                        links.add(h.getHyperlink(d).getURL());
                    }
                }
            }
            for (String uri : c.pdf().uris) {
                assertTrue(links.contains(uri), c + ": a hyperlink to " + uri + " (links: " + links + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theThemesFontsColoursAndPaperByName(Case c) throws Exception {
        Theme theme = c.typeset().theme();
        try (XWPFDocument d = c.read()) {
            CTRPr defaults = d.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertEquals(DocxWriter.familyName(theme.fonts().body().regular()), defaults.getRFontsArray(0).getAscii());
            assertEquals(DocxWriter.hex(theme.colors().text()), color(defaults.getColorArray(0)));
            assertEquals(c.typeset().composed().metadata().language().tag(), defaults.getLangArray(0).getVal(), c + ": w:lang");
            CTStyle title = d.getStyles().getStyle("Title").getCTStyle();
            assertEquals(DocxWriter.familyName(theme.fonts().heading().regular()), title.getRPr().getRFontsArray(0).getAscii());
            assertEquals(DocxWriter.hex(theme.header().nameColor()), color(title.getRPr().getColorArray(0)));
            assertEquals(DocxWriter.hex(theme.sectionTitle().color()),
                    color(d.getStyles().getStyle("Heading2").getCTStyle().getRPr().getColorArray(0)));
            assertEquals(DocxWriter.hex(theme.colors().link()),
                    color(d.getStyles().getStyle("Hyperlink").getCTStyle().getRPr().getColorArray(0)));
            var page = d.getDocument().getBody().getSectPr();
            assertEquals(Math.round(theme.paper().width() * 20), ((BigInteger) page.getPgSz().getW()).longValue());
            assertEquals(Math.round(theme.margins().left() * 20), ((BigInteger) page.getPgMar().getLeft()).longValue());
            // The dates' tab stop is at the text width, where the PDF sets them flush right.
            var tab = d.getStyles().getStyle("Heading3").getCTStyle().getPPr().getTabs().getTabArray(0);
            assertEquals(Math.round((theme.paper().width() - theme.margins().left() - theme.margins().right()) * 20),
                    ((BigInteger) tab.getPos()).longValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSameBytesOnASecondRun(Case c) throws Exception {
        Path again = out.resolve("again-" + c.name() + ".docx");
        RenderOptions options = RenderOptions.of(null);
        if (c.name().contains(".")) {
            options = options.withLang(c.name().substring(c.name().indexOf('.') + 1));
        }
        RENDERER.exportDocx(c.typeset(), again, options);
        assertArrayEquals(c.docx(), Files.readAllBytes(again), c + ": byte-identical");
    }

    @Test
    void theOwnerIsEmphasisedInAuthorLists() throws Exception {
        renderAll();
        Case c = CASES.stream().filter(k -> k.name().equals("cao-publications")).findFirst().orElseThrow();
        ExpectedText expected = new ExpectedText(c.typeset().resume(), false);
        var look = ExpectedText.owner(c.typeset().resume(), c.typeset().theme().publications().owner());
        assertFalse(expected.ownerNames.isEmpty(), "the sample has papers by its owner");
        try (XWPFDocument d = c.read()) {
            List<XWPFRun> runs = new ArrayList<>();
            paragraphs(d).stream().filter(p -> "Authors".equals(p.getStyle())).forEach(p -> runs.addAll(p.getRuns()));
            int from = 0;
            for (String owner : expected.ownerNames) {
                int at = from;
                while (at < runs.size() && !runs.get(at).text().equals(owner)) {
                    at++;
                }
                assertTrue(at < runs.size(), owner + " in an author list, in order");
                XWPFRun r = runs.get(at);
                switch (look) {
                    case BOLD -> assertTrue(r.isBold(), owner + " in bold");
                    case ITALIC -> assertTrue(r.isItalic(), owner + " in italics");
                    case UNDERLINE -> assertEquals(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE, r.getUnderline());
                }
                from = at + 1;
            }
            assertTrue(runs.stream().anyMatch(r -> !r.isBold() && r.text().length() > 3), "the other authors are not bold");
        }
    }

    /**
     * The résumé with a photo of {@link PhotoFixture} (PdfStandardsTest's), JPEG and PNG, in
     * classic's look (right, a rectangle) and modern's (left, a circle): one picture of the
     * file's type, the file's bytes, floating in the name's paragraph at the theme's side and
     * size (in EMU), with the PDF's alternate text; the same bytes on a second run.
     */
    @Test
    void thePhotoFloatsBesideTheNameAtTheThemesSizeWithItsAlternateText() throws Exception {
        for (String format : List.of("jpg", "png")) {
            Path cv = PhotoFixture.resume(out, format);
            Path photo = out.resolve("me." + format);
            for (String themeName : List.of("classic", "modern")) {
                String what = format + " in " + themeName;
                RenderOptions options = RenderOptions.of(themeName);
                Typeset t = RENDERER.typeset(cv, options);
                Path file = out.resolve("photo-" + format + "-" + themeName + ".docx");
                RENDERER.exportDocx(t, file, options);
                byte[] docx = Files.readAllBytes(file);
                try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
                    assertEquals(1, d.getAllPictures().size(), what + ": one picture part");
                    var data = d.getAllPictures().get(0);
                    assertEquals(format.equals("jpg") ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG
                            : org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, data.getPictureType(), what);
                    assertArrayEquals(Files.readAllBytes(photo), data.getData(), what + ": the file's bytes, as the PDF's JPEG");

                    List<XWPFPicture> placed = new ArrayList<>();
                    List<XWPFParagraph> ps = paragraphs(d);
                    for (XWPFParagraph p : ps) {
                        for (XWPFRun r : p.getRuns()) {
                            placed.addAll(r.getEmbeddedPictures());
                        }
                    }
                    assertEquals(1, placed.size(), what + ": placed once");
                    XWPFParagraph header = ps.get(0);
                    assertEquals("Title", header.getStyle(), what);
                    assertEquals("Ada Quillfeather", header.getText().strip(), what);
                    XWPFRun run = header.getRuns().stream().filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow(
                            () -> new AssertionError(what + ": the picture is not in the name's paragraph"));
                    String alt = t.composed().header().photoAlt();
                    assertEquals("Photo of Ada Quillfeather", alt, what + ": the PDF's Figure /Alt");
                    assertEquals(alt, run.getEmbeddedPictures().get(0).getDescription(), what + ": pic's descr");
                    assertEquals(data, run.getEmbeddedPictures().get(0).getPictureData(), what);

                    var anchor = run.getCTR().getDrawingArray(0).getAnchorArray(0);
                    Theme.Photo look = t.theme().photo().forShape(null);
                    assertEquals(Math.round(look.width() * 12_700), ((Number) anchor.getExtent().getCx()).longValue(), what + ": width");
                    assertEquals(Math.round(look.height() * 12_700), ((Number) anchor.getExtent().getCy()).longValue(), what + ": height");
                    assertEquals(alt, anchor.getDocPr().getDescr(), what + ": the alternate text");
                    // As XML: POI's lite schema jar lacks the position's enumeration types.
                    String h = anchor.getPositionH().xmlText();
                    String side = look.side() == Theme.Side.RIGHT ? "right" : "left";
                    assertTrue(h.contains(">" + side + "</") && h.contains("relativeFrom=\"margin\""), what + ": at the theme's side: " + h);
                    assertTrue(anchor.getPositionV().xmlText().contains("relativeFrom=\"paragraph\""), what
                            + ": at the top of the name's paragraph");
                }
                Path again = out.resolve("photo-again-" + format + "-" + themeName + ".docx");
                RENDERER.exportDocx(RENDERER.typeset(cv, options), again, options);
                assertArrayEquals(docx, Files.readAllBytes(again), what + ": byte-identical");
            }
        }
    }

    /** The script fixtures: the language in w:lang, bidi paragraphs for Arabic and Hebrew, the East Asian hint for CJK. */
    @Test
    void everyScriptInItsLanguageAndDirection() throws Exception {
        // The fixture's language (its locale:, else English) and the one its script stands for.
        Map<String, String> tags = Map.of("ar", "ar", "he", "he", "zh", "zh", "ja", "ja", "ru", "ru");
        for (var e : tags.entrySet()) {
            Path yml = Path.of("src/test/resources/scripts/" + e.getKey() + ".yml");
            Path file = out.resolve("script-" + e.getKey() + ".docx");
            RenderOptions options = RenderOptions.of(null);
            RENDERER.exportDocx(RENDERER.typeset(yml, options), file, options);
            try (XWPFDocument d = new XWPFDocument(Files.newInputStream(file))) {
                CTRPr defaults = d.getStyle().getDocDefaults().getRPrDefault().getRPr();
                String lang = defaults.getLangArray(0).getVal();
                String language = RENDERER.typeset(yml, options).composed().metadata().language().tag();
                assertEquals(language, lang, e.getKey() + ": w:lang");
                boolean rtl = e.getKey().equals("ar") || e.getKey().equals("he");
                XWPFParagraph first = paragraphs(d).get(0);
                assertEquals(rtl, first.getCTP().getPPr().isSetBidi(), e.getKey() + ": bidi paragraphs");
                if (rtl) {
                    assertTrue(defaults.getLangArray(0).getBidi().startsWith(e.getValue()), e.getKey() + ": the bidi language");
                    assertTrue(d.getDocument().getBody().getSectPr().isSetBidi(), e.getKey() + ": a right-to-left section");
                    assertTrue(paragraphs(d).stream().flatMap(p -> p.getRuns().stream())
                            .anyMatch(r -> r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRtlArray() > 0), e.getKey() + ": w:rtl runs");
                    XWPFParagraph item = paragraphs(d).stream().filter(p -> p.getNumID() != null).findFirst().orElseThrow();
                    var level = d.getNumbering().getAbstractNum(d.getNumbering().getAbstractNumID(item.getNumID()))
                            .getCTAbstractNum().getLvlArray(0);
                    assertTrue(level.getRPr().sizeOfRtlArray() > 0, e.getKey() + ": the bullet reads right to left, at the item's start");
                }
                boolean cjk = e.getKey().equals("zh") || e.getKey().equals("ja");
                if (cjk) {
                    assertTrue(defaults.getLangArray(0).getEastAsia().startsWith(e.getValue()), e.getKey() + ": the East Asian language");
                    assertNotNull(defaults.getRFontsArray(0).getEastAsia(), e.getKey() + ": an East Asian font");
                    assertTrue(paragraphs(d).stream().flatMap(p -> p.getRuns().stream())
                            .anyMatch(r -> r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRFontsArray() > 0
                                    && r.getCTR().getRPr().getRFontsArray(0).isSetHint()), e.getKey() + ": East Asian hints");
                }
            }
        }
    }
}
