package dev.resume.export.text;

import java.util.Locale;

/** The formats a résumé can be written in besides PDF, each with its file extension. */
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

    /** "md", "markdown", "txt", "text", "html", "htm" in any case; null for any other name. */
    public static TextFormat byName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> MARKDOWN;
            case "txt", "text" -> TEXT;
            case "html", "htm" -> HTML;
            default -> null;
        };
    }
}
