package dev.resume.layout;

import java.util.List;

/**
 * The four faces of a family plus the families to fall back on, in order, for characters the
 * family lacks (symbols, other scripts). A fallback is a family too, so that bold text falls
 * back to a bold face where the fallback font has one; a font with one face fills all four
 * places with it ({@link #of(Face)}), and the layout synthesises the style it lacks.
 */
public record FontFamily(String name, Face regular, Face bold, Face italic, Face boldItalic, List<FontFamily> fallbacks) {

    public FontFamily {
        fallbacks = List.copyOf(fallbacks);
    }

    /** A family of one face, in every style, with no fallbacks. */
    public static FontFamily of(Face face) {
        return new FontFamily(face.name(), face, face, face, face, List.of());
    }

    /** Fallback families made of single faces, for callers (tests) that have faces. */
    public static List<FontFamily> ofFaces(List<Face> faces) {
        return faces.stream().map(FontFamily::of).toList();
    }

    public Face face(boolean isBold, boolean isItalic) {
        if (isBold && isItalic) {
            return boldItalic;
        }
        return isBold ? bold : isItalic ? italic : regular;
    }
}
