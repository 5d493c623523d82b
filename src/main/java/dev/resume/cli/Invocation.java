package dev.resume.cli;

import dev.resume.api.Renderer;
import java.io.PrintWriter;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Where one run of the command line reads and writes. In-process, the process's own (every
 * field null); in the resident server, its client's: its standard output and error, its
 * environment, and its paths ({@code files} makes every path argument, resolved against the
 * client's working directory but printed as the user wrote it). Nothing of one run is global,
 * so the server runs several at once; what they share is the fonts, parsed once.
 */
record Invocation(PrintWriter out, PrintWriter err, Map<String, String> environment, FileSystem files,
        CommandLine.Help.Ansi ansi, Renderer fonts) {
    static final Invocation PROCESS = new Invocation(null, null, null, null, null, null);

    /**
     * A renderer for one command: in-process a new one; in the server one sharing the fonts
     * every request has loaded ({@code fonts}), its themes cached for this command only (so a
     * changed theme file is read again by the next request).
     */
    Renderer renderer(boolean cacheThemes) {
        return fonts == null ? new Renderer(cacheThemes) : fonts.sharingFonts(cacheThemes);
    }

    /** An environment variable as this run sees it, or null. */
    String getenv(String name) {
        return environment == null ? System.getenv(name) : environment.get(name);
    }

    void configure(CommandLine cli) {
        if (files != null) {
            cli.registerConverter(Path.class, s -> files.getPath(s));
        }
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        if (ansi != null) {
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        }
    }
}
