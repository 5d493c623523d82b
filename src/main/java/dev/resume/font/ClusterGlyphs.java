package dev.resume.font;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Which characters each glyph of one cluster stands for.
 *
 * <p>The shaper says which characters a cluster of glyphs stands for ("प्रि": the i-matra
 * variant drawn first and the conjunct "प्र"), not which glyph draws which. Here each glyph is
 * traced back through the font's substitutions to glyphs of its character map, using only the
 * cluster's characters, and the glyphs share the cluster's characters out so that as many as
 * possible are read: the i-matra variant reads "ि", the conjunct "प्र". A glyph with no such
 * trace reads what no other glyph of the cluster does; a second glyph of one character (a split
 * vowel) reads that character again.
 */
final class ClusterGlyphs {
    /** How deep a chain of substitutions is followed (a conjunct of a half form of a nukta form…). */
    private static final int DEPTH = 8;
    /** Ways to make one glyph considered, and steps of the search that shares the characters out. */
    private static final int OPTIONS = 12;
    private static final int STEPS = 20_000;

    private final int[] chars;
    private final int[] glyphs;
    private final IntUnaryOperator glyphOf;
    private final java.util.function.Supplier<GlyphSources> sources;
    private final Map<Integer, List<int[]>> memo = new HashMap<>();
    private int[] best;
    private int bestCount = -1;
    private int steps;

    private ClusterGlyphs(String text, int[] glyphs, IntUnaryOperator glyphOf, java.util.function.Supplier<GlyphSources> sources) {
        this.chars = text.codePoints().toArray();
        this.glyphs = glyphs;
        this.glyphOf = glyphOf;
        this.sources = sources;
    }

    /**
     * For each of the cluster's glyphs the characters it stands for, in the text's order, or
     * null where that is not known.
     *
     * @param glyphOf the glyph the font's character map gives a code point, or -1
     * @param sources the font's substitutions, asked for only where the character map does not tell
     */
    static String[] resolve(String text, int[] glyphs, IntUnaryOperator glyphOf, java.util.function.Supplier<GlyphSources> sources) {
        return new ClusterGlyphs(text, glyphs, glyphOf, sources).resolve();
    }

    private String[] resolve() {
        List<List<int[]>> options = new ArrayList<>();
        for (int g : glyphs) {
            options.add(ways(g, 0, new ArrayList<>()));
        }
        best = new int[glyphs.length];
        Arrays.fill(best, -1);
        search(options, 0, new int[glyphs.length], count(chars), 0);
        String[] out = new String[glyphs.length];
        int[] left = count(chars);
        int unknown = -1;
        int unknowns = 0;
        for (int i = 0; i < glyphs.length; i++) {
            if (best[i] >= 0) {
                int[] way = options.get(i).get(best[i]);
                out[i] = inTextOrder(way);
                take(left, way);
            }
        }
        for (int i = 0; i < glyphs.length; i++) {
            if (out[i] == null && !options.get(i).isEmpty()) {
                out[i] = inTextOrder(options.get(i).get(0)); // a second glyph of one character
            } else if (out[i] == null) {
                unknown = i;
                unknowns++;
            }
        }
        if (unknowns == 1) {
            StringBuilder rest = new StringBuilder();
            for (int c : chars) {
                int k = Arrays.binarySearch(distinct(), c);
                if (left[k] > 0) {
                    left[k]--;
                    rest.appendCodePoint(c);
                }
            }
            out[unknown] = rest.isEmpty() ? null : rest.toString();
        }
        return out;
    }

    /** The ways to make glyph {@code g} out of the cluster's characters: each a sorted array of code points. */
    private List<int[]> ways(int g, int depth, List<Integer> path) {
        List<int[]> known = memo.get(g);
        if (known != null) {
            return known;
        }
        List<int[]> out = new ArrayList<>();
        for (int c : distinct()) {
            if (glyphOf.applyAsInt(c) == g) {
                out.add(new int[] {c});
            }
        }
        if (out.isEmpty() && depth < DEPTH && !path.contains(g)) {
            path.add(g);
            for (int[] input : sources.get().of(g)) {
                List<int[]> partial = new ArrayList<>();
                partial.add(new int[0]);
                for (int in : input) {
                    List<int[]> next = new ArrayList<>();
                    for (int[] p : partial) {
                        for (int[] w : ways(in, depth + 1, path)) {
                            int[] joined = join(p, w);
                            if (fits(joined) && next.size() < OPTIONS) {
                                next.add(joined);
                            }
                        }
                    }
                    partial = next;
                }
                for (int[] p : partial) {
                    if (p.length > 0 && out.size() < OPTIONS && out.stream().noneMatch(o -> Arrays.equals(o, p))) {
                        out.add(p);
                    }
                }
            }
            path.remove(path.size() - 1);
        }
        // Only a finished answer is remembered: one cut short by a cycle may be incomplete.
        if (path.isEmpty() || !out.isEmpty()) {
            memo.put(g, out);
        }
        return out;
    }

    /** Chooses a way (or none) for each glyph from {@code i} on, the characters used within the cluster's. */
    private void search(List<List<int[]>> options, int i, int[] chosen, int[] left, int covered) {
        if (++steps > STEPS) {
            return;
        }
        if (i == glyphs.length) {
            if (covered > bestCount) {
                bestCount = covered;
                best = chosen.clone();
            }
            return;
        }
        List<int[]> ways = options.get(i);
        for (int w = 0; w < ways.size(); w++) {
            int[] way = ways.get(w);
            if (takes(left, way)) {
                take(left, way);
                chosen[i] = w;
                search(options, i + 1, chosen, left, covered + way.length);
                give(left, way);
            }
        }
        chosen[i] = -1;
        search(options, i + 1, chosen, left, covered);
    }

    private int[] distinctChars;

    private int[] distinct() {
        if (distinctChars == null) {
            distinctChars = Arrays.stream(chars).sorted().distinct().toArray();
        }
        return distinctChars;
    }

    /** How many of each distinct character the code points have. */
    private int[] count(int[] cps) {
        int[] d = distinct();
        int[] n = new int[d.length];
        for (int c : cps) {
            int k = Arrays.binarySearch(d, c);
            if (k >= 0) {
                n[k]++;
            }
        }
        return n;
    }

    private boolean fits(int[] way) {
        int[] left = count(chars);
        return takes(left, way);
    }

    private boolean takes(int[] left, int[] way) {
        int[] need = count(way);
        for (int k = 0; k < need.length; k++) {
            if (need[k] > left[k]) {
                return false;
            }
        }
        return Arrays.stream(way).allMatch(c -> Arrays.binarySearch(distinct(), c) >= 0);
    }

    private void take(int[] left, int[] way) {
        for (int c : way) {
            left[Arrays.binarySearch(distinct(), c)]--;
        }
    }

    private void give(int[] left, int[] way) {
        for (int c : way) {
            left[Arrays.binarySearch(distinct(), c)]++;
        }
    }

    private static int[] join(int[] a, int[] b) {
        int[] j = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, j, a.length, b.length);
        Arrays.sort(j);
        return j;
    }

    /** The characters of a way in the order the cluster's text has them. */
    private String inTextOrder(int[] way) {
        int[] want = count(way);
        StringBuilder sb = new StringBuilder();
        for (int c : chars) {
            int k = Arrays.binarySearch(distinct(), c);
            if (want[k] > 0) {
                want[k]--;
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }
}
