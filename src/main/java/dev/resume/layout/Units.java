package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a segment (the words between two forced breaks) as the total-fit breaker sees
 * them: whole words, or parts of words where a word may break. {@link TotalFit} works on plain
 * widths; this is the bridge between it and the pieces: it measures each part, with what a break
 * there adds (a hyphen, kerning across the break), and turns the breaks chosen back into lines
 * of pieces. Unit i is {@code word[i]}'s text from offset {@code from[i]} to {@code to[i]}.
 */
final class Units {
    private final List<Integer> word = new ArrayList<>();
    private final List<Integer> from = new ArrayList<>();
    private final List<Integer> to = new ArrayList<>();
    private final List<Float> width = new ArrayList<>();
    private final List<Float> space = new ArrayList<>();
    /** The glue before unit i (see {@link Piece}): its natural width, and its stretch. */
    private final List<Float> glue = new ArrayList<>();
    private final List<Float> glueStretch = new ArrayList<>();
    private final List<Float> endExtra = new ArrayList<>();
    private final List<Float> startExtra = new ArrayList<>();
    private final List<Boolean> flagged = new ArrayList<>();
    /** Whether a break before unit i draws a hyphen. */
    private final List<Boolean> addsHyphen = new ArrayList<>();
    private final List<Word> segment;
    /** The micro-typography of the segment's lines, and whether its first line's end is at the margin. */
    private final MicroTypography micro;
    private final boolean firstEndHangs;

    private Units(List<Word> segment, MicroTypography micro, boolean firstEndHangs) {
        this.segment = segment;
        this.micro = micro;
        this.firstEndHangs = firstEndHangs;
    }

    /**
     * The units of a segment: each word whole, or in parts at its break points: soft hyphens and
     * hyphens always, and the points of the hyphenation patterns that {@code hyphenate} allows; its
     * lines set with {@code micro}, the first line's end at the margin when {@code firstEndHangs}.
     */
    static Units of(List<Word> segment, BreakPoints.Hyphenation hyphenate, boolean wholeWords, BreakPoints points,
            MicroTypography micro, boolean firstEndHangs) {
        Units u = new Units(segment, micro, firstEndHangs);
        for (int w = 0; w < segment.size(); w++) {
            Word word = segment.get(w);
            Piece sp = w == 0 ? null : word.space();
            List<BreakPoints.WordBreak> breaks = wholeWords ? List.of() : points.of(word, hyphenate);
            List<Piece> pieces = word.pieces();
            int length = 0;
            for (Piece p : pieces) {
                length += p.text().length();
            }
            if (breaks.isEmpty()) {
                u.add(w, 0, length, word.width(), sp, 0, 0, false, false);
                continue;
            }
            // Each part is given its share of the whole word's width (the width to its end less
            // the width to its start), so that the parts of an unbroken word add up to the word.
            int prev = 0;
            float prevWidth = 0;
            float startExtra = 0;
            float endExtra = 0;
            boolean flag = false;
            boolean hyphen = false;
            for (int k = 0; k <= breaks.size(); k++) {
                int at = k < breaks.size() ? breaks.get(k).offset() : length;
                float atWidth = k < breaks.size() ? widthTo(pieces, at) : word.width();
                u.add(w, prev, at, atWidth - prevWidth, k == 0 ? sp : null, endExtra, startExtra, flag, hyphen);
                if (k < breaks.size()) {
                    BreakPoints.WordBreak br = breaks.get(k);
                    float[] extras = extras(pieces, at, br.addsHyphen());
                    endExtra = extras[0];
                    startExtra = extras[1];
                    flag = true;
                    hyphen = br.addsHyphen();
                }
                prev = at;
                prevWidth = atWidth;
            }
        }
        return u;
    }

    int size() {
        return word.size();
    }

    private void add(int w, int f, int t, float wd, Piece sp, float end, float st, boolean flag, boolean hyphen) {
        word.add(w);
        from.add(f);
        to.add(t);
        width.add(wd);
        boolean glued = sp != null && sp.kind() == Piece.Kind.GLUE;
        space.add(sp == null || glued ? 0 : sp.width());
        glue.add(glued ? sp.width() : 0);
        glueStretch.add(glued ? sp.stretch() : 0);
        endExtra.add(end);
        startExtra.add(st);
        flagged.add(flag);
        addsHyphen.add(hyphen);
    }

    /** Whether every unit fits its line; else no breaking of these units can be total-fit. */
    boolean fits(float first, float full) {
        for (int i = 0; i < size(); i++) {
            float w = width.get(i) + startExtra.get(i) + (i + 1 < size() ? endExtra.get(i + 1) : 0);
            if (w > (i == 0 ? first : full) + LineBreaker.EPSILON && w > full + LineBreaker.EPSILON) {
                return false;
            }
        }
        return true;
    }

