package dev.resume.layout;

/**
 * The breaker's unit: a word fragment in one face, a space, or a forced break. Words are made
 * of consecutive {@code WORD} pieces (a word may change font midway, as in "**Cao**,").
 * {@code actual} is the text as written when {@code text} differs from it (small capitals drawn
 * as capitals), else null.
 */
record Piece(Kind kind, String text, String actual, Face face, float size, float width, TextStyle style, String link,
        boolean noBreak, boolean icon) {

    enum Kind { WORD, SPACE, BREAK }

    float ascent() {
        return face.ascent(size);
    }

    float descent() {
        return face.descent(size);
    }
}
