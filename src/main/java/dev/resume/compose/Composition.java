package dev.resume.compose;

import dev.resume.model.ContactItem;
import dev.resume.model.Entry;
import dev.resume.model.Photo;
import java.util.List;

/**
 * A résumé composed in its theme: the header, then the sections it shows, each entry as the
 * parts it shows in their order, and the document's metadata. Built once by {@link Composer};
 * the PDF's style stage and the text exports each give it their look.
 */
public record Composition(Header header, List<Section> sections, Metadata metadata, Letter letter) {

    /** A CV: its sections under the header. */
    public Composition(Header header, List<Section> sections, Metadata metadata) {
        this(header, sections, metadata, null);
    }

    /** Whether this is a cover letter (the header, then the letter's blocks) rather than a CV. */
    public boolean isLetter() {
        return letter != null;
    }

    /**
     * A cover letter as composed, in reading order; an empty list is a block it does not have.
     *
     * @param recipient the address block, a line each
     * @param dateLine the place and the date: "London, 14 March 2026"
     * @param subject the subject line, in bold
     * @param body the paragraphs
     * @param enclosures "Enclosures: Curriculum vitae, Transcript", the label in its own role
     */
    public record Letter(List<List<Piece>> recipient, List<Piece> dateLine, List<Piece> subject, List<Piece> opening,
            List<List<Piece>> body, List<Piece> closing, List<Piece> signature, List<Piece> enclosures) {

        public Letter {
            recipient = List.copyOf(recipient);
            body = List.copyOf(body);
        }
    }

    /**
     * The name, the headline (empty when there is none), the contact items and the theme's
     * separator between them, and the photo (null when there is none) with what a screen reader
     * says for it, "Photo of Ada Quillfeather" in the résumé's words (null when the name is empty).
     */
    public record Header(List<Piece> name, List<Piece> headline, List<ContactItem> contact, String separator, Photo photo,
            String photoAlt) {}

    /**
     * A section the résumé shows.
     *
     * @param anchor its title as plain text, as written: the PDF's bookmark
     * @param oneLine its entries are in the one-line form
     * @param newPage it starts on a new page
     * @param keepTogether it is kept on one page
     */
    public record Section(String id, String anchor, List<Piece> title, Entry.Kind kind, boolean oneLine, boolean newPage,
            boolean keepTogether, List<Item> items) {}

    /**
     * An entry as composed, with what it asks of the page breaker.
     *
     * @param keep how it is kept on one page: as the entry asks, else as the theme groups publications
     */
    public record Item(List<Part> parts, boolean newPage, Keep keep) {}

    /** How an entry is kept on one page. */
    public enum Keep {
        /** It may break anywhere the lines' own rules allow. */
        NO,
        /** Kept whole while it is short (the theme's grouping of papers); a tall one breaks inside. */
        IF_SHORT,
        /** Kept whole whenever it fits on a page (the entry's {@code keep_together: true}). */
        YES
    }
}
