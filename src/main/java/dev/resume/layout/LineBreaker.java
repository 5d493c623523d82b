package dev.resume.layout;

import dev.resume.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines, the paragraph as a whole (see {@link TotalFit}). Words too
 * long for any line (URLs, identifiers) are cut after a slash, dot or hyphen if possible, else
 * anywhere, so that nothing runs past the margin.
 */
final class LineBreaker {
    /** Rounding slack, in points, so a word measured to fit exactly is not pushed down. */
    private static final float EPSILON = 0.01f;

    private final Shaper shaper;
    /** The document's direction, for paragraphs that have none of their own (see {@link BidiOrder}). */
    private final int documentLevel;
    /** How many paragraphs this breaker has set: each line's fit names its paragraph by number. */
    private int paragraphs;

    LineBreaker(Shaper shaper) {
        this(shaper, 0);
    }

    LineBreaker(Shaper shaper, int documentLevel) {
        this.shaper = shaper;
        this.documentLevel = documentLevel;
    }

    /**
     * A word: pieces with no break opportunity between them (a non-breaking space may be
     * inside), the breakable space before it, and whether a forced break precedes it.
     */
    private record Word(List<Piece> pieces, Piece space, boolean forced) {
        float width() {
            return widthOf(pieces);
        }
    }

    /**
     * A line's pieces; {@code hyphenated} when it ends inside a word, with a hyphen added;
     * {@code cut} when it ends inside a word too long for any line, cut with no hyphen.
     */
    private record Filled(List<Piece> pieces, boolean forcedEnd, boolean hyphenated, boolean cut) {
        Filled(List<Piece> pieces, boolean forcedEnd) {
            this(pieces, forcedEnd, false, false);
        }
    }

    /**
     * TeX's \pretolerance: the badness a line may have in the first pass, without hyphenation.
     * Only a paragraph that cannot be set within it is hyphenated.
     */
    private static final double PRETOLERANCE = 100;
    /** TeX's \tolerance: the badness a line may have in the second pass, with hyphenation. */
    private static final double TOLERANCE = 200;
    private static final String HYPHEN = "-";

    /**
     * Lays out a paragraph in a box {@code width} wide (the whole text width; the paragraph's
     * indent is inside it).
     */
    List<Line> layout(Block.Paragraph para, float width) {
        return layout(para, width, false);
    }

