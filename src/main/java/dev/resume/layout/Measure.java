package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The width of text as the layout will set it: shaped into pieces, each character in the face
 * that draws it (a fallback for what the primary face lacks, a synthesised style). Measuring
 * with the primary face alone gives the width of its .notdef boxes for a Chinese label, and a
 * column sized by that is too narrow for the label drawn in its fallback font.
 */
public final class Measure {
    private Measure() {}

    public static float width(String text, TextStyle style) {
        return width(List.of(Run.of(text, style)));
    }

    /** The width of runs set side by side on one line. */
    public static float width(List<Run> runs) {
        return Piece.widthOf(new Shaper(new ArrayList<>()).shape(runs));
    }
}
