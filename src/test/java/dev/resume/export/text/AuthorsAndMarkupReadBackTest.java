package dev.resume.export.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.diag.Diagnostic;
import dev.resume.readback.PdfReadBack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 25-author paper shortened by {@code authors: {max: 5, last: true}}, a field with HTML tags
 * (known, unknown, unclosed), an empty link and a sorted section, read back from the PDF and from
 * each text export: every output shows the same shortened list, the tags it knows as looks and
 * the others as typed. (Invented people only.)
 */
class AuthorsAndMarkupReadBackTest {
    @TempDir
    static Path dir;

    static final List<String> AUTHORS = List.of("Alba Aster", "Bram Birch", "Cleo Cedar", "Dov Dunmore", "Elin Ember",
            "Fenn Frost", "Gale Garnet", "Hale Hazel", "Ivo Ingram", "Jora Juniper", "Kel Kestrel", "Lise Lumen",
            "Milo Marten*", "Nia Nettle*", "Oren Osier", "Pia Perrin", "Quin Quarry", "Rhea Rowan*", "Sol Sorrel",
            "Tam Thistle", "Uma Umber", "Vic Vantor", "Wren Willow", "Xan Xylem", "Yara Yew");
    static final String OWNER = "Nia Nettle";
    static final String MARKUP = "Say <b>firmly</b> and <blink>oddly</blink> then <i>open tail [](https://x.example.org)";

    static PdfReadBack pdf;
    static final Map<TextFormat, String> exports = new TreeMap<>();
    static List<Diagnostic> warnings;

    @BeforeAll
    static void render() throws Exception {
        StringBuilder yaml = new StringBuilder("""
                name: Nia Nettle
                sections:
                  - title: Summary
                    text: "%s"
                  - title: Awards
                    sort: oldest
                    awards:
                      - {title: Third prize, date: 2021}
                      - {title: First prize, date: 2012}
                      - {title: Second prize, date: 2016}
                  - title: Publications
                    authors: {max: 5, last: true}
                    publications:
                      - title: A Very Collaborative Study
                        venue: Journal of Invented Results
                        year: 2024
                        authors:
                """.formatted(MARKUP));
        for (String a : AUTHORS) {
            yaml.append("          - \"").append(a).append("\"\n");
        }
        Path yml = dir.resolve("cv.yml");
        Files.writeString(yml, yaml);
        Renderer renderer = new Renderer();
        RenderOptions options = RenderOptions.of("classic");
        warnings = renderer.render(yml, dir.resolve("cv.pdf"), options).warnings();
        pdf = new PdfReadBack(dir.resolve("cv.pdf"));
        for (TextFormat f : TextFormat.values()) {
            Path file = dir.resolve("cv." + f.extension());
            renderer.export(yml, file, options, f);
            exports.put(f, ExportText.read(Files.readString(file), f).text());
        }
    }

    /** The shortened list: the owner, the first and last authors, then the owner's two equal-contribution partners. */
    static final String SHOWN = "Alba Aster, …, Milo Marten*, Nia Nettle*, …, Rhea Rowan*, …, Yara Yew";

    @Test
    void theShortenedListIsTheSameInEveryOutput() {
        List<String> expected = WordsInOrder.words(SHOWN);
        List<String> pdfWords = WordsInOrder.words(pdf.text);
        assertTrue(Collections.indexOfSubList(pdfWords, expected) >= 0, "PDF: " + pdf.text);
        assertTrue(pdf.text.replaceAll("\\s+", " ").contains(SHOWN), "the gaps print as …: " + pdf.text);
        for (Map.Entry<TextFormat, String> e : exports.entrySet()) {
            assertTrue(Collections.indexOfSubList(WordsInOrder.words(e.getValue()), expected) >= 0, e.getKey() + ": " + e.getValue());
        }
        for (String hidden : List.of("Bram Birch", "Oren Osier", "Sol Sorrel", "Xan Xylem")) {
            assertFalse(pdf.text.contains(hidden), hidden + " is left out of the PDF");
            exports.forEach((f, t) -> assertFalse(t.contains(hidden), hidden + " is left out of " + f));
        }
    }

    @Test
    void theOwnerStaysBoldInThePdf() {
        StringBuilder bold = new StringBuilder();
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            if (g.font().contains("Bold")) {
                bold.append(g.text());
            }
        }
        assertTrue(bold.toString().contains("NiaNettle") || bold.toString().contains("Nia Nettle"), bold.toString());
    }

    @Test
    void knownTagsAreLooksAndOthersShowAsTypedInEveryOutput() {
        String flat = pdf.text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Say firmly and <blink>oddly</blink> then <i>open tail https://x.example.org"), flat);
        StringBuilder bold = new StringBuilder();
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            if (g.font().contains("Bold")) {
                bold.append(g.text());
            }
        }
        assertTrue(bold.toString().contains("firmly"), "<b> is bold in the PDF");
        assertFalse(bold.toString().contains("tail"), "the unclosed <i> (or anything) does not carry on");
        for (Map.Entry<TextFormat, String> e : exports.entrySet()) {
            String t = e.getValue().replaceAll("\\s+", " ");
            assertTrue(t.contains("Say firmly and <blink>oddly</blink> then <i>open tail https://x.example.org"), e.getKey() + ": " + t);
        }
    }

    @Test
    void eachProblemIsAWarningAtTheValue() {
        List<String> said = new ArrayList<>();
        for (Diagnostic d : warnings) {
            said.add(d.pos() + " " + d.message());
        }
        // The summary's value starts at line 4, column 11 (after `text: `, at its quote).
        assertEquals(4, said.stream().filter(s -> s.contains("cv.yml:4:11 ")).count(), "blink, /blink, <i>, the empty link: " + said);
        assertTrue(said.stream().anyMatch(s -> s.contains("'<i>' is never closed")), said.toString());
        assertTrue(said.stream().anyMatch(s -> s.contains("has no text")), said.toString());
    }

    @Test
    void theSortedSectionIsOldestFirst() {
        List<String> w = WordsInOrder.words(pdf.text);
        int first = w.indexOf("first");
        int second = w.indexOf("second");
        int third = w.indexOf("third");
        assertTrue(first >= 0 && first < second && second < third, w.toString());
    }
}
