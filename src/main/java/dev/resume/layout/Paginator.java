package dev.resume.layout;

import dev.resume.text.PageTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the vertical list into pages. A page breaks after the last line that may end a page:
 * never after a line that keeps with the next (a heading, an entry's title row, a paragraph's
 * first line), and never inside a group that fits on a page but not in what is left of this one.
 */
final class Paginator {
    private static final float EPSILON = 0.01f;
    /** The most of a page that may stay empty so that a group starts on the next one. */
    private static final float MAX_EMPTY_FOR_GROUP = 0.2f;
    /**
     * The tallest a group that is not firm may be, as a part of a page, and still move whole (a
     * paper without its abstract, some seven lines): a taller one (with its abstract) starts
     * where it is and breaks between its lines, so that it leaves no more than this empty.
     */
    private static final float SHORT_GROUP = 0.125f;

    private final PageSetup setup;
    private final LineBreaker breaker;

    Paginator(PageSetup setup) {
        this(setup, null);
    }

    /** With {@code breaker}, a footer or header its face cannot set alone is shaped as a line of text is. */
    Paginator(PageSetup setup, LineBreaker breaker) {
        this.setup = setup;
        this.breaker = breaker;
    }

    private record Placement(int index, float y) {}

    List<Page> paginate(List<VItem> items) {
        List<List<Placement>> pages = new ArrayList<>();
        float limit = setup.textHeight();
        int i = 0;
        float y = 0;
        List<Placement> page = new ArrayList<>();
        // The forced break last acted on: met again at the top of the next page, it is done.
        int taken = -1;
        while (i < items.size()) {
            VItem item = items.get(i);
            boolean empty = !hasContent(page, items);
            int breakAt = -1;
            switch (item) {
                case VItem.Space s -> {
                    if (!empty) {
                        y += s.amount();
                    }
                    i++;
                    continue;
                }
                case VItem.AnchorItem a -> {
                    page.add(new Placement(i, y));
                    i++;
                    continue;
                }
                case VItem.PageBreak b -> {
                    if (empty || i == taken) {
                        i++;
                        continue;
                    }
                    // What keeps with the next line (a section's title before an entry that
                    // starts a page) goes to the next page with it, and the break is then taken.
                    int cut = cutBefore(items, page, i);
                    breakAt = cut < i ? cut : i + 1;
                    taken = i;
                }
                case VItem.GroupStart g -> {
                    float h = height(items, i + 1, i + 1 + g.count());
                    int cut = cutBefore(items, page, i);
                    // Move the group only where the page may end before it, and only if what
                    // moves with it (a heading that keeps with it) and the group fit the next page,
                    // and moving leaves no more than a fifth of this page empty; a group that is
                    // not firm, only if it is short: a tall entry rather breaks between its lines.
                    boolean movable = h <= limit && (g.firm() || h <= limit * SHORT_GROUP + EPSILON);
                    if (empty || !movable || y + h <= limit + EPSILON || !mayEnd(page, items)
                            || height(items, cut, i) + h > limit + EPSILON || limit - y > limit * MAX_EMPTY_FOR_GROUP) {
                        i++;
                        continue;
                    }
                    breakAt = cut;
                }
                default -> {
                    float h = heightOf(item);
                    if (empty || y + h <= limit + EPSILON) {
                        page.add(new Placement(i, y));
                        y += h;
                        i++;
                        continue;
                    }
                    breakAt = cutBefore(items, page, i);
                }
            }
            pages.add(trim(page, breakAt));
            i = breakAt;
            page = new ArrayList<>();
            y = 0;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return render(pages, items);
    }

    private static boolean hasContent(List<Placement> page, List<VItem> items) {
        for (Placement p : page) {
            if (isContent(items.get(p.index()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether some content item of the page may end it. */
    private static boolean mayEnd(List<Placement> page, List<VItem> items) {
        for (Placement p : page) {
            VItem item = items.get(p.index());
            if (isContent(item) && !keepsWithNext(item)) {
                return true;
            }
        }
        return false;
    }

    /** A picture is content: the space that centres text beside it is kept at a page's top. */
    private static boolean isContent(VItem item) {
        return item instanceof VItem.LineItem || item instanceof VItem.RuleItem || item instanceof VItem.PictureItem;
    }

    private static boolean keepsWithNext(VItem item) {
        return switch (item) {
            case VItem.LineItem l -> l.line().keepWithNext();
            case VItem.RuleItem r -> r.keepWithNext();
            case VItem.PictureItem p -> true;
            default -> false;
        };
    }

    /**
     * Where the next page starts when item {@code i} does not fit: right after the last content
     * item of this page that may end a page, or at {@code i} if there is none (a forced break).
     */
    private static int cutBefore(List<VItem> items, List<Placement> page, int i) {
        for (int k = page.size() - 1; k >= 0; k--) {
            int idx = page.get(k).index();
            VItem item = items.get(idx);
            if (isContent(item)) {
                if (!keepsWithNext(item)) {
                    return idx + 1;
                }
            }
        }
        return i;
    }

    private static List<Placement> trim(List<Placement> page, int cut) {
        List<Placement> kept = new ArrayList<>();
        for (Placement p : page) {
            if (p.index() < cut) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static float heightOf(VItem item) {
        return switch (item) {
            case VItem.LineItem l -> l.line().height();
            case VItem.RuleItem r -> r.thickness();
            case VItem.Space s -> s.amount();
            default -> 0;
        };
    }

    private static float height(List<VItem> items, int from, int to) {
        float h = 0;
        for (int k = from; k < to && k < items.size(); k++) {
            h += heightOf(items.get(k));
        }
        return h;
    }

    private List<Page> render(List<List<Placement>> pages, List<VItem> items) {
        List<Page> out = new ArrayList<>();
        int total = pages.size();
        for (int n = 0; n < total; n++) {
            List<PageItem> drawn = new ArrayList<>();
            // The running header first, as it is read: above the page's text.
            if (shows(setup.header(), total)) {
                float ascent = setup.footerStyle().face().ascent(setup.footerStyle().size());
                drawCentred(setup.header().on(n + 1, total), setup.headerBaseline(ascent), PageItem.Running.HEADER, drawn);
            }
            List<Page.Bookmark> bookmarks = new ArrayList<>();
            List<Page.LineBox> lines = new ArrayList<>();
            List<String> pendingAnchors = new ArrayList<>();
            for (Placement p : pages.get(n)) {
                float top = setup.top() + p.y();
                switch (items.get(p.index())) {
                    case VItem.AnchorItem a -> pendingAnchors.add(a.title());
                    case VItem.LineItem l -> {
                        for (String title : pendingAnchors) {
                            bookmarks.add(new Page.Bookmark(title, top));
                        }
                        pendingAnchors.clear();
                        drawLine(l.line(), top, 0, null, drawn);
                        lines.add(new Page.LineBox(top, l.line().height(), top + l.line().baseline(), text(l.line()), l.line().fit()));
                    }
                    case VItem.PictureItem pic -> drawn.add(new PageItem.Image(setup.left() + pic.x(), top + pic.dy(), pic.picture(),
                            pic.frame()));
                    case VItem.RuleItem r -> {
                        float ry = top + r.thickness() / 2;
                        drawn.add(new PageItem.Rule(setup.left(), ry, setup.width() - setup.right(), ry, r.thickness(), r.color()));
                    }
                    default -> { }
                }
            }
            for (String title : pendingAnchors) {
                bookmarks.add(new Page.Bookmark(title, setup.top()));
            }
            if (shows(setup.footer(), total)) {
                float ascent = setup.footerStyle().face().ascent(setup.footerStyle().size());
                drawCentred(setup.footer().on(n + 1, total), setup.footerBaseline(ascent), PageItem.Running.FOOTER, drawn);
            }
            out.add(new Page(n + 1, setup.width(), setup.height(), List.copyOf(drawn), List.copyOf(bookmarks), List.copyOf(lines),
                    new Page.Margins(setup.top(), setup.right(), setup.bottom(), setup.left())));
        }
        return out;
    }

    /**
     * A line at {@code top}, moved {@code dx} to the right of the text's left edge; {@code
     * running}: the running text it is, marked as no part of the structure, or null for the
     * document's.
     */
    private void drawLine(Line line, float top, float dx, PageItem.Running running, List<PageItem> out) {
        boolean content = running == null;
        float baseline = top + line.baseline();
        for (Line.Stroke s : line.strokes()) {
            float y = baseline - s.rise();
            out.add(new PageItem.Rule(setup.left() + dx + s.x1(), y, setup.left() + dx + s.x2(), y, s.thickness(), s.color()));
        }
        for (Placed p : line.pieces()) {
            float x = setup.left() + dx + p.x();
            if (p.face() instanceof MissingFace) {
                out.add(new PageItem.Missing(x, baseline, p.width(), p.text(), p.size(), p.color()));
            } else if (p.icon()) {
                out.add(new PageItem.Icon(x, baseline, p.width(), p.text(), p.face(), p.size(), p.color()));
            } else {
                out.add(new PageItem.Text(x, baseline, p.width(), p.text(), p.actual(), p.face(), p.size(), p.color(),
                        p.hyphenated(), content ? p.mark() : null, running));
            }
            if (p.underline()) {
                out.addAll(Underline.under(p, x, baseline));
            }
            if (p.link() != null) {
                // One clickable area per link and line, not one per word.
                if (!out.isEmpty() && lastLink(out) instanceof PageItem.Link l && l.url().equals(p.link()) && l.y() == top) {
                    out.remove(l);
                    out.add(new PageItem.Link(l.x(), top, x + p.width() - l.x(), line.height(), p.link(), l.mark()));
                } else {
                    out.add(new PageItem.Link(x, top, p.width(), line.height(), p.link(), content ? p.mark() : null));
                }
            }
        }
    }

    private static String text(Line line) {
        StringBuilder sb = new StringBuilder();
        for (Placed p : line.pieces()) {
            if (!p.icon()) {
                sb.append(p.actual() != null ? p.actual() : p.text());
            }
        }
        return sb.toString().strip();
    }

    private static PageItem lastLink(List<PageItem> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) instanceof PageItem.Link l) {
                return l;
            }
        }
        return null;
    }

    /** "Page 1 of 1" says nothing: a text that numbers the pages shows only when there are more. */
    private static boolean shows(PageTemplate text, int pages) {
        return text != null && (pages > 1 || !text.numbersPages());
    }

    /** A footer's or header's text ({@code running} says which), centred on the paper at {@code baseline}. */
    private void drawCentred(String text, float baseline, PageItem.Running running, List<PageItem> out) {
        if (text.isBlank()) {
            return;
        }
        TextStyle style = setup.footerStyle();
        Face face = style.face();
        if (breaker != null && !plain(text, face)) {
            // A language's footer ("صفحة 1 من 2", "第1页，共2页") its face lacks letters for, or
            // that reads right to left: shaped, with the fallback fonts and the bidi order, as
            // a line of the text is, and centred on the paper as the plain one is.
            Block.Paragraph para = Block.Paragraph.of(List.of(Run.of(text, style))).align(Align.CENTER).build();
            List<Line> lines = breaker.layout(para, setup.textWidth());
            if (!lines.isEmpty()) {
                Line line = lines.get(0);
                drawLine(line, baseline - line.baseline(), (setup.right() - setup.left()) / 2, running, out);
                return;
            }
        }
        float w = face.width(text, style.size());
        float x = (setup.width() - w) / 2;
        out.add(new PageItem.Text(x, baseline, w, text, null, face, style.size(), style.color(), false, null, running));
    }

    /** Whether one face draws the whole text left to right: every letter its own, none right to left. */
    private static boolean plain(String text, Face face) {
        return text.codePoints().allMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return (face.canDisplay(cp) || Character.isWhitespace(cp)) && d != Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    && d != Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
