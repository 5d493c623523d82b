package dev.resume.layout;

import java.util.List;

/**
 * A laid-out page: its size, its items, the bookmarks that point into it, and where its lines
 * and margins are (what the layout report and the debug overlay read; the PDF draws only the
 * items).
 */
public record Page(int number, float width, float height, List<PageItem> items, List<Bookmark> bookmarks,
        List<LineBox> lines, Margins margins) {

    /** A bookmark: a title and the y (from the top) it points to. */
    public record Bookmark(String title, float y) {}

    /**
     * A line as placed: the top of its box and its height, its baseline, all from the page's
     * top; its text, as drawn; and how the line breaker set it (null for a line that is no
     * paragraph's).
     */
    public record LineBox(float top, float height, float baseline, String text, LineFit fit) {}

    /** The page's margins, in points. */
    public record Margins(float top, float right, float bottom, float left) {}
}
