package dev.resume.export.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Text that looks like markup in each format stays text; the markup the résumé asks for stays markup. */
class EscapingTest {
    private static final String RESUME = """
            name: Ada "Countess" <Quillfeather> & Co
            headline: "#1 in maths <script>alert('x')</script>"
            contact:
              - email: ada@example.org
              - github: adaquillfeather
            sections:
              - title: Notes & <Queries>
                text:
                  - "1. not a list. 2\\\\*3\\\\*4 and a_b_c and [not a link] and **bold** and `co<de>` and [a link](https://example.org/?a=1&b=2)."
                  - "- not a bullet, # not a heading"
              - title: Publications
                publications:
                  - title: Fast <T> & "Friends"
                    authors: [Ada Quillfeather, C. Brambleby]
                    venue: "*Proc. R&D*"
                    year: 1843
                    links:
                      code: https://example.org/a(b)
            """;

    @TempDir
    static Path dir;

    static String md;
    static String txt;
    static String html;

    @BeforeAll
    static void export() throws Exception {
        Path yml = dir.resolve("ada.yml");
        Files.writeString(yml, RESUME);
        Renderer r = new Renderer();
        for (TextFormat f : TextFormat.values()) {
            r.export(yml, dir.resolve("ada." + f.extension()), RenderOptions.DEFAULT, f);
        }
        md = Files.readString(dir.resolve("ada.md"));
        txt = Files.readString(dir.resolve("ada.txt"));
        html = Files.readString(dir.resolve("ada.html"));
    }

    private static final String[] LITERALS = {"Ada \"Countess\" <Quillfeather> & Co", "#1 in maths <script>alert('x')</script>",
        "Notes & <Queries>", "1. not a list. 2*3*4 and a_b_c and [not a link] and bold and co<de> and a link",
        "- not a bullet, # not a heading", "Fast <T> & \"Friends\"", "Proc. R&D"};

    /** The text with the theme's curly quotes straight again: what was typed, to compare with. */
    private static String typed(String s) {
        return s.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
    }

    @Test
    void htmlIsWellFormedAndShowsTheTextAsWritten() throws Exception {
        Document doc = ExportText.parse(html);
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "no script element");
        String text = typed(ExportText.html(html).text());
        for (String literal : LITERALS) {
            assertTrue(text.contains(literal), "the page shows " + literal);
        }
        assertTrue(html.contains("<strong>bold</strong>") && html.contains("<code>co&lt;de&gt;</code>"));
        assertTrue(html.contains("<a href=\"https://example.org/?a=1&amp;b=2\">a link</a>"), html);
        assertTrue(ExportText.html(html).links().contains("https://example.org/a(b)"));
        assertTrue(html.contains("<title>Ada &quot;Countess&quot; &lt;Quillfeather&gt; &amp; Co – Curriculum Vitae</title>"));
        assertTrue(html.contains("<meta name=\"author\" content=\"Ada &quot;Countess&quot; &lt;Quillfeather&gt; &amp; Co\"/>"));
        assertEquals("en", doc.getDocumentElement().getAttribute("lang"));
        assertTrue(html.contains("<meta charset=\"utf-8\"/>"));
    }

    @Test
    void htmlNeedsNothingFromElsewhere() {
        for (String external : new String[] {"<script", "<link", "<img", "src=", "url(", "@import", "@font-face"}) {
            assertFalse(html.contains(external), "the page has " + external);
        }
    }

    @Test
    void markdownShowsTheTextAsWritten() {
        ExportText read = ExportText.markdown(md);
        for (String literal : LITERALS) {
            assertTrue(typed(read.text()).contains(literal), "the Markdown shows " + literal + " in:\n" + read.text());
        }
        String rendered = com.vladsch.flexmark.html.HtmlRenderer.builder().build()
                .render(com.vladsch.flexmark.parser.Parser.builder().build().parse(md));
        assertFalse(rendered.contains("<script"), "no raw HTML passes through");
        assertFalse(rendered.contains("<ol"), "\"1.\" starts no list");
        assertEquals(1, rendered.split("<h1>", -1).length - 1, "\"#1\" and \"# not\" start no heading:\n" + md);
        assertTrue(rendered.contains("<strong>bold</strong>") && rendered.contains("<code>co&lt;de&gt;</code>"), rendered);
        assertTrue(read.links().contains("https://example.org/?a=1&b=2") && read.links().contains("https://example.org/a(b)"),
                read.links().toString());
    }

    @Test
    void plainTextHasNoMarkupAndSpellsOutLinks() {
        for (String literal : LITERALS) {
            assertTrue(typed(txt).contains(literal), "the text shows " + literal);
        }
        assertFalse(txt.contains("**") || txt.contains("`") || txt.contains("<strong>"));
        assertTrue(txt.contains("a link (https://example.org/?a=1&b=2)"));
        assertTrue(txt.contains("[Code: https://example.org/a(b)]"));
        assertTrue(txt.contains("GitHub: adaquillfeather (https://github.com/adaquillfeather)"), txt);
        assertTrue(txt.contains("ada@example.org") && !txt.contains("mailto:"), "an address that is its own text is written once");
    }
}
