package dev.resume.cli;

import dev.resume.api.Batch;
import dev.resume.api.FontUse;
import dev.resume.api.OutputFiles;
import dev.resume.api.OutputFormat;
import dev.resume.api.OutputFormats;
import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.diag.DiagnosticPrinter;
import dev.resume.diag.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", mixinStandardHelpOptions = true, description = {
    "Typesets résumé files into PDFs (or Markdown, plain text, HTML, pictures of the pages: --format).",
    "Without -o or -d, x.yml becomes x.pdf beside it; with --format png, x-1.png, x-2.png, ... (one a page)."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Résumé files (YAML, or JSON Resume documents).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "The PDF to write (one input file only), or - for standard output."
            + " With --format png, OUT.png names the pictures OUT-1.png, OUT-2.png, ...; - takes a résumé of one page.")
    Path output;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Write the PDFs (and the other formats' files) into DIR.")
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

    @Option(names = "--pdfa", description = "Write archival PDF/A-2b files (every PDF is tagged PDF/UA-1), as the theme's"
            + " pdf.standard: pdf/a-2b does.")
    boolean pdfa;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "pdf (the default), md (Markdown),"
            + " txt (plain text), html (one self-contained page), docx (a Word document) or png (a picture of each page:"
            + " cv-1.png, cv-2.png, ...); several with commas: --format pdf,html. Without it, -o's suffix names the format (-o cv.docx).")
    List<String> formats;

    @Option(names = "--dpi", paramLabel = "N", description = "The resolution of --format png, in pixels an inch: 36 to 600"
            + " (default 150).")
    String dpi;

    @CommandLine.Mixin
    LookOptions look;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * A plain render's invocation (see {@link PlainRender}): set when the arguments were read
     * without picocli, and then {@link #spec} is null.
     */
    Invocation plain;
    private CommandLine built;

    /**
     * The command line, for usage errors and help: picocli's, or for a plain render one built
     * only now that an error needs it, so that its message is the one picocli's reading gives.
     */
    CommandLine commandLine() {
        if (spec != null) {
            return spec.commandLine();
        }
        if (built == null) {
            built = Main.commandLine(plain).getSubcommands().get("render");
        }
        return built;
    }

    private Invocation invocation() {
        return spec != null ? Main.invocation(spec.commandLine()) : plain;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec != null ? spec.commandLine().getOut() : PlainRender.out(plain);
        PrintWriter err = spec != null ? spec.commandLine().getErr() : PlainRender.err(plain);
        boolean toStdout = OutputFiles.isStandardOutput(output);
        if (toStdout && files.size() > 1) {
            throw new CommandLine.ParameterException(commandLine(), "-o - writes one file to standard output: give one input file"
                    + " (with several, use -d DIR)");
        }
        if (output != null && files.size() > 1) {
            throw new CommandLine.ParameterException(commandLine(), "-o names one PDF; with several files use -d DIR");
        }
        if (output != null && dir != null) {
            throw new CommandLine.ParameterException(commandLine(), "give -o or -d, not both");
        }
        kinds = ExportFormats.withDpi(ExportFormats.parse(formats, output, this::commandLine), dpi, this::commandLine);
        if (toStdout && kinds.size() > 1) {
            throw new CommandLine.ParameterException(commandLine(), "-o - writes one format to standard output, not "
                    + kinds.size() + ": give one --format");
        }
        if (toStdout) {
            // Standard output carries the file alone (a PDF is binary): what is said of it goes to standard error.
            out = err;
        }
        java.util.Map<Path, Path> targets = new java.util.LinkedHashMap<>();
        List<Batch.Job> jobs = new ArrayList<>();
        Renderer renderer = invocation().renderer(true);
        for (Path file : files) {
            // --lang all: a file in several languages is a job per language, cv.en.pdf and cv.zh.pdf.
            List<String> languages = look.everyLanguage() ? languages(renderer, file) : List.of();
            if (toStdout && !languages.isEmpty()) {
                throw new CommandLine.ParameterException(commandLine(), "-o - writes one file: " + file + " is in "
                        + languages.size() + " languages; give one, --lang " + languages.getFirst());
            }
            for (String lang : languages.isEmpty() ? java.util.Collections.<String>singletonList(null) : languages) {
                jobs.add(job(file, lang, toStdout, targets));
            }
        }
        RenderOptions options = look.toRenderOptions(this::commandLine, invocation(), verify).withDebugLayout(debugLayout)
                .withProfile(profile).withArchival(pdfa ? Boolean.TRUE : null);
        // One process for the whole batch: the fonts are parsed once, each theme is read once,
        // and the files render on all cores; the outcomes are printed in the order of the
        // arguments, so the output is the same as one at a time.
        // With a core to spare (fewer files than cores), start-up work begins there at once.
        // (-Dresume.warmup=true forces it: the class archive's training run is a batch, and must
        // see the warm-up's classes too.)
        boolean spare = files.size() < Runtime.getRuntime().availableProcessors();
        if ((spare || Boolean.getBoolean("resume.warmup")) && !Boolean.getBoolean("resume.nowarmup")) {
            renderer.startWarmUp();
        }
        int worst = ExitCode.OK;
        for (Batch.Outcome o : new Batch(renderer, options, stats).run(jobs)) {
            // A file's standard output, then its errors, as when each file printed into buffers of its own.
            java.io.StringWriter outText = new java.io.StringWriter();
            java.io.StringWriter errText = new java.io.StringWriter();
            worst = Math.max(worst, print(o, new PrintWriter(outText), new PrintWriter(errText)));
            out.print(outText);
            err.print(errText);
            err.flush();
            out.flush();
        }
        return worst;
    }

    /** Prints what rendering one file did, and returns its exit code. */
    private int print(Batch.Outcome o, PrintWriter out, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter();
        Path file = o.job().input();
        for (Batch.Written w : o.written()) {
            RenderResult r = w.result();
            // One typesetting serves every format: its warnings are printed once, each line gives the time so far.
            if (w == o.written().get(0)) {
                printer.print(err, r.warnings());
            }
            double seconds = w.nanos() / 1e9;
            if (w.target().format().paged()) {
                out.printf(Locale.ROOT, "%s  %d page%s  %.2f s%s%n", w.target().format().describe(r.output(), r.pages()), r.pages(), r.pages() == 1 ? "" : "s", seconds,
                        r.fit() == null ? "" : "  " + r.fit().describe());
                if (stats) {
                    out.print(r.describeLayout());
                    out.println("fonts (face, characters drawn, scripts, file):");
                    for (FontUse u : o.fonts()) {
                        out.println(u.describe());
                    }
                }
            } else {
                out.printf(Locale.ROOT, "%s  %.2f s%n", OutputFiles.describe(r.output()), seconds);
            }
        }
        switch (o.failure()) {
            case null -> {
                return ExitCode.OK;
            }
            case InvalidInputException e -> {
                printer.print(err, e.diagnostics());
                long errors = e.errorCount();
                err.printf("%s: %d error%s; %s not written%n", file, errors, errors == 1 ? "" : "s",
                        o.failedAt().format().describe(o.failedAt().path(), 0));
                return ExitCode.INVALID_INPUT;
            }
            case NoSuchFileException e -> {
                err.println("resume: " + e.getFile() + ": no such file");
                return ExitCode.IO;
            }
            case IOException e -> {
                err.println("resume: " + file + ": " + e.getMessage());
                return ExitCode.IO;
            }
            default -> {
                // A bug met on one file of a batch: reported there, and the other files still render.
                err.println("resume: " + file + ": internal error: " + o.failure());
                if (debug || "1".equals(invocation().getenv("RESUME_DEBUG"))) {
                    o.failure().printStackTrace(err);
                } else {
                    err.println("  please report this with the input that caused it; --debug shows the details");
                }
                return ExitCode.IO;
            }
        }
    }

    /** What --format asks for, each once, in order. */
    private List<OutputFormat> kinds = List.of(OutputFormats.PDF);

    /** The files to make of {@code file} in {@code lang} (null: the one language the options give), checked against the others'. */
    private Batch.Job job(Path file, String lang, boolean toStdout, java.util.Map<Path, Path> targets) {
        List<Batch.Target> fileTargets = new ArrayList<>();
        for (OutputFormat kind : kinds) {
            Path target = lang == null ? target(file, kind) : Renderer.inLanguage(target(file, kind), lang);
            if (toStdout) {
                fileTargets.add(new Batch.Target(kind, target));
                continue;
            }
            Path key = target.toAbsolutePath().normalize();
            if (key.equals(file.toAbsolutePath().normalize()) || !kind.isSuffixOf(key)) {
                throw new CommandLine.ParameterException(commandLine(), "the output " + target + " must be a ." + kind.name()
                        + " file other than the input");
            }
            Path clash = targets.put(key, file);
            if (clash != null) {
                throw new CommandLine.ParameterException(commandLine(), clash + " and " + file + " would both be written to " + target);
            }
            fileTargets.add(new Batch.Target(kind, target));
        }
        return new Batch.Job(file, fileTargets, lang);
    }

    /** The languages of a file in several, for --lang all; none (one render) when it has one, or cannot be read (the render says why). */
    static List<String> languages(Renderer renderer, Path file) {
        try {
            List<String> languages = renderer.languages(file);
            return languages.size() > 1 ? languages : List.of();
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    private Path target(Path file, OutputFormat kind) {
        return ExportFormats.targetFor(file, output, dir, kind, kinds.size() > 1);
    }
}
