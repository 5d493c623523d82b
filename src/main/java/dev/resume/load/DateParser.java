package dev.resume.load;

import dev.resume.model.PartialDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms of the format: {@code 2024}, {@code 2024-05}, {@code 2024-05-17},
 * {@code present}. Anything else is rejected with a hint that spells the intended date the
 * right way when it can guess it ("Sept 2023" → "2023-09").
 */
public final class DateParser {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern YEAR_MONTH_SLASH = Pattern.compile("(\\d{1,2})/(\\d{4})");

    private DateParser() {}

    /** The parsed date, or an error message with a hint. */
    public sealed interface Result permits Ok, Bad {}

    public record Ok(PartialDate date) implements Result {}

    public record Bad(String message, String hint) implements Result {}

    public static Result parse(String raw) {
        String s = raw.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("present") || lower.equals("now") || lower.equals("current")) {
            return new Ok(PartialDate.PRESENT);
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (year < 1000 || year > 2999) {
                return new Bad("'" + s + "' is not a plausible year", "write a four-digit year such as 2024");
            }
            if (m.group(2) != null && (month < 1 || month > 12)) {
                return new Bad("'" + s + "' has no month " + month, "months go from 01 to 12: YYYY-MM");
            }
            if (m.group(3) != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
                return new Bad("'" + s + "' has no day " + day, "check the day of the month");
            }
            return new Ok(PartialDate.of(year, month, day));
        }
        return new Bad("'" + s + "' is not a date", guess(s));
    }

    private static String guess(String s) {
        Matcher m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            int month = monthNumber(m.group(1));
            if (month > 0) {
                return String.format("write %s-%02d (year-month); use `when:` for free text", m.group(2), month);
            }
        }
        m = YEAR_MONTH_SLASH.matcher(s);
        if (m.matches()) {
            return String.format("write %s-%02d (year-month)", m.group(2), Integer.parseInt(m.group(1)));
        }
        return "dates are written 2024, 2024-05, 2024-05-17 or present; use `when:` for free text such as \"Fall 2024\"";
    }

    private static int monthNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (w.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }
}
