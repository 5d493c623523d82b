package dev.resume.layout;

import dev.resume.text.LanguageTag;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph's words as a whole (see {@link TotalFit}), segment by segment between
 * forced breaks, in TeX's passes: first without hyphenation; if no breaking fits, again with
 * hyphenation; and if that fails too, with no tolerance. Breaks after a hyphen the text has,
 * and at soft hyphens, are there in every pass. The passes are the policy of when to hyphenate,
 * kept apart from where a word may break ({@link BreakPoints}) and from the breaking itself.
 */
final class TotalFitPasses {
    /**
     * TeX's \pretolerance: the badness a line may have in the first pass, without hyphenation.
     * Only a paragraph that cannot be set within it is hyphenated. Half of TeX's default 100:
     * with font expansion taking a loose line's first 2 %, 100 let word spaces reach 1.45 times
     * their width without a hyphen, where 50 holds them to 1.40 (cao-publications.yml's
     * abstracts) at the cost of about five hyphens in 190 justified lines.
     */
    private static final double PRETOLERANCE = 50;
    /** TeX's \tolerance: the badness a line may have in the second pass, with hyphenation. */
    private static final double TOLERANCE = 200;

    private final BreakPoints points = new BreakPoints();

    /**
     * The lines of {@code words}, the first {@code firstWidth} wide and the others {@code full};
     * {@code wholeFirstLine}: no word breaks at the first line's end; {@code wholeWords}: no word
     * breaks at all; {@code hyphenMinWord}: the shortest word the patterns of the paragraph's
     * {@code language} may break (0, or a language without patterns: no hyphenation); they are
     * read only when a paragraph cannot be set without them. Returns null when a word is wider than its line even hyphenated: first fit
     * ({@link LongWords}) then cuts or crowds as it must. A justified paragraph's lines are set
     * with {@code micro}; the first line's end hangs only when it reaches the margin (not {@code
     * wholeFirstLine}, which has text beside it).
     */
    List<BrokenLine> lines(List<Word> words, float firstWidth, float full, boolean ragged, boolean wholeFirstLine,
            boolean wholeWords, int hyphenMinWord, LanguageTag language, MicroTypography micro) {
        Hyphenator patterns = null;
        List<BrokenLine> lines = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            int end = start + 1;
            while (end < words.size() && !words.get(end).forced()) {
                end++;
            }
            List<Word> segment = words.subList(start, end);
            float first = start == 0 ? firstWidth : full;
            float space = 0;
            for (Word w : segment) {
                if (w.space() != null && w.space().kind() == Piece.Kind.SPACE) {
                    space = w.space().width();
                    break;
                }
            }
            if (space == 0 && !segment.get(0).pieces().isEmpty()) {
                // Text with no space (Chinese): what a space would be, a quarter em.
                space = segment.get(0).pieces().get(0).size() / 4;
            }
            float raggedStretch = Math.max(1, space) * 12; // about three ems
            boolean flaggedFirst = !(start == 0 && wholeFirstLine);
            // A first line with text beside it (a date) ends short of the margin: its end does not hang.
            boolean firstEndHangs = flaggedFirst;
            Units units = Units.of(segment, BreakPoints.Hyphenation.NONE, wholeWords, points, micro, firstEndHangs);
            int[] starts = units.fits(first, full) ? units.breaks(first, full, ragged, raggedStretch, flaggedFirst, PRETOLERANCE)
                    : null;
            if (starts == null && hyphenMinWord > 0 && patterns == null) {
                patterns = Hyphenator.of(language);
                hyphenMinWord = patterns == null ? 0 : hyphenMinWord;
            }
            if (starts == null && hyphenMinWord > 0) {
                units = Units.of(segment, new BreakPoints.Hyphenation(hyphenMinWord, patterns, false), wholeWords, points, micro, firstEndHangs);
                starts = units.fits(first, full) ? units.breaks(first, full, ragged, raggedStretch, flaggedFirst, TOLERANCE) : null;
            }
            if (starts == null) {
                // An emergency pass, where TeX would leave a line overfull: the parts of compounds
                // may break too, and then a line may be as loose as it must. (Without the parts,
                // "thought-template" in cao.yml sets a line at 1.67 times its spaces.)
                if (hyphenMinWord > 0) {
                    units = Units.of(segment, new BreakPoints.Hyphenation(hyphenMinWord, patterns, true), wholeWords, points, micro,
                            firstEndHangs);
                }
                if (!units.fits(first, full)) {
                    return null;
                }
                starts = units.breaks(first, full, ragged, raggedStretch, flaggedFirst, TOLERANCE);
                if (starts == null) {
                    starts = units.breaks(first, full, ragged, raggedStretch, flaggedFirst, Double.POSITIVE_INFINITY);
                }
            }
            if (starts == null) {
                return null; // no breaking at all, e.g. the first line could end only inside a word, which it may not
            }
            for (int k = 0; k < starts.length; k++) {
                int a = starts[k];
                int b = k + 1 < starts.length ? starts[k + 1] : units.size();
                boolean segmentEnd = b == units.size() && end < words.size();
                lines.add(units.line(segment, a, b, segmentEnd));
            }
            start = end;
        }
        return lines;
    }
}
