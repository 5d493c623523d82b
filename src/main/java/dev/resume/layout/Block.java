package dev.resume.layout;

import java.util.List;

/**
 * The layout's input: a vertical list of blocks, in reading order. The style stage turns a
 * résumé into blocks; the layout knows nothing of résumés.
 */
public sealed interface Block {

    /**
     * A paragraph. {@code right} is set flush right on the first line (dates, a place) when the
     * left text leaves room, else on a line of its own below. {@code marker} (a bullet) hangs in
     * the indent before the first line. {@code leading} is the baseline-to-baseline distance as a
     * multiple of the largest font size on a line.
     */
    record Paragraph(List<Run> runs, List<Run> right, Run marker, float indent, float markerGap, Align align,
            float leading, float spaceBefore, boolean keepWithNext) implements Block {

        public Paragraph {
            runs = List.copyOf(runs);
            right = List.copyOf(right);
        }
    }

    /** A horizontal rule across the text width, or from {@code indent}. */
    record Rule(float thickness, Rgb color, float spaceBefore, float spaceAfter, boolean keepWithNext) implements Block {}

    /** Vertical space; dropped at the top of a page. */
    record Space(float amount) implements Block {}

    /** A PDF bookmark at the position of the next line. */
    record Anchor(String title) implements Block {}

    /** Keeps the blocks inside on one page when they fit on one (a short entry). */
    record Group(List<Block> blocks) implements Block {}
}
