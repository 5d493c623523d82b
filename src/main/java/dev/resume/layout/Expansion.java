package dev.resume.layout;

import java.util.List;

/**
 * Font expansion: a justified line's glyphs drawn up to a few percent wider or narrower, so that
 * its word spaces stretch or shrink less. As in pdfTeX, the glyphs take what the line needs
 * first, up to the limit, and the spaces take the rest: the spaces come out more even from line
 * to line, and a change of 2 % in a letter's width is below what the eye notices. One factor for
 * the whole line, in steps, so that neighbouring words never differ. The export draws an expanded
 * word with the PDF's horizontal scaling, so its characters are unchanged.
 */
final class Expansion {
    private Expansion() {}

    /** The width of a line's glyphs that may expand: its words' text, not icons, spaces or glue. */
    static float expandable(List<Piece> pieces) {
        float w = 0;
        for (Piece p : pieces) {
            if (expands(p)) {
                w += p.width();
            }
        }
        return w;
    }

    /** Whether a piece's glyphs are drawn expanded: text, not an icon nor a missing glyph's box. */
    static boolean expands(Piece p) {
        return p.kind() == Piece.Kind.WORD && !p.icon() && !(p.face() instanceof MissingFace);
    }

    /** The most a line may expand or shrink its glyphs by: {@code max} in whole steps. */
    static float limit(float max) {
        return (float) Math.floor(max / MicroTypography.STEP + 1e-4) * MicroTypography.STEP;
    }

    /**
     * The factor by which a justified line's glyphs are widened (above 0) or narrowed: {@code
     * extra} is what the line lacks of its width (below 0: what it has too much), {@code glyphs}
     * its expandable width, {@code spaceShrink} how much its spaces may give. The nearest step to
     * what the line needs, within {@code max}; one step less when the spaces could not make up a
     * step taken beyond the need.
     */
    static float factor(float extra, float glyphs, float spaceShrink, float max) {
        if (max <= 0 || glyphs <= 0 || extra == 0) {
            return 0;
        }
        float limit = limit(max);
        float need = Math.max(-limit, Math.min(limit, extra / glyphs));
        float stepped = Math.round(need / MicroTypography.STEP) * MicroTypography.STEP;
        if (extra - stepped * glyphs < -spaceShrink - LineBreaker.EPSILON) {
            stepped = Math.max(-limit, stepped - MicroTypography.STEP);
        }
        return stepped;
    }
}
