package dev.resume.font;

import java.lang.reflect.Field;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;

/**
 * Makes a font's text layer say "-" for a hyphen and " " for a space.
 *
 * <p>Many fonts draw two characters with one glyph: hyphen-minus and soft hyphen, space and
 * no-break space. OpenPDF writes the glyph's ToUnicode entry from its inverse of the font's
 * character map, in which the last character read wins, so the hyphen of "self-evolving"
 * extracts as a soft hyphen (which text extractors drop: "selfevolving"), unless the reader
 * honours ActualText. Here the inverse map is rebuilt to prefer the lowest code point of each
 * glyph: the plain ASCII character where there is one, and the unified ideograph rather than a
 * radical of the same shape.
 *
 * <p>The map is a package-private field of OpenPDF's TrueTypeFontUnicode; when a future
 * OpenPDF renames it, this does nothing and the read-back tests say so.
 */
final class PreferredUnicode {
    private PreferredUnicode() {}

    @SuppressWarnings("unchecked")
    static void apply(BaseFont font) {
        try {
            Field inverse = field(font.getClass(), "inverseCmap");
            Field cmap31 = field(font.getClass(), "cmap31");
            Field cmapExt = field(font.getClass(), "cmapExt");
            if (inverse == null || cmap31 == null) {
                return;
            }
            Map<Integer, Integer> glyphToChar = (Map<Integer, Integer>) inverse.get(font);
            if (glyphToChar == null) {
                return;
            }
            // One pass, at start-up on the critical path: each glyph keeps the lowest character
            // that maps to it (its entry is one of them to begin with).
            for (Field f : new Field[] {cmap31, cmapExt}) {
                Map<Integer, int[]> charToGlyph = f == null ? null : (Map<Integer, int[]>) f.get(font);
                if (charToGlyph == null) {
                    continue;
                }
                for (Map.Entry<Integer, int[]> e : charToGlyph.entrySet()) {
                    Integer glyph = e.getValue()[0];
                    Integer current = glyphToChar.get(glyph);
                    if (current != null && better(e.getKey(), current)) {
                        glyphToChar.put(glyph, e.getKey());
                    }
                }
            }
        } catch (IllegalAccessException | RuntimeException e) {
            // Leave the font as OpenPDF read it.
        }
    }

    /**
     * The lowest code point, except that a CJK radical or compatibility ideograph never wins
     * over the unified ideograph drawn with the same glyph (CJK fonts draw U+2EC5 ⻅ and U+89C1
     * 见 alike; "见" must extract as itself).
     */
    static boolean better(int candidate, int current) {
        boolean a = isCjkVariant(candidate);
        boolean b = isCjkVariant(current);
        return a != b ? b : candidate < current;
    }

    private static boolean isCjkVariant(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)
                || (cp >= 0x3190 && cp <= 0x319F);
    }

    /**
     * The glyph the font's character map gives a code point, or -1 (OpenPDF keeps that map in
     * fields of a package-private class; a font whose maps cannot be read maps nothing).
     */
    @SuppressWarnings("unchecked")
    static java.util.function.IntUnaryOperator glyphOf(BaseFont font) {
        try {
            Field cmap31 = field(font.getClass(), "cmap31");
            Field cmapExt = field(font.getClass(), "cmapExt");
            Map<Integer, int[]> bmp = cmap31 == null ? null : (Map<Integer, int[]>) cmap31.get(font);
            Map<Integer, int[]> ext = cmapExt == null ? null : (Map<Integer, int[]>) cmapExt.get(font);
            return cp -> {
                int[] m = ext != null ? ext.get(cp) : null;
                if (m == null && bmp != null) {
                    m = bmp.get(cp);
                }
                return m == null ? -1 : m[0];
            };
        } catch (IllegalAccessException | RuntimeException e) {
            return cp -> -1;
        }
    }

    /** Whether the font's character map gives some character the glyph (as OpenPDF's inverse map has it). */
    @SuppressWarnings("unchecked")
    static java.util.function.IntPredicate mapped(BaseFont font) {
        try {
            Field inverse = field(font.getClass(), "inverseCmap");
            Map<Integer, Integer> glyphToChar = inverse == null ? null : (Map<Integer, Integer>) inverse.get(font);
            return glyphToChar == null ? g -> false : glyphToChar::containsKey;
        } catch (IllegalAccessException | RuntimeException e) {
            return g -> false;
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
