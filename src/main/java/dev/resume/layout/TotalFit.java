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
 *
 * <p>A break may also fall inside a word, at a hyphenation point (or after a hyphen the word
 * has): such a break is flagged, as in TeX. It costs a penalty, more when two lines in a row
 * end in a hyphen or when the last full line does, and the line ending there is as much wider
 * as the hyphen drawn at its end. No more than {@link #MAX_HYPHEN_RUN} lines in a row end in a
 * hyphen, unless nothing else fits.
 */
final class TotalFit {
    private static final double LINE_PENALTY = 10;
    private static final double ADJACENT_FITNESS_DEMERITS = 3000;
    private static final double INFINITELY_BAD = 10000;
    /** TeX's \hyphenpenalty and \exhyphenpenalty. */
    private static final double HYPHEN_PENALTY = 50;
    /** TeX's \doublehyphendemerits: a ladder of hyphens down the margin looks bad. */
    private static final double DOUBLE_HYPHEN_DEMERITS = 10000;
    /** TeX's \finalhyphendemerits: a word split across the paragraph's last two lines. */
    private static final double FINAL_HYPHEN_DEMERITS = 5000;
    /**
     * A paragraph's last line holding one short word (or the tail of a hyphenated one): it
     * looks left behind, so it costs about what a loose line elsewhere does. TeX has no such
     * charge; typesetters fix these by hand.
     */
    private static final double RUNT_DEMERITS = 6000;
    /**
     * The most lines in a row that may end in a hyphen, when any breaking within the tolerance
     * keeps to it: TeX's demerits alone still let four stack up on a narrow measure.
     */
    static final int MAX_HYPHEN_RUN = 2;

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
        return breaks(words, spaces, new float[n + 1], new float[n + 1], new boolean[n + 1], true, firstWidth, width, ragged,
                raggedStretch, tolerance, 0);
    }

    /**
     * As above, for units that may be parts of words. A unit with no space before it (0) joins
     * the one before it without glue; the break between them, if taken, is flagged.
     *
     * @param endExtra for each unit i, the width a line gains when it ends just before unit i
     *     (the hyphen drawn there)
     * @param startExtra for each unit i, the width a line gains when it starts at unit i (a
     *     word's second part measured on its own differs by its kerning from its share of the word)
     * @param flagged for each unit i, whether a break just before it is a hyphenation
     * @param flaggedFirst whether the first line may end at a flagged break
     * @param runt a last line of one word narrower than this is charged as a runt (0: never)
     */
    static int[] breaks(float[] words, float[] spaces, float[] endExtra, float[] startExtra, boolean[] flagged,
            boolean flaggedFirst, float firstWidth, float width, boolean ragged, float raggedStretch, double tolerance,
            float runt) {
        int n = words.length;
        return breaks(words, spaces, new float[n], new float[n], endExtra, startExtra, flagged, flaggedFirst, firstWidth, width,
                ragged, raggedStretch, tolerance, runt, MicroWidths.none(n));
    }

    /**
     * As above, with glue between units where no space is (between ideographs, or a quarter em
     * between CJK and Latin): its natural width {@code glue[i]} before unit i, and how much a
     * justified line may stretch it, {@code glueStretch[i]}; glue does not shrink. A break at
     * glue is not flagged, and units joined by glue still count as one word for a runt. With
     * {@code micro}, a justified line's glyphs expand or shrink first, and its badness is its
     * spaces' with the rest; its text may be wider than the line by the hangs of its end glyphs.
     */
    static int[] breaks(float[] words, float[] spaces, float[] glue, float[] glueStretch, float[] endExtra, float[] startExtra,
            boolean[] flagged, boolean flaggedFirst, float firstWidth, float width, boolean ragged, float raggedStretch,
            double tolerance, float runt, MicroWidths micro) {
        Search limited = new Search(words, spaces, glue, glueStretch, endExtra, startExtra, flagged, flaggedFirst, firstWidth,
                width, ragged, raggedStretch, tolerance, runt, micro, MAX_HYPHEN_RUN);
        int[] starts = limited.run();
        if (starts == null && limited.pruned && tolerance == Double.POSITIVE_INFINITY) {
            // Only a ladder of hyphens fits at all. Within a tolerance, failing sends the
            // paragraph on to the next pass, which may find looser lines without the ladder.
            starts = new Search(words, spaces, glue, glueStretch, endExtra, startExtra, flagged, flaggedFirst, firstWidth, width,
                    ragged, raggedStretch, tolerance, runt, micro, Integer.MAX_VALUE).run();
        }
        return starts;
    }

    /**
     * One search for the best breaking. A break's state is the fitness class of the line ending
     * there and how many lines in a row end there at a flagged break (up to the limit), as TeX
     * keeps one active node per fitness class, with the run of hyphens added so that a limit on
     * it can be held exactly.
     */
    private static final class Search {
        private final float[] words;
        private final float[] spaces;
        private final float[] glue;
        private final float[] glueStretch;
        private final float[] endExtra;
        private final float[] startExtra;
        private final boolean[] flagged;
        private final boolean flaggedFirst;
        private final float firstWidth;
        private final float width;
        private final boolean ragged;
        private final float raggedStretch;
        private final double tolerance;
        private final float runt;
        private final MicroWidths micro;
        /** The most lines in a row that may end at a flagged break. */
        private final int maxRun;
        /** How many run lengths a state tells apart: 0 to maxRun, or any run as one when unlimited. */
        private final int runs;
        /** Whether a line was refused only because it made the run of hyphens too long. */
        boolean pruned;

        Search(float[] words, float[] spaces, float[] glue, float[] glueStretch, float[] endExtra, float[] startExtra,
                boolean[] flagged, boolean flaggedFirst, float firstWidth, float width, boolean ragged, float raggedStretch,
                double tolerance, float runt, MicroWidths micro, int maxRun) {
            this.words = words;
            this.spaces = spaces;
            this.glue = glue;
            this.glueStretch = glueStretch;
            this.endExtra = endExtra;
            this.startExtra = startExtra;
            this.flagged = flagged;
            this.flaggedFirst = flaggedFirst;
            this.firstWidth = firstWidth;
            this.width = width;
            this.ragged = ragged;
            this.raggedStretch = raggedStretch;
            this.tolerance = tolerance;
            this.runt = runt;
            this.micro = micro;
            this.maxRun = maxRun;
            this.runs = maxRun == Integer.MAX_VALUE ? 1 : maxRun + 1;
        }

        int[] run() {
            int n = words.length;
            int states = 4 * runs;
            double[][] demerits = new double[n + 1][states];
            int[][] from = new int[n + 1][states];
            int[][] fromState = new int[n + 1][states];
            for (double[] row : demerits) {
                Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            demerits[0][state(1, 0)] = 0;
            for (int b = 1; b <= n; b++) {
                boolean last = b == n;
                boolean hyphenEnd = !last && flagged[b];
                float content = 0;
                float spaceTotal = 0;
                double glueStretchTotal = 0;
                float glyphs = 0;
                boolean oneWord = true;
                for (int a = b - 1; a >= 0; a--) {
                    content += words[a];
                    glyphs += micro.glyphs()[a];
                    if (a < b - 1 && spaces[a + 1] != 0) {
                        oneWord = false;
                    }
                    if (a < b - 1) {
                        content += spaces[a + 1] + glue[a + 1];
                        spaceTotal += spaces[a + 1];
                        glueStretchTotal += glueStretch[a + 1];
                    }
                    float natural = content + (a > 0 ? startExtra[a] : 0) + (last ? 0 : endExtra[b]);
                    float w = (a == 0 ? firstWidth : width) + micro.hang(a, b, last);
                    double stretch = ragged ? raggedStretch : spaceTotal * 0.5 + glueStretchTotal;
                    double shrink = ragged ? 0 : spaceTotal / 3.0;
                    // The glyphs take what they can of the difference first (see Expansion): the
                    // line is as loose or as tight as its spaces are with the rest.
                    double rest = micro.rest(w - natural, glyphs);
                    double ratio;
                    if (natural > w) {
                        ratio = rest == 0 ? 0 : shrink > 0 ? rest / shrink : Double.NEGATIVE_INFINITY;
                    } else if (last) {
                        ratio = 0;
                    } else {
                        ratio = rest == 0 ? 0 : stretch > 0 ? rest / stretch : Double.POSITIVE_INFINITY;
                    }
                    boolean single = a == b - 1;
                    if (ratio < -1 && !single) {
                        break; // longer lines (smaller a) only get worse
                    }
                    // Not capped as in TeX: among lines too loose for the tolerance (the second
                    // pass), the less loose must still win, and a lone word that cannot stretch at
                    // all loses to any line whose spaces can.
                    double badness = Double.isInfinite(ratio) ? INFINITELY_BAD * INFINITELY_BAD : 100 * Math.pow(Math.abs(ratio), 3);
                    if (badness > tolerance || (a == 0 && hyphenEnd && !flaggedFirst)) {
                        continue; // the second pass, with no tolerance, takes it if it must
                    }
                    int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                    double line = Math.pow(LINE_PENALTY + badness, 2);
                    if (hyphenEnd) {
                        line += HYPHEN_PENALTY * HYPHEN_PENALTY;
                    }
                    boolean hyphenStart = a > 0 && flagged[a];
                    if (hyphenStart && hyphenEnd) {
                        line += DOUBLE_HYPHEN_DEMERITS;
                    } else if (hyphenStart && last) {
                        line += FINAL_HYPHEN_DEMERITS;
                    }
                    if (last && a > 0 && oneWord && natural < runt) {
                        line += RUNT_DEMERITS;
                    }
                    for (int ps = 0; ps < states; ps++) {
                        double before = demerits[a][ps];
                        if (before == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        int pf = ps / runs;
                        int run = hyphenEnd ? ps % runs + 1 : 0;
                        if (run > maxRun) {
                            pruned = true;
                            continue;
                        }
                        int s = state(fitness, Math.min(run, runs - 1));
                        double d = before + line + (Math.abs(fitness - pf) > 1 && a > 0 ? ADJACENT_FITNESS_DEMERITS : 0);
                        if (d < demerits[b][s]) {
                            demerits[b][s] = d;
                            from[b][s] = a;
                            fromState[b][s] = ps;
                        }
                    }
                }
            }
            int best = -1;
            for (int s = 0; s < states; s++) {
                if (demerits[n][s] < Double.POSITIVE_INFINITY && (best < 0 || demerits[n][s] < demerits[n][best])) {
                    best = s;
                }
            }
            if (best < 0) {
                return null;
            }
            List<Integer> starts = new ArrayList<>();
            int b = n;
            int s = best;
            while (b > 0) {
                int a = from[b][s];
                starts.add(0, a);
                s = fromState[b][s];
                b = a;
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        private int state(int fitness, int run) {
            return fitness * runs + run;
        }
    }
}
