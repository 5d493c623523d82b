package dev.resume.theme;

import dev.resume.model.PartialDate;

/**
 * Prints dates the way the theme asks: "Sep 2023 – Present", "September 2023", "09/2023".
 * Public for the composition stage (dev.resume.compose), which words every output's dates.
 */
public final class DateFormatter {
    private static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] LONG = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final Theme.DateStyle style;

    public DateFormatter(Theme.DateStyle style) {
        this.style = style;
    }

    public String format(PartialDate p) {
        if (p.present()) {
            return style.present();
        }
        if (p.month() == 0) {
            return Integer.toString(p.year());
        }
        String month = switch (style.months()) {
            case SHORT -> SHORT[p.month() - 1];
            case LONG -> LONG[p.month() - 1];
            case NUMERIC -> String.format("%02d", p.month());
        };
        if (style.months() == Theme.Months.NUMERIC) {
            return p.day() == 0 ? month + "/" + p.year() : String.format("%02d/%s/%d", p.day(), month, p.year());
        }
        return p.day() == 0 ? month + " " + p.year() : month + " " + p.day() + ", " + p.year();
    }
}
