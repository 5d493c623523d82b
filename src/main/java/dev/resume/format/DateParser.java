package dev.resume.format;

import dev.resume.model.PartialDate;
import java.time.YearMonth;
import java.util.List;
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

    /** The words for an ongoing end, in any case. */
    public static final List<String> PRESENT_WORDS = List.of("present", "now", "current");

    /**
     * What {@link #parse} accepts, as a regular expression for the JSON Schema (ECMA-262 syntax,
     * valid in Java too), for the dates YAML reads as strings; a bare year is a YAML integer,
     * which the schema checks by range. Only a day past the end of its month (2024-02-30) passes
     * this and fails {@link #parse}.
     */
    public static final String SCHEMA_PATTERN = "^\\s*(?:[12]\\d{3}(?:-(?:0?[1-9]|1[0-2])(?:-(?:0?[1-9]|[12]\\d|3[01]))?)?|"
            + String.join("|", PRESENT_WORDS.stream().map(FormatSpec::anyCase).toList()) + ")\\s*$";

    /** The earliest and latest plausible years. */
    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 2999;

    private DateParser() {}

    /** The parsed date, or an error message with a hint. */
    public sealed interface Result permits Ok, Bad {}

    public record Ok(PartialDate date) implements Result {}

    public record Bad(String message, String hint) implements Result {}

    public static Result parse(String raw) {
        String s = raw.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (PRESENT_WORDS.contains(lower)) {
            return new Ok(PartialDate.PRESENT);
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (year < MIN_YEAR || year > MAX_YEAR) {
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
