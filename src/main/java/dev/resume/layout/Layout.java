package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Typesets blocks into pages. Pure computation: give it blocks whose faces can measure text and
 * it returns pages of positioned items, which the export stage draws.
 */
public final class Layout {
    private final PageSetup setup;
    private final List<MissingGlyph> missing = new ArrayList<>();

    public Layout(PageSetup setup) {
        this.setup = setup;
    }

    /** The result of a layout: pages and the characters no font could draw. */
    public record Result(List<Page> pages, List<MissingGlyph> missingGlyphs) {}

    public Result run(List<Block> blocks) {
        // A right-to-left language sets the direction of the paragraphs with no letters of their own
        // (a date, a number) and of the contact line; otherwise most of the letters do.
        int level = setup.rightToLeft() ? 1 : BidiOrder.documentLevel(blocks);
        LineBreaker breaker = new LineBreaker(new Shaper(missing), level, setup.micro());
        List<VItem> items = new ArrayList<>();
        stack(blocks, breaker, items, setup.textWidth(), 0);
        List<Page> pages = new Paginator(setup, breaker).paginate(items);
        return new Result(pages, List.copyOf(missing));
    }

    /**
     * A group too tall to move whole breaks between its lines, but as a paragraph does: never
     * after its first line, nor before its last (an entry's "Subjects" line alone atop a page).
     */
    private static void keepEnds(List<VItem> items, int start) {
        List<Integer> lines = new ArrayList<>();
        for (int i = start; i < items.size(); i++) {
            if (items.get(i) instanceof VItem.LineItem) {
                lines.add(i);
            }
        }
        if (lines.size() < 2) {
            return;
        }
        for (int i : List.of(lines.get(0), lines.get(lines.size() - 2))) {
            VItem.LineItem item = (VItem.LineItem) items.get(i);
            items.set(i, new VItem.LineItem(item.line().withKeepWithNext(true)));
        }
    }

    /**
     * The left column's lines that ran on below their paragraph (a date of two lines beside a
     * heading of one), waiting to hang beside the next paragraph's lines, with the column's
     * extent; and the index in the list of the item that holds the paragraph's last line of its own.
     */
    private record Hanging(List<VItem.LineItem> lines, float from, float to, int lastOwn) {}

