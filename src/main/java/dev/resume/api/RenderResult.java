package dev.resume.api;

import dev.resume.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** A written PDF: where, how many pages, the warnings, and how long it took. */
public record RenderResult(Path output, int pages, List<Diagnostic> warnings, long nanos) {}
