package dev.resume.style;

import dev.resume.theme.Theme;

/**
 * How much a theme is tightened to meet a page limit: a factor for each kind of length, 1 for
 * untouched.
 *
 * <p>One parameter, a step from 0 to {@link #MAX_STEP}, orders all settings from loosest to
 * tightest, so that the renderer can bisect on it: the first half takes spacing, leading and
 * margins from the theme's own values to its {@code fit} bounds, together (each shrinks a little
 * rather than one a lot); the second half then shrinks the font sizes, which readers notice
 * most. Steps are whole numbers so that the factors, and the PDF, are the same on every run.
 */
public record Tightening(float spacing, float leading, float margins, float fontSize) {
    public static final Tightening NONE = new Tightening(1, 1, 1, 1);
    /** Steps of each half. */
    public static final int HALF = 100;
    public static final int MAX_STEP = 2 * HALF;

    /** The factors at {@code step} (0 to {@link #MAX_STEP}) within the theme's bounds. */
    public static Tightening at(Theme.Fit bounds, int step) {
        int s = Math.clamp(step, 0, MAX_STEP);
        float first = Math.min(s, HALF) / (float) HALF;
        float second = Math.max(s - HALF, 0) / (float) HALF;
        return new Tightening(toward(bounds.spacing(), first), toward(bounds.leading(), first), toward(bounds.margins(), first),
                toward(bounds.fontSize(), second));
    }

    private static float toward(float bound, float t) {
        return 1 - (1 - bound) * t;
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** The theme with its lengths scaled by these factors; bullet indents and rules keep their size. */
    public Theme apply(Theme t) {
        if (isNone()) {
            return t;
        }
        return t.withMargins(t.margins().scaled(margins)).withSizes(t.sizes().scaled(fontSize))
                .withSpacing(t.spacing().scaled(leading, spacing));
    }

    /** "spacing 72 %, leading 97 %, margins 86 %": the factors that are not 1, for people. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        part(out, "spacing", spacing);
        part(out, "leading", leading);
        part(out, "margins", margins);
        part(out, "font size", fontSize);
        return out.isEmpty() ? "nothing tightened" : out.toString();
    }

    private static void part(StringBuilder out, String name, float factor) {
        if (factor < 1) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            // 99.6 % is tightened all the same: it must not read as 100 %.
            out.append(name).append(' ').append(Math.min(99, Math.round(factor * 100))).append(" %");
        }
    }
}
