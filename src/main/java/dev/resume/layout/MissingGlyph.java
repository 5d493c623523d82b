package dev.resume.layout;

import dev.resume.diag.SourcePos;

/** A character no font of the theme can draw, and where it came from. */
public record MissingGlyph(int codePoint, SourcePos pos) {

    public String describe() {
        return String.format("no font of the theme has the character '%s' (U+%04X)", Character.toString(codePoint), codePoint);
    }
}
