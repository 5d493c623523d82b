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
        // A variant's keys are checked where they are written and again once merged into the
        // base: say each thing once.
        if (items.contains(d)) {
            return;
        }
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

    /** All diagnostics, in the order of their place in the files (as a reader meets them). */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparing((Diagnostic d) -> String.valueOf(d.pos() == null ? "" : d.pos().file()))
                .thenComparingInt(d -> d.pos() == null ? 0 : d.pos().line())
                .thenComparingInt(d -> d.pos() == null ? 0 : d.pos().column()));
        return Collections.unmodifiableList(sorted);
    }

    /** Throws if any error was recorded; warnings stay for the caller to print. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidInputException(all());
        }
    }
}
