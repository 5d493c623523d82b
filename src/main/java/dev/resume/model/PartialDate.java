package dev.resume.model;

/**
 * A date as precise as the user gave it: a year, a year and month, or a full date; or "present".
 * Month and day are 0 when not given.
 */
public record PartialDate(int year, int month, int day, boolean present) {

    public static final PartialDate PRESENT = new PartialDate(0, 0, 0, true);

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day, false);
    }

    /** A sortable key: later dates are larger; "present" is the largest. */
    public long sortKey() {
        return present ? Long.MAX_VALUE : year * 10_000L + month * 100L + day;
    }
}
