package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.InvalidInputException;
import dev.resume.export.text.TextFormat;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every network of the contact line, written as a handle and as a profile URL, links to its
 * profile's address in every theme, with the words one expects beside its icon; the text exports
 * link the same addresses; a handle that cannot be one is an error at its place.
 */
class ContactNetworksTest {
    static final Renderer RENDERER = new Renderer();

    @TempDir
    static Path dir;

    /** The item as written, its link's address, and the words that link shows. */
    record Net(String item, String uri, String shown) {}

    static final List<Net> NETS = List.of(
            new Net("gitlab: ada-l", "https://gitlab.com/ada-l", "ada-l"),
            new Net("x: \"@adaquillfeather\"", "https://x.com/adaquillfeather", "@adaquillfeather"),
            new Net("twitter: https://twitter.com/engine_notes?lang=en", "https://x.com/engine_notes", "@engine_notes"),
            new Net("mastodon: \"@ada@mathstodon.example\"", "https://mathstodon.example/@ada", "@ada@mathstodon.example"),
            new Net("mastodon: https://fosstodon.example/@quillfeather/", "https://fosstodon.example/@quillfeather", "@quillfeather@fosstodon.example"),
            new Net("bluesky: \"@ada.bsky.social\"", "https://bsky.app/profile/ada.bsky.social", "ada.bsky.social"),
            new Net("bluesky: https://bsky.app/profile/engines.example.org", "https://bsky.app/profile/engines.example.org",
                    "engines.example.org"),
            new Net("researchgate: https://www.researchgate.net/profile/Ada-Quillfeather-2", "https://www.researchgate.net/profile/Ada-Quillfeather-2",
                    "Ada-Quillfeather-2"),
            new Net("stack_overflow: 12345/ada", "https://stackoverflow.com/users/12345", "ada"),
            new Net("stack_overflow: https://stackoverflow.com/users/67890", "https://stackoverflow.com/users/67890", "Stack Overflow"),
            new Net("dblp: l/AdaQuillfeather", "https://dblp.org/pid/l/AdaQuillfeather.html", "DBLP"),
            new Net("dblp: https://dblp.org/pid/12/3456.html", "https://dblp.org/pid/12/3456.html", "DBLP"),
            new Net("semantic_scholar: \"1741101\"", "https://www.semanticscholar.org/author/1741101", "Semantic Scholar"),
            new Net("semantic_scholar: https://www.semanticscholar.org/author/Ada-Quillfeather/2262347",
                    "https://www.semanticscholar.org/author/2262347", "Semantic Scholar"),
            new Net("url: https://ada.example.org/feed.xml\n    icon: rss", "https://ada.example.org/feed.xml", "ada.example.org/feed.xml"));

    static Path write(String name, List<String> items) throws IOException {
        StringBuilder yml = new StringBuilder("name: Ada Quillfeather\ncontact:\n");
        for (String item : items) {
            yml.append("  - ").append(item).append('\n');
        }
        yml.append("sections:\n  - title: Interests\n    text: Engines.\n");
        Path file = dir.resolve(name + ".yml");
        Files.writeString(file, yml);
        return file;
    }

    static Stream<String> themes() {
        return ThemeLoader.BUILT_IN.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void eachLinkAnnotationHasTheProfileAddressAndShowsItsWords(String theme) throws IOException {
        Path yml = write("nets-" + theme, NETS.stream().map(Net::item).toList());
        Path pdf = dir.resolve("nets-" + theme + ".pdf");
        RENDERER.render(yml, pdf, RenderOptions.of(theme));
        Map<String, String> links = links(pdf);
        for (Net n : NETS) {
            String shown = links.get(n.uri());
            assertNotNull(shown, () -> n.item() + ": no link to " + n.uri() + " among " + links.keySet());
            assertEquals(n.shown(), shown, n.item());
        }
    }

    @Test
    void theTextExportsLinkTheSameAddressesAndNameTheNetwork() throws IOException {
        Path yml = write("nets-text", NETS.stream().map(Net::item).toList());
        Path md = dir.resolve("nets.md");
        Path html = dir.resolve("nets.html");
        RENDERER.export(yml, md, RenderOptions.of(null), TextFormat.MARKDOWN);
        RENDERER.export(yml, html, RenderOptions.of(null), TextFormat.HTML);
        String m = Files.readString(md);
        String h = Files.readString(html);
        for (Net n : NETS) {
            assertTrue(m.contains("](" + n.uri() + ")"), () -> n.uri() + " in\n" + m);
            assertTrue(h.contains("href=\"" + n.uri() + "\""), () -> n.uri() + " in\n" + h);
        }
        // A handle without its icon says whose it is; a value that names its network does not repeat it.
        assertTrue(m.contains("Mastodon: [@ada@mathstodon.example]"), m);
        assertTrue(m.contains("Bluesky: [ada.bsky.social]"), m);
        assertTrue(m.contains("[Stack Overflow](https://stackoverflow.com/users/67890)") && !m.contains("Stack Overflow: [Stack"), m);
    }

    static Stream<String[]> badHandles() {
        return Stream.of(new String[] {"mastodon: ada.mastodon.social", "not a Mastodon handle", "@ada@mastodon.social"},
                new String[] {"mastodon: \"@ada\"", "not a Mastodon handle", "@ada@mastodon.social"},
                new String[] {"x: ada quillfeather", "not an X handle", "15"},
                new String[] {"bluesky: ada", "not a Bluesky handle", "ada.bsky.social"},
                new String[] {"stack_overflow: ada", "not a Stack Overflow user id", "12345/ada"},
                new String[] {"dblp: https://dblp.org/search?q=Ada", "not a DBLP person id", "/pid/"},
                new String[] {"semantic_scholar: Ada-Quillfeather", "not a Semantic Scholar author id", "number"},
                new String[] {"url: https://ada.example.org\n    icon: rsss", "no icon 'rsss'", "did you mean 'rss'?"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHandles")
    void aBadHandleIsAnErrorAtItsPlace(String item, String message, String hint) throws IOException {
        Path yml = write("bad", List.of("email: ada@example.org", item));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RENDERER.typeset(yml, RenderOptions.of(null)));
        assertEquals(1, e.diagnostics().size(), e.diagnostics()::toString);
        Diagnostic d = e.diagnostics().get(0);
        assertTrue(d.message().contains(message), d.message());
        assertTrue(d.hint() != null && d.hint().contains(hint), d::toString);
        int line = item.contains("icon:") ? 5 : 4;
        assertEquals(line, d.pos().line(), d::toString);
        assertTrue(d.pos().column() > 4, d::toString);
    }

    /** Each link annotation's address and the text inside its rectangle. */
    static Map<String, String> links(Path pdf) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var page = doc.getPage(0);
            List<PDAnnotationLink> annots = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI) {
                    annots.add(l);
                }
            }
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            float h = page.getMediaBox().getHeight();
            for (int i = 0; i < annots.size(); i++) {
                PDRectangle r = annots.get(i).getRectangle();
                area.addRegion("r" + i, new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX(), h - r.getUpperRightY(),
                        r.getWidth(), r.getHeight()));
            }
            area.extractRegions(page);
            for (int i = 0; i < annots.size(); i++) {
                String uri = ((PDActionURI) annots.get(i).getAction()).getURI();
                String text = area.getTextForRegion("r" + i).strip();
                // An icon and its value may be two annotations with one address: the value is the one with words.
                if (!text.isEmpty() || !out.containsKey(uri)) {
                    out.put(uri, text);
                }
            }
        }
        return out;
    }
}
