package dev.resume.export.text;

import dev.resume.compose.Part;
import dev.resume.compose.Piece;
import dev.resume.model.ContactItem;
import dev.resume.model.Link;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@link Outline} as plain text for pasting into application forms: no markup and no
 * hard wrapping (a form wraps to its own width), one line per row of the PDF, a blank line
 * between entries, bullets as "- ". Section titles are underlined with "=", which reads as a
 * heading in any font. A link's address follows its text in parentheses unless the text
 * already is the address: pasted text loses its links.
 */
final class PlainTextWriter {
    private static final String BESIDE = MarkdownWriter.BESIDE;

    private final StringBuilder out = new StringBuilder();

    String write(Outline o) {
        List<String> head = new ArrayList<>();
        head.add(text(o.header().name()));
        if (!o.header().headline().isEmpty()) {
            head.add(text(o.header().headline()));
        }
        if (!o.header().contact().isEmpty()) {
            String separator = o.header().separator().strip();
            String sep = separator.isEmpty() ? BESIDE : " " + separator + " ";
            List<String> items = new ArrayList<>();
            for (ContactItem c : o.header().contact()) {
                items.add(text(Contacts.pieces(c)));
            }
            head.add(String.join(sep, items));
        }
        block(String.join("\n", head));
        parts(o.letter(), "");
        for (Outline.Section s : o.sections()) {
            String title = text(s.title());
            block(title + "\n" + "=".repeat(Math.max(3, title.codePointCount(0, title.length()))));
            parts(s.parts(), "");
        }
        return out.append('\n').toString();
    }

    private void parts(List<Part> parts, String indent) {
        Part previous = null;
        for (Part p : parts) {
            // Lines and skills follow one another without a blank line, as rows of a table.
            boolean row = previous != null && previous.getClass() == p.getClass() && (p instanceof Part.Line || p instanceof Part.Skill);
            switch (p) {
                case Part.Heading h -> heading(h, indent);
                case Part.Paragraph para -> block(indent, text(para.text()));
                case Part.Bullets b -> line(indent, bullets(b.items(), ""), !out.isEmpty() && previous instanceof Part.Heading);
                case Part.Line l -> line(indent, row(text(l.text()), text(l.right())), row);
                case Part.Skill sk -> line(indent, text(sk.label()) + ": " + text(sk.details()), row);
                case Part.Publication pub -> publication(pub, indent);
            }
            previous = p;
        }
    }

    /** An entry: its rows, then its body right under it; a role, as a row of its own. */
    private void heading(Part.Heading h, String indent) {
        List<String> rows = new ArrayList<>();
        rows.add(row(text(h.title()), text(h.firstRight())));
        String second = row(text(h.subtitle()), text(h.secondRight()));
        if (!second.isEmpty()) {
            rows.add(second);
        }
        if (h.role()) {
            line(indent, String.join("\n", rows), true);
        } else {
            block(indent, String.join("\n", rows));
        }
        for (Part p : h.body()) {
            switch (p) {
                case Part.Heading role -> heading(role, indent);
                case Part.Bullets b -> line(indent, bullets(b.items(), ""), true);
                default -> line(indent, p instanceof Part.Paragraph para ? text(para.text()) : "", true);
            }
        }
    }

    private void publication(Part.Publication p, String indent) {
        List<String> rows = new ArrayList<>();
        rows.add(row(text(p.title()), text(p.date())));
        if (!p.authors().isEmpty()) {
            rows.add(text(p.authors()));
        }
        StringBuilder venue = new StringBuilder(text(p.venue()));
        for (Link l : p.links()) {
            if (!venue.isEmpty()) {
                venue.append(' ');
            }
            // A label names its address; an address printed is its own.
            venue.append(p.addresses() ? p.shown(l) : "[" + l.label() + ": " + l.url() + "]");
        }
        if (!venue.isEmpty()) {
            rows.add(venue.toString());
        }
        for (List<Piece> more : List.of(p.abstractText(), p.subjects())) {
            if (!more.isEmpty()) {
                rows.add(text(more));
            }
        }
        block(indent, String.join("\n", rows));
    }

    private static String bullets(List<Part.Bullets.Item> items, String indent) {
        List<String> lines = new ArrayList<>();
        for (Part.Bullets.Item item : items) {
            lines.add(indent + "- " + text(item.text()).replace("\n", "\n" + indent + "  "));
            if (!item.children().isEmpty()) {
                lines.add(bullets(item.children(), indent + "  "));
            }
        }
        return String.join("\n", lines);
    }

    private static String row(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        return right.isEmpty() ? left : left + BESIDE + right;
    }

    private void block(String text) {
        block("", text);
    }

    /** A paragraph of its own: a blank line before it. */
    private void block(String indent, String text) {
        Paragraphs.append(out, indent, text);
    }

    /** A line right under the previous one, or a paragraph of its own. */
    private void line(String indent, String text, boolean under) {
        if (text.isEmpty()) {
            return;
        }
        if (under && !out.isEmpty()) {
            out.append('\n').append(indent).append(text.replace("\n", "\n" + indent));
        } else {
            block(indent, text);
        }
    }

    /** The pieces' text; a forced break is a new line; a link's address in parentheses after its text. */
    static String text(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < pieces.size()) {
            String link = pieces.get(i).link();
            int j = i;
            StringBuilder linked = new StringBuilder();
            while (j < pieces.size() && java.util.Objects.equals(pieces.get(j).link(), link)) {
                linked.append(pieces.get(j).isBreak() ? "\n" : pieces.get(j).text());
                j++;
            }
            sb.append(linked);
            if (link != null && !sameAddress(linked.toString(), link)) {
                sb.append(" (").append(link).append(')');
            }
            i = j;
        }
        return sb.toString().strip();
    }

    /** "shicao@berkeley.edu" for mailto:, "github.com/x" for https://github.com/x/: nothing to add. */
    static boolean sameAddress(String text, String url) {
        String u = url.replaceFirst("(?i)^(https?://|mailto:)", "").replaceFirst("/$", "");
        String t = text.strip().replaceFirst("(?i)^(https?://|mailto:)", "").replaceFirst("/$", "");
        // A telephone number is dialled as written: its tel: link adds nothing to read.
        return url.regionMatches(true, 0, "tel:", 0, 4) || u.equalsIgnoreCase(t) || u.equalsIgnoreCase("www." + t);
    }
}
