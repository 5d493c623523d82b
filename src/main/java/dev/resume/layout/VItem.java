package dev.resume.layout;

/** An item of the vertical list that the paginator cuts into pages. */
sealed interface VItem {

    record LineItem(Line line) implements VItem {}

    /**
     * A picture whose box starts {@code dy} below where this item stands, {@code x} from the
     * left margin. It takes no height itself: the lines and space after it do.
     */
    record PictureItem(Picture picture, Picture.Frame frame, float x, float dy) implements VItem {}

    record RuleItem(float thickness, Rgb color, boolean keepWithNext) implements VItem {}

    /** Glue between lines; dropped where a page breaks. */
    record Space(float amount) implements VItem {}

    record AnchorItem(String title) implements VItem {}

    /** A forced page break; ignored at the top of a page. */
    record PageBreak() implements VItem {}

    /** The next {@code count} items would rather stay on one page; see {@link Block.Group} for {@code firm}. */
    record GroupStart(int count, boolean firm) implements VItem {}
}
