package dev.resume.cli;

import dev.resume.api.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code resume}: a thin command line over the library in {@code dev.resume.api}. */
@Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Typesets a résumé written in YAML into a PDF.",
        subcommands = {RenderCommand.class, WatchCommand.class, ValidateCommand.class, DepsCommand.class, NewCommand.class, ThemesCommand.class, SchemaCommand.class,
            ConvertCommand.class, ServerCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Where this run reads and writes: the process's, or a server's client's. */
    private final Invocation invocation;

    Main() {
        this(Invocation.PROCESS);
    }

    Main(Invocation invocation) {
        this.invocation = invocation;
    }

    public static int run(String... args) {
        return run(Invocation.PROCESS, args);
    }

    /** Runs the command line for {@code invocation}: its streams, environment and paths, nothing of the process's. */
    static int run(Invocation invocation, String... args) {
        RenderCommand plain = PlainRender.read(invocation, args);
        if (plain != null) {
            if (Boolean.getBoolean("resume.warmup")) {
                // The class archive's training run: it keeps picocli's classes for the other commands too.
                commandLine(invocation);
            }
            return PlainRender.run(plain);
        }
        return commandLine(invocation).execute(args);
    }

    /** The whole command line, every command's options read from their annotations, for {@code invocation}. */
    static CommandLine commandLine(Invocation invocation) {
        CommandLine cli = new CommandLine(new Main(invocation));
        invocation.configure(cli);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.IO);
        cli.setParameterExceptionHandler((e, a) -> usageError(e));
        cli.setExecutionExceptionHandler((e, c, p) -> internalError(e, c, debug(p)));
        return cli;
    }

    /** A usage error: what is wrong, and where the help is. */
    static int usageError(CommandLine.ParameterException e) {
        CommandLine c = e.getCommandLine();
        c.getErr().println("resume: " + e.getMessage());
        c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }

    /** A bug: said in one line and how to report it, the stack trace only when asked for. */
    static int internalError(Exception e, CommandLine c, boolean debug) {
        c.getErr().println("resume: internal error: " + e);
        if (debug) {
            e.printStackTrace(c.getErr());
        } else {
            c.getErr().println("  please report this with the input that caused it; --debug shows the details");
        }
        return ExitCode.IO;
    }

    /**
     * Whether internal errors show their stack traces: the command line asked for it with
     * {@code --debug} (on the command that has it), or the environment with {@code RESUME_DEBUG=1}
     * (for every command). Read here, once a command has failed, rather than from a system
     * property that the library or a test running beside it would share.
     */
    static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return debugFromEnvironment(parsed.commandSpec().commandLine());
    }

    /** {@code RESUME_DEBUG=1}: stack traces of internal errors, whatever the command. */
    static boolean debugFromEnvironment(CommandLine command) {
        return "1".equals(invocation(command).getenv("RESUME_DEBUG"));
    }

    /** {@code RESUME_DEBUG=1} in the process's environment. */
    static boolean debugFromEnvironment() {
        return "1".equals(Invocation.PROCESS.getenv("RESUME_DEBUG"));
    }

    /** The invocation a command runs in. */
    static Invocation invocation(CommandLine command) {
        return command.getCommandSpec().root().userObject() instanceof Main m ? m.invocation : Invocation.PROCESS;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (for example: resume render cv.yml)");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"resume " + Version.get()};
        }
    }
}
