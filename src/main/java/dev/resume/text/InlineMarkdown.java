package dev.resume.text;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns a field's inline Markdown into spans. Block syntax is switched off, so a field that
 * starts with "1." or "#" keeps those characters: every character the user wrote reaches the
 * page, except the Markdown markup itself.
 */
public final class InlineMarkdown {
    private static final Parser PARSER;
    /**
     * Markup nested deeper than this (hundreds of {@code <u>} in a row) is printed as written:
     * no field needs it, and following it would cost a stack frame per level.
     */
    private static final int MAX_NESTING = 50;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AutolinkExtension.create()));
        options.set(Parser.BLOCK_QUOTE_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false);
        PARSER = Parser.builder(options).build();
    }

    private InlineMarkdown() {}

    /** A problem with a link written in the text: reported by the caller at the field's location. */
    public interface LinkCheck {
        /** Returns the URL to use, or null to drop the link (keeping its text). */
        String check(String url);
    }

    public static List<Span> parse(String markdown) {
        return parse(markdown, url -> url);
    }

    public static List<Span> parse(String markdown, LinkCheck linkCheck) {
        if (markdown == null || markdown.isEmpty()) {
            return List.of();
        }
        if (!needsParsing(markdown)) {
            return List.of(Span.plain(collapse(markdown)));
        }
        Node doc = PARSER.parse(markdown);
        List<Span> out = new ArrayList<>();
        boolean first = true;
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (!first) {
                out.add(Span.plain(Span.BREAK));
            }
            first = false;
            walk(block, Span.plain(""), out, linkCheck, 0);
        }
        return merge(out);
    }

    /** Plain text: most fields have no markup at all, and skipping the parser is much cheaper. */
    private static boolean needsParsing(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Markup, entities, paragraph breaks, and what the autolinker looks for: an e-mail
            // address, "www." or a scheme's "://". A bare ':' ("S*: Test") needs no parser.
            if (c == '*' || c == '_' || c == '`' || c == '[' || c == '<' || c == '\\' || c == '&' || c == '\n' || c == '@') {
                return true;
            }
        }
        return s.contains("www.") || s.contains("://");
    }

    private static void walk(Node node, Span look, List<Span> out, LinkCheck linkCheck, int depth) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            visit(n, look, out, linkCheck, depth + 1);
        }
    }

    private static void visit(Node n, Span look, List<Span> out, LinkCheck linkCheck, int depth) {
        Consumer<String> text = s -> out.add(look.withText(s));
        if (depth > MAX_NESTING) {
            text.accept(collapse(n.getChars().toString()));
            return;
        }
        switch (n) {
            case Text t -> text.accept(collapse(t.getChars().unescape()));
            case StrongEmphasis s -> walk(s, look.withBold(true), out, linkCheck, depth);
            case Emphasis e -> walk(e, look.withItalic(true), out, linkCheck, depth);
            // A code span is literal: no escapes or entities inside; line endings are spaces.
            case Code c -> out.add(new Span(collapse(c.getText().toString()), look.bold(), look.italic(), true, look.underline(),
                    look.link()));
            case Link l -> {
                String url = linkCheck.check(l.getUrl().unescape());
                walk(l, look.withLink(url), out, linkCheck, depth);
            }
            case AutoLink a -> {
                String shown = a.getText().unescape();
                String url = shown.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? shown : "https://" + shown;
                out.add(look.withText(shown).withLink(linkCheck.check(url)));
            }
            case MailLink m -> {
                String shown = m.getText().unescape();
                out.add(look.withText(shown).withLink(linkCheck.check("mailto:" + shown)));
            }
            case SoftLineBreak b -> text.accept(" ");
            case HardLineBreak b -> out.add(look.withText(Span.BREAK));
            case HtmlInline h -> html(h, look, out, linkCheck, depth);
            case RefNode r -> bracketed(r, look, out, linkCheck, depth);
            case Paragraph p -> walk(p, look, out, linkCheck, depth);
            default -> {
                if (n.hasChildren()) {
                    walk(n, look, out, linkCheck, depth);
                } else {
                    text.accept(collapse(n.getChars().unescape()));
                }
            }
        }
    }

    /**
     * "[Oral]", "[x][y]", "[^1]": a reference link, which can never resolve (there are no
     * reference definitions), so it is text as written, with the markup inside the brackets.
     */
    private static void bracketed(RefNode r, Span look, List<Span> out, LinkCheck linkCheck, int depth) {
        Node first = r.getFirstChild();
        if (first == null) {
            out.add(look.withText(collapse(r.getChars().toString())));
            return;
        }
        BasedSequence all = r.getChars();
        out.add(look.withText(collapse(all.baseSubSequence(r.getStartOffset(), first.getStartOffset()).toString())));
        walk(r, look, out, linkCheck, depth);
        out.add(look.withText(collapse(all.baseSubSequence(r.getLastChild().getEndOffset(), r.getEndOffset()).toString())));
    }

    /**
     * Inline HTML: {@code <u>…</u>}, {@code <b>}, {@code <i>}, {@code <br>} are understood; any
     * other tag is printed as written. Tags arrive one by one, so the look they set lasts until
     * the matching closing tag among the following siblings.
     */
    private static void html(HtmlInline h, Span look, List<Span> out, LinkCheck linkCheck, int depth) {
        String tag = h.getChars().toString().toLowerCase(Locale.ROOT).replace(" ", "");
        switch (tag) {
            case "<u>", "<b>", "<strong>", "<i>", "<em>" -> {
                String close = "</" + tag.substring(1);
                Span inner = switch (tag) {
                    case "<u>" -> new Span("", look.bold(), look.italic(), look.code(), true, look.link());
                    case "<b>", "<strong>" -> look.withBold(true);
                    default -> look.withItalic(true);
                };
                Node n = h.getNext();
                while (n != null && !(n instanceof HtmlInline hi && hi.getChars().toString().toLowerCase(Locale.ROOT).replace(" ", "").equals(close))) {
                    Node next = n.getNext();
                    visit(n, inner, out, linkCheck, depth + 1);
                    n.unlink();
                    n = next;
                }
                if (n != null) {
                    n.unlink();
                }
            }
            case "<br>", "<br/>" -> out.add(look.withText(Span.BREAK));
            default -> out.add(look.withText(h.getChars().toString()));
        }
    }

    /** Newlines inside a YAML value are spaces, as in HTML. */
    private static String collapse(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** Joins neighbours of the same look, so the breaker sees whole words. */
    static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.text().isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !s.isBreak() && !out.get(out.size() - 1).isBreak() && out.get(out.size() - 1).sameLook(s)) {
                Span last = out.remove(out.size() - 1);
                out.add(last.withText(last.text() + s.text()));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** The text a reader sees, without markup: for metadata and checks. */
    public static String plainText(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (Span s : parse(markdown)) {
            sb.append(s.isBreak() ? " " : s.text());
        }
        return sb.toString();
    }
}
