package dev.resume.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM and captures what it printed; for tests. */
public final class CliRun {
    private CliRun() {}

    /**
     * What one invocation printed and returned, and how long it took.
     *
     * @param outBytes standard output as bytes, for what is not text (a PDF written with {@code -o -})
     */
    public record Outcome(int code, String out, String err, long nanos, byte[] outBytes) {}

    /** Synchronized: System.out and System.err are swapped for the call. */
    public static Outcome run(String... args) {
        return capture(() -> Main.run(args));
    }

    /** What {@code run} printed and returned; synchronized, as System.out and System.err are swapped for it. */
    public static synchronized Outcome capture(java.util.function.IntSupplier run) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            long start = System.nanoTime();
            int code = run.getAsInt();
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    System.nanoTime() - start, out.toByteArray());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
