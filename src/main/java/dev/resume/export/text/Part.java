package dev.resume.export.text;

import java.util.List;

/**
 * A block of an exported section, as the style stage would set it but without positions: the
 * writers (Markdown, plain text, HTML) decide only the markup. Empty lists are parts a résumé
 * does not have or does not show.
 */
sealed interface Part {

    /**
     * An entry's heading and body: the title and what stands at its right on the first row, the
     * subtitle and what stands at its right on the second (the theme's arrangement, so that the
     * words come in the PDF's order).
     *
     * @param role a role under an organisation's heading, not an entry of its own
     */
    record Heading(List<Chunk> title, List<Chunk> titleRight, List<Chunk> subtitle, List<Chunk> subtitleRight,
            List<Part> body, boolean role) implements Part {}

    /** A paragraph: a text section's, an entry's description, a role's note, a project's URL. */
    record Para(List<Chunk> text, Kind kind) implements Part {
        enum Kind { TEXT, NOTE, URL }
    }

    /** Bullet points, each with its nested bullets. */
    record Bullets(List<Item> items) implements Part {
        record Item(List<Chunk> text, List<Item> children) {}
    }

    /** One line with dates at its right: an award, or any entry in the one-line form. */
    record Line(List<Chunk> text, List<Chunk> right) implements Part {}

    /** A "label: details" line of a skills section. */
    record Skill(List<Chunk> label, List<Chunk> details) implements Part {}

    /**
     * A publication in full: the title (linked to the paper) with its date at the right, the
     * authors, the venue line ("Venue, 2024 (status). [Note]"), its links, the abstract, the
     * subjects line.
     */
    record Publication(List<Chunk> title, List<Chunk> right, List<Chunk> authors, List<Chunk> venue, List<Link> links,
            List<Chunk> abstractText, List<Chunk> subjects) implements Part {}

    /** A labelled link of a publication: [arXiv], [Code]. */
    record Link(String label, String url) {}
}
