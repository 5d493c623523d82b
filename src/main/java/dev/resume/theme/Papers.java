package dev.resume.theme;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.Suggest;
import dev.resume.syntax.YNode;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code paper:} value, in a theme or a résumé, in any of its forms: a name, "WIDTH x
 * HEIGHT", or a mapping {@code {width: 148mm, height: 210mm}}. Each mistake is reported where it
 * is written: a bad side at that side, an unknown key at that key.
 */
public final class Papers {
    private static final List<String> SIDES = List.of("width", "height");
    private static final String RANGE = "each side from 2 in to 200 in";

    private Papers() {}

    /** The paper {@code node} gives, or null when it gives none that is valid (reported). */
    public static Theme.Paper read(YNode node, Diagnostics diagnostics) {
        return switch (node) {
            case YNode.Scalar s when !s.isNull() -> {
                Theme.Paper p = Theme.Paper.parse(s.text());
                if (p == null) {
                    diagnostics.error(s.pos(), "'" + s.text().strip() + "' is not a paper size", "write " + Theme.Paper.FORMS
                            + "; " + RANGE);
                }
                yield p;
            }
            case YNode.Map m -> mapping(m, diagnostics);
            default -> {
                diagnostics.error(node.pos(), "a paper size is a name, WIDTH x HEIGHT or a mapping, not " + node.describe(),
                        "write " + Theme.Paper.FORMS);
                yield null;
            }
        };
    }

    private static Theme.Paper mapping(YNode.Map m, Diagnostics diagnostics) {
        boolean ok = true;
        for (YNode.Entry e : m.entries()) {
            if (!SIDES.contains(e.key())) {
                String close = Suggest.closest(e.key(), SIDES);
                diagnostics.error(e.keyPos(), "unknown key '" + e.key() + "' in a paper size",
                        (close != null ? "did you mean '" + close + "'? " : "") + "a paper has width and height");
                ok = false;
            }
        }
        // A misspelt side is one error, at the misspelling, not a second for the side it leaves out.
        float width = side(m, "width", ok, diagnostics);
        float height = side(m, "height", ok, diagnostics);
        if (!ok || Float.isNaN(width) || Float.isNaN(height)) {
            return null;
        }
        return Theme.Paper.of(written(m.get("width")) + " x " + written(m.get("height")), width, height);
    }

    /** One side in points; NaN when it is missing ({@code reportMissing}: reported), not a length or out of range (reported). */
    private static float side(YNode.Map m, String key, boolean reportMissing, Diagnostics diagnostics) {
        YNode.Entry e = m.get(key);
        if (e == null || e.value() instanceof YNode.Scalar s && s.isNull()) {
            if (!reportMissing) {
                return Float.NaN;
            }
            diagnostics.error(e == null ? m.pos() : e.keyPos(), "the paper size has no " + key,
                    "give both: {width: 148mm, height: 210mm}");
            return Float.NaN;
        }
        if (!(e.value() instanceof YNode.Scalar s)) {
            diagnostics.error(e.value().pos(), "the paper's " + key + " is a length, not " + e.value().describe(),
                    "write a length such as 148mm, 6in or 420 (points)");
            return Float.NaN;
        }
        float v = Theme.Paper.points(s.text().toLowerCase(Locale.ROOT));
        if (Float.isNaN(v)) {
            diagnostics.error(s.pos(), "the paper's " + key + " '" + s.text().strip() + "' is not a length",
                    "write a length such as 148mm, 6in or 420 (points)");
            return Float.NaN;
        }
        if (v < Theme.Paper.MIN_SIDE || v > Theme.Paper.MAX_SIDE) {
            diagnostics.error(s.pos(), String.format(Locale.ROOT, "the paper's %s (%.0f pt) is not a paper's", key, v),
                    RANGE + " (144 to 14400 pt)");
            return Float.NaN;
        }
        return v;
    }

    private static String written(YNode.Entry e) {
        return ((YNode.Scalar) e.value()).text().strip();
    }
}
