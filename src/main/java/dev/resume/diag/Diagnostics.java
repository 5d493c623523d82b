package dev.resume.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of one run, so that a user sees all of them at once rather than
 * fixing one typo per run.
 */
public final class Diagnostics {
    /** Past this many errors the rest are mostly consequences of the first ones. */
    public static final int MAX_ERRORS = 50;

    private final List<Diagnostic> items = new ArrayList<>();
    private int errors;

    public synchronized void error(SourcePos pos, String message, String hint) {
        add(Diagnostic.error(pos, message, hint));
    }

    public synchronized void error(SourcePos pos, String message) {
        error(pos, message, null);
    }

    public synchronized void warning(SourcePos pos, String message, String hint) {
        add(Diagnostic.warning(pos, message, hint));
    }

    public synchronized void add(Diagnostic d) {
        if (d.severity() == Severity.ERROR) {
            if (errors >= MAX_ERRORS) {
                return;
            }
            errors++;
        }
        items.add(d);
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized List<Diagnostic> all() {
        return Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** Throws if any error was recorded; warnings stay for the caller to print. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidInputException(all());
        }
    }
}
