package dev.resume.layout;

import java.util.List;

/** A laid-out page: its size, its items, and the bookmarks that point into it. */
public record Page(int number, float width, float height, List<PageItem> items, List<Bookmark> bookmarks) {

    /** A bookmark: a title and the y (from the top) it points to. */
    public record Bookmark(String title, float y) {}
}
