package dev.resume.layout;

import java.util.List;

/**
 * A line as the breaking chose it, before it is placed: its pieces in logical order, whether a
 * forced break ends it, {@code hyphenated} when it ends inside a word with a hyphen added, and
 * {@code cut} when it ends inside a word too long for any line, cut with no hyphen, and {@code
 * marked} when that cut is at no separator of the word and a mark shows it. It is what
 * the two breakers ({@link TotalFitPasses}, {@link LongWords}) hand to placement
 * ({@link LinePlacement}), which does not care which of them set the line.
 */
record BrokenLine(List<Piece> pieces, boolean forcedEnd, boolean hyphenated, boolean cut, boolean marked) {

    BrokenLine(List<Piece> pieces, boolean forcedEnd) {
        this(pieces, forcedEnd, false, false, false);
    }

    BrokenLine(List<Piece> pieces, boolean forcedEnd, boolean hyphenated, boolean cut) {
        this(pieces, forcedEnd, hyphenated, cut, false);
    }
}
