package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines, first fit: each line takes as many words as fit. Words too
 * long for a line (URLs, identifiers) are cut after a slash, dot or hyphen if possible, else
 * anywhere, so that nothing runs past the margin.
 */
final class LineBreaker {
    /** Rounding slack, in points, so a word measured to fit exactly is not pushed down. */
    private static final float EPSILON = 0.01f;

    private final Shaper shaper;

    LineBreaker(Shaper shaper) {
        this.shaper = shaper;
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

    private record Filled(List<Piece> pieces, boolean forcedEnd) {}

    /**
     * Lays out a paragraph in a box {@code width} wide (the whole text width; the paragraph's
     * indent is inside it).
     */
    List<Line> layout(Block.Paragraph para, float width) {
        List<Word> words = words(shaper.shape(para.runs()));
        List<Piece> right = shaper.shape(para.right());
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

        List<Filled> lines = totalFit(words, firstWidth, full, para.align() != Align.JUSTIFY);
        if (lines == null) {
            lines = fill(words, firstWidth, full);
        }
        Piece marker = para.marker() == null ? null : first(shaper.shape(List.of(para.marker())));
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Filled filled = lines.get(i);
            boolean last = i == lines.size() - 1 || filled.forcedEnd();
            List<Placed> placed = place(filled.pieces(), indent, i == 0 ? firstWidth : full, para.align(), last);
            List<Piece> all = new ArrayList<>(filled.pieces());
            if (i == 0 && marker != null) {
                placed.add(0, placed(marker, indent - para.markerGap() - marker.width(), marker.width()));
                all.add(marker);
            }
            if (i == 0 && rightBeside) {
                placeRight(right, width - rightWidth, placed);
                all.addAll(right);
            }
            out.add(line(placed, all, para.leading()));
        }
        if (out.isEmpty() && rightBeside && !right.isEmpty()) {
            List<Placed> placed = new ArrayList<>();
            placeRight(right, width - rightWidth, placed);
            out.add(line(placed, right, para.leading()));
        } else if (!right.isEmpty() && !rightBeside) {
            List<Placed> placed = new ArrayList<>();
            placeRight(right, width - rightWidth, placed);
            out.add(line(placed, right, para.leading()));
        }
        if (para.aside() != null && !para.aside().runs().isEmpty()) {
            out = besideColumn(out, para);
        }
        if (!para.bars().isEmpty()) {
            out = withBars(out, para, width);
        }
        return out;
    }

