package dev.resume.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A character that neither the face of its text nor any of the family's fallbacks can draw (or a
 * letter of a script the text's own face lacks), with the style it is set in: what the style
 * stage asks the installed fonts for before the layout runs. Whitespace and invisible format characters need no glyph and are never uncovered.
 */
public record Uncovered(int codePoint, boolean bold, boolean italic) {

    /** The uncovered characters of {@code blocks}, each once per style, in reading order. */
    public static List<Uncovered> in(List<Block> blocks) {
        Set<Uncovered> out = new LinkedHashSet<>();
        for (Block b : blocks) {
            collect(b, out);
        }
        return List.copyOf(out);
    }

    private static void collect(Block block, Set<Uncovered> out) {
        switch (block) {
            case Block.Paragraph p -> {
                runs(p.runs(), out);
                runs(p.right(), out);
                if (p.marker() != null) {
                    runs(List.of(p.marker()), out);
                }
                if (p.aside() != null) {
                    runs(p.aside().runs(), out);
                }
            }
            case Block.Group g -> g.blocks().forEach(b -> collect(b, out));
            case Block.Beside b -> b.blocks().forEach(inner -> collect(inner, out));
            default -> { }
        }
    }

    private static void runs(List<Run> runs, Set<Uncovered> out) {
        for (Run run : runs) {
            if (run.icon()) {
                continue;
            }
            TextStyle style = run.style();
            Face face = style.face();
            String text = run.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (face.canDisplay(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                        || Character.getType(cp) == Character.CONTROL) {
                    continue;
                }
                // A letter of a script the text's own face lacks is looked for among the
                // installed fonts even when a fallback has it: a theme's generic fallback (DejaVu
                // Sans) has Cyrillic, Greek, Arabic and Hebrew, but in one sans design, where an
                // installed face for the script matches the text (serif, Naskh for Arabic).
                if (isScriptLetter(cp) || !inFallbacks(cp, style)) {
                    out.add(new Uncovered(cp, style.bold(), style.italic()));
                }
            }
        }
    }

    /** A letter or mark of a script (not a symbol, digit or punctuation shared by all). */
    static boolean isScriptLetter(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
                && script != Character.UnicodeScript.UNKNOWN;
    }

    private static boolean inFallbacks(int cp, TextStyle style) {
        for (FontFamily f : style.family().fallbacks()) {
            if (f.face(style.bold(), style.italic()).canDisplay(cp)) {
                return true;
            }
        }
        return false;
    }

    /** The code points of {@code needs}, each once. */
    public static List<Integer> codePoints(List<Uncovered> needs) {
        Set<Integer> out = new LinkedHashSet<>();
        for (Uncovered u : needs) {
            out.add(u.codePoint());
        }
        return new ArrayList<>(out);
    }
}
