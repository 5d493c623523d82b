package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure tree read back with PDFBox: the name is the H1, each section title an H2 in
 * order, bullets are list items with a label and a body, each link annotation sits in a Link
 * element with alternate text, the parent tree agrees with the tree, and the tree holds all of
 * the text but the running footer, in the order the text layer gives it; a paper's author list
 * is a Span in its paragraph; the running footer and header are pagination artifacts.
 */
class StructureReadBackTest {
    private static final Renderer RENDERER = new Renderer();

    @TempDir
    Path dir;

    /** A document read back: its tree, and the text of each page's marked-content ids. */
    private record Tagged(PDDocument doc, PDStructureElement document, List<Map<Integer, String>> text) {}

    private Tagged read(String sample, String theme) throws IOException {
        Path pdf = dir.resolve(sample + "-" + theme + ".pdf");
        RENDERER.render(Path.of("resumes/" + sample + ".yml"), pdf, RenderOptions.of(theme));
        return read(pdf);
    }

    private Tagged read(Path pdf) throws IOException {
        PDDocument doc = Loader.loadPDF(pdf.toFile());
        assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "/MarkInfo <</Marked true>>");
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        assertNotNull(root, "a structure tree");
        assertEquals(1, root.getKids().size());
        PDStructureElement document = (PDStructureElement) root.getKids().get(0);
        assertEquals("Document", document.getStructureType());
        List<Map<Integer, String>> text = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byId = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                collect(mc, byId);
            }
            text.add(byId);
        }
        return new Tagged(doc, document, text);
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> out) {
        if (mc.getMCID() >= 0) {
            out.merge(mc.getMCID(), textOf(mc), String::concat);
            return;
        }
        for (Object o : mc.getContents()) {
            if (o instanceof PDMarkedContent inner) {
                collect(inner, out);
            }
        }
    }

    private static String textOf(PDMarkedContent mc) {
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                sb.append(textOf(inner));
            }
        }
        return sb.toString();
    }

    /** The element's text: its marked content's, its kids' in order. */
    private static String text(Tagged t, PDStructureElement e) {
        StringBuilder sb = new StringBuilder();
        int page = pageIndex(t.doc(), e.getPage());
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                sb.append(text(t, child));
            } else if (kid instanceof Integer mcid) {
                sb.append(t.text().get(page).getOrDefault(mcid, ""));
            } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference ref) {
                sb.append(t.text().get(pageIndex(t.doc(), ref.getPage())).getOrDefault(ref.getMCID(), ""));
            }
        }
        return sb.toString();
    }

    private static int pageIndex(PDDocument doc, PDPage page) {
        return page == null ? -1 : doc.getPages().indexOf(page);
    }

    private static List<PDStructureElement> all(PDStructureElement e, String type) {
        List<PDStructureElement> out = new ArrayList<>();
        if (type.equals(e.getStructureType())) {
            out.add(e);
        }
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                out.addAll(all(child, type));
            }
        }
        return out;
    }

    private static List<PDStructureElement> elements(PDStructureElement e) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                out.add(child);
            }
        }
        return out;
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theNameIsTheTitleAndEachSectionAHeadingInOrder() throws IOException {
        Tagged t = read("cao", "classic");
        try (PDDocument doc = t.doc()) {
            List<PDStructureElement> top = elements(t.document());
            assertEquals("H1", top.get(0).getStructureType());
            assertEquals("Shiyi Cao", text(t, top.get(0)).strip());
            assertEquals(1, all(t.document(), "H1").size(), "one title");
            List<String> headings = all(t.document(), "H2").stream().map(h -> text(t, h).strip().toLowerCase(Locale.ROOT)).toList();
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle().strip().toLowerCase(Locale.ROOT));
            }
            assertEquals(outline, headings, "an H2 per section, in the outline's order");
        }
    }

    @Test
    void bulletsAreListItemsWithALabelAndABody() throws IOException {
        Tagged t = read("cao", "classic");
        try (PDDocument doc = t.doc()) {
            List<PDStructureElement> lists = all(t.document(), "L");
            assertFalse(lists.isEmpty(), "lists");
            int labelled = 0;
            for (PDStructureElement list : lists) {
                for (PDStructureElement item : elements(list)) {
                    assertEquals("LI", item.getStructureType(), "a list holds items");
                    List<String> kinds = elements(item).stream().map(PDStructureElement::getStructureType).toList();
                    assertTrue(kinds.contains("LBody"), "an item has a body: " + kinds);
                    if (kinds.equals(List.of("Lbl", "LBody"))) {
                        labelled++;
                        assertFalse(text(t, elements(item).get(1)).isBlank(), "the body holds the text");
                    }
                }
            }
            assertEquals(4, labelled, "cao.yml's four bullets are labelled");
            assertTrue(all(t.document(), "Lbl").stream().anyMatch(l -> text(t, l).strip().equals("•")), "the bullet is the label");
        }
    }

    @Test
    void aNestedBulletListIsAListInItsItemsBody() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("nested.yml"), """
                name: Ada Quillfeather
                sections:
                  - title: Projects
                    bullets:
                      - Designed a scheduler.
                      - text: Built a storage engine.
                        bullets:
                          - Halved the write latency.
                          - Wrote its recovery.
                      - Ran the on-call rota.
                """);
        Path pdf = dir.resolve("nested.pdf");
        RENDERER.render(dir.resolve("nested.yml"), pdf, RenderOptions.of("classic"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<PDStructureElement> top = elements(document).stream().filter(e -> e.getStructureType().equals("L")).toList();
            assertEquals(1, top.size(), "one list at the top");
            List<PDStructureElement> items = elements(top.get(0));
            assertEquals(3, items.size(), "three items, the nested two inside the second");
            List<PDStructureElement> body = elements(elements(items.get(1)).get(1));
            assertEquals("LBody", elements(items.get(1)).get(1).getStructureType());
            assertEquals("L", body.get(body.size() - 1).getStructureType(), "the nested list ends the second item's body");
            assertEquals(2, elements(body.get(body.size() - 1)).size());
        }
    }

    @Test
    void everyLinkAnnotationIsInALinkElementWithAlternateText() throws IOException {
        Tagged t = read("cao", "classic");
        try (PDDocument doc = t.doc()) {
            Map<COSDictionary, PDStructureElement> owners = new IdentityHashMap<>();
            for (PDStructureElement link : all(t.document(), "Link")) {
                for (Object kid : link.getKids()) {
                    if (kid instanceof PDObjectReference ref) {
                        owners.put((COSDictionary) ref.getCOSObject().getDictionaryObject(COSName.OBJ), link);
                    }
                }
            }
            COSDictionary parentTree = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
            Map<Integer, COSBase> parents = numbers(parentTree);
            int links = 0;
            for (PDPage page : doc.getPages()) {
                assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")), "tab order by structure");
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink)) {
                        continue;
                    }
                    links++;
                    PDStructureElement owner = owners.get(a.getCOSObject());
                    assertNotNull(owner, "a Link element holds the annotation");
                    assertNotNull(a.getContents(), "alternate text");
                    assertFalse(a.getContents().isBlank(), "alternate text");
                    COSBase parent = parents.get(a.getStructParent());
                    assertSame(owner.getCOSObject(), parent instanceof COSObject o ? o.getObject() : parent,
                            "the parent tree names the Link element for its StructParent");
                }
            }
            assertTrue(links > 3, "links: " + links);
        }
    }

    @Test
    void theTreeHoldsTheTextButTheFooterInTheTextLayersOrder() throws IOException {
        Tagged t = read("cao", "classic");
        try (PDDocument doc = t.doc()) {
            String layer = new PDFTextStripper().getText(doc);
            assertTrue(layer.contains("Page 1 of 2"), "the footer is drawn");
            String tree = text(t, t.document());
            assertFalse(tree.contains("Page 1 of"), "the footer is an artifact, not in the tree");
            String expected = squeezed(layer).replaceAll("Page\\d+of\\d+", "");
            assertEquals(expected, squeezed(tree), "the tree reads as the text layer does");
        }
    }

    @Test
    void everyPageMarkOfTheParentTreeIsAnElementOnThatPage() throws IOException {
        Tagged t = read("cao", "columns");
        try (PDDocument doc = t.doc()) {
            Map<Integer, COSBase> parents = numbers(
                    doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getCOSDictionary(COSName.PARENT_TREE));
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                COSBase array = parents.get(page.getStructParents());
                array = array instanceof COSObject o ? o.getObject() : array;
                assertEquals(t.text().get(i).size(), ((org.apache.pdfbox.cos.COSArray) array).size(),
                        "one element per marked-content id with text on page " + (i + 1));
                for (COSBase e : (org.apache.pdfbox.cos.COSArray) array) {
                    COSBase d = e instanceof COSObject o ? o.getObject() : e;
                    assertTrue(e instanceof COSObject, "elements are indirect objects");
                    assertEquals(COSName.getPDFName("StructElem"), ((COSDictionary) d).getCOSName(COSName.TYPE));
                }
            }
        }
    }

    @Test
    void aPapersAuthorListIsASpanInItsParagraph() throws IOException {
        Tagged t = read("cao", "classic");
        try (PDDocument doc = t.doc()) {
            // The first paper's authors, as cao.yml lists them: the whole line, and nothing after.
            String first = "Dacheng Li*, Shiyi Cao*, Chengkun Cao, Xiuyu Li, Shangyin Tan, Kurt Keutzer, Jiarong Xing, "
                    + "Joseph E. Gonzalez, Ion Stoica";
            List<String> lists = new ArrayList<>();
            for (PDStructureElement p : all(t.document(), "P")) {
                for (PDStructureElement span : elements(p)) {
                    if (span.getStructureType().equals("Span") && text(t, span).contains("Shiyi Cao")) {
                        lists.add(squeezed(text(t, span)));
                        assertEquals(squeezed(text(t, p)), squeezed(text(t, span)), "a paper's authors line is its list and no more");
                    }
                }
            }
            assertTrue(lists.size() >= 8, "a span per paper: " + lists);
            assertEquals(squeezed(first), lists.get(0));
        }
    }

    @Test
    void inAOneLinePaperTheAuthorsAreASpanBeforeTheTitle() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("one.yml"), """
                name: Ada Quillfeather
                sections:
                  - title: Publications
                    show: {form: one-line, dates: true}
                    publications:
                      - title: A Storage Engine for Small Machines
                        authors: [Ada Quillfeather*, Bo Lindqvist*, Chen Mei]
                        venue: "*OSDI*"
                        year: 2024
                        date: 2024-07-10
                """);
        Path pdf = dir.resolve("one.pdf");
        RENDERER.render(dir.resolve("one.yml"), pdf, RenderOptions.of("classic"));
        Tagged t = read(pdf);
        try (PDDocument doc = t.doc()) {
            PDStructureElement paper = all(t.document(), "P").stream().filter(p -> text(t, p).contains("Storage Engine")).findFirst()
                    .orElseThrow();
            List<PDStructureElement> spans = elements(paper).stream().filter(e -> e.getStructureType().equals("Span")).toList();
            List<String> texts = spans.stream().map(e -> text(t, e).strip()).toList();
            assertTrue(texts.contains("Ada Quillfeather*, Bo Lindqvist*, Chen Mei"), "the authors, without the full stop: " + texts);
            assertTrue(texts.stream().anyMatch(s -> s.contains("2024")), "the date beside it is a span too: " + texts);
            assertTrue(squeezed(text(t, paper)).startsWith(squeezed("Ada Quillfeather*, Bo Lindqvist*, Chen Mei. A Storage Engine")),
                    text(t, paper));
        }
    }

    @Test
    void theFooterAndTheHeaderArePaginationArtifacts() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("headed.yml"),
                "extends: " + Path.of("resumes/cao.yml").toAbsolutePath() + "\npage_header: \"{name}\"\n");
        Path pdf = dir.resolve("headed.pdf");
        RENDERER.render(dir.resolve("headed.yml"), pdf, RenderOptions.of("classic"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(doc.getPage(i));
                Map<String, String> artifacts = new HashMap<>();
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    if (mc instanceof org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDArtifactMarkedContent a) {
                        String kind = a.getType() + "/" + a.getProperties().getNameAsString(COSName.SUBTYPE)
                                + (a.isTopAttached() ? "/top" : "") + (a.isBottomAttached() ? "/bottom" : "");
                        artifacts.merge(kind, textOf(a), String::concat);
                    }
                }
                assertEquals("Page" + (i + 1) + "of2", squeezed(artifacts.getOrDefault("Pagination/Footer/bottom", "")),
                        "page " + (i + 1) + ": " + artifacts);
                assertEquals("ShiyiCao", squeezed(artifacts.getOrDefault("Pagination/Header/top", "")), "page " + (i + 1) + ": " + artifacts);
            }
        }
    }

    @Test
    void thePhotosAlternateTextSaysWhoseItIsInTheResumesLanguage() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(30, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("me.png").toFile());
        Map<String, String> expected = Map.of("en", "Photo of Ada Quillfeather", "de", "Foto von Ada Quillfeather",
                "ja", "Ada Quillfeatherの写真", "sw", "Photo of Ada Quillfeather");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path cv = dir.resolve("photo-" + e.getKey() + ".yml");
            java.nio.file.Files.writeString(cv, "name: Ada Quillfeather\nlang: " + e.getKey() + "\nphoto: me.png\n"
                    + "sections:\n  - title: Experience\n    bullets:\n      - Built a storage engine.\n");
            Path pdf = dir.resolve("photo-" + e.getKey() + ".pdf");
            RENDERER.render(cv, pdf, RenderOptions.of("modern"));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
                List<String> alts = all(document, "Figure").stream().map(PDStructureElement::getAlternateDescription).toList();
                assertEquals(List.of(e.getValue()), alts, e.getKey() + " (Swahili has no table: English)");
            }
        }
    }

    /** A number tree's entries, its kids' too. */
    private static Map<Integer, COSBase> numbers(COSDictionary node) {
        Map<Integer, COSBase> out = new HashMap<>();
        org.apache.pdfbox.cos.COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                out.put(nums.getInt(i), nums.get(i + 1));
            }
        }
        org.apache.pdfbox.cos.COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                out.putAll(numbers((COSDictionary) kids.getObject(i)));
            }
        }
        return out;
    }
}
