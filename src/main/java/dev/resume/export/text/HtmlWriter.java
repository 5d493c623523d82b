package dev.resume.export.text;

import dev.resume.compose.Part;
import dev.resume.compose.Piece;
import dev.resume.model.ContactItem;
import dev.resume.model.Entry;

import dev.resume.model.Link;
import java.util.List;
import java.util.Objects;

/**
 * Writes an {@link Outline} as one self-contained HTML page: inline CSS from the theme
 * ({@link HtmlStyle}), no scripts or fonts from elsewhere; the photo, when there is one, is an
 * {@code img} of the photo's file, by its path from the page (a page of some kilobytes, not of the
 * photo's size in base64). Semantic elements: the
 * header with the name as {@code h1}, a {@code section} with an {@code h2} per section, an
 * {@code article} per entry, lists for bullets and publications, {@code time} for dates,
 * {@code a} for links. The markup is also well-formed XML (void elements closed, attributes
 * quoted, only XML's five entities), so that any XML parser can read it.
 */
final class HtmlWriter {
    private final StringBuilder out = new StringBuilder();
    private final HtmlStyle style;

    HtmlWriter(HtmlStyle style) {
        this.style = style;
    }

    String write(Outline o) {
        // The page's language, and its direction when the language reads right to left (a
        // browser then mirrors the page: the headings and dates go to the right).
        dev.resume.text.LanguageTag lang = o.metadata().language();
        String dir = dev.resume.text.Phrases.of(lang).rightToLeft() ? " dir=\"rtl\"" : "";
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(lang.tag())).append('"').append(dir)
                .append(">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(o.metadata().title())).append("</title>\n");
        meta("author", o.metadata().author());
        meta("description", o.metadata().subject());
        if (!o.metadata().keywords().isEmpty()) {
            meta("keywords", String.join(", ", o.metadata().keywords()));
        }
        out.append("<style>\n").append(style.css(o.photo() != null)).append("</style>\n</head>\n<body>\n<header>\n");
        if (o.photo() != null) {
            out.append("<img class=\"photo\" src=\"").append(escape(o.photo())).append("\" alt=\"")
                    .append(escape(o.metadata().author())).append("\"/>\n");
        }
        out.append("<h1>").append(inline(o.header().name())).append("</h1>\n");
        if (!o.header().headline().isEmpty()) {
            out.append("<p class=\"headline\">").append(inline(o.header().headline())).append("</p>\n");
        }
        if (!o.header().contact().isEmpty()) {
            out.append("<ul class=\"contact\">\n");
            for (ContactItem c : o.header().contact()) {
                out.append("<li class=\"").append(c.kind().key()).append("\">").append(inline(Contacts.pieces(c))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</header>\n<main>\n");
        if (!o.letter().isEmpty()) {
            out.append("<article class=\"letter\">\n");
            parts(o.letter(), Entry.Kind.TEXT);
            out.append("</article>\n");
        }
        for (Outline.Section s : o.sections()) {
            out.append("<section id=\"").append(escape(s.id())).append("\" class=\"").append(s.kind().key()).append("\">\n");
            out.append("<h2>").append(inline(s.title())).append("</h2>\n");
            parts(s.parts(), s.kind());
            out.append("</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void meta(String name, String content) {
        if (content != null && !content.isBlank()) {
            out.append("<meta name=\"").append(name).append("\" content=\"").append(escape(content)).append("\"/>\n");
        }
    }

    /** The parts of a section or an entry; lines, skills and publications in a row make one list. */
    private void parts(List<Part> parts, Entry.Kind kind) {
        String open = null;
        for (Part p : parts) {
            String list = switch (p) {
                case Part.Line l -> "<ul class=\"lines\">";
                case Part.Skill s -> "<dl class=\"skills\">";
                case Part.Publication pub -> "<ol class=\"publications\">";
                default -> null;
            };
            if (!Objects.equals(list, open)) {
                close(open);
                if (list != null) {
                    out.append(list).append('\n');
                }
                open = list;
            }
            switch (p) {
                case Part.Heading h -> heading(h, kind);
                case Part.Paragraph para -> out.append("<p").append(switch (para.kind()) {
                    case TEXT -> "";
                    case NOTE -> " class=\"note\"";
                    case URL -> " class=\"url\"";
                }).append('>').append(inline(para.text())).append("</p>\n");
                case Part.Bullets b -> bullets(b.items(), "bullets");
                case Part.Line l -> out.append("<li>").append(row("text", l.text(), l.right())).append("</li>\n");
                case Part.Skill s -> out.append("<div><dt>").append(inline(s.label())).append("</dt> <dd>").append(inline(s.details()))
                        .append("</dd></div>\n");
                case Part.Publication pub -> publication(pub);
            }
        }
        close(open);
    }

    private void close(String list) {
        if (list != null) {
            out.append("</").append(list, 1, list.indexOf(' ')).append(">\n");
        }
    }

    private void heading(Part.Heading h, Entry.Kind kind) {
        String tag = h.role() ? "h4" : "h3";
        out.append(h.role() ? "<div class=\"role\">\n" : "<article class=\"entry\">\n");
        out.append("<div class=\"row\"><").append(tag).append(" class=\"title\">").append(inline(h.title())).append("</").append(tag)
                .append('>');
        right(h.firstRight());
        out.append("</div>\n");
        if (!h.subtitle().isEmpty() || !h.secondRight().isEmpty()) {
            out.append("<div class=\"row\">").append("<span class=\"subtitle\">").append(inline(h.subtitle())).append("</span>");
            right(h.secondRight());
            out.append("</div>\n");
        }
        parts(h.body(), kind);
        out.append(h.role() ? "</div>\n" : "</article>\n");
    }

    private void right(List<Piece> right) {
        if (!right.isEmpty()) {
            // A space between, so that the text reads "UC Berkeley Berkeley, California", not glued.
            out.append(" <span class=\"right\">").append(inline(right)).append("</span>");
        }
    }

    private String row(String cls, List<Piece> left, List<Piece> right) {
        StringBuilder sb = new StringBuilder("<div class=\"row\"><span class=\"").append(cls).append("\">").append(inline(left))
                .append("</span>");
        if (!right.isEmpty()) {
            sb.append(" <span class=\"right\">").append(inline(right)).append("</span>");
        }
        return sb.append("</div>").toString();
    }

    private void publication(Part.Publication p) {
        out.append("<li>\n<div class=\"row\"><cite class=\"title\">").append(inline(p.title())).append("</cite>");
        right(p.date());
        out.append("</div>\n");
        if (!p.authors().isEmpty()) {
            out.append("<p class=\"authors\">").append(inline(p.authors())).append("</p>\n");
        }
        if (!p.venue().isEmpty() || !p.links().isEmpty()) {
            out.append("<p class=\"venue\">").append(inline(p.venue()));
            for (Link l : p.links()) {
                out.append(" <a class=\"link\" href=\"").append(escape(l.url())).append("\">").append(escape(p.shown(l))).append("</a>");
            }
            out.append("</p>\n");
        }
        if (!p.abstractText().isEmpty()) {
            out.append("<p class=\"abstract\">").append(inline(p.abstractText())).append("</p>\n");
        }
        if (!p.subjects().isEmpty()) {
            out.append("<p class=\"subjects\">").append(inline(p.subjects())).append("</p>\n");
        }
        out.append("</li>\n");
    }

    private void bullets(List<Part.Bullets.Item> items, String cls) {
        out.append("<ul class=\"").append(cls).append("\">\n");
        for (Part.Bullets.Item item : items) {
            out.append("<li>").append(inline(item.text()));
            if (!item.children().isEmpty()) {
                out.append('\n');
                bullets(item.children(), "sub");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** Pieces as inline HTML: one {@code a} per run of one link, the looks nested inside it. */
    static String inline(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (List<Piece> run : Outline.byLink(pieces)) {
            String link = run.get(0).link();
            if (link != null) {
                sb.append("<a href=\"").append(escape(link)).append("\">");
            }
            for (Piece c : run) {
                sb.append(chunk(c));
            }
            if (link != null) {
                sb.append("</a>");
            }
        }
        return sb.toString();
    }

    private static String chunk(Piece c) {
        if (c.isBreak()) {
            return "<br/>";
        }
        String s = escape(c.text());
        if (c.datetime() != null) {
            s = "<time datetime=\"" + escape(c.datetime()) + "\">" + s + "</time>";
        }
        if (c.code()) {
            s = "<code>" + s + "</code>";
        }
        if (c.underline()) {
            s = "<u>" + s + "</u>";
        }
        if (c.italic()) {
            s = "<em>" + s + "</em>";
        }
        if (c.bold()) {
            s = "<strong>" + s + "</strong>";
        }
        return s;
    }

    /** Text for an element or an attribute value: the five characters XML and HTML reserve. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
