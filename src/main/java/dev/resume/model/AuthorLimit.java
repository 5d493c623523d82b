package dev.resume.model;

/**
 * How long a publication's author list may be ({@code authors: {max: N, last: true}}): at most
 * {@code max} names, the owner's always among them; {@code last} keeps the last author too, for
 * fields where the last place is the senior author's. A null part leaves the choice to the level
 * above (the section's to the résumé's, the résumé's to the theme's); a max of 0 is no limit.
 */
public record AuthorLimit(Integer max, Boolean last) {
    public static final AuthorLimit DEFAULT = new AuthorLimit(null, null);

    public AuthorLimit {
        if (max != null && max < 0) {
            throw new IllegalArgumentException("max must be 0 (no limit) or more: " + max);
        }
    }

    /** These choices, with the ones left open taken from {@code outer}. */
    public AuthorLimit over(AuthorLimit outer) {
        return new AuthorLimit(max != null ? max : outer.max, last != null ? last : outer.last);
    }

    /** Whether a list of {@code count} authors is shortened. */
    public boolean shortens(int count) {
        return max != null && max > 0 && count > max;
    }
}
