package dev.resume.layout;

/**
 * Something drawn on a page. Coordinates are in points from the page's top-left corner, y
 * growing downwards (the export stage turns them into PDF's bottom-up space).
 */
public sealed interface PageItem {

    /**
     * Text on a baseline at {@code y}, starting at {@code x}, {@code width} wide (wider than its
     * natural width for a stretched space). {@code actual} is what the text stands for when it
     * is drawn differently (small capitals), else null. {@code hyphenated}: the text ends with a
     * hyphen added where the line broke a word, which goes on at the next line's start. {@code
     * mark}: where it belongs in the document's structure; null for what is not content (a
     * running footer, a page number), which the export draws as an artifact. {@code running}:
     * which running text it is part of, or null for none.
     */
    record Text(float x, float y, float width, String text, String actual, Face face, float size, Rgb color,
            boolean hyphenated, Mark mark, Running running) implements PageItem {

        public Text(float x, float y, float width, String text, String actual, Face face, float size, Rgb color) {
            this(x, y, width, text, actual, face, size, color, false, null, null);
        }

        public Text(float x, float y, float width, String text, String actual, Face face, float size, Rgb color,
                boolean hyphenated) {
            this(x, y, width, text, actual, face, size, color, hyphenated, null, null);
        }
    }

    /** A text repeated on every page in its margin: the running header, or the footer (the page numbers). */
    enum Running { HEADER, FOOTER }

    /** An icon glyph (a character of an icon font), drawn as a shape so it adds no text. */
    record Icon(float x, float y, float width, String glyph, Face face, float size, Rgb color) implements PageItem {}

    /**
     * Characters no font has ({@code text}, as written), drawn as one empty box each, {@code
     * width} wide in all, on the baseline at {@code y}: a shape, not text, so that the text layer
     * holds nothing for them rather than a character they are not.
     */
    record Missing(float x, float y, float width, String text, float size, Rgb color) implements PageItem {}

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float thickness, Rgb color) implements PageItem {}

    /** A picture filling {@code frame}'s box, whose top-left corner is at ({@code x}, {@code y}). */
    record Image(float x, float y, Picture picture, Picture.Frame frame) implements PageItem {}

    /** A clickable area; {@code y} is its top; {@code mark}: the text's it covers (see {@link Mark}), or null. */
    record Link(float x, float y, float width, float height, String url, Mark mark) implements PageItem {

        public Link(float x, float y, float width, float height, String url) {
            this(x, y, width, height, url, null);
        }
    }
}
