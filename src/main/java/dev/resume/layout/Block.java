package dev.resume.layout;

import dev.resume.text.LanguageTag;
import java.util.List;

/**
 * The layout's input: a vertical list of blocks, in reading order. The style stage turns a
 * résumé into blocks; the layout knows nothing of résumés.
 */
public sealed interface Block {

    /**
     * A paragraph. {@code right} is set flush right on the first line (dates, a place) when the
     * left text leaves room, and then every line of the text wraps short of it; else below, flush
     * right, on lines of its own (wrapped when wider than a line). {@code marker} (a bullet) hangs in
     * the indent before the first line. {@code leading} is the baseline-to-baseline distance as a
     * multiple of the largest font size on a line. {@code hyphenMinWord}: words of at least
     * this many letters may break at the hyphenation patterns' points when the paragraph cannot
     * be set well without; 0 for none (hyphens and soft hyphens in the text are break points
     * either way). {@code language}: whose patterns those are; a language with none is not
     * hyphenated (see {@link HyphenationLanguage}). {@code direction}: how the
     * paragraph's direction is found (see {@link Direction}). In a right-to-left paragraph,
     * everything is mirrored: LEFT and RIGHT alignments swap, the indent and the marker are on
     * the right, {@code right} goes to the left, the aside to the right, bars to the other side.
     * {@code tag}: what the paragraph is in the document's structure (a paragraph unless told).
     */
    record Paragraph(List<Run> runs, List<Run> right, Run marker, float indent, float markerGap, Align align,
            float leading, float spaceBefore, boolean keepWithNext, Aside aside, List<Bar> bars, int hyphenMinWord,
            LanguageTag language, Direction direction, Tag tag) implements Block {

        public Paragraph {
            language = language == null ? LanguageTag.ENGLISH : language;
            tag = tag == null ? Tag.PARAGRAPH : tag;
            runs = List.copyOf(runs);
            right = List.copyOf(right);
            bars = List.copyOf(bars);
        }

        /**
         * A paragraph of {@code runs}, to be given the rest by name: left-aligned, no indent,
         * marker, right text, aside or bars, no space before, not kept with the next block,
         * hyphenated as English, its direction found from its text, at {@link Builder#DEFAULT_LEADING}.
         */
        public static Builder of(List<Run> runs) {
            return new Builder(runs);
        }

        /** A builder holding this paragraph's values, to derive one that differs in a few. */
        public Builder toBuilder() {
            return new Builder(runs).right(right).marker(marker, markerGap).indent(indent).align(align).leading(leading)
                    .spaceBefore(spaceBefore).keepWithNext(keepWithNext).aside(aside).bars(bars).hyphenMinWord(hyphenMinWord)
                    .language(language).direction(direction).tag(tag);
        }

        public Paragraph withBars(List<Bar> b) {
            return new Paragraph(runs, right, marker, indent, markerGap, align, leading, spaceBefore, keepWithNext, aside, b, hyphenMinWord,
                    language, direction, tag);
        }

        /** Whether the hyphenation patterns may break its words. */
        public boolean hyphenate() {
            return hyphenMinWord > 0;
        }

        /**
         * Builds a paragraph by naming its values, so that call sites do not pass a row of
         * floats and booleans in an order that is easy to get wrong. Single use, not shared.
         */
        public static final class Builder {
            /** The baseline skip, as a multiple of the font size, when none is given. */
            public static final float DEFAULT_LEADING = 1.2f;

            private final List<Run> runs;
            private List<Run> right = List.of();
            private Run marker;
            private float indent;
            private float markerGap;
            private Align align = Align.LEFT;
            private float leading = DEFAULT_LEADING;
            private float spaceBefore;
            private boolean keepWithNext;
            private Aside aside;
            private List<Bar> bars = List.of();
            private int hyphenMinWord = Hyphenator.SHORTEST_WORD;
            private LanguageTag language = LanguageTag.ENGLISH;
            private Direction direction = Direction.AUTO;
            private Tag tag = Tag.PARAGRAPH;

            private Builder(List<Run> runs) {
                this.runs = runs;
            }

            /** Text set flush right on the first line (dates, a place), or below when it does not fit. */
            public Builder right(List<Run> right) {
                this.right = right;
                return this;
            }

            /** A marker (a bullet) hung in the indent, {@code gap} before the text; null for none. */
            public Builder marker(Run marker, float gap) {
                this.marker = marker;
                this.markerGap = gap;
                return this;
            }

            /** The indent of every line, in points. */
            public Builder indent(float indent) {
                this.indent = indent;
                return this;
            }

            public Builder align(Align align) {
                this.align = align;
                return this;
            }

            /** The baseline-to-baseline distance as a multiple of the largest font size on a line. */
            public Builder leading(float leading) {
                this.leading = leading;
                return this;
            }

            /** Space above the first line, in points. */
            public Builder spaceBefore(float spaceBefore) {
                this.spaceBefore = spaceBefore;
                return this;
            }

            public Builder keepWithNext(boolean keepWithNext) {
                this.keepWithNext = keepWithNext;
                return this;
            }

            /** Text in the left column beside the paragraph, or null for none. */
            public Builder aside(Aside aside) {
                this.aside = aside;
                return this;
            }

            public Builder bars(List<Bar> bars) {
                this.bars = bars;
                return this;
            }

            /** Hyphenation on (words as short as the patterns allow) or off. */
            public Builder hyphenate(boolean hyphenate) {
                return hyphenMinWord(hyphenate ? Hyphenator.SHORTEST_WORD : 0);
            }

            /** The shortest word the patterns may break, in letters; 0: no hyphenation. */
            public Builder hyphenMinWord(int letters) {
                this.hyphenMinWord = letters <= 0 ? 0 : Math.max(letters, Hyphenator.SHORTEST_WORD);
                return this;
            }

            /** The language whose patterns break its words; null: English. */
            public Builder language(LanguageTag language) {
                this.language = language;
                return this;
            }

            public Builder direction(Direction direction) {
                this.direction = direction;
                return this;
            }

            /** What the paragraph is in the document's structure; null: a paragraph. */
            public Builder tag(Tag tag) {
                this.tag = tag;
                return this;
            }

            public Paragraph build() {
                return new Paragraph(runs, right, marker, indent, markerGap, align, leading, spaceBefore, keepWithNext, aside, bars,
                        hyphenMinWord, language, direction, tag);
            }
        }
    }

