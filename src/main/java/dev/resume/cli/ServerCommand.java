package dev.resume.cli;

import dev.resume.api.Renderer;
import dev.resume.server.ClientFileSystem;
import dev.resume.server.Request;
import dev.resume.server.Server;
import dev.resume.server.ServerClient;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resume server status|stop}, and {@code run}, which the launcher starts in the
 * background after an in-process render: the resident renderer (dev.resume.server) running
 * this command line for its clients.
 */
@Command(name = "server", mixinStandardHelpOptions = true, description = {
    "The resident renderer that serves render, validate, deps and convert after the first call.",
    "It exits after 12 idle minutes or when the tool is rebuilt; RESUME_SERVER=0 turns it off."},
        subcommands = {ServerCommand.Status.class, ServerCommand.Stop.class, ServerCommand.Run.class})
final class ServerCommand {
    /** The commands the server runs: neither watch, which runs on, nor new, which asks questions. */
    static final Set<String> COMMANDS = Set.of("render", "validate", "deps", "convert");

    /** The socket the launcher names for this build ({@code RESUME_SERVER_SOCKET}), or null. */
    static Path socket(CommandLine command, Path given) {
        if (given != null) {
            return given;
        }
        String s = Main.invocation(command).getenv("RESUME_SERVER_SOCKET");
        return s == null || s.isEmpty() ? null : Path.of(s);
    }

    /** What status and stop share: the socket, and a question to the server. */
    abstract static class Control implements Callable<Integer> {
        @Option(names = "--socket", paramLabel = "PATH", description = "The server's socket (the launcher gives this build's).")
        Path socket;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract boolean stops();

        @Override
        public Integer call() throws IOException {
            return control(spec.commandLine(), socket(spec.commandLine(), socket), stops());
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Whether a server runs for this build: its pid, uptime, requests and memory.")
    static final class Status extends Control {
        @Override
        boolean stops() {
            return false;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Asks this build's server to exit (after the renders it is running).")
    static final class Stop extends Control {
        @Override
        boolean stops() {
            return true;
        }
    }

    private static int control(CommandLine command, Path socket, boolean stop) throws IOException {
        PrintWriter out = command.getOut();
        ServerClient client = socket == null ? null : ServerClient.connect(socket);
        String text = null;
        if (client != null) {
            try (client) {
                text = client.control(stop);
            }
        }
        if (text == null) {
            out.println("resume server: not running" + (socket == null ? " (no socket: run through the resume launcher)" : ""));
            out.flush();
            return stop ? ExitCode.OK : ExitCode.INVALID_INPUT;
        }
        out.print(text);
        out.flush();
        return ExitCode.OK;
    }

    @Command(name = "run", hidden = true, description = "Runs the server in this process (the launcher starts it in the background).")
    static final class Run implements Callable<Integer> {
        @Option(names = "--socket", required = true)
        Path socket;

        @Option(names = "--launcher", description = "The launcher whose change (a rebuild) ends the server.")
        Path launcher;

        @Option(names = "--idle", defaultValue = "720", description = "Seconds without a request before it exits.")
        long idleSeconds;

        @Option(names = "--warm-dir", description = "The folder the warm-up files are relative to.")
        Path warmDir;

        @Parameters(arity = "0..*", description = "The call that started it: its résumé files warm the server up.")
        List<String> warm = List.of();

        @Override
        public Integer call() throws Exception {
            Server server = start(socket, launcher, Duration.ofSeconds(idleSeconds));
            if (server == null) {
                return ExitCode.OK;
            }
            // A TERM (a logout, kill) removes the socket too, after the renders running.
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            warmUp(server, warmDir, warm);
            server.await();
            return ExitCode.OK;
        }
    }

    /** The fonts every request of this process's servers shares: parsed by the first that uses each. */
    private static final Renderer FONTS = new Renderer();

    /** Starts a server on {@code socket}; null when one already serves there. */
    static Server start(Path socket, Path launcher, Duration idle) throws IOException {
        return Server.start(new Server.Config(socket, launcher, idle, COMMANDS), ServerCommand::handle);
    }

    /** Runs one client's request as {@link Main#run} runs in-process, in the client's streams, environment and paths. */
    static int handle(Request r) {
        PrintWriter out = writer(r.out(), "stdout.encoding");
        PrintWriter err = writer(r.err(), "stderr.encoding");
        int code = Main.run(new Invocation(out, err, r.environment(), r.files(), ansi(r), FONTS), r.arguments().toArray(String[]::new));
        out.flush();
        err.flush();
        return code;
    }

    /** As picocli makes System.out's writer, in the encoding an in-process run would print in. */
    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset cs = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, cs)), true);
    }

    /** Colours in help as picocli gives them in-process on Unix: a terminal, unless NO_COLOR or CLICOLOR=0. */
    static CommandLine.Help.Ansi ansi(Request r) {
        Map<String, String> env = r.environment();
        if (env.containsKey("NO_COLOR")) {
            return CommandLine.Help.Ansi.OFF;
        }
        String force = env.get("CLICOLOR_FORCE");
        if (force != null && !force.equals("0")) {
            return CommandLine.Help.Ansi.ON;
        }
        if ("0".equals(env.get("CLICOLOR")) || "OFF".equals(env.get("ConEmuANSI"))) {
            return CommandLine.Help.Ansi.OFF;
        }
        // System.console() of a JVM is a terminal when its standard input and output both are.
        return r.terminal(0) && r.terminal(1) ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    }

    /**
     * Silent renders of the files the first call rendered, into a folder of the server's
     * own, so that the code they run is compiled before a client asks: the first served call
     * is already fast.
     */
    /** Rounds of the warm-up: a validate, then renders of the first call's files. */
    static final int WARM_UP_ROUNDS = 40;

    static void warmUp(Server server, Path dir, List<String> args) {
        if (dir == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = dir.resolve(a);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (files.size() < 3 && (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json")) && Files.isRegularFile(p)) {
                files.add(p.toAbsolutePath().normalize());
            }
        }
        if (files.isEmpty()) {
            return;
        }
        Path out = null;
        try {
            out = Files.createTempDirectory(server.socket().toAbsolutePath().getParent(), "warm-");
            // C2 compiles a method only after many calls: a render takes 25 ms of CPU after 40
            // renders and 16 ms after 300 (measured in one JVM), so the server, which lives for
            // minutes, renders the file some forty times while the user is still reading the PDF.
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (Path f : files) {
                    ClientFileSystem fs = new ClientFileSystem(f.getParent(), OutputStream.nullOutputStream());
                    List<String> argv = round == 0 ? List.of("validate", f.getFileName().toString())
                            : List.of("render", "-d", out.toString(), f.getFileName().toString());
                    handle(new Request(argv, fs, System.getenv(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), 0));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A warm-up is only an optimisation.
        } finally {
            deleteQuietly(out);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Left in the private folder.
        }
    }
}
