package dev.resume.cli;

/** The process's exit codes, documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int IO = 3;

    private ExitCode() {}
}
