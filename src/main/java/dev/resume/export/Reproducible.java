package dev.resume.export;

import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * The one date a PDF carries: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the convention of
 * reproducible builds) when the render's environment sets it, else none, so that the same input
 * always gives the same bytes. The caller reads the variable (api.BuildDates), from the
 * environment a render is given.
 */
final class Reproducible {
    private Reproducible() {}

    /** The PDF's creation time for {@code epoch}, or null for none. */
    static Calendar creationTime(Instant epoch) {
        if (epoch == null) {
            return null;
        }
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(epoch.toEpochMilli());
        return c;
    }
}
