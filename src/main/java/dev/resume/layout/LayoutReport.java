package dev.resume.layout;

import dev.resume.diag.SourcePos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a typesetter's eye looks for, counted over a laid-out document: how far the spaces of
 * justified lines stretch (as a multiple of the font's normal space: TeX's own figure of merit),
 * hyphenated lines, lines that run past the margin, words cut with no hyphen, and lines left
 * alone at the top (widows) or the bottom (orphans) of a page. {@code resume render --stats}
 * prints it; the tests hold every sample to it.
 *
 * @param justifiedLines justified lines with spaces to stretch (not a paragraph's last line)
 * @param worstSpace the widest space of those lines, as a multiple of the normal space (0 when none)
 * @param p95Space the 95th percentile of each such line's widest space
 * @param loose the lines stretched so far that TeX would report them underfull
 * @param hyphenatedLines lines ending inside a word with a hyphen added
 * @param longestHyphenRun the most lines in a row of one paragraph that end in a hyphen, added or
 *     the word's own ("state-of-"): the ladder down the margin that TeX's demerits guard against
 * @param raggedHyphens hyphenated lines of ragged (not justified) text
 * @param overfull the lines whose text runs past the margin
 * @param runts paragraphs' last lines that hold one short word
 */
public record LayoutReport(int pages, int lines, int justifiedLines, float worstSpace, float p95Space, List<Flagged> loose,
        int hyphenatedLines, int longestHyphenRun, int raggedHyphens, List<Flagged> overfull, List<Flagged> cut, List<Flagged> widows, List<Flagged> orphans,
        List<Flagged> runts) {

    /**
     * A justified line whose spaces stretch past this multiple of their width has a badness over
     * 1000, where TeX reports an underfull line (its \hbadness): spaces stretch by up to half
     * their width at badness 100, and badness grows with the cube of the stretch.
     */
    public static final float LOOSE_SPACE = (float) (1 + 0.5 * Math.cbrt(10));

    /** A paragraph's last line of one word shorter than this is a runt: it looks left behind. */
    static final int RUNT_LETTERS = 8;

    /** A line worth naming: where its paragraph is written, its page, its text, and a measure. */
    public record Flagged(SourcePos source, int page, String text, float amount) {}

    public LayoutReport {
        loose = List.copyOf(loose);
        overfull = List.copyOf(overfull);
        cut = List.copyOf(cut);
        widows = List.copyOf(widows);
        orphans = List.copyOf(orphans);
        runts = List.copyOf(runts);
    }

    public static LayoutReport of(List<Page> pages) {
        int lines = 0;
        List<Float> ratios = new ArrayList<>();
        List<Flagged> loose = new ArrayList<>();
        List<Flagged> overfull = new ArrayList<>();
        List<Flagged> cut = new ArrayList<>();
        List<Flagged> widows = new ArrayList<>();
        List<Flagged> orphans = new ArrayList<>();
        List<Flagged> runts = new ArrayList<>();
        int hyphenated = 0;
        int ragged = 0;
        int longestRun = 0;
        int run = 0;
        LineFit previous = null;
        for (Page page : pages) {
            Page.LineBox first = null;
            Page.LineBox last = null;
            for (Page.LineBox box : page.lines()) {
                LineFit fit = box.fit();
                if (fit == null) {
                    continue;
                }
                lines++;
                first = first == null ? box : first;
                last = box;
                if (fit.justified() && !Float.isNaN(fit.spaceRatio())) {
                    ratios.add(fit.spaceRatio());
                    if (fit.spaceRatio() > LOOSE_SPACE) {
                        loose.add(flag(page, box, fit.spaceRatio()));
                    }
                }
                if (fit.hyphenated()) {
                    hyphenated++;
                    if (!fit.justified()) {
                        ragged++;
                    }
                }
                boolean follows = previous != null && previous.paragraph() == fit.paragraph() && previous.index() == fit.index() - 1;
                run = endsInHyphen(box) ? (follows ? run + 1 : 1) : 0;
                longestRun = Math.max(longestRun, run);
                previous = fit;
                if (fit.overflow() > 0) {
                    overfull.add(flag(page, box, fit.overflow()));
                }
                if (fit.cut()) {
                    cut.add(flag(page, box, 0));
                }
                if (fit.count() > 1 && fit.index() == fit.count() - 1 && fit.source() != null && !box.text().isEmpty() && box.text().indexOf(' ') < 0
                        && box.text().codePointCount(0, box.text().length()) < RUNT_LETTERS) {
                    runts.add(flag(page, box, 0));
                }
            }
            if (first != null && page.number() > 1 && first.fit().count() > 1 && first.fit().index() == first.fit().count() - 1) {
                widows.add(flag(page, first, 0));
            }
            if (last != null && page.number() < pages.size() && last.fit().count() > 1 && last.fit().index() == 0) {
                orphans.add(flag(page, last, 0));
            }
        }
        float[] sorted = new float[ratios.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = ratios.get(i);
        }
        Arrays.sort(sorted);
        float worst = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        return new LayoutReport(pages.size(), lines, sorted.length, worst, percentile(sorted, 0.95), loose, hyphenated, longestRun, ragged, overfull, cut,
                widows, orphans, runts);
    }

    /** A line ending in a hyphen after a letter: one the breaker added, or a compound's own. */
    private static boolean endsInHyphen(Page.LineBox box) {
        String t = box.text().stripTrailing();
        int n = t.length();
        return box.fit().hyphenated() || n >= 2 && (t.charAt(n - 1) == '-' || t.charAt(n - 1) == '\u2010')
                && Character.isLetter(t.charAt(n - 2));
    }

    /** The nearest-rank percentile of sorted values, 0 when there are none. */
    static float percentile(float[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static Flagged flag(Page page, Page.LineBox box, float amount) {
        return new Flagged(box.fit().source(), page.number(), box.text(), amount);
    }

    /** The report as a few lines of text, for people. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        String size = String.format(Locale.ROOT, "  %d page%s, %d lines; ", pages, pages == 1 ? "" : "s", lines);
        if (justifiedLines == 0) {
            sb.append(size).append("no justified lines").append(System.lineSeparator());
        } else {
            sb.append(size).append(String.format(Locale.ROOT, "%d justified lines: spaces at most %.2f× normal, 95th percentile %.2f×%n",
                    justifiedLines, worstSpace, p95Space));
        }
        sb.append(String.format(Locale.ROOT, "  %d hyphenated (%d in ragged text, at most %d lines in a row end in a hyphen), %d loose"
                + " (spaces over %.2f×), %d overfull, %d words cut, %d widows, %d orphans, %d short last words%n", hyphenatedLines,
                raggedHyphens, longestHyphenRun, loose.size(), LOOSE_SPACE, overfull.size(), cut.size(), widows.size(),
                orphans.size(), runts.size()));
        list(sb, "loose", loose, "%.2f×");
        list(sb, "overfull", overfull, "%.1f pt");
        list(sb, "cut", cut, null);
        list(sb, "widow", widows, null);
        list(sb, "orphan", orphans, null);
        list(sb, "short last word", runts, null);
        return sb.toString();
    }

    private static void list(StringBuilder sb, String what, List<Flagged> lines, String amount) {
        for (Flagged f : lines) {
            sb.append("    ").append(what);
            if (amount != null) {
                sb.append(' ').append(String.format(Locale.ROOT, amount, f.amount()));
            }
            sb.append(", page ").append(f.page());
            if (f.source() != null && f.source().line() > 0) {
                sb.append(", ").append(f.source().file() == null ? "" : f.source().file().getFileName() + ":").append(f.source().line());
            }
            String text = f.text().length() > 60 ? f.text().substring(0, 57) + "…" : f.text();
            sb.append(": ").append(text).append(System.lineSeparator());
        }
    }
}
