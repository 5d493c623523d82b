package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The fallback when total fit cannot set a paragraph (a word wider than its line even
 * hyphenated: a URL, an identifier): first fit, cutting each word too long for any line into
 * chunks that fit, after a slash, dot or hyphen if possible (a URL's own break points), else
 * anywhere with a mark at the cut (a short rule drawn after it, not text: the text layer gives
 * the word whole), so that nothing runs past the margin. Apart from the rest of the breaking because such a word must be measured
 * with care: only about as much of it as each line holds (see {@code LongWordTest}).
 */
final class LongWords {
    /** What a URL breaks after: a cut there needs no mark. */
    private static final String SEPARATORS = "/.-_?&=#,;:";

    private LongWords() {}

    /** The lines of {@code words} filled greedily, the first {@code firstWidth} wide and the others {@code full}. */
    static List<BrokenLine> firstFit(List<Word> words, float firstWidth, float full) {
        List<BrokenLine> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float used = 0;
        for (Word word : words) {
            if (word.forced() && (!line.isEmpty() || !lines.isEmpty())) {
                lines.add(new BrokenLine(line, true));
                line = new ArrayList<>();
                used = 0;
            }
            float avail = lines.isEmpty() ? firstWidth : full;
            float ww = word.width();
            if (!line.isEmpty()) {
                float sw = word.space() == null ? 0 : word.space().width();
                if (used + sw + ww <= avail + LineBreaker.EPSILON) {
                    if (word.space() != null) {
                        line.add(word.space());
                    }
                    line.addAll(word.pieces());
                    used += sw + ww;
                    continue;
                }
                lines.add(new BrokenLine(line, false));
                line = new ArrayList<>();
                used = 0;
                avail = full;
            }
            if (ww <= avail + LineBreaker.EPSILON) {
                line.addAll(word.pieces());
                used = ww;
                continue;
            }
            // A word longer than the line: cut it into chunks that fit.
            List<Piece> rest = word.pieces();
            Cut cut;
            while ((cut = cut(rest, avail)) != null) {
                lines.add(new BrokenLine(cut.head(), false, false, true, cut.marked()));
                rest = cut.tail();
                avail = full;
            }
            line = new ArrayList<>();
            for (Piece p : rest) {
                line.add(measured(p));
            }
            used = Piece.widthOf(line);
        }
        if (!line.isEmpty()) {
            lines.add(new BrokenLine(line, false));
        }
        return lines;
    }

    /** A word cut in two: {@code marked} when the cut is at no separator and needs the mark. */
    private record Cut(List<Piece> head, List<Piece> tail, boolean marked) {}

    /** How wide the mark at a cut is, with its gap before: a hyphen's width in the face cut. */
    static float markWidth(Piece p) {
        return p.face().width(BreakPoints.HYPHEN, p.size());
    }

    /**
     * Cuts pieces in two so that the first part fits {@code avail}, or returns null when they
     * all fit; never returns an empty first part. After a URL separator in the second half of
     * what fits if there is one; else as much as fits beside the mark.
     */
    private static Cut cut(List<Piece> pieces, float avail) {
        int length = 0;
        for (Piece p : pieces) {
            length += p.text().length();
        }
        if (length == 0) {
            return null;
        }
        int fit = fitting(pieces, length, avail);
        if (fit >= length) {
            return null;
        }
        String all = prefix(pieces, fit + 1);
        for (int n = fit; n > fit / 2 && n > 1; n--) {
            if (SEPARATORS.indexOf(all.charAt(n - 1)) >= 0) {
                List<List<Piece>> parts = split(pieces, n);
                return new Cut(parts.get(0), parts.get(1), false);
            }
        }
        int marked = fitting(pieces, length, avail - markWidth(pieces.get(0)));
        if (marked == 0) {
            marked = Character.charCount(all.codePointAt(0));
        }
        List<List<Piece>> parts = split(pieces, marked);
        return new Cut(parts.get(0), parts.get(1), true);
    }

    /**
     * How many of the pieces' {@code length} characters fit {@code avail} (all of them when
     * all fit), never ending between the halves of a surrogate pair. Only about as much of the
     * word is measured as fits (prefixes of doubling length, then a binary search between the
     * last two), so that cutting a long word takes time in proportion to its length.
     */
    private static int fitting(List<Piece> pieces, int length, float avail) {
        int fit = 0;
        int over;
        for (int n = 1; ; n = Math.min(2 * n, length)) {
            if (prefixWidth(pieces, n) > avail + LineBreaker.EPSILON) {
                over = n;
                break;
            }
            if (n >= length) {
                return length;
            }
            fit = n;
        }
        while (over - fit > 1) {
            int mid = (fit + over) >>> 1;
            if (prefixWidth(pieces, mid) > avail + LineBreaker.EPSILON) {
                over = mid;
            } else {
                fit = mid;
            }
        }
        String all = prefix(pieces, fit + 1);
        if (fit > 0 && fit < all.length() && Character.isLowSurrogate(all.charAt(fit)) && Character.isHighSurrogate(all.charAt(fit - 1))) {
            fit--;
        }
        return fit;
    }

    /** The first {@code chars} characters of the pieces' text (fewer if they have fewer). */
    private static String prefix(List<Piece> pieces, int chars) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            if (sb.length() >= chars) {
                break;
            }
            sb.append(p.text(), 0, Math.min(p.text().length(), chars - sb.length()));
        }
        return sb.toString();
    }

    private static float prefixWidth(List<Piece> pieces, int chars) {
        float w = 0;
        int left = chars;
        for (Piece p : pieces) {
            if (left <= 0) {
                break;
            }
            if (p.text().length() <= left) {
                w += measured(p).width();
                left -= p.text().length();
            } else {
                w += p.face().width(p.text().substring(0, left), p.size());
                left = 0;
            }
        }
        return w;
    }

    private static List<List<Piece>> split(List<Piece> pieces, int chars) {
        List<Piece> head = new ArrayList<>();
        List<Piece> tail = new ArrayList<>();
        int left = chars;
        for (Piece p : pieces) {
            if (left >= p.text().length()) {
                head.add(measured(p));
                left -= p.text().length();
            } else if (left > 0) {
                head.add(p.withText(p.text().substring(0, left)));
                // Measured only when needed: measuring the whole rest of a long word at every cut would take time in its square.
                tail.add(new Piece(p.kind(), p.text().substring(left), null, p.face(), p.size(), Float.NaN, p.style(), p.link(),
                        p.noBreak(), p.icon(), new int[0], 0, p.span()));
                left = 0;
            } else {
                tail.add(p);
            }
        }
        return List.of(head, tail);
    }

    /** The piece with its width, for the rest of a cut word, whose width is left unmeasured. */
    private static Piece measured(Piece p) {
        return Float.isNaN(p.width()) ? p.withText(p.text()) : p;
    }
}
