package dev.resume.model;

/**
 * When an entry happened: a single {@code start} date, a range {@code start}–{@code end}, or
 * free text ({@code when}). All parts may be null; {@code expected} marks an end not yet reached.
 */
public record Dates(PartialDate start, PartialDate end, boolean expected, Text when) {

    public static final Dates NONE = new Dates(null, null, false, null);

    public boolean isEmpty() {
        return start == null && end == null && (when == null || when.isBlank());
    }
}
