package dev.resume.cli;

import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.diag.DiagnosticPrinter;
import dev.resume.diag.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", mixinStandardHelpOptions = true, description = {
    "Typesets résumé files into PDFs.",
    "Without -o or -d, x.yml becomes x.pdf beside it."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Résumé files (YAML, or JSON Resume documents).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "The PDF to write (one input file only).")
    Path output;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Write the PDFs into DIR.")
    Path dir;

    @Option(names = "--verify", description = "Read the PDF's text back and fail if a word is missing, out of order or glued to the next.")
    boolean verify;

    @Option(names = "--stats", description = "Print the layout's figures: how far justified spaces stretch, hyphenated, loose and overfull lines, widows and orphans.")
    boolean stats;

    @Option(names = "--debug-layout", description = "Draw the margins, each line's box and baseline over the pages (for theme authors); lines the --stats report flags in red.")
    boolean debugLayout;

    @Option(names = "--debug", description = "Show stack traces of internal errors (RESUME_DEBUG=1 does too, for every command).")
    boolean debug;

    @Option(names = "--profile", description = "Print the time of each stage of each render on standard error.")
    boolean profile;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "pdf (the default), md (Markdown),"
            + " txt (plain text) or html (one self-contained page); several with commas: --format pdf,html.")
    List<String> formats;

    @CommandLine.Mixin
    LookOptions look;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o names one PDF; with several files use -d DIR");
        }
        if (output != null && dir != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give -o or -d, not both");
        }
        kinds = ExportFormats.parse(formats, spec.commandLine());
        java.util.Map<Path, Path> targets = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            for (String kind : kinds) {
                Path target = target(file, kind);
                Path key = target.toAbsolutePath().normalize();
                if (key.equals(file.toAbsolutePath().normalize()) || !ExportFormats.hasExtension(key, kind)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "the output " + target + " must be a ." + kind
                            + " file other than the input");
                }
                Path clash = targets.put(key, file);
                if (clash != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), clash + " and " + file + " would both be written to " + target);
                }
            }
        }
        RenderOptions options = look.toRenderOptions(spec.commandLine(), verify).withDebugLayout(debugLayout)
                .withProfile(profile);
        // One process for the whole batch: the fonts are parsed once, each theme is read once,
        // and the files render on all cores. What each file prints is kept until it is done and
        // printed in the order of the arguments, so the output is the same as one at a time.
        dev.resume.font.FontLibrary fonts = new dev.resume.font.FontLibrary();
        // With a core to spare (fewer files than cores), start-up work begins there at once.
        // (-Dresume.warmup=true forces it: the class archive's training run is a batch, and must
        // see the warm-up's classes too.)
        boolean spare = files.size() < Runtime.getRuntime().availableProcessors();
        if ((spare || Boolean.getBoolean("resume.warmup")) && !Boolean.getBoolean("resume.nowarmup")) {
            WarmUp.start(fonts);
        }
        Renderer renderer = new Renderer(fonts, true);
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        List<Outcome> outcomes;
        if (threads <= 1) {
            outcomes = new java.util.ArrayList<>();
            for (Path file : files) {
                Outcome o = renderOne(renderer, file, options);
                outcomes.add(o);
            }
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "render");
                t.setDaemon(true);
                return t;
            });
            try {
                List<java.util.concurrent.Future<Outcome>> futures = new java.util.ArrayList<>();
                for (Path file : files) {
                    futures.add(pool.submit(() -> renderOne(renderer, file, options)));
                }
                outcomes = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<Outcome> f : futures) {
                    try {
                        outcomes.add(f.get());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException re) {
                            throw re;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        int worst = ExitCode.OK;
        for (Outcome o : outcomes) {
            out.print(o.out());
            err.print(o.err());
            err.flush();
            out.flush();
            worst = Math.max(worst, o.code());
        }
        return worst;
    }

    /** What rendering one file printed, and its exit code. */
    private record Outcome(String out, String err, int code) {}

    private Outcome renderOne(Renderer renderer, Path file, RenderOptions options) {
        java.io.StringWriter outText = new java.io.StringWriter();
        java.io.StringWriter errText = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(outText);
        PrintWriter err = new PrintWriter(errText);
        DiagnosticPrinter printer = new DiagnosticPrinter();
        int code = ExitCode.OK;
        Path target = target(file, kinds.get(0));
        long start = System.nanoTime();
        try {
            // Typeset once; each format is written from it, and each line gives the time so far.
            Typeset typeset = renderer.typeset(file, options);
            for (String kind : kinds) {
                target = target(file, kind);
                RenderResult r = kind.equals("pdf") ? renderer.render(typeset, target, options)
                        : renderer.export(typeset, target, dev.resume.export.text.TextFormat.byName(kind));
                if (kind.equals(kinds.get(0))) {
                    printer.print(err, r.warnings());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (kind.equals("pdf")) {
                    out.printf(Locale.ROOT, "%s  %d page%s  %.2f s%s%n", r.output(), r.pages(), r.pages() == 1 ? "" : "s", seconds,
                            r.fit() == null ? "" : "  " + r.fit().describe());
                    if (stats) {
                        out.print(r.report().describe());
                        out.println("fonts (face, characters drawn, scripts, file):");
                        for (dev.resume.api.FontUse u : renderer.fontUse(typeset)) {
                            out.println(u.describe());
                        }
                    }
                } else {
                    out.printf(Locale.ROOT, "%s  %.2f s%n", r.output(), seconds);
                }
            }
        } catch (InvalidInputException e) {
            printer.print(err, e.diagnostics());
            long errors = e.errorCount();
            err.printf("%s: %d error%s; %s not written%n", file, errors, errors == 1 ? "" : "s", target);
            code = ExitCode.INVALID_INPUT;
        } catch (NoSuchFileException e) {
            err.println("resume: " + e.getFile() + ": no such file");
            code = ExitCode.IO;
        } catch (IOException e) {
            err.println("resume: " + file + ": " + e.getMessage());
            code = ExitCode.IO;
        } catch (RuntimeException e) {
            // A bug met on one file of a batch: reported there, and the other files still render.
            err.println("resume: " + file + ": internal error: " + e);
            if (debug || Main.debugFromEnvironment()) {
                e.printStackTrace(err);
            } else {
                err.println("  please report this with the input that caused it; --debug shows the details");
            }
            code = ExitCode.IO;
        }
        out.flush();
        err.flush();
        return new Outcome(outText.toString(), errText.toString(), code);
    }

    /** What --format asks for: "pdf", "md", "txt", "html", each once, in order. */
    private List<String> kinds = List.of("pdf");

    private Path target(Path file, String kind) {
        return ExportFormats.targetFor(file, output, dir, kind, kinds.size() > 1);
    }

    /** The PDF of {@code file}: {@code output} if given, else x.pdf in {@code dir}, else beside the file. */
    static Path targetFor(Path file, Path output, Path dir) {
        if (output != null) {
            return output;
        }
        String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "") + ".pdf";
        if (dir != null) {
            return dir.resolve(name);
        }
        Path parent = file.getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }
}
