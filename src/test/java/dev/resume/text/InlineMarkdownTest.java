package dev.resume.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineMarkdownTest {

    private static List<Span> parse(String md) {
        return InlineMarkdown.parse(md);
    }

    private static String joined(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    private static Span plain(String t) {
        return Span.plain(t);
    }

    @Test
    void plainTextIsOneSpan() {
        assertEquals(List.of(plain("Just words, nothing else.")), parse("Just words, nothing else."));
    }

    @Test
    void emptyAndNull() {
        assertTrue(parse("").isEmpty());
        assertTrue(parse(null).isEmpty());
    }

    @Test
    void bold() {
        assertEquals(List.of(plain("a "), plain("b").withBold(true), plain(" c")), parse("a **b** c"));
        assertEquals(List.of(plain("b").withBold(true)), parse("__b__"));
    }

    @Test
    void italic() {
        assertEquals(List.of(plain("a "), plain("b").withItalic(true), plain(" c")), parse("a *b* c"));
        assertEquals(List.of(plain("a "), plain("b").withItalic(true), plain(" c")), parse("a _b_ c"));
    }

    @Test
    void boldItalic() {
        assertEquals(List.of(plain("x").withBold(true).withItalic(true)), parse("***x***"));
    }

    @Test
    void code() {
        List<Span> spans = parse("run `make *all*` now");
        assertEquals(3, spans.size(), spans.toString());
        assertEquals(new Span("make *all*", false, false, true, false, null), spans.get(1));
        assertEquals("run make *all* now", joined(spans));
    }

    @Test
    void codeIsLiteralAndOnOneLine() {
        assertEquals(new Span("make all", false, false, true, false, null), parse("`make\nall`").get(0));
        assertEquals(new Span("a\\*b", false, false, true, false, null), parse("`a\\*b`").get(0));
        assertEquals(new Span("&amp;", false, false, true, false, null), parse("`&amp;`").get(0));
        assertEquals(new Span("C:\\path\\n", false, false, true, false, null), parse("`C:\\path\\n`").get(0));
    }

    @Test
    void link() {
        List<Span> spans = parse("see [the **paper**](https://example.org/p) here");
        assertEquals(List.of(plain("see "), plain("the ").withLink("https://example.org/p"),
                plain("paper").withBold(true).withLink("https://example.org/p"), plain(" here")), spans);
    }

    @Test
    void linkCheckCanRewriteOrDropALink() {
        List<String> seen = new ArrayList<>();
        List<Span> spans = InlineMarkdown.parse("[t](javascript:alert(1)) and [u](https://ok.org)", url -> {
            seen.add(url);
            return url.startsWith("https:") ? url + "#checked" : null;
        });
        assertEquals(List.of("javascript:alert(1)", "https://ok.org"), seen);
        assertEquals(List.of(plain("t and "), plain("u").withLink("https://ok.org#checked")), spans);
    }

    @Test
    void bareUrlIsAutolinked() {
        List<Span> spans = parse("code at https://github.com/S-LoRA/S-LoRA.");
        assertEquals("code at https://github.com/S-LoRA/S-LoRA.", joined(spans));
        Span url = spans.stream().filter(s -> s.link() != null).findFirst().orElseThrow();
        assertEquals("https://github.com/S-LoRA/S-LoRA", url.text());
        assertEquals("https://github.com/S-LoRA/S-LoRA", url.link());
        assertNull(spans.get(0).link());
    }

    @Test
    void wwwIsAutolinkedWithHttps() {
        List<Span> spans = parse("see www.example.org");
        assertEquals("see www.example.org", joined(spans));
        Span url = spans.stream().filter(s -> s.link() != null).findFirst().orElseThrow();
        assertEquals("www.example.org", url.text());
        assertEquals("https://www.example.org", url.link());
    }

    @Test
    void underline() {
        assertEquals(List.of(plain("a "), new Span("x", false, false, false, true, null), plain(" b")), parse("a <u>x</u> b"));
    }

    @Test
    void underlineKeepsInnerMarkup() {
        assertEquals(List.of(new Span("x", true, false, false, true, null)), parse("<u>**x**</u>"));
    }

    @Test
    void htmlBoldItalicAndBreak() {
        assertEquals(List.of(plain("a").withBold(true), plain(Span.BREAK), plain("b").withItalic(true)), parse("<b>a</b><br><i>b</i>"));
    }

    @Test
    void otherTagsArePrintedAsWritten() {
        assertEquals("a <span>b</span> c", joined(parse("a <span>b</span> c")));
    }

    @Test
    void literalStarThatIsNotEmphasisStays() {
        assertEquals(List.of(plain("S*: Test")), parse("S*: Test"));
        assertEquals("Ying Sheng*, Shiyi Cao*", joined(parse("Ying Sheng*, Shiyi Cao*")));
        assertEquals("2 * 3 = 6", joined(parse("2 * 3 = 6")));
        assertEquals("a † b", joined(parse("a † b")));
    }

    @Test
    void blockSyntaxKeepsItsCharacters() {
        assertEquals(List.of(plain("1. first")), parse("1. first"));
        assertEquals(List.of(plain("# x")), parse("# x"));
        assertEquals("- item", joined(parse("- item")));
        assertEquals("> quoted", joined(parse("> quoted")));
        assertEquals("---", joined(parse("---")));
        assertEquals("a < b > c", joined(parse("a < b > c")));
        assertEquals("Tom & Jerry", joined(parse("Tom & Jerry")));
    }

    @Test
    void blockSyntaxKeepsItsCharactersWhenTheParserRuns() {
        // A '*', ':' or '`' sends the text through the parser rather than the plain fast path.
        assertEquals("1. first: x", joined(parse("1. first: x")));
        assertEquals("# Title: sub", joined(parse("# Title: sub")));
        assertEquals(List.of(plain("# "), plain("x").withItalic(true)), parse("# *x*"));
        assertEquals(List.of(plain("1. "), plain("x").withBold(true)), parse("1. **x**"));
        assertEquals("- item: a", joined(parse("- item: a")));
        assertEquals("+ item: a", joined(parse("+ item: a")));
        assertEquals("> quoted: a", joined(parse("> quoted: a")));
        assertEquals("*** : x", joined(parse("*** : x")));
        assertEquals("Title === : x", joined(parse("Title\n=== : x")));
        assertEquals("<div>a: b</div>", joined(parse("<div>a: b</div>")));
        assertEquals("snake_case_name: x", joined(parse("snake_case_name: x")));
        assertEquals("Tom & Jerry: x", joined(parse("Tom & Jerry: x")));
        assertEquals("a <3 b: c", joined(parse("a <3 b: c")));
        assertEquals("C++ and C#: langs", joined(parse("C++ and C#: langs")));
    }

    @Test
    void bracketsThatAreNotLinksStay() {
        // Without reference definitions, "[Oral]" is no link: it is text, brackets and all.
        assertEquals(List.of(plain("ICML [Oral]")), parse("ICML [Oral]"));
        assertEquals("a [b] c", joined(parse("a [b] c")));
        assertEquals("[1]: a note", joined(parse("[1]: a note")));
        assertEquals("see [x][y] and [z][]", joined(parse("see [x][y] and [z][]")));
        assertEquals("foo[^1]", joined(parse("foo[^1]")));
        assertEquals("![alt] text", joined(parse("![alt] text")));
        assertEquals("[a](<b c>)", joined(parse("[a](<b c>)")));
        assertEquals(List.of(plain("["), plain("Best Paper").withBold(true), plain("] award")), parse("[**Best Paper**] award"));
        assertTrue(parse("[Oral] and [t](https://x.org)").stream().anyMatch(sp -> "https://x.org".equals(sp.link())),
                "a real link next to brackets is still a link");
    }

    @Test
    void newlinesBecomeSpaces() {
        List<Span> spans = parse("one\ntwo\r\nthree");
        assertEquals("one two three", joined(spans).replace("  ", " "));
        assertFalse(spans.stream().anyMatch(Span::isBreak));
        assertFalse(joined(spans).contains("\n"));
        assertEquals("a b", joined(parse("a\nb")));
    }

    @Test
    void newlineInsideEmphasis() {
        assertEquals(List.of(plain("a b").withBold(true)), parse("**a\nb**"));
    }

    @Test
    void blankLineIsABreak() {
        List<Span> spans = parse("one\n\ntwo");
        assertEquals(List.of(plain("one"), plain(Span.BREAK), plain("two")), spans);
    }

    @Test
    void backslashEscapesAreUnescaped() {
        assertEquals(List.of(plain("*not italic*")), parse("\\*not italic\\*"));
        assertEquals("a_b [c]", joined(parse("a\\_b \\[c\\]")));
        assertEquals("back\\slash", joined(parse("back\\slash")), "a backslash before a letter stays");
    }

    @Test
    void neighboursOfTheSameLookAreMerged() {
        // Escapes split the text into several nodes; the breaker wants whole words.
        List<Span> spans = parse("a\\*b\\*c");
        assertEquals(List.of(plain("a*b*c")), spans);
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("bold and link and code", InlineMarkdown.plainText("**bold** and [link](https://x.org) and `code`"));
        assertEquals("S*: Test", InlineMarkdown.plainText("S*: Test"));
        assertEquals("one two", InlineMarkdown.plainText("one\n\ntwo"));
        assertEquals("", InlineMarkdown.plainText(""));
    }

    // ---- HTML tags, empty links, images: what shows, and what is said --------------------------

    /** The spans of {@code md} and the warnings its markup gives. */
    private static List<Span> parse(String md, List<String> warnings) {
        return InlineMarkdown.parse(md, url -> url, (message, hint) -> warnings.add(message));
    }

    @Test
    void everySupportedTagSetsItsLookAndNests() {
        List<String> w = new ArrayList<>();
        assertEquals(List.of(plain("a").withBold(true), plain("b").withBold(true).withItalic(true), plain("c").withItalic(true),
                plain(Span.BREAK), new Span("d", false, true, false, true, null)),
                parse("<strong>a<em>b</em></strong><i>c</i><br /><EM><u>d</u></EM>", w));
        assertEquals(List.of(), w, "nothing to say about well-formed tags");
    }

    @Test
    void anUnclosedTagIsPrintedAsTypedAndDoesNotEmboldenTheRest() {
        List<String> w = new ArrayList<>();
        assertEquals(List.of(plain("a <b>rest of the field")), parse("a <b>rest of the field", w));
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("'<b>' is never closed"), w.toString());
    }

    @Test
    void aStrayClosingTagIsPrintedAsTyped() {
        List<String> w = new ArrayList<>();
        assertEquals(List.of(plain("a</i> b")), parse("a</i> b", w));
        assertTrue(w.get(0).contains("'</i>' closes no open <i>"), w.toString());
    }

    @Test
    void crossedTagsPairOnlyAsHtmlNestsThem() {
        List<String> w = new ArrayList<>();
        List<Span> spans = parse("<b><i>x</b></i>", w);
        assertEquals(List.of(plain("<b>"), plain("x</b>").withItalic(true)), spans);
        assertEquals(2, w.size(), "the </b> inside the <i>, and the <b> it leaves open: " + w);
    }

    @Test
    void unknownTagsArePrintedAsTypedWithAWarningEach() {
        List<String> w = new ArrayList<>();
        assertEquals("<blink>x</blink> <span style=\"color:red\">y</span> 2<sup>10</sup>",
                joined(parse("<blink>x</blink> <span style=\"color:red\">y</span> 2<sup>10</sup>", w)));
        assertEquals(6, w.size(), w.toString());
        assertTrue(w.get(0).contains("'<blink>' is no markup this format knows"), w.toString());
    }

    @Test
    void anEscapedTagIsTextWithoutAWarning() {
        List<String> w = new ArrayList<>();
        assertEquals("<blink>", joined(parse("\\<blink>", w)));
        assertEquals(List.of(), w);
    }

    @Test
    void anEmptyLinkShowsItsAddress() {
        List<String> w = new ArrayList<>();
        assertEquals(List.of(plain("see ").withLink(null), plain("https://x.example.org").withLink("https://x.example.org")),
                parse("see [](https://x.example.org)", w));
        assertTrue(w.get(0).contains("has no text"), w.toString());
    }

    @Test
    void anImageShowsItsAltTextOrAsTyped() {
        List<String> w = new ArrayList<>();
        assertEquals(List.of(plain("a "), plain("diagram").withItalic(true), plain(" of it")),
                parse("![a *diagram* of it](pic.png)", w), "the alt text, with its markup, and no link");
        assertEquals("x ![](pic.png)", joined(parse("x ![](pic.png)", w)));
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).contains("holds no images"), w.toString());
    }
}
