package dev.resume.layout;

import java.util.List;

/**
 * One line of a paragraph, ready to be stacked: its pieces, its height above and below the
 * baseline, and whether a page may break right after it.
 *
 * @param height the vertical space the line takes (the baseline skip)
 * @param baseline where the baseline sits, measured down from the top of that space
 */
public record Line(List<Placed> pieces, float height, float baseline, boolean keepWithNext) {

    public Line withKeepWithNext(boolean keep) {
        return new Line(pieces, height, baseline, keep);
    }
}
