package dev.resume.diag;

/**
 * One problem found in the input: where it is, what is wrong, and what to do about it.
 *
 * @param hint a suggestion for the fix, or null
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint) {

    public static Diagnostic error(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, pos, message, hint);
    }

    public static Diagnostic warning(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, pos, message, hint);
    }
}
