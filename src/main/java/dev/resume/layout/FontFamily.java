package dev.resume.layout;

import java.util.List;

/**
 * The four faces of a family plus the faces to fall back on, in order, for characters the
 * family lacks (symbols, other scripts).
 */
public record FontFamily(String name, Face regular, Face bold, Face italic, Face boldItalic, List<Face> fallbacks) {

    public Face face(boolean isBold, boolean isItalic) {
        if (isBold && isItalic) {
            return boldItalic;
        }
        return isBold ? bold : isItalic ? italic : regular;
    }
}
