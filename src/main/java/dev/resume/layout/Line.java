package dev.resume.layout;

import java.util.List;

/**
 * One line of a paragraph, ready to be stacked: its pieces, its height above and below the
 * baseline, and whether a page may break right after it.
 *
 * @param height the vertical space the line takes (the baseline skip)
 * @param baseline where the baseline sits, measured down from the top of that space
 * @param fit how the line breaker set it, or null for a line that is no paragraph's
 */
public record Line(List<Placed> pieces, List<Stroke> strokes, float height, float baseline, boolean keepWithNext, LineFit fit) {

    /** A horizontal stroke on the line, {@code rise} above the baseline, x from the left edge of the text area. */
    public record Stroke(float x1, float x2, float rise, float thickness, Rgb color) {}

    public Line(List<Placed> pieces, float height, float baseline, boolean keepWithNext) {
        this(pieces, List.of(), height, baseline, keepWithNext, null);
    }

    public Line withKeepWithNext(boolean keep) {
        return new Line(pieces, strokes, height, baseline, keep, fit);
    }

    public Line withFit(LineFit f) {
        return new Line(pieces, strokes, height, baseline, keepWithNext, f);
    }
}
