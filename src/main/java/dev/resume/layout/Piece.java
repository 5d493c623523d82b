package dev.resume.layout;

/**
 * The breaker's unit: a word fragment in one face, a space, or a forced break. Words are made
 * of consecutive {@code WORD} pieces (a word may change font midway, as in "**Cao**,").
 * {@code actual} is the text as written when {@code text} differs from it (small capitals drawn
 * as capitals), else null. {@code shy} holds the offsets in {@code text} where the source had a
 * soft hyphen (U+00AD), which is not drawn: a manual hyphenation point.
 */
record Piece(Kind kind, String text, String actual, Face face, float size, float width, TextStyle style, String link,
        boolean noBreak, boolean icon, int[] shy) {

    private static final int[] NONE = new int[0];

    Piece(Kind kind, String text, String actual, Face face, float size, float width, TextStyle style, String link,
            boolean noBreak, boolean icon) {
        this(kind, text, actual, face, size, width, style, link, noBreak, icon, NONE);
    }

    enum Kind { WORD, SPACE, BREAK }

    float ascent() {
        return face.ascent(size);
    }

    float descent() {
        return face.descent(size);
    }
}