    /**
     * How a paragraph's direction is found. AUTO: from its first strong character (UAX #9's
     * rule P2: Arabic or Hebrew makes it right to left), or the document's when it has none.
     * DOCUMENT: the document's, whatever it holds (the contact line, whose first strong letters
     * are an e-mail address's, reads in the résumé's direction).
     */
    enum Direction { AUTO, DOCUMENT }

    /**
     * Text in a left column beside a paragraph ({@code width} wide from the left edge, aligned
     * within it), starting on the paragraph's first baseline; it may take several lines. Lines
     * of it past the paragraph's last hang beside the next paragraph's first lines when those
     * leave the column free (a date of two lines beside a heading of one and its first bullet).
     */
    record Aside(List<Run> runs, float width, Align align) {
        public Aside {
            runs = List.copyOf(runs);
        }
    }

    /**
     * A horizontal bar drawn with a paragraph's first line, {@code rise} above its baseline:
     * from {@code x1} to {@code x2} (points from the left edge), or, when {@code afterText}, from
     * {@code x1} past the end of the line's text to the right edge.
     */
    record Bar(float x1, float x2, boolean afterText, float rise, float thickness, Rgb color) {}

    /**
     * A picture beside blocks (the header's photo beside the name and contact line): the blocks
     * are set in the text width less the picture's and the {@code gap}, on the side away from the
     * picture, and the shorter of the two is centred against the other; what follows starts below
     * both. {@code right}: the picture stands at the right margin, else at the left.
     * {@code mirrored}: the blocks keep as much room free on the other side too, so that a centred
     * header stays centred on the page rather than in what the picture leaves.
     */
    record Beside(Picture picture, Picture.Frame frame, boolean right, float gap, boolean mirrored, List<Block> blocks)
            implements Block {
        public Beside {
            blocks = List.copyOf(blocks);
        }
    }

    /** A horizontal rule across the text width, or from {@code indent}. */
    record Rule(float thickness, Rgb color, float spaceBefore, float spaceAfter, boolean keepWithNext) implements Block {}

    /** Vertical space; dropped at the top of a page. */
    record Space(float amount) implements Block {}

    /** A PDF bookmark at the position of the next line. */
    record Anchor(String title) implements Block {}

    /** Ends the page here, unless the page is still empty. */
    record PageBreak() implements Block {}

    /**
     * Keeps the blocks inside on one page when they fit on one. {@code firm}: whenever they fit
     * (what the résumé asks to keep together); else only while they are short, at most an eighth of
     * a page (a theme's paper): a taller one starts where it is and breaks between its lines as a
     * paragraph does, rather than leave the foot of a page empty.
     */
    record Group(List<Block> blocks, boolean firm) implements Block {

        public Group {
            blocks = List.copyOf(blocks);
        }

        /** A firm group. */
        public Group(List<Block> blocks) {
            this(blocks, true);
        }
    }
}
