package dev.resume.export.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resume.compose.Piece;
import dev.resume.compose.Role;
import dev.resume.text.InlineMarkdown;
import dev.resume.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inline Markdown written by the exporter and read back by the résumé's own Markdown reader
 * gives the same texts with the same looks and links: escaping and delimiters are right.
 */
class MarkdownInlineTest {
    private static Piece c(String text) {
        return Piece.of(text, Role.TEXT);
    }

    private static Piece code(String text) {
        return Piece.of(new Span(text, false, false, true, false, null), Role.TEXT, null);
    }

    private static void roundTrip(Piece... pieces) {
        List<Piece> in = List.of(pieces);
        String md = MarkdownWriter.inline(in);
        List<Piece> back = new ArrayList<>();
        for (Span s : InlineMarkdown.parse(md)) {
            back.add(Piece.of(s, Role.TEXT, null));
        }
        assertEquals(merged(in), merged(back), "written as: " + md);
    }

    /**
     * What a reader sees: the text, and the look and link of each character but spaces (a
     * space's boldness is invisible, and the writer moves spaces out of delimiters).
     */
    private static List<String> merged(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        List<String> out = new ArrayList<>();
        for (Piece c : pieces) {
            text.append(c.text());
            for (char ch : c.text().toCharArray()) {
                if (ch != ' ') {
                    out.add(ch + (c.bold() ? "B" : "") + (c.italic() ? "I" : "") + (c.code() ? "C" : "") + (c.underline() ? "U" : "")
                            + (c.link() == null ? "" : "@" + c.link()));
                }
            }
        }
        out.add(0, text.toString().strip());
        return out;
    }

    @Test
    void charactersMarkdownReadsAsMarkupStayText() {
        roundTrip(c("2*3*4 = 24, a_b_c, [not a link], <not a tag>, `not code`, back\\slash, &amp; and AT&T, ~x~"));
    }

    @Test
    void boldItalicCodeAndUnderline() {
        roundTrip(c("plain "), c("bold").withBold(true), c(" and "), c("italic").withItalic(true), c(", "),
                code("code()"), c(", "), c("under").withUnderline(true));
    }

    @Test
    void spacesAtTheEdgesOfABoldRunGoOutsideItsDelimiters() {
        roundTrip(c("x "), c(" y ").withBold(true), c("z"));
    }

    @Test
    void boldThenItalicWithNothingBetween() {
        roundTrip(c("Bold").withBold(true), c("Italic").withItalic(true), c("."));
        roundTrip(c("Italic").withItalic(true), c("Bold").withBold(true));
    }

    @Test
    void italicInsideBold() {
        roundTrip(c("Both").withBold(true).withItalic(true), c(" then bold").withBold(true));
        roundTrip(c("Bold then ").withBold(true), c("both").withBold(true).withItalic(true));
    }

    @Test
    void anOwnerWithMarksInAnAuthorList() {
        roundTrip(c("Dacheng Li*, "), c("Shiyi Cao").withBold(true), c("*, Ion Stoica"));
    }

    @Test
    void linksKeepTheirLookAndAddress() {
        roundTrip(c("SkyRL").withBold(true).withLink("https://github.com/NovaSky-AI/SkyRL"), c(" and "),
                c("[Code]").withLink("https://example.org/a_(b)?x=1&y=2"));
    }

    @Test
    void codeWithBackticks() {
        roundTrip(c("run "), code("a `b` c"));
    }
}
