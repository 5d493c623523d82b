package dev.resume.api;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.input.Dependencies;
import dev.resume.model.PartialDate;
import dev.resume.model.Resume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The dates a render writes, and where they come from. {@code SOURCE_DATE_EPOCH} (seconds since
 * 1970, the reproducible-builds convention), when the render's environment sets it, is the build
 * date ({@code {date}}), the PDF's creation date, and the résumé's last change
 * ({@code {updated}}) unless the résumé says {@code updated:}: rebuilding the same files gives
 * the same bytes. Without it, the build date is today, the PDF has no date, and the last change
 * is the newest modification time among the résumé and the files it is made from.
 *
 * @param epoch {@code SOURCE_DATE_EPOCH}, or null when it is not set
 * @param zone the time zone of today's date and of the files' times (an epoch is read in UTC)
 */
record BuildDates(Instant epoch, ZoneId zone) {

    static BuildDates of(RenderOptions options, Path input, Diagnostics diagnostics) {
        String written = options.getenv("SOURCE_DATE_EPOCH");
        Instant epoch = null;
        if (written != null && !written.isBlank()) {
            try {
                epoch = Instant.ofEpochSecond(Long.parseLong(written.strip()));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                diagnostics.warning(SourcePos.unknown(input), "SOURCE_DATE_EPOCH is '" + written.strip()
                        + "', not a number of seconds since 1970: it is not used", "set it to, say, $(git log -1 --format=%ct)");
            }
        }
        return new BuildDates(epoch, ZoneId.systemDefault());
    }

    /** The build date: the epoch's day in UTC, else today's. */
    PartialDate built() {
        return day(epoch != null ? epoch.atOffset(ZoneOffset.UTC).toLocalDate() : LocalDate.now(zone));
    }

    /**
     * The résumé's last change: its {@code updated:}, else the epoch's day, else the day of the
     * newest modification among its files (null when none can be read).
     */
    PartialDate updated(Resume resume, Path input) {
        if (resume.updated() != null) {
            return resume.updated();
        }
        if (epoch != null) {
            return built();
        }
        Instant newest = null;
        for (Path file : Dependencies.of(input)) {
            try {
                Instant t = Files.getLastModifiedTime(file).toInstant();
                newest = newest == null || t.isAfter(newest) ? t : newest;
            } catch (IOException e) {
                // A file that cannot be read now was read a moment ago or is left out: the others say enough.
            }
        }
        return newest == null ? null : day(newest.atZone(zone).toLocalDate());
    }

    private static PartialDate day(LocalDate d) {
        return PartialDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
