package dev.resume.export.text;

import dev.resume.compose.Part;
import dev.resume.compose.Piece;
import dev.resume.model.ContactItem;
import dev.resume.model.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an {@link Outline} as CommonMark: the name as the title, sections as second-level
 * headings, entries as paragraphs whose rows are joined by hard line breaks, bullets and
 * publications as lists. Looks become {@code **bold**}, {@code *italic*}, code spans and
 * {@code <u>}; links become {@code [text](url)}. Every character of the text that Markdown
 * would read as markup is escaped, so the rendered text is the résumé's text.
 */
final class MarkdownWriter {
    /** Between the left and right parts of a row: "UC Berkeley · Berkeley, California". */
    static final String BESIDE = " · ";
    private static final String HARD_BREAK = "\\\n";
    private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");

    private final StringBuilder out = new StringBuilder();

    String write(Outline o) {
        block("# " + inline(o.header().name()));
        if (o.photo() != null) {
            // The address in angle brackets: a path with spaces or parentheses stays one address.
            block("![" + escape(o.metadata().author()) + "](<" + o.photo() + ">)");
        }
        if (!o.header().headline().isEmpty()) {
            block(lineStart(inline(Outline.italic(o.header().headline()))));
        }
        if (!o.header().contact().isEmpty()) {
            String separator = o.header().separator().strip();
            String sep = separator.isEmpty() ? BESIDE : " " + escape(separator) + " ";
            List<String> items = new ArrayList<>();
            for (ContactItem c : o.header().contact()) {
                items.add(inline(Contacts.pieces(c)));
            }
            block(lineStart(String.join(sep, items)));
        }
        parts(o.letter(), "");
        for (Outline.Section s : o.sections()) {
            block("## " + inline(s.title()));
            parts(s.parts(), "");
        }
        return out.append('\n').toString();
    }

    private void parts(List<Part> parts, String indent) {
        Part previous = null;
        for (Part p : parts) {
            // Lines and skills of a section form one tight list; everything else is a block.
            boolean sameList = previous != null && previous.getClass() == p.getClass()
                    && (p instanceof Part.Line || p instanceof Part.Skill);
            switch (p) {
                case Part.Heading h -> heading(h, indent);
                case Part.Paragraph para -> block(indent, para.kind() == Part.Paragraph.Kind.NOTE ? inline(Outline.italic(para.text()))
                        : inline(para.text()));
                case Part.Bullets b -> block(indent, items(b.items(), ""));
                case Part.Line l -> item(indent, "- " + hanging(row(inline(l.text()), inline(l.right())), "  "), sameList);
                case Part.Skill sk -> item(indent, "- " + hanging(row(inline(Outline.bold(sk.label())) + ":", inline(sk.details())), "  "),
                        sameList);
                case Part.Publication pub -> publication(pub, indent);
            }
            previous = p;
        }
    }

    private void heading(Part.Heading h, String indent) {
        List<String> rows = new ArrayList<>();
        String title = h.role() ? inline(Outline.italic(h.title())) : inline(Outline.bold(h.title()));
        rows.add(row(title, inline(h.firstRight())));
        String second = row(inline(Outline.italic(h.subtitle())), inline(h.secondRight()));
        if (!second.isEmpty()) {
            rows.add(second);
        }
        block(indent, String.join(HARD_BREAK, rows.stream().map(MarkdownWriter::lineStart).toList()));
        parts(h.body(), indent);
    }

    /** A publication as a list item: title and date, authors, venue and links; abstract and subjects as paragraphs. */
    private void publication(Part.Publication p, String indent) {
        List<String> rows = new ArrayList<>();
        rows.add(row(inline(Outline.bold(p.title())), inline(p.date())));
        if (!p.authors().isEmpty()) {
            rows.add(inline(p.authors()));
        }
        StringBuilder venue = new StringBuilder(inline(p.venue()));
        for (Link l : p.links()) {
            if (!venue.isEmpty()) {
                venue.append(' ');
            }
            venue.append('[').append(escape(p.shown(l))).append("](").append(destination(l.url())).append(')');
        }
        if (!venue.isEmpty()) {
            rows.add(venue.toString());
        }
        StringBuilder item = new StringBuilder("- ");
        item.append(hanging(String.join(HARD_BREAK, rows.stream().map(MarkdownWriter::lineStart).toList()), "  "));
        for (List<Piece> more : List.of(p.abstractText(), p.subjects())) {
            if (!more.isEmpty()) {
                item.append("\n\n  ").append(hanging(lineStart(inline(more)), "  "));
            }
        }
        block(indent, item.toString());
    }

