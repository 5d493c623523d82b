package dev.resume.export;

import java.util.List;

/**
 * The PDF library failed while embedding the fonts (writing their subsets): {@code fonts} are
 * those not yet written, the one that failed among them.
 */
public final class FontEmbedException extends RuntimeException {
    private final List<String> fonts;

    public FontEmbedException(List<String> fonts, Throwable cause) {
        super("the PDF library failed to embed " + (fonts.size() == 1 ? "the font " : "one of the fonts ") + String.join(", ", fonts) + ": "
                + cause, cause);
        this.fonts = List.copyOf(fonts);
    }

    public List<String> fonts() {
        return fonts;
    }
}