    /** Stacks {@code blocks} set {@code width} wide, {@code dx} from the left margin. */
    private void stack(List<Block> blocks, LineBreaker breaker, List<VItem> out, float width, float dx) {
        Hanging hanging = null;
        for (Block block : blocks) {
            if (hanging != null && !(block instanceof Block.Paragraph)) {
                out.addAll(hanging.lines());
                hanging = null;
            }
            switch (block) {
                case Block.Paragraph p -> {
                    LineBreaker.Lines set = breaker.lines(p, width);
                    List<Line> lines = set.lines();
                    if (dx != 0) {
                        lines = lines.stream().map(l -> LinePlacement.shifted(l, dx)).toList();
                    }
                    if (hanging != null) {
                        lines = hang(hanging, lines, out);
                        hanging = null;
                    }
                    if (p.spaceBefore() > 0) {
                        out.add(new VItem.Space(p.spaceBefore()));
                    }
                    int n = lines.size();
                    int own = n - set.hanging();
                    List<VItem.LineItem> items = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        Line line = lines.get(i);
                        // No page break after a paragraph's first line or before its last (no
                        // orphans or widows), nor anywhere in a block that keeps with the next,
                        // nor inside a hyphenated word (TeX's \brokenpenalty, made absolute: the
                        // footer would stand between its halves in the text layer).
                        boolean hyphenated = line.fit() != null && line.fit().hyphenated();
                        boolean keep = p.keepWithNext() || (n > 1 && (i == 0 || i == n - 2)) || hyphenated;
                        items.add(new VItem.LineItem(line.withKeepWithNext(keep)));
                    }
                    out.addAll(items.subList(0, own));
                    if (own < n && own > 0) {
                        hanging = new Hanging(items.subList(own, n), set.columnFrom(), set.columnTo(), out.size() - 1);
                    } else {
                        out.addAll(items.subList(own, n));
                    }
                }
                case Block.Rule r -> {
                    if (r.spaceBefore() > 0) {
                        out.add(new VItem.Space(r.spaceBefore()));
                    }
                    out.add(new VItem.RuleItem(r.thickness(), r.color(), r.keepWithNext()));
                    if (r.spaceAfter() > 0) {
                        out.add(new VItem.Space(r.spaceAfter()));
                    }
                }
                case Block.Space s -> out.add(new VItem.Space(s.amount()));
                case Block.Anchor a -> out.add(new VItem.AnchorItem(a.title()));
                case Block.PageBreak b -> out.add(new VItem.PageBreak());
                case Block.Beside b -> beside(b, breaker, out, width, dx);
                case Block.Group g -> {
                    int start = out.size();
                    stack(g.blocks(), breaker, out, width, dx);
                    keepEnds(out, start);
                    out.add(start, new VItem.GroupStart(out.size() - start, g.firm()));
                }
            }
        }
        if (hanging != null) {
            out.addAll(hanging.lines());
        }
    }

    /**
     * A picture beside blocks: the blocks set in what the picture leaves of the width, the
     * shorter of picture and text centred against the other (a photo beside a name and a contact
     * line, or a short photo beside a long header), and space below the text when the picture
     * goes lower, so that what follows starts below both. The picture keeps with the text's first
     * line: they start a page together. Mirrored, the blocks leave the picture's room free on both
     * sides.
     */
    private void beside(Block.Beside b, LineBreaker breaker, List<VItem> out, float width, float dx) {
        float room = b.frame().width() + b.gap();
        List<VItem> text = new ArrayList<>();
        float textWidth = Math.max(1, width - (b.mirrored() ? 2 * room : room));
        stack(b.blocks(), breaker, text, textWidth, b.right() && !b.mirrored() ? dx : dx + room);
        float textHeight = 0;
        for (VItem item : text) {
            textHeight += switch (item) {
                case VItem.LineItem l -> l.line().height();
                case VItem.Space s -> s.amount();
                case VItem.RuleItem r -> r.thickness();
                default -> 0;
            };
        }
        float pictureHeight = b.frame().height();
        float x = b.right() ? dx + width - b.frame().width() : dx;
        float pad = Math.max(0, (pictureHeight - textHeight) / 2);
        out.add(new VItem.PictureItem(b.picture(), b.frame(), x, Math.max(0, (textHeight - pictureHeight) / 2)));
        if (pad > 0) {
            out.add(new VItem.Space(pad));
        }
        out.addAll(text);
        if (pad > 0) {
            out.add(new VItem.Space(pad));
        }
    }

    /**
     * Hangs the column's lines left over from the paragraph before beside the first lines of
     * this one, line for line, as long as those leave the column free (no bar, marker or text
     * of theirs in it), so that a date of two lines beside a heading of one does not push the
     * entry's bullets down. When they cannot all hang (the next paragraph is a section title
     * with its bar in the column, or too short), they are set on lines of their own, as before.
     * The paragraph before then keeps with this one: its date goes on beside it.
     */
    private static List<Line> hang(Hanging hanging, List<Line> lines, List<VItem> out) {
        int n = hanging.lines().size();
        boolean clear = lines.size() >= n;
        for (int i = 0; clear && i < n; i++) {
            clear = clearOf(lines.get(i), hanging.from(), hanging.to());
        }
        if (!clear) {
            out.addAll(hanging.lines());
            return lines;
        }
        VItem.LineItem last = (VItem.LineItem) out.get(hanging.lastOwn());
        out.set(hanging.lastOwn(), new VItem.LineItem(last.line().withKeepWithNext(true)));
        List<Line> merged = new ArrayList<>(lines);
        for (int i = 0; i < n; i++) {
            merged.set(i, LinePlacement.beside(lines.get(i), hanging.lines().get(i).line()));
        }
        return merged;
    }

    /** Whether nothing of the line (text, marker, stroke) lies between {@code from} and {@code to}. */
    private static boolean clearOf(Line line, float from, float to) {
        for (Placed p : line.pieces()) {
            if (p.x() < to && p.x() + p.width() > from) {
                return false;
            }
        }
        for (Line.Stroke s : line.strokes()) {
            if (s.x1() < to && s.x2() > from) {
                return false;
            }
        }
        return true;
    }
}
