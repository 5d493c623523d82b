package dev.resume.api;

import dev.resume.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * A written PDF: where, how many pages, the warnings, how long it took.
 *
 * @param fit what a page limit did, or null when the résumé was set as it was
 */
public record RenderResult(Path output, int pages, List<Diagnostic> warnings, long nanos, PageFit fit) {

    public RenderResult(Path output, int pages, List<Diagnostic> warnings, long nanos) {
        this(output, pages, warnings, nanos, null);
    }
}
