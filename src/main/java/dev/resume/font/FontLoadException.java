package dev.resume.font;

/**
 * A font named by a theme could not be found or used. The message and hint are the tool's own
 * words, for a theme error at the place the font is named; {@code name} is the theme's text.
 */
public final class FontLoadException extends RuntimeException {
    private final String name;
    private final String hint;

    public FontLoadException(String name, String message, String hint, Throwable cause) {
        super(message, cause);
        this.name = name;
        this.hint = hint;
    }

    /** The font as the theme names it (a file, "file.ttc,2", or a family name). */
    public String name() {
        return name;
    }

    public String hint() {
        return hint;
    }
}
