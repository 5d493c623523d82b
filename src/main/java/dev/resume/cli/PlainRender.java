package dev.resume.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The common {@code resume render} read without picocli. Building picocli's model of every
 * command from its annotations is about 60–70 ms of a cold start's 0.5 s (a render of cao.yml
 * is ~0.4 s of it), paid before any work begins; for the arguments almost every call has (files,
 * -o or -d, a theme, a language, the switches) a plain reading gives the same
 * {@link RenderCommand}. Anything else (--help, an unknown or repeated option, picocli's
 * {@code @file} and {@code --}, {@code -oFILE}, {@code --strict=true}, a value that looks like
 * an option) returns null, and picocli reads the whole line as always: its messages stay the
 * only ones. A usage error found once the arguments are read builds picocli's command line
 * then, so it reads exactly as it would have.
 */
final class PlainRender {
    private PlainRender() {
    }

    private static final Set<String> SWITCHES = Set.of("--verify", "--stats", "--debug-layout", "--debug", "--profile",
            "--pdfa", "--strict");
    private static final Set<String> VALUED = Set.of("-o", "--output", "-d", "--dir", "--format", "--dpi", "--theme",
            "--paper", "--locale", "--max-pages", "--tags", "--only", "--omit", "--lang");
    /** Options picocli lets a command line give more than once (their values add up). */
    private static final Set<String> REPEATABLE = Set.of("--format", "--tags", "--only", "--omit");

    /** The render command {@code args} ask for, or null when picocli should read them. */
    static RenderCommand read(Invocation invocation, String... args) {
        if (args.length < 2 || !args[0].equals("render")) {
            return null;
        }
        RenderCommand c = new RenderCommand();
        c.look = new LookOptions();
        c.files = new ArrayList<>();
        c.plain = invocation;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                if (arg.isEmpty() || arg.startsWith("@") || arg.indexOf('"') >= 0) {
                    return null;
                }
                c.files.add(path(invocation, arg));
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String canonical = canonical(name);
            if (!seen.add(canonical) && !REPEATABLE.contains(canonical)) {
                return null;
            }
            if (SWITCHES.contains(name)) {
                if (value != null) {
                    return null;
                }
                switch (name) {
                    case "--verify" -> c.verify = true;
                    case "--stats" -> c.stats = true;
                    case "--debug-layout" -> c.debugLayout = true;
                    case "--debug" -> c.debug = true;
                    case "--profile" -> c.profile = true;
                    case "--pdfa" -> c.pdfa = true;
                    default -> c.look.strict = true;
                }
                continue;
            }
            if (!VALUED.contains(name)) {
                return null;
            }
            if (value == null) {
                if (i + 1 == args.length) {
                    return null;
                }
                value = args[++i];
            }
            // "-" is a value (standard output); anything else that starts like an option is picocli's to judge.
            // Quotes: picocli keeps a quoted part of a comma-split value whole.
            if (value.isEmpty() || value.startsWith("@") || value.indexOf('"') >= 0 || (value.startsWith("-") && !value.equals("-"))) {
                return null;
            }
            if (!set(c, invocation, canonical, value)) {
                return null;
            }
        }
        return c.files.isEmpty() ? null : c;
    }

    private static String canonical(String name) {
        return switch (name) {
            case "-o" -> "--output";
            case "-d" -> "--dir";
            default -> name;
        };
    }

    private static boolean set(RenderCommand c, Invocation invocation, String option, String value) {
        switch (option) {
            case "--output" -> c.output = path(invocation, value);
            case "--dir" -> c.dir = path(invocation, value);
            case "--format" -> c.formats = append(c.formats, value);
            case "--dpi" -> c.dpi = value;
            case "--theme" -> c.look.theme = value;
            case "--paper" -> c.look.paper = value;
            case "--locale" -> c.look.locale = value;
            case "--lang" -> c.look.lang = value;
            case "--tags" -> c.look.tags = append(c.look.tags, value);
            case "--only" -> c.look.only = append(c.look.only, value);
            case "--omit" -> c.look.omit = append(c.look.omit, value);
            default -> {
                // --max-pages: plain decimal digits only; picocli judges (and words the error for) the rest.
                if (!value.matches("0|[1-9][0-9]{0,8}")) {
                    return false;
                }
                c.look.maxPages = Integer.valueOf(value);
            }
        }
        return true;
    }

    /** A comma-split option's values after those given before, as picocli adds them up. */
    private static List<String> append(List<String> values, String value) {
        List<String> out = values == null ? new ArrayList<>() : values;
        for (String v : value.split(",", -1)) {
            out.add(v);
        }
        return out;
    }

    private static Path path(Invocation invocation, String arg) {
        return invocation.files() != null ? invocation.files().getPath(arg) : Path.of(arg);
    }

    /** Runs a plain render as picocli runs a command: its usage errors and internal errors said the same way. */
    static int run(RenderCommand c) {
        try {
            return c.call();
        } catch (CommandLine.ParameterException e) {
            return Main.usageError(e);
        } catch (Exception e) {
            return Main.internalError(e, c.commandLine(), c.debug || "1".equals(c.plain.getenv("RESUME_DEBUG")));
        }
    }

    /** Standard output as picocli writes to it: the run's, or the process's in its encoding. */
    static PrintWriter out(Invocation invocation) {
        return invocation.out() != null ? invocation.out() : writer(System.out, "sun.stdout.encoding");
    }

    /** Standard error, likewise. */
    static PrintWriter err(Invocation invocation) {
        return invocation.err() != null ? invocation.err() : writer(System.err, "sun.stderr.encoding");
    }

    private static PrintWriter writer(PrintStream stream, String encodingProperty) {
        Charset charset = Charset.defaultCharset();
        String name = System.getProperty(encodingProperty);
        if (name != null) {
            try {
                charset = Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
            } catch (RuntimeException e) {
                // As picocli: an encoding the JVM does not know leaves the default.
            }
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }
}
