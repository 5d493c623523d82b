package dev.resume.font;

import java.lang.reflect.Field;
import org.openpdf.text.pdf.BaseFont;

/**
 * Whether a font is really bold and really italic, as its own tables say: OS/2's usWeightClass
 * (600, semibold, and above) and fsSelection (bit 5 bold, bit 0 italic, bit 9 oblique), head's
 * macStyle (bit 0 bold, bit 1 italic), post's italic angle. A regular face standing in for bold
 * (a CJK font of one weight) is not bold, and the layout synthesises the style.
 *
 * <p>OpenPDF reads these tables but keeps them in protected fields of TrueTypeFont, read here by
 * reflection; where a future OpenPDF renames them, only the italic angle (public) and the
 * font's name are left to go by.
 */
record FontStyleBits(boolean bold, boolean italic) {
    private static final int SEMIBOLD = 600;

    static FontStyleBits of(BaseFont font) {
        boolean italic = Math.abs(font.getFontDescriptor(BaseFont.ITALICANGLE, 1000)) > 0.5f;
        Object os2 = get(font, "os_2");
        Object head = get(font, "head");
        Integer weight = os2 == null ? null : (Integer) get(os2, "usWeightClass");
        Integer selection = os2 == null ? null : (Integer) get(os2, "fsSelection");
        Integer macStyle = head == null ? null : (Integer) get(head, "macStyle");
        boolean bold;
        if (weight == null && selection == null && macStyle == null) {
            String name = font.getPostscriptFontName().toLowerCase(java.util.Locale.ROOT);
            bold = name.contains("bold") || name.contains("black") || name.contains("heavy");
            italic |= name.contains("italic") || name.contains("oblique");
        } else {
            bold = (weight != null && weight >= SEMIBOLD) || (selection != null && (selection & 0x20) != 0)
                    || (macStyle != null && (macStyle & 1) != 0);
            italic |= (selection != null && (selection & 0x201) != 0) || (macStyle != null && (macStyle & 2) != 0);
        }
        return new FontStyleBits(bold, italic);
    }

    private static Object get(Object target, String name) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
