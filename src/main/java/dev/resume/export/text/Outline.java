package dev.resume.export.text;

import dev.resume.compose.Composition;
import dev.resume.compose.Metadata;
import dev.resume.compose.Part;
import dev.resume.compose.Piece;
import dev.resume.compose.Role;
import dev.resume.model.Entry;
import dev.resume.theme.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * A composed résumé as the text exports print it: each section's entries as one list of parts,
 * with the bullets of a bullets section as one list, and a one-line row's title in bold and its
 * subtitle in the theme's look, where markup has them.
 */
record Outline(Composition.Header header, List<Section> sections, Metadata metadata, String photo, List<Part> letter) {

    /** A section: its id (for anchors), title, kind and parts. */
    record Section(String id, List<Piece> title, Entry.Kind kind, List<Part> parts) {}

    /**
     * @param photo the photo's address from the output's folder (a relative URL path), or null
     *     when there is no photo
     */
    static Outline of(Composition c, Theme theme, String photo) {
        boolean italicSubtitles = theme.entries().subtitle() == Theme.TextLook.ITALIC;
        List<Section> sections = new ArrayList<>();
        for (Composition.Section s : c.sections()) {
            List<Part> parts = new ArrayList<>();
            for (Composition.Item item : s.items()) {
                for (Part p : item.parts()) {
                    if (p instanceof Part.Bullets b && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Part.Bullets list) {
                        List<Part.Bullets.Item> items = new ArrayList<>(list.items());
                        items.addAll(b.items());
                        parts.set(parts.size() - 1, new Part.Bullets(List.copyOf(items)));
                    } else if (p instanceof Part.Line l) {
                        parts.add(new Part.Line(row(l.text(), italicSubtitles), l.right()));
                    } else {
                        parts.add(p);
                    }
                }
            }
            sections.add(new Section(s.id(), s.title(), s.kind(), List.copyOf(parts)));
        }
        return new Outline(c.header(), List.copyOf(sections), c.metadata(), photo, c.isLetter() ? letter(c.letter()) : List.of());
    }

    /**
     * A cover letter as paragraphs in reading order, which every text format already writes:
     * the address block one paragraph of lines, then the date line, the subject (in bold), the
     * opening, the body, the closing, the signature and the enclosures.
     */
    private static List<Part> letter(Composition.Letter l) {
        List<Part> out = new ArrayList<>();
        List<Piece> address = new ArrayList<>();
        for (List<Piece> line : l.recipient()) {
            if (!address.isEmpty()) {
                address.add(Piece.of(dev.resume.text.Span.BREAK, Role.TEXT));
            }
            address.addAll(line);
        }
        List<List<Piece>> blocks = new ArrayList<>(List.of(address, l.dateLine(), l.subject(), l.opening()));
        blocks.addAll(l.body());
        blocks.addAll(List.of(l.closing(), l.signature(), l.enclosures()));
        for (List<Piece> b : blocks) {
            if (!b.isEmpty()) {
                out.add(new Part.Paragraph(List.copyOf(b), Part.Paragraph.Kind.TEXT));
            }
        }
        return List.copyOf(out);
    }

    /** A one-line row: the title bold; the subtitle in italics when the theme sets subtitles so. */
    private static List<Piece> row(List<Piece> text, boolean italicSubtitles) {
        return text.stream().map(p -> p.role() == Role.TITLE ? p.withBold(true)
                : p.role() == Role.SUBTITLE && italicSubtitles ? p.withItalic(!p.italic()) : p).toList();
    }

    /** The pieces in runs of one link each (null: no link), in order: one {@code a} or w:hyperlink a run. */
    static List<List<Piece>> byLink(List<Piece> pieces) {
        List<List<Piece>> runs = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            String link = pieces.get(i).link();
            int j = i;
            while (j < pieces.size() && java.util.Objects.equals(pieces.get(j).link(), link)) {
                j++;
            }
            runs.add(pieces.subList(i, j));
            i = j;
        }
        return runs;
    }

    static List<Piece> bold(List<Piece> pieces) {
        return pieces.stream().map(p -> p.withBold(true)).toList();
    }

    /** In italics, where italics inside turn upright (as in the PDF). */
    static List<Piece> italic(List<Piece> pieces) {
        return pieces.stream().map(p -> p.withItalic(!p.italic())).toList();
    }
}
