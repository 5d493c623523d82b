package dev.resume.style;

import dev.resume.theme.Theme;

/**
 * How much a theme is tightened to meet a page limit, or to pull a short last page back: a
 * factor for each kind of length, 1 for untouched.
 *
 * <p>One parameter, a step from 0 to a {@link Schedule}'s last, orders all settings from loosest
 * to tightest, so that the renderer can bisect on it. For a page limit, the first half takes
 * spacing, leading and margins from the theme's own values to its {@code fit} bounds, together
 * (each shrinks a little rather than one a lot); the second half then shrinks the font sizes,
 * which readers notice most. Steps are whole numbers so that the factors, and the PDF, are the
 * same on every run.
 */
public record Tightening(float spacing, float leading, float margins, float fontSize) {
    public static final Tightening NONE = new Tightening(1, 1, 1, 1);
    /** Steps of each half of {@link Schedule#LIMIT}. */
    public static final int HALF = 100;
    public static final int MAX_STEP = 2 * HALF;

    /** An order of the settings within a theme's bounds, in two halves of {@code half} steps. */
    public enum Schedule {
        /** To meet a page limit: spacing, leading and margins together, then the font sizes. */
        LIMIT(HALF),
        /**
         * To pull a short last page back, nothing that moves a line's words: the vertical glue
         * (entry, section and paragraph spacing) first, then the leading; margins and font sizes
         * keep the theme's values. Coarser steps than a limit's, as the search runs unasked.
         */
        FILL(16);

        private final int half;

        Schedule(int half) {
            this.half = half;
        }

        public int half() {
            return half;
        }

        public int maxStep() {
            return 2 * half;
        }

        /** The factors at {@code step} (0 to {@link #maxStep()}) within the theme's bounds. */
        public Tightening at(Theme.Fit bounds, int step) {
            int s = Math.clamp(step, 0, maxStep());
            float first = Math.min(s, half) / (float) half;
            float second = Math.max(s - half, 0) / (float) half;
            return switch (this) {
                case LIMIT -> new Tightening(toward(bounds.spacing(), first), toward(bounds.leading(), first),
                        toward(bounds.margins(), first), toward(bounds.fontSize(), second));
                case FILL -> new Tightening(toward(bounds.spacing(), first), toward(bounds.leading(), second), 1, 1);
            };
        }
    }

    /** The factors at {@code step} (0 to {@link #MAX_STEP}) within the theme's bounds, to meet a page limit. */
    public static Tightening at(Theme.Fit bounds, int step) {
        return Schedule.LIMIT.at(bounds, step);
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
