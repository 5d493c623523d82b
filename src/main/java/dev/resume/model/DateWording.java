package dev.resume.model;

/**
 * How a résumé or one of its sections asks its dates to be written, over the theme's
 * {@code dates}: a null field leaves the choice to the level above (the section's to the
 * résumé's, the résumé's to the theme's). A CV written in long month names, or one that calls an
 * ongoing end "Current", says so here without a theme of its own.
 *
 * @param months how dates are written: short (Sep 2023), long, numeric, iso (2023-09) or year (2023)
 * @param present the word for an ongoing end ("Present", "Current", "now")
 * @param separator between a range's start and end
 * @param expected after an end not yet reached ("(expected)")
 */
public record DateWording(Months months, String present, String separator, String expected) {
    public static final DateWording DEFAULT = new DateWording(null, null, null, null);

    public enum Months { SHORT, LONG, NUMERIC, ISO, YEAR }

    /** These choices, with the ones left open taken from {@code outer}. */
    public DateWording over(DateWording outer) {
        return new DateWording(months != null ? months : outer.months, present != null ? present : outer.present,
                separator != null ? separator : outer.separator, expected != null ? expected : outer.expected);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
