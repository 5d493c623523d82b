package dev.resume.compose;

import dev.resume.text.Phrase;
import dev.resume.text.Phrases;
import dev.resume.model.Author;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Link;
import dev.resume.model.LinkKind;
import dev.resume.model.Show;
import java.util.ArrayList;
import java.util.List;

/** A paper as it shows: in full, or as a bibliography sets it on one line. */
final class Publications {
    private final Pieces pieces;
    /** The words of shortened lists and edited volumes: the résumé's language's, or the theme's or résumé's own. */
    private final Phrases words;

    Publications(Pieces pieces, Phrases words) {
        this.pieces = pieces;
        this.words = words;
    }

    Part compose(PublicationEntry p, Show show) {
        String paper = null;
        for (Link l : p.links()) {
            if (l.kind() == LinkKind.PAPER) {
                paper = l.url();
            }
        }
        List<Piece> date = show.dates() ? date(p) : List.of();
        List<Piece> title = Pieces.linked(pieces.of(p.title(), Role.TITLE), paper);
        List<Piece> authors = show.authors() ? authors(p, show.owner(), show.authorLimit()) : List.of();
        List<Piece> venue = venue(p);
        List<Link> links = new ArrayList<>();
        if (show.links()) {
            for (Link l : p.links()) {
                // A paper link alone is already on the title, unless addresses are printed: then its address shows too.
                if (!(l.kind() == LinkKind.PAPER && paper != null && p.links().size() == 1 && !show.addresses())) {
                    links.add(l);
                }
            }
        }
        boolean addresses = show.addresses();
        if (show.form() == Show.Form.ONE_LINE) {
            // "Authors. Title. Venue, 2024. [Code]".
            List<Piece> line = new ArrayList<>();
            if (!authors.isEmpty()) {
                line.addAll(authors);
                line.add(Piece.of(". ", Role.SEPARATOR));
            }
            line.addAll(title);
            List<Piece> rest = Part.Publication.withLinks(venue, links, addresses);
            if (!rest.isEmpty()) {
                line.add(Piece.of(rest.get(0).text().startsWith(" ") ? "." : ". ", Role.SEPARATOR));
                line.addAll(rest);
            }
            return new Part.Line(List.copyOf(line), date);
        }
        List<Piece> abstractText = show.abstracts() ? pieces.of(p.abstractText(), Role.ABSTRACT) : List.of();
        List<Piece> subjects = !abstractText.isEmpty() && show.subjects() && !p.subjects().isEmpty()
                ? List.of(Piece.of("Subjects: " + String.join(", ", p.subjects()), Role.SUBJECTS))
                : List.of();
        return new Part.Publication(title, date, authors, venue, List.copyOf(links), addresses, abstractText, subjects);
    }

    /** When it appeared, at the right of its title: the date, else the free text, else the year. */
    private List<Piece> date(PublicationEntry p) {
        if (p.date() != null) {
            return List.of(pieces.date(p.date()));
        }
        if (Pieces.present(p.when())) {
            return List.of(Piece.of(p.when().plainText(), Role.DATE).withNoBreak());
        }
        return p.year() != null ? List.of(Piece.date(p.year().toString(), p.year().toString())) : List.of();
    }

    /** "Venue, 2024 (in submission). [Spotlight]": whatever of it the entry has. */
    private List<Piece> venue(PublicationEntry p) {
        List<Piece> venue = new ArrayList<>(pieces.of(p.venue(), Role.VENUE));
        if (p.year() != null) {
            venue.add(Piece.of((venue.isEmpty() ? "" : ", ") + p.year(), Role.VENUE));
        }
        if (Pieces.present(p.status())) {
            if (!venue.isEmpty()) {
                venue.add(Piece.of(" ", Role.SEPARATOR));
            }
            // In italics, where italics in it turn upright.
            venue.add(Piece.of("(", Role.STATUS).withItalic(true));
            pieces.of(p.status(), Role.STATUS).forEach(s -> venue.add(s.withItalic(!s.italic())));
            venue.add(Piece.of(")", Role.STATUS).withItalic(true));
        }
        if (!venue.isEmpty()) {
            venue.add(Piece.of(".", Role.SEPARATOR));
        }
        if (Pieces.present(p.note())) {
            venue.add(Piece.of(" [", Role.HIGHLIGHT));
            pieces.of(p.note(), Role.HIGHLIGHT).forEach(n -> venue.add(n.withBold(true)));
            venue.add(Piece.of("]", Role.HIGHLIGHT));
        }
        return List.copyOf(venue);
    }

    /**
     * The author list, the owner in the emphasis asked for, shortened as {@code limit} asks
     * ({@link AuthorList}); a name, and "et al.", never break across lines.
     */
    private List<Piece> authors(PublicationEntry p, Show.Owner owner, dev.resume.model.AuthorLimit limit) {
        List<Piece> out = new ArrayList<>();
        List<AuthorList.Item> items = AuthorList.shorten(p.authors(), limit.max() == null ? 0 : limit.max(),
                Boolean.TRUE.equals(limit.last()));
        for (int i = 0; i < items.size(); i++) {
            switch (items.get(i)) {
                case AuthorList.Name(Author a) -> {
                    Piece name = Piece.of(pieces.corrected(a.name()), a.isOwner() ? Role.OWNER : Role.AUTHOR).withNoBreak()
                            .at(p.authorsPos());
                    if (a.isOwner()) {
                        name = switch (owner) {
                            case BOLD -> name.withBold(true);
                            case ITALIC -> name.withItalic(true);
                            case UNDERLINE -> name.withUnderline(true);
                        };
                    }
                    out.add(name);
                    if (!a.marks().isEmpty()) {
                        out.add(Piece.of(a.marks(), Role.MARKS).withNoBreak().at(p.authorsPos()));
                    }
                }
                case AuthorList.Gap g -> out.add(Piece.of(words.get(g == AuthorList.Gap.ET_AL ? Phrase.ET_AL : Phrase.OMITTED), Role.AUTHOR)
                        .withNoBreak().at(p.authorsPos()));
            }
            if (i < items.size() - 1) {
                // "A et al.", not "A, et al.": the comma goes only where a list of names goes on.
                boolean etAlAfterOne = i == 0 && items.size() == 2 && items.get(1) == AuthorList.Gap.ET_AL;
                out.add(Piece.of(etAlAfterOne ? " " : ", ", Role.SEPARATOR));
            }
        }
        // An edited volume's editors stand as its authors: "A, B (Eds.)", after the whole list,
        // shortened or not, in the language's words (or the theme's) (the count is the volume's, not what shows).
        String edited = !p.edited() || out.isEmpty() ? "" : p.authors().size() == 1 ? words.get(Phrase.EDITOR)
                : words.get(Phrase.EDITORS);
        if (!edited.isBlank()) {
            out.add(Piece.of(" ", Role.SEPARATOR));
            out.add(Piece.of(pieces.corrected(edited.strip()), Role.AUTHOR).withNoBreak().at(p.authorsPos()));
        }
        return List.copyOf(out);
    }
}
