package dev.resume.compose;

import dev.resume.diag.SourcePos;
import dev.resume.model.Link;
import dev.resume.text.Urls;
import java.util.ArrayList;
import java.util.List;

/**
 * A composed block of a section: what an entry shows, in its order, with nothing of the page
 * (fonts, sizes, positions). Empty lists are parts an entry does not have or does not show.
 */
public sealed interface Part {

    /**
     * An entry's heading and body: the title, the subtitle, the place and the dates. Where the
     * place and the dates stand is the theme's arrangement ({@link #firstRight()},
     * {@link #secondRight()}), decided here once for every output.
     *
     * @param when the dates; for a role, its place and dates together ("Berkeley · 2023 – 2024")
     * @param role a role under an organisation's heading, not an entry of its own
     * @param datesFirst the theme puts the dates on the title's row (or in the left column)
     */
    record Heading(List<Piece> title, List<Piece> subtitle, List<Piece> place, List<Piece> when, List<Part> body,
            boolean role, boolean datesFirst) implements Part {

        /** What stands at the right of the title: the dates or the place, whichever the theme puts first and there is. */
        public List<Piece> firstRight() {
            List<Piece> first = datesFirst ? when : place;
            return first.isEmpty() ? (datesFirst ? place : when) : first;
        }

        /** What stands at the right of the subtitle: the other of the two, unless it moved up to close the gap. */
        public List<Piece> secondRight() {
            List<Piece> first = datesFirst ? when : place;
            return first.isEmpty() ? List.of() : datesFirst ? place : when;
        }
    }

    /** A paragraph: a text section's, an entry's description, a role's note, a project's URL. */
    record Paragraph(List<Piece> text, Kind kind) implements Part {
        public enum Kind { TEXT, NOTE, URL }
    }

    /** Bullet points, each with its nested bullets. */
    record Bullets(List<Item> items) implements Part {
        public record Item(List<Piece> text, List<Item> children) {}
    }

    /** One line with what stands at its right (dates, a note): an award, or any entry in the one-line form. */
    record Line(List<Piece> text, List<Piece> right) implements Part {}

    /**
     * A "label: details" line of a skills section.
     *
     * @param written the label's text as written, without markup or corrections: what the PDF
     *     measures and sets in its label column
     */
    record Skill(List<Piece> label, List<Piece> details, String written, SourcePos labelPos) implements Part {}

    /**
     * A publication in full: the title (linked to the paper) with its date at the right, the
     * authors, the venue line ("Venue, 2024 (status). [Note]"), the links shown, the abstract,
     * the subjects line.
     *
     * @param addresses the links are printed as their addresses (arxiv.org/abs/2404.09526), not
     *     as labels ([arXiv])
     */
    record Publication(List<Piece> title, List<Piece> date, List<Piece> authors, List<Piece> venue, List<Link> links,
            boolean addresses, List<Piece> abstractText, List<Piece> subjects) implements Part {

        /** The venue line with the links after it: "… 2024. [arXiv] [Code]", or their addresses. */
        public List<Piece> venueAndLinks() {
            return withLinks(venue, links, addresses);
        }

        /** How a link is printed: its label in brackets, or its address without the scheme. */
        public String shown(Link l) {
            return shown(l, addresses);
        }

        static String shown(Link l, boolean addresses) {
            return addresses ? Urls.display(l.url()) : "[" + l.label() + "]";
        }

        static List<Piece> withLinks(List<Piece> venue, List<Link> links, boolean addresses) {
            List<Piece> out = new ArrayList<>(venue);
            for (Link l : links) {
                out.add(Piece.of(" ", Role.SEPARATOR));
                // An address may break at its slashes (it is a URL); a label holds together.
                Piece link = Piece.of(shown(l, addresses), Role.LINK).linkedTo(l.url()).at(l.pos());
                out.add(addresses ? link : link.withNoBreak());
            }
            return List.copyOf(out);
        }
    }
}