    /** The units that start lines, as {@link TotalFit#breaks} chooses them; null when none fit the tolerance. */
    int[] breaks(float first, float full, boolean ragged, float raggedStretch, boolean flaggedFirst, double tolerance) {
        int n = size();
        float[] w = new float[n];
        float[] sp = new float[n];
        float[] gl = new float[n];
        float[] gs = new float[n];
        float[] end = new float[n + 1];
        float[] st = new float[n + 1];
        boolean[] flag = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            w[i] = width.get(i);
            sp[i] = i == 0 ? 0 : space.get(i);
            gl[i] = i == 0 ? 0 : glue.get(i);
            gs[i] = i == 0 ? 0 : glueStretch.get(i);
            end[i] = endExtra.get(i);
            st[i] = startExtra.get(i);
            flag[i] = flagged.get(i);
        }
        // A runt: about eight letters, as wide as four ems (the ragged stretch is three).
        return TotalFit.breaks(w, sp, gl, gs, end, st, flag, flaggedFirst, first, full, ragged, raggedStretch, tolerance,
                raggedStretch * 4 / 3, ragged ? MicroWidths.none(n) : microWidths());
    }

    /**
     * Each unit's expandable glyph width (its share of its word's) and the hangs of the glyphs a
     * line would start or end with there: a unit's first character, the last before a break, or
     * the hyphen a break adds.
     */
    private MicroWidths microWidths() {
        int n = size();
        MicroWidths out = MicroWidths.none(n);
        if (micro.expansion() > 0) {
            for (int i = 0; i < n; i++) {
                Word wd = segment.get(word.get(i));
                float whole = wd.width();
                out.glyphs()[i] = whole > 0 ? width.get(i) * Expansion.expandable(wd.pieces()) / whole : 0;
            }
        }
        if (micro.protrusion()) {
            for (int i = 0; i < n; i++) {
                out.startHang()[i] = hangAt(segment.get(word.get(i)).pieces(), from.get(i), true);
                if (i > 0) {
                    List<Piece> pieces = segment.get(word.get(i - 1)).pieces();
                    out.endHang()[i] = addsHyphen.get(i) ? Protrusion.hyphen(pieceAt(pieces, to.get(i - 1) - 1))
                            : hangAt(pieces, to.get(i - 1), false);
                }
            }
        }
        return new MicroWidths(out.glyphs(), Expansion.limit(micro.expansion()), out.startHang(), out.endHang(), firstEndHangs);
    }

    /** The hang of a word's character at {@code offset} starting a line, or of the one before it ending a line. */
    private static float hangAt(List<Piece> pieces, int offset, boolean start) {
        int pos = 0;
        for (Piece p : pieces) {
            int len = p.text().length();
            if (start ? offset < pos + len : offset <= pos + len && offset > pos) {
                return start ? Protrusion.atStart(p, offset - pos) : Protrusion.atEnd(p, offset - pos);
            }
            pos += len;
        }
        return 0;
    }

    /** The piece holding a word's character at {@code offset}. */
    private static Piece pieceAt(List<Piece> pieces, int offset) {
        int pos = 0;
        for (Piece p : pieces) {
            pos += p.text().length();
            if (offset < pos) {
                return p;
            }
        }
        return pieces.get(pieces.size() - 1);
    }

    /** The line of units [a, b): each word's part in one piece per face, spaces between words. */
    BrokenLine line(List<Word> segment, int a, int b, boolean forcedEnd) {
        List<Piece> line = new ArrayList<>();
        int i = a;
        while (i < b) {
            int w = word.get(i);
            int f = from.get(i);
            while (i + 1 < b && word.get(i + 1) == w) {
                i++;
            }
            int t = to.get(i);
            Word wd = segment.get(w);
            if (!line.isEmpty() && wd.space() != null) {
                line.add(wd.space());
            }
            line.addAll(slice(wd.pieces(), f, t));
            i++;
        }
        boolean hyphenated = b < size() && addsHyphen.get(b);
        if (hyphenated) {
            Piece last = line.remove(line.size() - 1);
            line.add(last.withText(last.text() + BreakPoints.HYPHEN));
        }
        return new BrokenLine(line, forcedEnd, hyphenated, false);
    }

    /** The width of the first {@code offset} characters of a word, each piece in its face. */
    private static float widthTo(List<Piece> pieces, int offset) {
        float w = 0;
        int pos = 0;
        for (Piece p : pieces) {
            int len = p.text().length();
            if (pos + len <= offset) {
                w += p.width();
            } else {
                w += p.face().width(p.text().substring(0, offset - pos), p.size());
                break;
            }
            pos += len;
        }
        return w;
    }

    /**
     * For a break after {@code offset} characters: what the line ending there gains beyond its
     * share of the word (the hyphen), and what the line starting there gains (the second part
     * measured alone rather than as the rest of the word: kerning across the break).
     */
    private static float[] extras(List<Piece> pieces, int offset, boolean addsHyphen) {
        int pos = 0;
        for (Piece p : pieces) {
            int len = p.text().length();
            if (offset <= pos + len) {
                String head = p.text().substring(0, offset - pos);
                String tail = p.text().substring(offset - pos);
                float headWidth = p.face().width(head, p.size());
                float end = addsHyphen ? p.face().width(head + BreakPoints.HYPHEN, p.size()) - headWidth : 0;
                float start = tail.isEmpty() ? 0 : p.face().width(tail, p.size()) - (p.width() - headWidth);
                return new float[] {end, start};
            }
            pos += len;
        }
        return new float[] {0, 0};
    }

    /** The pieces covering characters [from, to) of a word, cut where the range cuts a piece. */
    private static List<Piece> slice(List<Piece> pieces, int from, int to) {
        List<Piece> out = new ArrayList<>();
        int pos = 0;
        for (Piece p : pieces) {
            int s = pos;
            int e = pos + p.text().length();
            pos = e;
            int a = Math.max(from, s);
            int b = Math.min(to, e);
            if (s == e && from <= s && s < to) {
                out.add(p); // glue inside the word, kept where it stands
                continue;
            }
            if (a >= b) {
                continue;
            }
            out.add(a == s && b == e ? p : p.withText(p.text().substring(a - s, b - s)));
        }
        return out;
    }
}
