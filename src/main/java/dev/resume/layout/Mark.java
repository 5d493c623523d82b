package dev.resume.layout;

/**
 * Where a drawn piece of text belongs in the document's structure: to the {@code node}th
 * paragraph laid out (its lines may run over pages, and its left column's lines hang beside
 * the next paragraph's), which is tagged {@code tag}; in which {@code part} of it; inside its
 * {@code span}th span (from 1; 0: in none; see {@link Run#span}); and inside the link to {@code
 * link}, or null. What carries no mark (a running footer, a page number) is no part of the
 * content: the export draws it as an artifact.
 */
public record Mark(int node, Tag tag, Part part, int span, String link) {

    /** In no span. */
    public Mark(int node, Tag tag, Part part, String link) {
        this(node, tag, part, 0, link);
    }

    /** The parts of a paragraph. */
    public enum Part {
        /** Its text. */
        BODY,
        /** Its marker: a bullet, a label hung in the indent (a list item's label). */
        LABEL,
        /** What is set beside it: the text at its right, its left column's (a date, a place). */
        BESIDE
    }

    /** The same mark, inside the link to {@code url} (null: in none). */
    public Mark withLink(String url) {
        return java.util.Objects.equals(url, link) ? this : new Mark(node, tag, part, span, url);
    }

    /** The same mark, inside the paragraph's {@code n}th span (0: in none). */
    public Mark inSpan(int n) {
        return n == span ? this : new Mark(node, tag, part, n, link);
    }
}
