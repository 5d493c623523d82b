package dev.resume.export.text;

import dev.resume.model.Resume;
import dev.resume.style.Metadata;
import dev.resume.theme.Theme;

/**
 * Writes a résumé as Markdown, plain text or HTML: the content of its PDF (the same variant,
 * selection and {@code show} choices, the same dates and composed lines, from the same theme),
 * without the page.
 */
public final class TextExporter {
    private TextExporter() {}

    /**
     * @param resume the résumé as loaded, with its variant and selection applied
     * @param theme the theme its PDF is set in
     * @param metadata the PDF's metadata (the HTML page's title, author, description)
     */
    public static String export(Resume resume, Theme theme, Metadata metadata, TextFormat format) {
        Outline outline = new Outliner(theme).outline(resume, metadata);
        return switch (format) {
            case MARKDOWN -> new MarkdownWriter().write(outline);
            case TEXT -> new PlainTextWriter().write(outline);
            case HTML -> new HtmlWriter(new HtmlStyle(theme)).write(outline);
        };
    }
}
