package dev.resume.export.text;

import dev.resume.theme.Theme;

/**
 * The formats the text exporter writes, each with its file extension and its writer; the output
 * formats of the library (and their other names) are {@code api.OutputFormats}. A new text
 * format is a writer of the {@link Outline} and a constant here.
 */
public enum TextFormat {
    MARKDOWN("md", (outline, theme) -> new MarkdownWriter().write(outline)),
    TEXT("txt", (outline, theme) -> new PlainTextWriter().write(outline)),
    HTML("html", (outline, theme) -> new HtmlWriter(new HtmlStyle(theme)).write(outline));

    /** Writes an outline as a file of this format; the theme is the PDF's, for formats with a look. */
    interface Writer {
        String write(Outline outline, Theme theme);
    }

    private final String extension;
    private final Writer writer;

    TextFormat(String extension, Writer writer) {
        this.extension = extension;
        this.writer = writer;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    String write(Outline outline, Theme theme) {
        return writer.write(outline, theme);
    }
}
