package dev.resume.layout;

import dev.resume.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a paragraph as lines: the paragraph-level decisions (its direction, whether the text at
 * its right fits beside its first line, the left column, the bars) around its jobs, each in a
 * class of its own: cutting the shaped pieces into words ({@link Word}), breaking the words as a
 * whole ({@link TotalFitPasses}, with {@link BreakPoints} and {@link Units}) or, when a word is
 * wider than any line, first fit ({@link LongWords}), and placing each line ({@link LinePlacement}).
 */
final class LineBreaker {
    /** Rounding slack, in points, so a word measured to fit exactly is not pushed down. */
    static final float EPSILON = 0.01f;

    private final Shaper shaper;
    /** The document's direction, for paragraphs that have none of their own (see {@link BidiOrder}). */
    private final int documentLevel;
    /** The micro-typography of justified paragraphs. */
    private final MicroTypography micro;
    private final TotalFitPasses totalFit = new TotalFitPasses();
    /** How many paragraphs this breaker has set: each line's fit names its paragraph by number. */
    private int paragraphs;

    LineBreaker(Shaper shaper) {
        this(shaper, 0, MicroTypography.OFF);
    }

    LineBreaker(Shaper shaper, int documentLevel, MicroTypography micro) {
        this.shaper = shaper;
        this.documentLevel = documentLevel;
        this.micro = micro;
    }

    /**
     * A paragraph's lines. The last {@code hanging} hold only the left column's text (dates
     * that run on below the paragraph's last line): the layout may hang them beside the next
     * paragraph's first lines instead, when those leave the column, from {@code columnFrom} to
     * {@code columnTo}, free.
     */
    record Lines(List<Line> lines, int hanging, float columnFrom, float columnTo) {}

    /**
     * Lays out a paragraph in a box {@code width} wide (the whole text width; the paragraph's
     * indent is inside it).
     */
    List<Line> layout(Block.Paragraph para, float width) {
        return lines(para, width).lines();
    }

    /** As {@link #layout(Block.Paragraph, float)}, telling which lines hold only the left column's text. */
    Lines lines(Block.Paragraph para, float width) {
        return layout(para, width, false);
    }