    private String items(List<Part.Bullets.Item> items, String indent) {
        StringBuilder sb = new StringBuilder();
        for (Part.Bullets.Item item : items) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(indent).append("- ").append(hanging(lineStart(inline(item.text())), indent + "  "));
            if (!item.children().isEmpty()) {
                sb.append('\n').append(items(item.children(), indent + "  "));
            }
        }
        return sb.toString();
    }

    private static String row(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        return right.isEmpty() ? left : left + BESIDE + right;
    }

    /** The lines after the first of a list item, indented under its text. */
    private static String hanging(String text, String indent) {
        return text.replace("\n", "\n" + indent);
    }

    private void block(String text) {
        block("", text);
    }

    /** A paragraph of its own: a blank line before it. */
    private void block(String indent, String text) {
        Paragraphs.append(out, indent, text);
    }

    private void item(String indent, String text, boolean sameList) {
        if (sameList) {
            out.append('\n').append(indent).append(hanging(text, indent));
        } else {
            block(indent, text);
        }
    }

    // ---- inline ----------------------------------------------------------------------------

    /** Pieces as inline Markdown; a forced break is a hard line break. */
    static String inline(List<Piece> pieces) {
        List<String> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        for (Piece c : pieces) {
            if (c.isBreak()) {
                lines.add(links(line));
                line = new ArrayList<>();
            } else {
                line.add(c);
            }
        }
        lines.add(links(line));
        // Any line may come to start a block ("1. …" as a paragraph); an escape is harmless elsewhere.
        return String.join(HARD_BREAK, lines.stream().map(MarkdownWriter::lineStart).toList()).strip();
    }

    /** Runs of pieces with one link become one {@code [text](url)}; the looks nest inside. */
    private static String links(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (List<Piece> run : Outline.byLink(pieces)) {
            String link = run.get(0).link();
            String text = looks(run, 0);
            if (link == null) {
                sb.append(text);
            } else {
                String lead = leading(text);
                String trail = trailing(text.substring(lead.length()));
                String core = text.substring(lead.length(), text.length() - trail.length());
                sb.append(lead).append('[').append(core).append("](").append(destination(link)).append(')').append(trail);
            }
        }
        return sb.toString();
    }

    /**
     * The looks as nested delimiters: bold outermost, then italic, then underline, then code.
     * Spaces at the edges of a delimited run go outside it, as CommonMark requires of a
     * closing or opening delimiter.
     */
    private static String looks(List<Piece> pieces, int level) {
        return looks(pieces, 0, pieces.size(), level);
    }

    private static String looks(List<Piece> all, int from, int to, int level) {
        StringBuilder sb = new StringBuilder();
        if (level == 3) {
            for (Piece c : all.subList(from, to)) {
                sb.append(c.code() ? code(c.text()) : escape(c.text()));
            }
            return sb.toString();
        }
        int i = from;
        while (i < to) {
            boolean on = flag(all.get(i), level);
            int j = i;
            while (j < to && flag(all.get(j), level) == on) {
                j++;
            }
            String inner = looks(all, i, j, level + 1);
            if (!on || inner.isBlank()) {
                sb.append(inner);
            } else {
                String lead = leading(inner);
                String trail = trailing(inner.substring(lead.length()));
                String core = inner.substring(lead.length(), inner.length() - trail.length());
                String[] marks = switch (level) {
                    case 0 -> new String[] {"**", "**"};
                    case 1 -> besideBold(all, i, j, lead, trail) ? new String[] {"_", "_"} : new String[] {"*", "*"};
                    default -> new String[] {"<u>", "</u>"};
                };
                sb.append(lead).append(marks[0]).append(core).append(marks[1]).append(trail);
            }
            i = j;
        }
        return sb.toString();
    }

    /**
     * Whether an italic run touches a bold run's "**" with no space between ("**a***b*"): its
     * "*" would merge with the bold's, so the run takes "_" instead.
     */
    private static boolean besideBold(List<Piece> all, int from, int to, String lead, String trail) {
        boolean bold = all.get(from).bold();
        boolean before = lead.isEmpty() && from > 0 && all.get(from - 1).bold() != bold && !all.get(from - 1).text().endsWith(" ");
        boolean after = trail.isEmpty() && to < all.size() && all.get(to).bold() != bold && !all.get(to).text().startsWith(" ");
        return before || after;
    }

    private static boolean flag(Piece c, int level) {
        return switch (level) {
            case 0 -> c.bold();
            case 1 -> c.italic();
            case 2 -> c.underline();
            default -> false;
        };
    }

    private static String leading(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(0, i);
    }

    private static String trailing(String s) {
        int i = s.length();
        while (i > 0 && s.charAt(i - 1) == ' ') {
            i--;
        }
        return s.substring(i);
    }

    /** A code span with a fence longer than any run of backticks inside it. */
    private static String code(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") && text.endsWith(" ");
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }

    /** Text with the characters Markdown reads as inline markup escaped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>' -> sb.append('\\').append(c);
                case '&' -> sb.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "\\&" : "&");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A line that would start a block ("# ", "- ", "+ ", "1. ", "=", a tab's indent) with its
     * first character escaped, so that it stays text.
     */
    static String lineStart(String line) {
        String s = line.stripLeading();
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if (c == '#' || c == '-' || c == '+' || c == '=' || c == '~' || c == '|') {
            return "\\" + s;
        }
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            return s.substring(0, digits) + "\\" + s.substring(digits);
        }
        return s;
    }

    /** A link destination: characters that would end it early escaped. */
    static String destination(String url) {
        return url.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace(" ", "%20").replace("<", "%3C")
                .replace(">", "%3E");
    }
}