    /** Sets the aside's lines in the left column, line for line beside the paragraph's. */
    private List<Line> besideColumn(List<Line> main, Block.Paragraph para) {
        Block.Aside aside = para.aside();
        Block.Paragraph column = new Block.Paragraph(aside.runs(), List.of(), null, 0, 0, aside.align(), para.leading(), 0, false);
        List<Line> side = layout(column, aside.width());
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < Math.max(main.size(), side.size()); i++) {
            Line a = i < main.size() ? main.get(i) : null;
            Line b = i < side.size() ? side.get(i) : null;
            if (a == null || b == null) {
                out.add(a != null ? a : b);
                continue;
            }
            List<Placed> pieces = new ArrayList<>(b.pieces());
            pieces.addAll(a.pieces());
            float baseline = Math.max(a.baseline(), b.baseline());
            float below = Math.max(a.height() - a.baseline(), b.height() - b.baseline());
            out.add(new Line(pieces, a.strokes(), baseline + below, baseline, false));
        }
        return out;
    }

    private static List<Line> withBars(List<Line> lines, Block.Paragraph para, float width) {
        if (lines.isEmpty()) {
            return lines;
        }
        Line first = lines.get(0);
        float textEnd = para.indent();
        for (Placed p : first.pieces()) {
            if (p.x() >= para.indent() - 0.01f) {
                textEnd = Math.max(textEnd, p.x() + p.width());
            }
        }
        List<Line.Stroke> strokes = new ArrayList<>(first.strokes());
        for (Block.Bar bar : para.bars()) {
            float x1 = bar.afterText() ? textEnd + bar.x1() : bar.x1();
            float x2 = bar.afterText() ? width : bar.x2();
            if (x2 > x1) {
                strokes.add(new Line.Stroke(x1, x2, bar.rise(), bar.thickness(), bar.color()));
            }
        }
        List<Line> out = new ArrayList<>(lines);
        out.set(0, new Line(first.pieces(), strokes, first.height(), first.baseline(), first.keepWithNext()));
        return out;
    }

    private static Piece first(List<Piece> pieces) {
        return pieces.isEmpty() ? null : pieces.get(0);
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
                case SPACE -> {
                    if (pendingSpace == null) {
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
     * breaks. Returns null when a word is wider than its line, or nothing fits the tolerance:
     * first fit then cuts or crowds as it must.
     */
    private static List<Filled> totalFit(List<Word> words, float firstWidth, float full, boolean ragged) {
        List<Filled> lines = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            int end = start + 1;
            while (end < words.size() && !words.get(end).forced()) {
                end++;
            }
            List<Word> segment = words.subList(start, end);
            float first = start == 0 ? firstWidth : full;
            int n = segment.size();
            float[] widths = new float[n];
            float[] spaces = new float[n];
            float space = 0;
            for (int i = 0; i < n; i++) {
                Word w = segment.get(i);
                widths[i] = w.width();
                spaces[i] = i == 0 || w.space() == null ? 0 : w.space().width();
                if (widths[i] > (i == 0 ? first : full) + EPSILON && widths[i] > full + EPSILON) {
                    return null;
                }
                space = space == 0 ? spaces[i] : space;
            }
            float raggedStretch = Math.max(1, space) * 8; // about two ems
            int[] starts = TotalFit.breaks(widths, spaces, first, full, ragged, raggedStretch, 200);
            if (starts == null) {
                starts = TotalFit.breaks(widths, spaces, first, full, ragged, raggedStretch, Double.POSITIVE_INFINITY);
            }
            if (starts == null) {
                return null;
            }
            for (int k = 0; k < starts.length; k++) {
                int a = starts[k];
                int b = k + 1 < starts.length ? starts[k + 1] : n;
                List<Piece> line = new ArrayList<>(segment.get(a).pieces());
                for (int i = a + 1; i < b; i++) {
                    Word w = segment.get(i);
                    if (w.space() != null) {
                        line.add(w.space());
                    }
                    line.addAll(w.pieces());
                }
                boolean segmentEnd = b == n && end < words.size();
                lines.add(new Filled(line, segmentEnd));
            }
            start = end;
        }
        return lines;
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
                lines.add(new Filled(cut.get(0), false));
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

    private static List<Placed> place(List<Piece> pieces, float indent, float lineWidth, Align align, boolean last) {
        float natural = widthOf(pieces);
        // Only justified text may shrink its spaces (the total-fit breaker allows a third).
        float extra = align == Align.JUSTIFY && !last ? lineWidth - natural : Math.max(0, lineWidth - natural);
        float x = indent;
        float stretch = 0;
        switch (align) {
            case CENTER -> x += extra / 2;
            case RIGHT -> x += extra;
            case JUSTIFY -> {
                int spaces = 0;
                for (Piece p : pieces) {
                    if (p.kind() == Piece.Kind.SPACE) {
                        spaces++;
                    }
                }
                if (!last && spaces > 0) {
                    stretch = extra / spaces;
                }
            }
            case LEFT -> { }
        }
        List<Placed> out = new ArrayList<>();
        for (Piece p : pieces) {
            float w = p.kind() == Piece.Kind.SPACE ? p.width() + stretch : p.width();
            out.add(placed(p, x, w));
            x += w;
        }
        return out;
    }

    private static void placeRight(List<Piece> right, float x, List<Placed> out) {
        for (Piece p : right) {
            if (p.kind() != Piece.Kind.BREAK) {
                out.add(placed(p, x, p.width()));
            }
            x += p.width();
        }
    }

    /**
     * Spaces are placed too, as wide as the gap they stand for: the export draws each as a
     * space character stretched over its gap, so text extraction finds exactly one space
     * between words, however loose a justified line is.
     */
    private static Placed placed(Piece p, float x, float width) {
        return new Placed(x, width, p.text(), p.actual(), p.face(), p.size(), p.style().color(), p.style().underline(), p.link(),
                p.icon());
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
