package dev.resume.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The line under a placed piece of text, broken where a letter's descender would cross it
 * (g, j, p, q, y, a comma, a parenthesis), as a typographer skips ink: an unbroken rule just
 * below the baseline cuts through those letters' tails, and one drawn below the descenders
 * stands too far from the text to read as its underline.
 */
final class Underline {
    private Underline() {}

    /** Characters whose glyphs reach below the baseline as far as an underline, in the usual text faces. */
    private static final String DESCENDERS = "gjpqyQ,;()[]{}|/@µ¸˛";

    /** Below the baseline, and thick, as a fraction of the font size. */
    private static final float DEPTH = 0.12f;
    private static final float THICKNESS = 0.05f;

    /**
     * The segments of {@code p}'s underline, {@code x} from the page's left edge, on the
     * baseline at {@code baseline} (y growing downwards): the whole width, less a gap under each
     * descender, each gap a line's thickness wider than the letter on either side.
     */
    static List<PageItem.Rule> under(Placed p, float x, float baseline) {
        float y = baseline + p.size() * DEPTH;
        float thickness = Math.max(0.4f, p.size() * THICKNESS);
        List<float[]> gaps = gaps(p);
        if (gaps.isEmpty()) {
            return List.of(new PageItem.Rule(x, y, x + p.width(), y, thickness, p.color()));
        }
        List<PageItem.Rule> out = new ArrayList<>();
        float from = 0;
        for (float[] gap : gaps) {
            float to = gap[0] - thickness;
            if (to - from >= thickness * 2) {
                out.add(new PageItem.Rule(x + from, y, x + to, y, thickness, p.color()));
            }
            from = Math.max(from, gap[1] + thickness);
        }
        if (p.width() - from >= thickness * 2) {
            out.add(new PageItem.Rule(x + from, y, x + p.width(), y, thickness, p.color()));
        }
        return out;
    }

    /** Where the descenders of the piece's text stand, from its start: pairs of left and right edges, in order. */
    static List<float[]> gaps(Placed p) {
        String text = p.text();
        float natural = p.face().width(text, p.size());
        // The piece may be set wider or narrower than its natural width (a stretched space, an expanded font).
        float scale = natural > 0 ? p.width() / natural : 1;
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (descends(cp)) {
                float left = p.face().width(text.substring(0, i), p.size()) * scale;
                float right = p.face().width(text.substring(0, next), p.size()) * scale;
                out.add(new float[] {left, right});
            }
            i = next;
        }
        return out;
    }

    /** Whether the character's glyph reaches below the baseline: by itself, or by a cedilla or an ogonek under it (ç, ą). */
    static boolean descends(int cp) {
        if (DESCENDERS.indexOf(cp) >= 0) {
            return true;
        }
        String parts = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        return parts.length() > 1 && (DESCENDERS.indexOf(parts.charAt(0)) >= 0 || parts.indexOf('\u0327') > 0
                || parts.indexOf('\u0328') > 0);
    }
}
