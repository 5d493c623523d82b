package dev.resume.export.text;

/**
 * The formats the text exporter writes, each with its file extension; the output formats of the
 * library (and their other names) are {@code api.OutputFormats}.
 */
public enum TextFormat {
    MARKDOWN("md"), TEXT("txt"), HTML("html");

    private final String extension;

    TextFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
