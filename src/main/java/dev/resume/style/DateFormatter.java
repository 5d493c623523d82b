package dev.resume.style;

import dev.resume.model.Dates;
import dev.resume.model.PartialDate;
import dev.resume.text.InlineMarkdown;

/** Prints dates the way the theme asks: "Sep 2023 – Present", "September 2023", "09/2023". */
final class DateFormatter {
    private static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] LONG = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final Theme.DateStyle style;

    DateFormatter(Theme.DateStyle style) {
        this.style = style;
    }

    /** The dates as Markdown text, or null when there are none. */
    String format(Dates d) {
        if (d == null || d.isEmpty()) {
            return null;
        }
        if (d.when() != null && !d.when().isBlank()) {
            return d.when().markdown();
        }
        StringBuilder sb = new StringBuilder(format(d.start()));
        if (d.end() != null) {
            sb.append(style.separator()).append(format(d.end()));
        }
        if (d.expected() && style.expected() != null && !style.expected().isBlank()) {
            sb.append(' ').append(style.expected());
        }
        return escape(sb.toString());
    }

    String format(PartialDate p) {
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

    /** Theme words are plain text, not Markdown. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("`", "\\`");
    }

    static String plain(String markdown) {
        return InlineMarkdown.plainText(markdown);
    }
}
