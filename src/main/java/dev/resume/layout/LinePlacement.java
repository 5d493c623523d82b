package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a broken line's pieces go across the line, and what is set beside them: alignment and
 * justification (spaces and CJK glue sharing the extra width), right-aligned text (a date), a
 * marker (a bullet, a label), the bidirectional algorithm's visual order, the left column's
 * lines and the bars after a title. Placement is apart from breaking because it alone works in
 * visual order and in positions; the breakers only choose which pieces share a line.
 */
final class LinePlacement {
    private LinePlacement() {}

    /**
     * A line's pieces placed; {@code spaceRatio}, its widest space as a multiple of its natural
     * width (NaN when no space stretches); {@code overflow}, how far it runs past its end.
     */
    record Placement(List<Placed> placed, float spaceRatio, float overflow) {}

    /**
     * A justified line's micro-typography (see {@link MicroTypography}): how far its first glyph
     * hangs into the left margin and its last into the right, in points, and the most its glyphs
     * may expand or shrink by. The breaker counted on the same amounts.
     */
    record Micro(float leftHang, float rightHang, float expansion) {
        static final Micro NONE = new Micro(0, 0, 0);

        /** A line's hangs and expansion under {@code micro}; {@code endHangs}: its end is at the margin. */
        static Micro of(List<Piece> pieces, MicroTypography micro, boolean endHangs) {
            float left = micro.protrusion() ? Protrusion.left(pieces) : 0;
            float right = micro.protrusion() && endHangs ? Protrusion.right(pieces) : 0;
            return new Micro(left, right, Expansion.limit(micro.expansion()));
        }
    }

    /**
     * Places a line's pieces from {@code indent} in a line {@code lineWidth} wide; {@code order}
     * is the bidirectional algorithm's visual order of the pieces.
     */
    static Placement place(List<Piece> pieces, float indent, float lineWidth, Align align, boolean last,
            boolean hyphenated, int[] order, boolean rtl) {
        return place(pieces, indent, lineWidth, align, last, hyphenated, order, rtl, Micro.NONE);
    }

    /**
     * As above, with {@code micro}: the text starts left of {@code indent} and may end past the
     * line by its end glyphs' hangs, and a justified line's glyphs are widened or narrowed by
     * one factor (the placed width of a word is then its drawn width, scaled by the export).
     */
    static Placement place(List<Piece> pieces, float indent, float lineWidth, Align align, boolean last,
            boolean hyphenated, int[] order, boolean rtl, Micro micro) {
        indent -= micro.leftHang();
        lineWidth += micro.leftHang() + micro.rightHang();
        float natural = Piece.widthOf(pieces);
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
        float scale = 1;
        if (shrinks && micro.expansion() > 0) {
            // The glyphs take what the line needs first, within their limit; the spaces the rest.
            float glyphs = Expansion.expandable(pieces);
            float factor = Expansion.factor(lineWidth - natural, glyphs, shrinkable, micro.expansion());
            natural += factor * glyphs;
            scale = 1 + factor;
        }
        float overflow = natural - shrinkable - lineWidth > LineBreaker.EPSILON ? natural - shrinkable - lineWidth : 0;
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
            float drawn = scale != 1 && Expansion.expands(p) ? p.width() * scale : p.width();
            float w = glued != null ? drawn + glued[i] : p.kind() == Piece.Kind.SPACE ? p.width() + stretch : drawn;
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

    /**
     * Pieces set at their natural widths from {@code x}, in visual order: a marker, or the text
     * at the right of a paragraph's first line (a date). All their pieces, spaces too.
     */
    static List<Placed> natural(List<Piece> pieces, float x, int level) {
        List<Placed> out = new ArrayList<>();
        for (int k : BidiOrder.visualOrder(pieces, level)) {
            Piece p = pieces.get(k);
            if (p.kind() != Piece.Kind.BREAK && p.kind() != Piece.Kind.GLUE) {
                out.add(placed(p, x, p.width(), false));
            }
            x += p.width();
        }
        return out;
    }

    /**
     * Spaces are placed too, as wide as the gap they stand for: the export draws each as a
     * space character stretched over its gap, so text extraction finds exactly one space
     * between words, however loose a justified line is.
     */
    private static Placed placed(Piece p, float x, float width, boolean hyphenated) {
        return new Placed(x, width, p.text(), p.actual(), p.face(), p.size(), p.style().color(), p.style().underline(), p.link(),
                p.icon(), hyphenated, null, p.span());
    }

    /**
     * The line of placed pieces. Its height is the leading times its largest font size; the
     * baseline is placed so that the ink of the tallest face is centred in that height.
     */
    static Line line(List<Placed> placed, List<Piece> pieces, float leading) {
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

    /**
     * The left column's lines ({@code side}, {@code columnWidth} wide) set line for line beside
     * the paragraph's ({@code main}); beside a right-to-left paragraph the column is on the right.
     */
    static List<Line> besideColumn(List<Line> main, List<Line> side, float width, float columnWidth, boolean rtl) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < Math.max(main.size(), side.size()); i++) {
            Line a = i < main.size() ? main.get(i) : null;
            Line b = i < side.size() ? rtl ? shifted(side.get(i), width - columnWidth) : side.get(i) : null;
            out.add(a == null ? b : b == null ? a : beside(a, b));
        }
        return out;
    }

    /**
     * A line of the text and a line of the column beside it as one line: the column's pieces
     * first (they come first in reading order), on a common baseline, with the strokes of both
     * (a cut word's mark); the text line's place in the paragraph and whether it keeps with the next.
     */
    static Line beside(Line text, Line column) {
        List<Placed> pieces = new ArrayList<>(column.pieces());
        pieces.addAll(text.pieces());
        List<Line.Stroke> strokes = new ArrayList<>(column.strokes());
        strokes.addAll(text.strokes());
        float baseline = Math.max(text.baseline(), column.baseline());
        float below = Math.max(text.height() - text.baseline(), column.height() - column.baseline());
        return new Line(pieces, strokes, baseline + below, baseline, text.keepWithNext(), text.fit());
    }

    /** The line moved {@code dx} to the right, its pieces and strokes. */
    static Line shifted(Line line, float dx) {
        List<Placed> pieces = new ArrayList<>(line.pieces().size());
        for (Placed p : line.pieces()) {
            pieces.add(p.moved(dx));
        }
        List<Line.Stroke> strokes = new ArrayList<>(line.strokes().size());
        for (Line.Stroke s : line.strokes()) {
            strokes.add(new Line.Stroke(s.x1() + dx, s.x2() + dx, s.rise(), s.thickness(), s.color()));
        }
        return new Line(pieces, strokes, line.height(), line.baseline(), line.keepWithNext(), line.fit());
    }

    /** The lines with every piece marked {@code mark}. */
    static List<Line> markedLines(List<Line> lines, Mark mark) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            out.add(new Line(marked(line.pieces(), mark), line.strokes(), line.height(), line.baseline(), line.keepWithNext(), line.fit()));
        }
        return out;
    }

    /** The pieces, each marked {@code mark}. */
    static List<Placed> marked(List<Placed> pieces, Mark mark) {
        List<Placed> out = new ArrayList<>(pieces.size());
        for (Placed p : pieces) {
            out.add(p.marked(mark));
        }
        return out;
    }

    /** The paragraph's bars (rules beside a heading) drawn on its first line, clear of its text. */
    static List<Line> withBars(List<Line> lines, Block.Paragraph para, float width, boolean rtl) {
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
}
