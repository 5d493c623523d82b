package dev.resume.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses line breaks for a whole paragraph at once, in the manner of Knuth and Plass: among
 * all ways to break it, the one whose lines are the most evenly spaced, rather than the first
 * fit, which fills each line greedily and can leave a loose line after a tight one.
 *
 * <p>A line's looseness is its badness, 100·|r|³, where r is how far its spaces must stretch
 * (or shrink) as a share of what they can. Justified text stretches its spaces by up to half
 * and shrinks them by up to a third; ragged text keeps its spaces and treats the gap at the
 * line's end as the stretch, so that lines come out of similar length. Demerits are
 * (line penalty + badness)², plus a charge when a very loose line follows a tight one (or the
 * reverse). Breaks fall between words; the last line of a paragraph (and a line closed by a
 * forced break) may end as short as it likes.
 */
final class TotalFit {
    private static final double LINE_PENALTY = 10;
    private static final double ADJACENT_FITNESS_DEMERITS = 3000;
    private static final double INFINITELY_BAD = 10000;

    private TotalFit() {}

    /**
     * The words of one segment (no forced break inside): their widths and the width of the
     * space before each (0 for the first). Returns the indices where lines start (the first is
     * 0), or null when no breaking fits within the tolerance.
     *
     * @param firstWidth the width of the segment's first line
     * @param width the width of every other line
     * @param ragged whether the text is ragged right rather than justified
     * @param raggedStretch how much a ragged line's end may vary, in points
     */
    static int[] breaks(float[] words, float[] spaces, float firstWidth, float width, boolean ragged, float raggedStretch,
            double tolerance) {
        int n = words.length;
        double[][] demerits = new double[n + 1][4];
        int[][] from = new int[n + 1][4];
        int[][] fromFitness = new int[n + 1][4];
        for (double[] row : demerits) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        demerits[0][1] = 0;
        for (int b = 1; b <= n; b++) {
            boolean last = b == n;
            float natural = 0;
            float spaceTotal = 0;
            for (int a = b - 1; a >= 0; a--) {
                natural += words[a];
                if (a < b - 1) {
                    natural += spaces[a + 1];
                    spaceTotal += spaces[a + 1];
                }
                float w = a == 0 ? firstWidth : width;
                double stretch = ragged ? raggedStretch : spaceTotal * 0.5;
                double shrink = ragged ? 0 : spaceTotal / 3.0;
                double ratio;
                if (natural > w) {
                    ratio = shrink > 0 ? (w - natural) / shrink : Double.NEGATIVE_INFINITY;
                } else if (last) {
                    ratio = 0;
                } else {
                    ratio = stretch > 0 ? (w - natural) / stretch : Double.POSITIVE_INFINITY;
                }
                boolean single = a == b - 1;
                if (ratio < -1 && !single) {
                    break; // longer lines (smaller a) only get worse
                }
                // Not capped as in TeX: among lines too loose for the tolerance (the second
                // pass), the less loose must still win, and a lone word that cannot stretch at
                // all loses to any line whose spaces can.
                double badness = Double.isInfinite(ratio) ? INFINITELY_BAD * INFINITELY_BAD : 100 * Math.pow(Math.abs(ratio), 3);
                if (badness > tolerance) {
                    continue; // the second pass, with no tolerance, takes it if it must
                }
                int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                double line = Math.pow(LINE_PENALTY + badness, 2);
                for (int pf = 0; pf < 4; pf++) {
                    double before = demerits[a][pf];
                    if (before == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double d = before + line + (Math.abs(fitness - pf) > 1 && a > 0 ? ADJACENT_FITNESS_DEMERITS : 0);
                    if (d < demerits[b][fitness]) {
                        demerits[b][fitness] = d;
                        from[b][fitness] = a;
                        fromFitness[b][fitness] = pf;
                    }
                }
            }
        }
        int bestFitness = -1;
        for (int f = 0; f < 4; f++) {
            if (demerits[n][f] < Double.POSITIVE_INFINITY && (bestFitness < 0 || demerits[n][f] < demerits[n][bestFitness])) {
                bestFitness = f;
            }
        }
        if (bestFitness < 0) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        int b = n;
        int f = bestFitness;
        while (b > 0) {
            int a = from[b][f];
            starts.add(0, a);
            f = fromFitness[b][f];
            b = a;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
