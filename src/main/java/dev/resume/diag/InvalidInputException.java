package dev.resume.diag;

import java.util.List;

/** The input (a résumé or a theme) is wrong; carries every diagnostic found. */
public final class InvalidInputException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public InvalidInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).message());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public static InvalidInputException of(SourcePos pos, String message, String hint) {
        return new InvalidInputException(List.of(Diagnostic.error(pos, message, hint)));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** How many of the diagnostics are errors (the others are warnings met on the way). */
    public long errorCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}
