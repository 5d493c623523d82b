package dev.resume.layout;

import java.util.List;

/**
 * The breaker's unit: a word fragment in one face, a space, glue, or a forced break. Words are
 * made of consecutive {@code WORD} pieces (a word may change font midway, as in "**Cao**,").
 * {@code actual} is the text as written when {@code text} differs from it (small capitals drawn
 * as capitals), else null. {@code shy} holds the offsets in {@code text} where the source had a
 * soft hyphen (U+00AD), which is not drawn: a manual hyphenation point.
 *
 * <p>{@code GLUE} is a place between two characters with no space typed where the line may
 * break (between ideographs, at a zero-width space) or that is spaced (a quarter em between CJK
 * and Latin), unless {@code noBreak}. It draws nothing and has no text; {@code width} is its
 * natural width and {@code stretch} how much a justified line may widen it (0 for other kinds).
 *
 * <p>{@code span}: which span of its paragraph's text the piece is part of, counted from 1 (see
 * {@link Run#span}), or 0 for none.
 */
record Piece(Kind kind, String text, String actual, Face face, float size, float width, TextStyle style, String link,
        boolean noBreak, boolean icon, int[] shy, float stretch, int span) {

    private static final int[] NONE = new int[0];

    Piece(Kind kind, String text, String actual, Face face, float size, float width, TextStyle style, String link,
            boolean noBreak, boolean icon, int[] shy, float stretch) {
        this(kind, text, actual, face, size, width, style, link, noBreak, icon, shy, stretch, 0);
    }

    Piece(Kind kind, String text, String actual, Face face, float size, float width, TextStyle style, String link,
            boolean noBreak, boolean icon, int[] shy) {
        this(kind, text, actual, face, size, width, style, link, noBreak, icon, shy, 0);
    }

    Piece(Kind kind, String text, String actual, Face face, float size, float width, TextStyle style, String link,
            boolean noBreak, boolean icon) {
        this(kind, text, actual, face, size, width, style, link, noBreak, icon, NONE);
    }

    /** A forced line break in {@code style}: no text, no width. */
    static Piece lineBreak(TextStyle style) {
        return new Piece(Kind.BREAK, "", null, style.face(), style.size(), 0, style, null, false, false);
    }

    /** A space (one or a row of them) of {@code width} in {@code style}'s face. */
    static Piece space(float width, TextStyle style, String link, boolean noBreak) {
        return new Piece(Kind.SPACE, " ", null, style.face(), style.size(), width, style, link, noBreak, false);
    }

    /** Glue of {@code width} that stretches by {@code stretch} in {@code style}'s face. */
    static Piece glue(float width, float stretch, TextStyle style, String link, boolean noBreak) {
        return new Piece(Kind.GLUE, "", null, style.face(), style.size(), width, style, link, noBreak, false, NONE, stretch);
    }

    /**
     * The same piece showing {@code text} (a part of a word, its mirror image), measured in its
     * face; {@code actual} and {@code shy} as above, for the new text.
     */
    Piece withText(String text, String actual, int[] shy) {
        return new Piece(kind, text, actual, face, size, face.width(text, size), style, link, noBreak, icon, shy, stretch, span);
    }

    /** The same piece, part of its paragraph's {@code n}th span (0: of none). */
    Piece inSpan(int n) {
        return n == span ? this : new Piece(kind, text, actual, face, size, width, style, link, noBreak, icon, shy, stretch, n);
    }

    enum Kind { WORD, SPACE, GLUE, BREAK }

    /** The width of pieces set side by side at their natural widths. */
    static float widthOf(List<Piece> pieces) {
        float w = 0;
        for (Piece p : pieces) {
            w += p.width();
        }
        return w;
    }

    /**
     * This piece's face and style over other text (a part of it, or it with a hyphen added),
     * measured. The part has no soft hyphens and no text as written of its own.
     */
    Piece withText(String text) {
        return new Piece(kind, text, null, face, size, face.width(text, size), style, link, noBreak, icon, NONE, 0, span);
    }

    float ascent() {
        return face.ascent(size);
    }

    float descent() {
        return face.descent(size);
    }
}
