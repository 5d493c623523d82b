package dev.resume.theme;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.syntax.SourceSearch;
import dev.resume.syntax.YNode;
import dev.resume.text.PageTemplate;

/**
 * Reads a footer's or a running header's text where it is written (a theme, a résumé): each
 * problem with its placeholders is reported at its own line and column, not at the start of
 * the value.
 */
public final class PageTexts {
    private PageTexts() {}

    /**
     * The template a value makes: null for none (empty) or when it has problems, which are
     * reported. Unquoted, YAML reads {@code {page}} as a mapping: that is told as such.
     */
    public static PageTemplate read(YNode node, String key, Diagnostics diagnostics) {
        if (node == null || node instanceof YNode.Scalar s && (s.isNull() || s.text().isBlank())) {
            return null;
        }
        if (node instanceof YNode.Scalar s) {
            return read(s.text(), s.pos(), diagnostics);
        }
        diagnostics.error(node.pos(), "'" + key + "' is a text, found " + node.describe()
                        + (node instanceof YNode.Map ? " (YAML reads {...} that is not in quotes as a mapping)" : ""),
                "put the text in quotes: " + key + ": \"Page {page} of {pages}\"");
        return null;
    }

    /** The template {@code text} (written at {@code at}) makes, or null when it has problems (reported). */
    public static PageTemplate read(String text, SourcePos at, Diagnostics diagnostics) {
        return switch (PageTemplate.parse(text)) {
            case PageTemplate.Ok ok -> ok.template();
            case PageTemplate.Bad bad -> {
                for (PageTemplate.Problem p : bad.problems()) {
                    diagnostics.error(SourceSearch.find(at, p.near(), before(text, p.near(), p.offset())), p.message(), p.hint());
                }
                yield null;
            }
        };
    }

    /** How many times {@code piece} stands in {@code text} before {@code offset}. */
    private static int before(String text, String piece, int offset) {
        int n = 0;
        for (int i = text.indexOf(piece); i >= 0 && i < offset; i = text.indexOf(piece, i + piece.length())) {
            n++;
        }
        return n;
    }
}
