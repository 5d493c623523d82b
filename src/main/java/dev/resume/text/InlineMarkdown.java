package dev.resume.text;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
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

    /**
     * Markup that cannot show as written means (an unknown or unclosed tag, a link without text,
     * an image): reported by the caller at the field's location, as a warning.
     */
    public interface Warn {
        void warn(String message, String hint);
    }

    /** What the walk carries: the link check and where warnings go. */
    private record Ctx(LinkCheck linkCheck, Warn warn) {}

    /** The tags that set a look ({@code <br>} is a break): docs/format.md, "Text". */
    public static final List<String> TAGS = List.of("b", "strong", "i", "em", "u");

    private static final String SUPPORTED = "<b>, <strong>, <i>, <em>, <u> and <br>";

    public static List<Span> parse(String markdown) {
        return parse(markdown, url -> url);
    }

    public static List<Span> parse(String markdown, LinkCheck linkCheck) {
        return parse(markdown, linkCheck, (message, hint) -> { });
    }

    public static List<Span> parse(String markdown, LinkCheck linkCheck, Warn warn) {
        Ctx ctx = new Ctx(linkCheck, warn);
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
            walk(block, Span.plain(""), out, ctx, 0);
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

    private static void walk(Node node, Span look, List<Span> out, Ctx ctx, int depth) {
        List<Node> kids = new ArrayList<>();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            kids.add(n);
        }
        walkRange(kids, 0, kids.size(), pairs(kids, ctx), look, out, ctx, depth);
    }

    /** The children {@code from} to {@code to}: a paired tag sets the look of what stands between it and its close. */
    private static void walkRange(List<Node> kids, int from, int to, int[] close, Span look, List<Span> out, Ctx ctx, int depth) {
        for (int i = from; i < to; i++) {
            if (close[i] > i && depth + 1 <= MAX_NESTING) {
                walkRange(kids, i + 1, close[i], close, styled(tag(kids.get(i)), look), out, ctx, depth + 1);
                i = close[i];
            } else {
                visit(kids.get(i), look, out, ctx, depth + 1);
            }
        }
    }

    /**
     * For each child that opens a known tag, the index of the child that closes it, else -1. Tags
     * pair as HTML nests them: a closing tag closes the innermost open tag of its name only if no
     * other is open inside it. Whatever does not pair (an unknown tag, an unclosed or a stray one)
     * is printed as typed, and said so once, here.
     */
    private static int[] pairs(List<Node> kids, Ctx ctx) {
        int[] close = new int[kids.size()];
        java.util.Arrays.fill(close, -1);
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.get(i) instanceof HtmlInline h)) {
                continue;
            }
            String t = tag(h);
            String written = h.getChars().toString();
            if (t.equals("<br>") || t.equals("<br/>")) {
                continue;
            }
            String name = t.replaceAll("^</?|/?>$", "");
            if (!t.matches("</?[a-z]+>") || !TAGS.contains(name)) {
                ctx.warn().warn("'" + collapse(written) + "' is no markup this format knows: it is printed as typed",
                        "the tags are " + SUPPORTED + "; write \\" + collapse(written) + " to print it without this warning");
            } else if (t.startsWith("</")) {
                if (!open.isEmpty() && tag(kids.get(open.peek())).equals("<" + name + ">")) {
                    close[open.pop()] = i;
                } else {
                    String inner = open.isEmpty() ? null : tag(kids.get(open.peek()));
                    ctx.warn().warn("'" + written + "' closes no open <" + name + ">: it is printed as typed",
                            inner != null ? "tags close in the reverse order they open: " + inner + " is still open here"
                                    : "remove it, or write \\" + written + " to print it");
                }
            } else {
                open.push(i);
            }
        }
        for (int i : open) {
            String t = tag(kids.get(i));
            ctx.warn().warn("'" + kids.get(i).getChars() + "' is never closed: it is printed as typed, and the rest of"
                    + " the field keeps its own look", "close it with </" + t.substring(1) + ", or write \\" + kids.get(i).getChars()
                    + " to print it");
        }
        return close;
    }

    /** A tag as compared: lower case, spaces left out ({@code <br />} is {@code <br/>}). */
    private static String tag(Node n) {
        return n.getChars().toString().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** The look inside a known tag. */
    private static Span styled(String tag, Span look) {
        return switch (tag) {
            case "<u>" -> new Span("", look.bold(), look.italic(), look.code(), true, look.link());
            case "<b>", "<strong>" -> look.withBold(true);
            default -> look.withItalic(true);
        };
    }

    private static void visit(Node n, Span look, List<Span> out, Ctx ctx, int depth) {
        Consumer<String> text = s -> out.add(look.withText(s));
        if (depth > MAX_NESTING) {
            text.accept(collapse(n.getChars().toString()));
            return;
        }
        switch (n) {
            case Text t -> text.accept(collapse(t.getChars().unescape()));
            case StrongEmphasis s -> walk(s, look.withBold(true), out, ctx, depth);
            case Emphasis e -> walk(e, look.withItalic(true), out, ctx, depth);
            // A code span is literal: no escapes or entities inside; line endings are spaces.
            case Code c -> out.add(new Span(collapse(c.getText().toString()), look.bold(), look.italic(), true, look.underline(),
                    look.link()));
            case Link l -> {
                String written = l.getUrl().unescape();
                String url = ctx.linkCheck().check(written);
                if (l.getText().isBlank()) {
                    // "[](https://x)" would be a link nobody sees: its address stands for its label.
                    ctx.warn().warn("the link to '" + written + "' has no text: its address is printed instead",
                            "write the text to show between the brackets: [label](" + written + ")");
                    out.add(look.withText(collapse(written)).withLink(url));
                } else {
                    walk(l, look.withLink(url), out, ctx, depth);
                }
            }
            case Image i -> {
                // A field is a line of text: no pictures in it. The alt text says what the picture would.
                String alt = i.getText().toString();
                boolean hasAlt = !alt.isBlank();
                ctx.warn().warn("a field holds no images: '" + collapse(i.getChars().toString()) + "' is printed as "
                        + (hasAlt ? "its text, '" + collapse(alt) + "'" : "typed"), "remove the image, or write its"
                        + " text alone");
                if (hasAlt) {
                    walk(i, look, out, ctx, depth);
                } else {
                    text.accept(collapse(i.getChars().toString()));
                }
            }
            case AutoLink a -> {
                String shown = a.getText().unescape();
                String url = shown.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? shown : "https://" + shown;
                out.add(look.withText(shown).withLink(ctx.linkCheck().check(url)));
            }
            case MailLink m -> {
                String shown = m.getText().unescape();
                out.add(look.withText(shown).withLink(ctx.linkCheck().check("mailto:" + shown)));
            }
            case SoftLineBreak b -> text.accept(" ");
            case HardLineBreak b -> out.add(look.withText(Span.BREAK));
            case HtmlInline h -> html(h, look, out);
            case RefNode r -> bracketed(r, look, out, ctx, depth);
            case Paragraph p -> walk(p, look, out, ctx, depth);
            default -> {
                if (n.hasChildren()) {
                    walk(n, look, out, ctx, depth);
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
    private static void bracketed(RefNode r, Span look, List<Span> out, Ctx ctx, int depth) {
        Node first = r.getFirstChild();
        if (first == null) {
            out.add(look.withText(collapse(r.getChars().toString())));
            return;
        }
        BasedSequence all = r.getChars();
        out.add(look.withText(collapse(all.baseSubSequence(r.getStartOffset(), first.getStartOffset()).toString())));
        walk(r, look, out, ctx, depth);
        out.add(look.withText(collapse(all.baseSubSequence(r.getLastChild().getEndOffset(), r.getEndOffset()).toString())));
    }

    /**
     * A tag that did not pair (a paired one is taken by {@link #walkRange}): {@code <br>} is a
     * break; any other is printed as typed, as {@link #pairs} warned.
     */
    private static void html(HtmlInline h, Span look, List<Span> out) {
        String tag = tag(h);
        if (tag.equals("<br>") || tag.equals("<br/>")) {
            out.add(look.withText(Span.BREAK));
        } else {
            out.add(look.withText(collapse(h.getChars().toString())));
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
