package dev.resume.layout;

/**
 * What a paragraph is in the document's logical structure (the tags of a tagged PDF, ISO 32000
 * 14.8.4): a title, a heading, a paragraph, or an item of a list. The style stage says which;
 * the layout carries it onto what it draws ({@link Mark}) and the export stage builds the
 * structure tree from it, in the blocks' order, which is the reading order.
 *
 * @param list for an item: which list it belongs to (items of one list share the number, a new
 *     list takes a new one)
 * @param level for an item: how deep its list is nested (0 for a list of its own)
 */
public record Tag(Kind kind, int list, int level) {

    /** The standard structure types the export writes (H1, H2, P, LI). */
    public enum Kind {
        /** The document's title (H1). */
        TITLE,
        /** A heading under the title (H2). */
        HEADING,
        /** A paragraph (P). */
        PARAGRAPH,
        /** A list item (LI): its marker is its label, its text its body. */
        ITEM
    }

    public static final Tag TITLE = new Tag(Kind.TITLE, 0, 0);
    public static final Tag HEADING = new Tag(Kind.HEADING, 0, 0);
    public static final Tag PARAGRAPH = new Tag(Kind.PARAGRAPH, 0, 0);

    /** An item of list {@code list}, nested {@code level} deep. */
    public static Tag item(int list, int level) {
        return new Tag(Kind.ITEM, list, level);
    }
}
