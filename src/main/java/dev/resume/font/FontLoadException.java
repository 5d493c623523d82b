package dev.resume.font;

/** A font file named by a theme could not be found or read. */
public final class FontLoadException extends RuntimeException {
    public FontLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
