package dev.resume.theme;

import dev.resume.model.PartialDate;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints dates the way the theme asks, in the résumé's language: "Sep 2023", "September 2023",
 * "09/2023" in English, "Sept. 2023" in German, "sept. 2023" in French, "2023年9月" in
 * Japanese, "2023-09" in any. The order and the words are the CLDR's, as the JDK holds them
 * (its CLDR locale data: every language it knows gets its dates without a table of ours), asked
 * for by skeleton (yMMM, yMMMM, yM, y): each language's own pattern for "a month and a year".
 * Always the Gregorian calendar, in the JDK's Latin digits, as the dates were written.
 * Public for the composition stage (dev.resume.compose), which words every output's dates.
 */
public final class DateFormatter {
    /** The JDK's pattern for each (skeleton, language), once: looking one up costs a few milliseconds. */
    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    private final Theme.DateStyle style;
    private final Locale locale;

    /** Dates in {@code style}; {@code present} is the word for an ongoing end, in the language of {@code locale}. */
    public DateFormatter(Theme.DateStyle style, Locale locale) {
        this.style = style;
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    public String format(PartialDate p) {
        if (p.present()) {
            return style.present();
        }
        Theme.Months m = style.months();
        if (m == Theme.Months.ISO) {
            return iso(p);
        }
        if (p.month() == 0 || m == Theme.Months.YEAR) {
            return unmarked(pattern("y").format(LocalDate.of(p.year(), 1, 1)));
        }
        String skeleton = switch (m) {
            case SHORT -> p.day() == 0 ? "yMMM" : "yMMMd";
            case LONG -> p.day() == 0 ? "yMMMM" : "yMMMMd";
            default -> p.day() == 0 ? "yM" : "yMd";
        };
        return unmarked(pattern(skeleton).format(LocalDate.of(p.year(), p.month(), p.day() == 0 ? 1 : p.day())));
    }

    /** The date in the pattern, without the bidi marks CLDR puts in some (Arabic's "09‏/2023"): the layout orders the text itself. */
    private static String unmarked(String s) {
        return s.replace("\u200F", "").replace("\u200E", "").replace("\u061C", "");
    }

    /** 2023, 2023-09, 2023-09-06. */
    private static String iso(PartialDate p) {
        String year = String.format(Locale.ROOT, "%04d", p.year());
        if (p.month() == 0) {
            return year;
        }
        String month = String.format(Locale.ROOT, "%s-%02d", year, p.month());
        return p.day() == 0 ? month : String.format(Locale.ROOT, "%s-%02d", month, p.day());
    }

    private DateTimeFormatter pattern(String skeleton) {
        return FORMATS.computeIfAbsent(skeleton + "|" + locale.toLanguageTag(), k -> DateTimeFormatter.ofPattern(
                fitted(localized(skeleton, locale), skeleton), locale));
    }

    /**
     * The JDK's pattern for a skeleton. One at a time: the JDK (25) fills its table of skeletons
     * on first use without a lock, and two renders of a batch asking at once met a half-filled
     * one (a NullPointerException inside LocaleResources). Each answer is asked for once.
     */
    private static synchronized String localized(String skeleton, Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(skeleton, IsoChronology.INSTANCE, locale);
    }

    /**
     * The locale's pattern made to say what the skeleton asks. The JDK gives the nearest pattern
     * it has, not always of the asked widths: "MMM d, y" for English's yMMMMd, "M/y" for yM,
     * "y G" (with the era) for y in many languages. So a month in words is as long as asked
     * (MMM or MMMM, LLL or LLLL), a numeric month and day take two digits (09/2023, as the
     * dates have always been written), and a year alone drops the era ("2023", not "2023 n. Chr.").
     * A language whose month is always a number (Czech's short form with a day, "d. M. y") keeps
     * it so, and one whose short month is its long one (Czech's "září 2023") keeps that.
     */
    static String fitted(String pattern, String skeleton) {
        int asked = count(skeleton, 'M');
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < pattern.length() && pattern.charAt(j) == c) {
                j++;
            }
            int n = j - i;
            if (!quoted && (c == 'M' || c == 'L')) {
                boolean words = n >= 3;
                // Never shorter than the locale's own: Czech says "září 2023" for short as for long.
                int width = asked >= 3 ? (words ? Math.max(n, asked) : n) : 2;
                out.append(String.valueOf(c).repeat(width));
            } else if (!quoted && c == 'd') {
                out.append(skeleton.indexOf('M') >= 0 && asked < 3 ? "dd" : "d");
            } else if (!quoted && c == 'G') {
                // Dropped with the spaces before it (the era is never asked for).
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
            } else {
                out.append(pattern, i, j);
            }
            i = j;
        }
        return out.toString().strip();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
