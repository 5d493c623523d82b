package dev.resume.export.text;

/** Text made of paragraphs separated by a blank line, as Markdown and plain text both are. */
final class Paragraphs {
    private Paragraphs() {}

    /**
     * Appends a paragraph of its own (a blank line before it, unless it is the first), each of
     * its lines after {@code indent}; an empty text adds nothing.
     */
    static void append(StringBuilder out, String indent, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        out.append(indent).append(text.replace("\n", "\n" + indent));
    }
}