    /** As above; {@code wholeWords}: no word is broken (a column of dates beside the text). */
    private List<Line> layout(Block.Paragraph para, float width, boolean wholeWords) {
        // Broken in logical order, each line then reordered by the bidirectional algorithm; a
        // right-to-left paragraph is mirrored (see Block.Paragraph).
        int level = BidiOrder.paragraphLevel(para, documentLevel);
        boolean rtl = level == 1;
        Align align = rtl ? mirror(para.align()) : para.align();
        List<Word> words = words(BidiOrder.split(shaper.shape(para.runs()), level));
        List<Piece> right = BidiOrder.split(shaper.shape(para.right()), level);
        float rightWidth = widthOf(right);
        float indent = para.indent();
        float full = width - indent;

        boolean rightBeside = false;
        float firstWidth = full;
        if (!right.isEmpty()) {
            float gap = para.runs().isEmpty() ? 0 : para.runs().get(0).style().size();
            float narrow = full - rightWidth - gap;
            float firstWord = words.isEmpty() ? 0 : words.get(0).width();
            rightBeside = words.isEmpty() || (narrow >= 0.4f * full && firstWord <= narrow);
            if (rightBeside) {
                firstWidth = narrow;
            }
        }

        // Text drawn between a line's end and the next line's start (a date at the right of the
        // first line, the left column's lines) would stand between the two parts of a word broken
        // there, in the text layer: no word breaks at those line ends.
        boolean aside = para.aside() != null && !para.aside().runs().isEmpty();
        List<Filled> lines = totalFit(words, firstWidth, full, para.align() != Align.JUSTIFY, rightBeside && !right.isEmpty(),
                aside || wholeWords, para.hyphenate());
        if (lines == null) {
            lines = fill(words, firstWidth, full);
        }
        // A marker is a bullet or a label ("Programming Languages"): all its pieces, spaces too.
        List<Piece> marker = para.marker() == null ? List.of() : BidiOrder.split(shaper.shape(List.of(para.marker())), level);
        int paragraph = paragraphs++;
        SourcePos source = source(para);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Filled filled = lines.get(i);
            boolean last = i == lines.size() - 1 || filled.forcedEnd();
            float lineWidth = i == 0 ? firstWidth : full;
            Placement placement = place(filled.pieces(), rtl ? width - indent - lineWidth : indent, lineWidth, align, last,
                    filled.hyphenated(), BidiOrder.visualOrder(filled.pieces(), level), rtl);
            List<Placed> placed = placement.placed();
            List<Piece> all = new ArrayList<>(filled.pieces());
            if (i == 0 && !marker.isEmpty()) {
                float x = rtl ? width - indent + para.markerGap() : indent - para.markerGap() - widthOf(marker);
                List<Placed> markerPlaced = new ArrayList<>();
                for (int k : BidiOrder.visualOrder(marker, level)) {
                    Piece p = marker.get(k);
                    if (p.kind() != Piece.Kind.BREAK && p.kind() != Piece.Kind.GLUE) {
                        markerPlaced.add(placed(p, x, p.width()));
                    }
                    x += p.width();
                }
                placed.addAll(0, markerPlaced);
                all.addAll(marker);
            }
            if (i == 0 && rightBeside) {
                placeRight(right, rtl ? 0 : width - rightWidth, placed, level);
                all.addAll(right);
            }
            boolean justified = align == Align.JUSTIFY && !last;
            out.add(line(placed, all, para.leading()).withFit(new LineFit(paragraph, i, 0, justified, placement.spaceRatio(),
                    filled.hyphenated(), filled.cut(), placement.overflow(), source)));
        }
        if (out.isEmpty() && rightBeside && !right.isEmpty()) {
            List<Placed> placed = new ArrayList<>();
            placeRight(right, rtl ? 0 : width - rightWidth, placed, level);
            out.add(line(placed, right, para.leading()));
        } else if (!right.isEmpty() && !rightBeside) {
            List<Placed> placed = new ArrayList<>();
            placeRight(right, rtl ? 0 : width - rightWidth, placed, level);
            out.add(line(placed, right, para.leading()));
        }
        if (para.aside() != null && !para.aside().runs().isEmpty()) {
            out = besideColumn(out, para, width, rtl);
        }
        out = numbered(out, paragraph, source);
        if (!para.bars().isEmpty()) {
            out = withBars(out, para, width, rtl);
        }
        return out;
    }

    /**
     * Each line with its place in the paragraph; a line of the paragraph that the breaker did
     * not set (dates on a row of their own, the left column's overflow) counts as one of its lines.
     */
    private static List<Line> numbered(List<Line> lines, int paragraph, SourcePos source) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            LineFit fit = line.fit() != null ? line.fit()
                    : new LineFit(paragraph, i, 0, false, Float.NaN, false, false, 0, source);
            out.add(line.withFit(fit.withPlace(paragraph, i, lines.size())));
        }
        return out;
    }

    /** Where the paragraph's text is written: its first run that knows. */
    private static SourcePos source(Block.Paragraph para) {
        for (Run r : para.runs()) {
            if (r.pos() != null) {
                return r.pos();
            }
        }
        return null;
    }

    /** Sets the aside's lines in the left column, line for line beside the paragraph's. */
    private List<Line> besideColumn(List<Line> main, Block.Paragraph para, float width, boolean rtl) {
        Block.Aside aside = para.aside();
        // Beside a right-to-left paragraph the column is on the right, aligned towards the text.
        Block.Paragraph column = Block.Paragraph.of(aside.runs()).align(rtl ? mirror(aside.align()) : aside.align())
                .leading(para.leading()).build();
        // The left column holds dates and places, too narrow and too short to hyphenate; and its
        // lines are read between the paragraph's.
        List<Line> side = layout(column, aside.width(), true);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < Math.max(main.size(), side.size()); i++) {
            Line a = i < main.size() ? main.get(i) : null;
            Line b = i < side.size() ? side.get(i) : null;
            if (a == null || b == null) {
                out.add(a != null ? a : rtl ? new Line(shifted(b.pieces(), width - aside.width()), b.strokes(), b.height(), b.baseline(),
                        b.keepWithNext(), b.fit()) : b);
                continue;
            }
            List<Placed> pieces = new ArrayList<>(rtl ? shifted(b.pieces(), width - aside.width()) : b.pieces());
            pieces.addAll(a.pieces());
            float baseline = Math.max(a.baseline(), b.baseline());
            float below = Math.max(a.height() - a.baseline(), b.height() - b.baseline());
            out.add(new Line(pieces, a.strokes(), baseline + below, baseline, false, a.fit()));
        }
        return out;
    }

    private static List<Line> withBars(List<Line> lines, Block.Paragraph para, float width, boolean rtl) {
        if (lines.isEmpty()) {
            return lines;
        }
        Line first = lines.get(0);
        float textEnd = para.indent();
        float textStart = width - para.indent();
        for (Placed p : first.pieces()) {
            if (p.x() >= para.indent() - 0.01f) {
                textEnd = Math.max(textEnd, p.x() + p.width());
            }
            if (p.x() + p.width() <= width - para.indent() + 0.01f) {
                textStart = Math.min(textStart, p.x());
            }
        }
        List<Line.Stroke> strokes = new ArrayList<>(first.strokes());
        for (Block.Bar bar : para.bars()) {
            float x1 = bar.afterText() ? textEnd + bar.x1() : bar.x1();
            float x2 = bar.afterText() ? width : bar.x2();
            if (rtl) {
                // Mirrored: after a right-to-left title is to its left.
                x1 = bar.afterText() ? 0 : width - bar.x2();
                x2 = bar.afterText() ? textStart - bar.x1() : width - bar.x1();
            }
            if (x2 > x1) {
                strokes.add(new Line.Stroke(x1, x2, bar.rise(), bar.thickness(), bar.color()));
            }
        }
        List<Line> out = new ArrayList<>(lines);
        out.set(0, new Line(first.pieces(), strokes, first.height(), first.baseline(), first.keepWithNext(), first.fit()));
        return out;
    }

    static float widthOf(List<Piece> pieces) {
        float w = 0;
        for (Piece p : pieces) {
            w += p.width();
        }
        return w;
    }

    private static List<Word> words(List<Piece> pieces) {
        List<Word> words = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        Piece spaceBefore = null;
        Piece pendingSpace = null;
        boolean forced = false;
        for (Piece p : pieces) {
            switch (p.kind()) {
                case WORD -> {
                    if (pendingSpace != null) {
                        if (current.isEmpty()) {
                            spaceBefore = pendingSpace;
                        } else if (pendingSpace.noBreak() || isDash(p)) {
                            // No line starts with a dash: it stays with the word before it.
                            current.add(pendingSpace);
                        } else {
                            words.add(new Word(List.copyOf(current), spaceBefore, forced));
                            current = new ArrayList<>();
                            spaceBefore = pendingSpace;
                            forced = false;
                        }
                    }
                    current.add(p);
                    pendingSpace = null;
                }
                case SPACE, GLUE -> {
                    // Glue never stands beside a space; if it did, the space would win.
                    if (pendingSpace == null || pendingSpace.kind() == Piece.Kind.GLUE && p.kind() == Piece.Kind.SPACE) {
                        pendingSpace = p;
                    }
                }
                case BREAK -> {
                    if (!current.isEmpty()) {
                        words.add(new Word(List.copyOf(current), spaceBefore, forced));
                        current = new ArrayList<>();
                    }
                    spaceBefore = null;
                    pendingSpace = null;
                    forced = true;
                }
            }
        }
        if (!current.isEmpty()) {
            words.add(new Word(List.copyOf(current), spaceBefore, forced));
        }
        return words;
    }

    private static boolean isDash(Piece p) {
        return p.text().equals("–") || p.text().equals("—");
    }

    /**
     * Breaks the paragraph as a whole (see {@link TotalFit}), segment by segment between forced
     * breaks, in TeX's passes: first without hyphenation; if no breaking fits, again with
     * hyphenation; and if that fails too, with no tolerance. Breaks after a hyphen the text
     * has, and at soft hyphens, are there in every pass. Returns null when a word is wider than
     * its line even hyphenated: first fit then cuts or crowds as it must.
     */
    private List<Filled> totalFit(List<Word> words, float firstWidth, float full, boolean ragged, boolean wholeFirstLine,
            boolean wholeWords, boolean hyphenate) {
        List<Filled> lines = new ArrayList<>();
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
            if (space == 0 && !segment.isEmpty() && !segment.get(0).pieces().isEmpty()) {
                // Text with no space (Chinese): what a space would be, a quarter em.
                space = segment.get(0).pieces().get(0).size() / 4;
            }
            float raggedStretch = Math.max(1, space) * 12; // about three ems
            boolean flaggedFirst = !(start == 0 && wholeFirstLine);
            Units units = units(segment, Hyphenation.NONE, wholeWords);
            int[] starts = units.fits(first, full) ? units.breaks(first, full, ragged, raggedStretch, flaggedFirst, PRETOLERANCE)
                    : null;
            if (starts == null && hyphenate) {
                units = units(segment, Hyphenation.WORDS, wholeWords);
                starts = units.fits(first, full) ? units.breaks(first, full, ragged, raggedStretch, flaggedFirst, TOLERANCE) : null;
            }
            if (starts == null) {
                // An emergency pass, where TeX would leave a line overfull: the parts of compounds
                // may break too, and then a line may be as loose as it must.
                units = units(segment, hyphenate ? Hyphenation.COMPOUND_PARTS : Hyphenation.NONE, wholeWords);
                if (!units.fits(first, full)) {
                    return null;
                }
                starts = units.breaks(first, full, ragged, raggedStretch, flaggedFirst, TOLERANCE);
                if (starts == null) {
                    starts = units.breaks(first, full, ragged, raggedStretch, flaggedFirst, Double.POSITIVE_INFINITY);
                }
            }
            if (starts == null) {
                return null;
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

    /**
     * The pieces of a segment as the total-fit breaker sees them: whole words, or parts of words
     * where a word may break. Unit i is {@code word[i]}'s text from offset {@code from[i]} to
     * {@code to[i]}.
     */
    private static final class Units {
        final List<Integer> word = new ArrayList<>();
        final List<Integer> from = new ArrayList<>();
        final List<Integer> to = new ArrayList<>();
        final List<Float> width = new ArrayList<>();
        final List<Float> space = new ArrayList<>();
        /** The glue before unit i (see {@link Piece}): its natural width, and its stretch. */
        final List<Float> glue = new ArrayList<>();
        final List<Float> glueStretch = new ArrayList<>();
        final List<Float> endExtra = new ArrayList<>();
        final List<Float> startExtra = new ArrayList<>();
        final List<Boolean> flagged = new ArrayList<>();
        /** Whether a break before unit i draws a hyphen. */
        final List<Boolean> addsHyphen = new ArrayList<>();

        int size() {
            return word.size();
        }

        void add(int w, int f, int t, float wd, Piece sp, float end, float st, boolean flag, boolean hyphen) {
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
                if (w > (i == 0 ? first : full) + EPSILON && w > full + EPSILON) {
                    return false;
                }
            }
            return true;
        }

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
                    raggedStretch * 4 / 3);
        }

        /** The line of units [a, b): each word's part in one piece per face, spaces between words. */
        Filled line(List<Word> segment, int a, int b, boolean forcedEnd) {
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
                line.add(resize(last, last.text() + HYPHEN));
            }
            return new Filled(line, forcedEnd, hyphenated, false);
        }
    }

    /**
     * Which breaks inside words the patterns may add: none; those of plain words (TeX's rule:
     * a compound breaks only at its hyphens); or, in an emergency, those of a compound's parts.
     */
    private enum Hyphenation { NONE, WORDS, COMPOUND_PARTS }

    /** A place where a word may break: after {@code offset} characters of its text. */
    private record WordBreak(int offset, boolean addsHyphen) {}

    /**
     * The units of a segment: each word whole, or in parts at its break points: soft hyphens and
     * hyphens always, and with {@code hyphenate} the points of the hyphenation patterns.
     */
    private Units units(List<Word> segment, Hyphenation hyphenate, boolean wholeWords) {
        Units u = new Units();
        for (int w = 0; w < segment.size(); w++) {
            Word word = segment.get(w);
            Piece sp = w == 0 ? null : word.space();
            List<WordBreak> breaks = wholeWords ? List.<WordBreak>of() : breakPoints(word, hyphenate);
            if (breaks.isEmpty()) {
                int length = 0;
                for (Piece p : word.pieces()) {
                    length += p.text().length();
                }
                u.add(w, 0, length, word.width(), sp, 0, 0, false, false);
                continue;
            }
            List<Piece> pieces = word.pieces();
            int length = 0;
            for (Piece p : pieces) {
                length += p.text().length();
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
                    WordBreak br = breaks.get(k);
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
                float end = addsHyphen ? p.face().width(head + HYPHEN, p.size()) - headWidth : 0;
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
            out.add(a == s && b == e ? p : resize(p, p.text().substring(a - s, b - s)));
        }
        return out;
    }

    /**
     * Where a word may break. Never in a link, a run kept whole (names, dates), an icon, small
     * capitals, code (a monospaced face), nor in a word that looks like a URL, an e-mail address
     * or an identifier, or has digits. A soft hyphen in the source is a break point, and then the
     * patterns are not asked about that word.
     */
    private List<WordBreak> breakPoints(Word word, Hyphenation hyphenate) {
        List<Piece> pieces = word.pieces();
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(p.text());
        }
        String text = sb.toString();
        if (!hyphenatable(text)) {
            return List.of();
        }
        java.util.TreeMap<Integer, WordBreak> out = new java.util.TreeMap<>();
        boolean manual = false;
        // As in TeX, a compound ("resource-constrained") breaks at its hyphens only: a second
        // hyphen inside one of its parts reads badly.
        boolean compound = false;
        int pos = 0;
        for (Piece p : pieces) {
            int len = p.text().length();
            if (breakable(p)) {
                for (int k : p.shy()) {
                    out.put(pos + k, new WordBreak(pos + k, !p.text().startsWith(HYPHEN, k - 1)));
                    manual = true;
                }
                for (int k = 1; k < len - 1; k++) {
                    // After a hyphen between letters, as in "state-of-the-art": no hyphen added.
                    char c = p.text().charAt(k);
                    if ((c == '-' || c == '\u2010') && Character.isLetter(text.charAt(pos + k - 1))
                            && Character.isLetter(text.charAt(pos + k + 1)) && lettersBefore(text, pos + k) >= Hyphenator.LEFT_MIN
                            && lettersAfter(text, pos + k + 1) >= Hyphenator.RIGHT_MIN) {
                        out.put(pos + k + 1, new WordBreak(pos + k + 1, false));
                        compound = true;
                    }
                }
            }
            pos += len;
        }
        if (hyphenate != Hyphenation.NONE && !manual && (!compound || hyphenate == Hyphenation.COMPOUND_PARTS)) {
            // Each run of letters wholly inside one breakable piece is a word for the patterns.
            pos = 0;
            for (Piece p : pieces) {
                String t = p.text();
                if (breakable(p)) {
                    int k = 0;
                    while (k < t.length()) {
                        if (!isWordLetter(t.charAt(k))) {
                            k++;
                            continue;
                        }
                        int e = k;
                        while (e < t.length() && isWordLetter(t.charAt(e))) {
                            e++;
                        }
                        boolean inside = (pos + k == 0 || !Character.isLetterOrDigit(text.charAt(pos + k - 1)))
                                && (pos + e == text.length() || !Character.isLetterOrDigit(text.charAt(pos + e)));
                        String run = t.substring(k, e);
                        if (inside && patternWord(run)) {
                            for (int point : Hyphenator.english().points(run)) {
                                out.putIfAbsent(pos + k + point, new WordBreak(pos + k + point, true));
                            }
                        }
                        k = e;
                    }
                }
                pos += t.length();
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }

    private static int lettersBefore(String s, int end) {
        int n = 0;
        while (end - n - 1 >= 0 && Character.isLetter(s.charAt(end - n - 1))) {
            n++;
        }
        return n;
    }

    private static int lettersAfter(String s, int start) {
        int n = 0;
        while (start + n < s.length() && Character.isLetter(s.charAt(start + n))) {
            n++;
        }
        return n;
    }

    /**
     * A word the English patterns may break: Latin letters, in lower case after the first (not an
     * acronym or a product name such as "SageMaker", which the patterns know nothing of).
     */
    private static boolean patternWord(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
            if (i > 0 && Character.isUpperCase(c)) {
                return false;
            }
        }
        return run.length() >= Hyphenator.LEFT_MIN + Hyphenator.RIGHT_MIN;
    }

    /** Whole-word reasons not to break a word: it is a URL, an address, a number, a name of code. */
    private static boolean hyphenatable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '/' || c == '\\' || c == '_' || c == '=' || c == '#' || c == '~') {
                return false;
            }
            // A dot or colon between letters: a domain, a file name, "e.g.", "std::vector".
            if ((c == '.' || c == ':') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                return false;
            }
        }
        return !text.regionMatches(true, 0, "www", 0, 3) || text.length() < 4 || text.charAt(3) != '.';
    }

    private final java.util.Map<Face, Boolean> monospaced = new java.util.IdentityHashMap<>();

    /** A piece that may break inside: plain text of the paragraph, not a link, a name or code. */
    private boolean breakable(Piece p) {
        if (p.kind() != Piece.Kind.WORD || p.link() != null || p.noBreak() || p.icon() || p.actual() != null) {
            return false;
        }
        // Code is set in a monospaced face: an identifier must not gain a hyphen.
        return !monospaced.computeIfAbsent(p.face(), f -> Math.abs(f.width("i", 10) - f.width("m", 10)) < 0.01f);
    }

    private List<Filled> fill(List<Word> words, float firstWidth, float full) {
        List<Filled> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float used = 0;
        for (Word word : words) {
            if (word.forced() && (!line.isEmpty() || !lines.isEmpty())) {
                lines.add(new Filled(line, true));
                line = new ArrayList<>();
                used = 0;
            }
            float avail = lines.isEmpty() ? firstWidth : full;
            float ww = word.width();
            if (!line.isEmpty()) {
                float sw = word.space() == null ? 0 : word.space().width();
                if (used + sw + ww <= avail + EPSILON) {
                    if (word.space() != null) {
                        line.add(word.space());
                    }
                    line.addAll(word.pieces());
                    used += sw + ww;
                    continue;
                }
                lines.add(new Filled(line, false));
                line = new ArrayList<>();
                used = 0;
                avail = full;
            }
            if (ww <= avail + EPSILON) {
                line.addAll(word.pieces());
                used = ww;
                continue;
            }
            // A word longer than the line: cut it into chunks that fit.
            List<Piece> rest = word.pieces();
            List<List<Piece>> cut;
            while ((cut = cut(rest, avail)) != null) {
                lines.add(new Filled(cut.get(0), false, false, true));
                rest = cut.get(1);
                avail = full;
            }
            line = new ArrayList<>();
            for (Piece p : rest) {
                line.add(measured(p));
            }
            used = widthOf(line);
        }
        if (!line.isEmpty()) {
            lines.add(new Filled(line, false));
        }
        return lines;
    }

    /**
     * Cuts pieces in two so that the first part fits {@code avail}, or returns null when they
     * all fit; never returns an empty first part. Only about as much of the word is measured as
     * fits (prefixes of doubling length, then a binary search between the last two), so that
     * cutting a long word takes time in proportion to its length.
     */
    private static List<List<Piece>> cut(List<Piece> pieces, float avail) {
        int length = 0;
        for (Piece p : pieces) {
            length += p.text().length();
        }
        if (length == 0) {
            return null;
        }
        int fit = 0;
        int over;
        for (int n = 1; ; n = Math.min(2 * n, length)) {
            if (prefixWidth(pieces, n) > avail + EPSILON) {
                over = n;
                break;
            }
            if (n >= length) {
                return null;
            }
            fit = n;
        }
        while (over - fit > 1) {
            int mid = (fit + over) >>> 1;
            if (prefixWidth(pieces, mid) > avail + EPSILON) {
                over = mid;
            } else {
                fit = mid;
            }
        }
        String all = prefix(pieces, fit + 1);
        if (fit > 0 && fit < all.length() && Character.isLowSurrogate(all.charAt(fit)) && Character.isHighSurrogate(all.charAt(fit - 1))) {
            fit--;
        }
        if (fit == 0) {
            fit = Character.charCount(all.codePointAt(0));
        }
        // Prefer a cut after a URL separator.
        int best = fit;
        for (int n = fit; n > fit / 2 && n > 1; n--) {
            if ("/.-_?&=#,;:".indexOf(all.charAt(n - 1)) >= 0) {
                best = n;
                break;
            }
        }
        return split(pieces, best);
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
                head.add(resize(p, p.text().substring(0, left)));
                // Measured only when needed: measuring the whole rest of a long word at every cut would take time in its square.
                tail.add(new Piece(p.kind(), p.text().substring(left), null, p.face(), p.size(), Float.NaN, p.style(), p.link(),
                        p.noBreak(), p.icon()));
                left = 0;
            } else {
                tail.add(p);
            }
        }
        return List.of(head, tail);
    }

    /** The piece with its width, for the rest of a cut word, whose width is left unmeasured. */
    private static Piece measured(Piece p) {
        return Float.isNaN(p.width()) ? resize(p, p.text()) : p;
    }

    private static Piece resize(Piece p, String text) {
        return new Piece(p.kind(), text, null, p.face(), p.size(), p.face().width(text, p.size()), p.style(), p.link(),
                p.noBreak(), p.icon());
    }

    /**
     * A line's pieces placed; {@code spaceRatio}, its widest space as a multiple of its natural
     * width (NaN when no space stretches); {@code overflow}, how far it runs past its end.
     */
    private record Placement(List<Placed> placed, float spaceRatio, float overflow) {}

    private static Placement place(List<Piece> pieces, float indent, float lineWidth, Align align, boolean last,
            boolean hyphenated, int[] order, boolean rtl) {
        float natural = widthOf(pieces);
        float spaceWidth = 0;
        for (Piece p : pieces) {
            if (p.kind() == Piece.Kind.SPACE) {
                spaceWidth += p.width();
            }
        }
        // Justified spaces may shrink by a third, on a paragraph's last line too (as in TeX: the
        // breaker counts on it); past that, or with nothing to shrink, the text runs over.
        boolean shrinks = align == Align.JUSTIFY && (!last || natural > lineWidth);
        float shrinkable = shrinks ? spaceWidth / 3 : 0;
        float overflow = natural - shrinkable - lineWidth > EPSILON ? natural - shrinkable - lineWidth : 0;
        float extra = shrinks ? Math.max(-shrinkable, lineWidth - natural) : Math.max(0, lineWidth - natural);
        float x = indent;
        float stretch = 0;
        switch (align) {
            case CENTER -> x += extra / 2;
            case RIGHT -> x += extra;
            case JUSTIFY -> {
                if (rtl && !shrinks) {
                    x += extra; // a right-to-left paragraph's last line is flush right
                }
                int spaces = 0;
                for (Piece p : pieces) {
                    if (p.kind() == Piece.Kind.SPACE) {
                        spaces++;
                    }
                }
                if (shrinks && spaces > 0) {
                    stretch = extra / spaces;
                }
            }
            case LEFT -> { }
        }
        List<Placed> out = new ArrayList<>();
        float ratio = Float.NaN;
        float[] glued = align == Align.JUSTIFY && shrinks ? glued(pieces, extra) : null;
        // From left to right as seen: {@code order} is the bidirectional algorithm's.
        for (int i : order) {
            Piece p = pieces.get(i);
            float w = glued != null ? p.width() + glued[i] : p.kind() == Piece.Kind.SPACE ? p.width() + stretch : p.width();
            if (p.kind() == Piece.Kind.SPACE && (glued != null ? glued[i] : stretch) != 0 && p.width() > 0) {
                ratio = Float.isNaN(ratio) ? w / p.width() : Math.max(ratio, w / p.width());
            }
            if (p.kind() != Piece.Kind.GLUE) {
                out.add(placed(p, x, w, hyphenated && i == pieces.size() - 1));
            }
            x += w;
        }
        return new Placement(out, ratio, overflow);
    }

    /**
     * For a justified line with glue (CJK text), what each piece gains: the line's extra width
     * shared by spaces and glue in proportion to their stretch (a space's is half its width), so
     * that the gaps between ideographs come out equal; a line too full shrinks its spaces only.
     * Null when the line has no glue that stretches: its spaces share the extra equally, as ever.
     */
    private static float[] glued(List<Piece> pieces, float extra) {
        float total = 0;
        float shrinkable = 0;
        boolean glue = false;
        for (Piece p : pieces) {
            glue |= p.kind() == Piece.Kind.GLUE && p.stretch() > 0;
            total += stretchOf(p);
            shrinkable += p.kind() == Piece.Kind.SPACE ? p.width() : 0;
        }
        if (!glue) {
            return null;
        }
        float[] out = new float[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (extra >= 0) {
                out[i] = total > 0 ? extra * stretchOf(p) / total : 0;
            } else if (p.kind() == Piece.Kind.SPACE && shrinkable > 0) {
                out[i] = extra * p.width() / shrinkable;
            }
        }
        return out;
    }

    private static float stretchOf(Piece p) {
        return switch (p.kind()) {
            case SPACE -> p.width() / 2;
            case GLUE -> p.stretch();
            default -> 0;
        };
    }

    private static void placeRight(List<Piece> right, float x, List<Placed> out, int level) {
        for (int k : BidiOrder.visualOrder(right, level)) {
            Piece p = right.get(k);
            if (p.kind() != Piece.Kind.BREAK && p.kind() != Piece.Kind.GLUE) {
                out.add(placed(p, x, p.width()));
            }
            x += p.width();
        }
    }

    private static Align mirror(Align align) {
        return switch (align) {
            case LEFT -> Align.RIGHT;
            case RIGHT -> Align.LEFT;
            default -> align;
        };
    }

    private static List<Placed> shifted(List<Placed> pieces, float dx) {
        List<Placed> out = new ArrayList<>(pieces.size());
        for (Placed p : pieces) {
            out.add(new Placed(p.x() + dx, p.width(), p.text(), p.actual(), p.face(), p.size(), p.color(), p.underline(), p.link(),
                    p.icon(), p.hyphenated()));
        }
        return out;
    }

    /**
     * Spaces are placed too, as wide as the gap they stand for: the export draws each as a
     * space character stretched over its gap, so text extraction finds exactly one space
     * between words, however loose a justified line is.
     */
    private static Placed placed(Piece p, float x, float width) {
        return placed(p, x, width, false);
    }

    private static Placed placed(Piece p, float x, float width, boolean hyphenated) {
        return new Placed(x, width, p.text(), p.actual(), p.face(), p.size(), p.style().color(), p.style().underline(), p.link(),
                p.icon(), hyphenated);
    }

    /**
     * The line's height is the leading times its largest font size; the baseline is placed so
     * that the ink of the tallest face is centred in that height.
     */
    private static Line line(List<Placed> placed, List<Piece> pieces, float leading) {
        float size = 0;
        float ascent = 0;
        float descent = 0;
        for (Piece p : pieces) {
            if (p.kind() == Piece.Kind.BREAK) {
                continue;
            }
            size = Math.max(size, p.style().size());
            ascent = Math.max(ascent, p.ascent());
            descent = Math.max(descent, p.descent());
        }
        float height = Math.max(size * leading, ascent + descent);
        float baseline = (height - ascent - descent) / 2 + ascent;
        return new Line(List.copyOf(placed), height, baseline, false);
    }
}
