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
        LineBreaker breaker = new LineBreaker(new Shaper(missing), BidiOrder.documentLevel(blocks), setup.micro());
        List<VItem> items = new ArrayList<>();
        stack(blocks, breaker, items);
        List<Page> pages = new Paginator(setup).paginate(items);
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

    private void stack(List<Block> blocks, LineBreaker breaker, List<VItem> out) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> {
                    if (p.spaceBefore() > 0) {
                        out.add(new VItem.Space(p.spaceBefore()));
                    }
                    List<Line> lines = breaker.layout(p, setup.textWidth());
                    int n = lines.size();
                    for (int i = 0; i < n; i++) {
                        Line line = lines.get(i);
                        // No page break after a paragraph's first line or before its last (no
                        // orphans or widows), nor anywhere in a block that keeps with the next,
                        // nor inside a hyphenated word (TeX's \brokenpenalty, made absolute: the
                        // footer would stand between its halves in the text layer).
                        boolean hyphenated = line.fit() != null && line.fit().hyphenated();
                        boolean keep = p.keepWithNext() || (n > 1 && (i == 0 || i == n - 2)) || hyphenated;
                        out.add(new VItem.LineItem(line.withKeepWithNext(keep)));
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
                case Block.Group g -> {
                    int start = out.size();
                    stack(g.blocks(), breaker, out);
                    keepEnds(out, start);
                    out.add(start, new VItem.GroupStart(out.size() - start));
                }
            }
        }
    }
}
