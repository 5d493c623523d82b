package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A word: pieces with no break opportunity between them (a non-breaking space may be inside),
 * the breakable space before it, and whether a forced break precedes it. The line breaker
 * works on words, not pieces: a word may change face midway ("**Cao**,") and stays one unit
 * for the breaker unless its break points (see {@link BreakPoints}) cut it.
 */
record Word(List<Piece> pieces, Piece space, boolean forced) {

    float width() {
        return Piece.widthOf(pieces);
    }

    /** The words of a paragraph's shaped pieces, in logical order. */
    static List<Word> split(List<Piece> pieces) {
        List<Word> words = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        Piece spaceBefore = null;
        Piece pendingSpace = null;
        boolean forced = false;
        for (Piece p : pieces) {
            switch (p.kind()) {
                case WORD -> {
                    if (pendingSpace != null) {
                        if (current.isEmpty()) {
                            spaceBefore = pendingSpace;
                        } else if (pendingSpace.noBreak() || isDash(p)) {
                            // No line starts with a dash: it stays with the word before it.
                            current.add(pendingSpace);
                        } else {
                            words.add(new Word(List.copyOf(current), spaceBefore, forced));
                            current = new ArrayList<>();
                            spaceBefore = pendingSpace;
                            forced = false;
                        }
                    }
                    current.add(p);
                    pendingSpace = null;
                }
                case SPACE, GLUE -> {
                    // Glue never stands beside a space; if it did, the space would win.
                    if (pendingSpace == null || pendingSpace.kind() == Piece.Kind.GLUE && p.kind() == Piece.Kind.SPACE) {
                        pendingSpace = p;
                    }
                }
                case BREAK -> {
                    if (!current.isEmpty()) {
                        words.add(new Word(List.copyOf(current), spaceBefore, forced));
                        current = new ArrayList<>();
                    }
                    spaceBefore = null;
                    pendingSpace = null;
                    forced = true;
                }
            }
        }
        if (!current.isEmpty()) {
            words.add(new Word(List.copyOf(current), spaceBefore, forced));
        }
        return words;
    }

    private static boolean isDash(Piece p) {
        return p.text().equals("–") || p.text().equals("—");
    }
}
