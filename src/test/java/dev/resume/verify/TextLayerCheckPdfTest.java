package dev.resume.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.Slow;
import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.export.PdfExporter;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The check on real PDFs: a script fixture's pages exported as they are pass; exported with one
 * piece of text drawn wrong (what a faulty export would write), checked against the pages as
 * laid out, they fail, and name the word.
 */
@Slow
class TextLayerCheckPdfTest {
    private static final Renderer RENDERER = new Renderer();

    private static Typeset typeset(String script, String theme) throws Exception {
        return RENDERER.typeset(Path.of("src/test/resources/scripts/" + script + ".yml"), RenderOptions.of(theme));
    }

    private static byte[] export(Typeset t, List<Page> pages) {
        return new PdfExporter("test").export(pages, t.styled().metadata());
    }

    /** The pages with the first text piece matching {@code which} drawn as {@code change} makes it. */
    private static List<Page> drawnWrong(List<Page> pages, Pattern which, UnaryOperator<PageItem.Text> change) {
        List<Page> out = new ArrayList<>();
        boolean done = false;
        for (Page p : pages) {
            List<PageItem> items = new ArrayList<>();
            for (PageItem item : p.items()) {
                if (!done && item instanceof PageItem.Text t && which.matcher(t.text()).find()) {
                    items.add(change.apply(t));
                    done = true;
                } else {
                    items.add(item);
                }
            }
            out.add(new Page(p.number(), p.width(), p.height(), items, p.bookmarks(), p.lines(), p.margins()));
        }
        assertTrue(done, "no text matches " + which);
        return out;
    }

    private static PageItem.Text withText(PageItem.Text t, String text) {
        return new PageItem.Text(t.x(), t.y(), t.width(), text, t.actual(), t.face(), t.size(), t.color(), t.hyphenated());
    }

    /** The problems the check finds in a PDF of the pages with one piece drawn wrong. */
    private static List<String> problems(String script, Pattern which, UnaryOperator<String> change) throws Exception {
        Typeset t = typeset(script, "classic");
        List<Page> wrong = drawnWrong(t.pages(), which, p -> withText(p, change.apply(p.text())));
        return TextLayerCheck.check(t.pages(), export(t, wrong));
    }

    @Test
    void rightToLeftFixturesPassAsExported() throws Exception {
        for (String script : List.of("he", "ar", "mixed")) {
            Typeset t = typeset(script, "modern");
            assertEquals(List.of(), TextLayerCheck.check(t.pages(), export(t, t.pages())), script);
        }
    }

    @Test
    void aRightToLeftWordDrawnBackwardsFails() throws Exception {
        List<String> p = problems("he", Pattern.compile("^\\p{IsHebrew}{4,}$"), s -> new StringBuilder(s).reverse().toString());
        assertTrue(!p.isEmpty() && p.get(0).contains("missing"), p.toString());
    }

    @Test
    void aMissingIdeographFails() throws Exception {
        List<String> p = problems("zh", Pattern.compile("^\\p{IsHan}+$"), s -> s.substring(1));
        assertTrue(!p.isEmpty() && p.get(0).contains("missing"), p.toString());
    }

    @Test
    void aMissingHangulSyllableFails() throws Exception {
        List<String> p = problems("ko", Pattern.compile("^\\p{IsHangul}{3,}$"), s -> s.substring(0, 1) + s.substring(2));
        assertTrue(!p.isEmpty() && p.get(0).contains("missing"), p.toString());
    }

    @Test
    void aDroppedDevanagariVowelSignFails() throws Exception {
        List<String> p = problems("hi", Pattern.compile("\u093F"), s -> s.replaceFirst("\u093F", ""));
        assertTrue(p.stream().anyMatch(s -> s.contains("missing")), p.toString());
    }

    @Test
    void aGreekWordThatLosesItsAccentFails() throws Exception {
        List<String> p = problems("el", Pattern.compile("ό"), s -> s.replaceFirst("ό", "ο"));
        assertTrue(!p.isEmpty() && p.get(0).contains("ό"), p.toString());
    }

    @Test
    void aGlyphThatReadsAsAnotherCharacterFails() throws Exception {
        // Drawn with the glyph of U+2027, standing for U+30FB: readers that honour ActualText
        // read "・", the others read the glyph's own character.
        Typeset t = typeset("ja", "classic");
        List<Page> wrong = drawnWrong(t.pages(), Pattern.compile("・"),
                p -> new PageItem.Text(p.x(), p.y(), p.width(), p.text().replace('・', '\u2027'), p.text(), p.face(), p.size(),
                        p.color(), p.hyphenated()));
        List<String> p = TextLayerCheck.check(t.pages(), export(t, wrong));
        assertTrue(p.size() == 1 && p.get(0).contains("U+2027") && p.get(0).contains("U+30FB"), p.toString());
    }
}
