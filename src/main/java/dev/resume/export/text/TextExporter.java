package dev.resume.export.text;

import dev.resume.compose.Composition;
import dev.resume.theme.Theme;

/**
 * Writes a résumé as Markdown, plain text or HTML: the content of its PDF (the same
 * composition: variant, selection, {@code show} choices, dates and lines), without the page.
 */
public final class TextExporter {
    private TextExporter() {}

    /**
     * @param composed the résumé as composed for its PDF
     * @param theme the theme its PDF is set in (the HTML page's look)
     */
    public static String export(Composition composed, Theme theme, TextFormat format) {
        return format.write(Outline.of(composed, theme), theme);
    }
}