    /** As above; {@code wholeWords}: no word is broken (a column of dates beside the text). */
    private Lines layout(Block.Paragraph para, float width, boolean wholeWords) {
        // Broken in logical order, each line then reordered by the bidirectional algorithm; a
        // right-to-left paragraph is mirrored (see Block.Paragraph).
        int level = BidiOrder.paragraphLevel(para, documentLevel);
        boolean rtl = level == 1;
        Align align = rtl ? mirror(para.align()) : para.align();
        List<Word> words = Word.split(BidiOrder.split(shaper.shape(para.runs()), level));
        List<Piece> right = BidiOrder.split(shaper.shape(para.right()), level);
        float rightWidth = Piece.widthOf(right);
        float rightX = rtl ? 0 : width - rightWidth;
        float indent = para.indent();
        float full = width - indent;

        // The text at the right (a date, a place) stands beside the first line when the text
        // leaves it room, and then no line of the text runs under it: all wrap short of it.
        boolean rightBeside = false;
        float textWidth = full;
        if (!right.isEmpty()) {
            float gap = para.runs().isEmpty() ? 0 : para.runs().get(0).style().size();
            float narrow = full - rightWidth - gap;
            float firstWord = words.isEmpty() ? 0 : words.get(0).width();
            rightBeside = words.isEmpty() ? rightWidth <= full + EPSILON : narrow >= 0.4f * full && firstWord <= narrow;
            if (rightBeside && !words.isEmpty()) {
                textWidth = narrow;
            }
        }

        // Text drawn between a line's end and the next line's start (a date at the right of the
        // first line, the left column's lines) would stand between the two parts of a word broken
        // there, in the text layer: no word breaks at those line ends.
        boolean aside = para.aside() != null && !para.aside().runs().isEmpty();
        // Justified left-to-right text only: ragged text has no straight right margin to hang
        // into, and the hangs are a left-to-right font's.
        MicroTypography lineMicro = para.align() == Align.JUSTIFY && !rtl ? micro : MicroTypography.OFF;
        List<BrokenLine> lines = totalFit.lines(words, textWidth, textWidth, para.align() != Align.JUSTIFY, rightBeside,
                aside || wholeWords, para.hyphenMinWord(), para.language(), lineMicro);
        if (lines == null) {
            lines = LongWords.firstFit(words, textWidth, textWidth);
        }
        // A marker is a bullet or a label ("Programming Languages"): all its pieces, spaces too.
        List<Piece> marker = para.marker() == null ? List.of() : BidiOrder.split(shaper.shape(List.of(para.marker())), level);
        int paragraph = paragraphs++;
        Mark body = new Mark(paragraph, para.tag(), Mark.Part.BODY, null);
        Mark beside = new Mark(paragraph, para.tag(), Mark.Part.BESIDE, null);
        SourcePos source = source(para);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BrokenLine broken = lines.get(i);
            boolean last = i == lines.size() - 1 || broken.forcedEnd();
            // A cut word's mark takes the end of its line, whatever the alignment.
            float mark = broken.marked() ? LongWords.markWidth(broken.pieces().get(broken.pieces().size() - 1)) : 0;
            boolean endHangs = !last && !(i == 0 && rightBeside) && !broken.marked();
            LinePlacement.Placement placement = LinePlacement.place(broken.pieces(), rtl ? width - indent - textWidth + mark : indent,
                    textWidth - mark, align, last, broken.hyphenated(), BidiOrder.visualOrder(broken.pieces(), level), rtl,
                    LinePlacement.Micro.of(broken.pieces(), lineMicro, endHangs));
            List<Placed> placed = LinePlacement.marked(placement.placed(), body);
            List<Line.Stroke> marks = broken.marked() ? List.of(cutMark(placed, broken.pieces(), rtl)) : List.of();
            List<Piece> all = new ArrayList<>(broken.pieces());
            if (i == 0 && !marker.isEmpty()) {
                float x = rtl ? width - indent + para.markerGap() : indent - para.markerGap() - Piece.widthOf(marker);
                placed.addAll(0, LinePlacement.marked(LinePlacement.natural(marker, x, level),
                        new Mark(paragraph, para.tag(), Mark.Part.LABEL, null)));
                all.addAll(marker);
            }
            if (i == 0 && rightBeside) {
                placed.addAll(LinePlacement.marked(LinePlacement.natural(right, rightX, level), beside));
                all.addAll(right);
            }
            boolean justified = align == Align.JUSTIFY && !last;
            Line line = LinePlacement.line(placed, all, para.leading());
            out.add(new Line(line.pieces(), marks, line.height(), line.baseline(), false, new LineFit(paragraph, i, 0, justified,
                    placement.spaceRatio(), broken.hyphenated(), broken.cut(), placement.overflow(), source)));
        }
        // The text at the right on a line of its own: below the paragraph's lines, or as its only
        // line; when it is wider than a line (a long URL), as a paragraph of its own, flush right.
        if (!right.isEmpty() && !rightBeside) {
            if (rightWidth <= full + EPSILON) {
                out.add(LinePlacement.line(LinePlacement.marked(LinePlacement.natural(right, rightX, level), beside), right, para.leading()));
            } else {
                out.addAll(LinePlacement.markedLines(layout(Block.Paragraph.of(para.right()).indent(indent).align(Align.RIGHT)
                        .leading(para.leading()).hyphenate(false).direction(para.direction()).build(), width, false).lines(), beside));
            }
        } else if (rightBeside && out.isEmpty()) {
            out.add(LinePlacement.line(LinePlacement.marked(LinePlacement.natural(right, rightX, level), beside), right, para.leading()));
        }
        int hanging = 0;
        if (aside) {
            int own = out.size();
            out = besideColumn(out, para, width, rtl, beside);
            hanging = out.size() - own;
        }
        out = numbered(out, paragraph, source);
        if (!para.bars().isEmpty()) {
            out = LinePlacement.withBars(out, para, width, rtl);
        }
        float column = aside ? para.aside().width() : 0;
        return new Lines(out, hanging, rtl ? width - column : 0, rtl ? width : column);
    }

    /**
     * The mark after a word cut at no separator: a short rule at a hyphen's height and width,
     * after the line's logical end (before it, in a right-to-left line). A stroke, not text: the
     * text layer gives the word whole.
     */
    private static Line.Stroke cutMark(List<Placed> placed, List<Piece> pieces, boolean rtl) {
        Piece lastPiece = pieces.get(pieces.size() - 1);
        float mark = LongWords.markWidth(lastPiece);
        float size = lastPiece.size();
        float start = Float.MAX_VALUE;
        float end = -Float.MAX_VALUE;
        for (Placed p : placed) {
            start = Math.min(start, p.x());
            end = Math.max(end, p.x() + p.width());
        }
        float x1 = rtl ? start - 0.85f * mark : end + 0.15f * mark;
        return new Line.Stroke(x1, x1 + 0.7f * mark, 0.25f * size, 0.07f * size, lastPiece.style().color());
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
    private List<Line> besideColumn(List<Line> main, Block.Paragraph para, float width, boolean rtl, Mark mark) {
        Block.Aside aside = para.aside();
        // Beside a right-to-left paragraph the column is on the right, aligned towards the text.
        Block.Paragraph column = Block.Paragraph.of(aside.runs()).align(rtl ? mirror(aside.align()) : aside.align())
                .leading(para.leading()).build();
        // The left column holds dates and places, too narrow and too short to hyphenate; and its
        // lines are read between the paragraph's.
        List<Line> side = LinePlacement.markedLines(layout(column, aside.width(), true).lines(), mark);
        return LinePlacement.besideColumn(main, side, width, aside.width(), rtl);
    }

    private static Align mirror(Align align) {
        return switch (align) {
            case LEFT -> Align.RIGHT;
            case RIGHT -> Align.LEFT;
            default -> align;
        };
    }
}
