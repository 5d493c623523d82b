package dev.resume.layout;

/**
 * A piece of text placed on a line: {@code x} from the left edge of the text area, on the line's
 * baseline, {@code width} wide (a space is as wide as its gap). {@code actual} is the text as
 * written when the drawn text differs (small capitals), else null. An {@code icon} piece is one
 * glyph drawn as a shape. {@code hyphenated}: the text ends with a hyphen that the line break
 * added (the word goes on at the start of the next line). {@code mark}: where it belongs in the
 * document's structure, or null (see {@link Mark}). {@code span}: which span of its paragraph's
 * text it is part of, from 1, or 0 (see {@link Run#span}).
 */
public record Placed(float x, float width, String text, String actual, Face face, float size, Rgb color, boolean underline,
        String link, boolean icon, boolean hyphenated, Mark mark, int span) {

    public Placed(float x, float width, String text, String actual, Face face, float size, Rgb color, boolean underline,
            String link, boolean icon, boolean hyphenated) {
        this(x, width, text, actual, face, size, color, underline, link, icon, hyphenated, null, 0);
    }

    /** The same piece, belonging where {@code m} says (inside its span and its link, if it has them). */
    public Placed marked(Mark m) {
        return new Placed(x, width, text, actual, face, size, color, underline, link, icon, hyphenated,
                m == null ? null : m.inSpan(span).withLink(link), span);
    }

    /** The same piece moved {@code dx} to the right. */
    Placed moved(float dx) {
        return new Placed(x + dx, width, text, actual, face, size, color, underline, link, icon, hyphenated, mark, span);
    }
}
