package dev.resume.api;

import dev.resume.layout.LayoutReport;
import dev.resume.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * A written PDF: where, how many pages, the warnings, how long it took.
 *
 * @param fit what a page limit did, or null when the résumé was set as it was
 * @param report the layout's figures: spacing, hyphens, widows and orphans
 */
public record RenderResult(Path output, int pages, List<Diagnostic> warnings, long nanos, PageFit fit, LayoutReport report) {

    public RenderResult(Path output, int pages, List<Diagnostic> warnings, long nanos) {
        this(output, pages, warnings, nanos, null, null);
    }

    /** The layout's figures as {@code --stats} prints them, several lines; empty when there is no report. */
    public String describeLayout() {
        return report == null ? "" : report.describe();
    }

    /** The same result, timed from {@code start} (a {@link System#nanoTime()} reading) to now. */
    RenderResult since(long start) {
        return new RenderResult(output, pages, warnings, System.nanoTime() - start, fit, report);
    }
}
