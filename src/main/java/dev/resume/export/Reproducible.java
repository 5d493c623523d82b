package dev.resume.export;

import java.util.Calendar;
import java.util.TimeZone;

/**
 * The one date a PDF carries: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the convention of
 * reproducible builds) when it is set, else none, so that the same input always gives the same
 * bytes.
 */
final class Reproducible {
    private Reproducible() {}

    static Calendar creationTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return null;
        }
        try {
            Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            c.setTimeInMillis(Long.parseLong(epoch.strip()) * 1000L);
            return c;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
