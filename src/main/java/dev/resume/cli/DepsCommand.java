package dev.resume.cli;

import dev.resume.api.OutputFormats;
import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Sources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "deps", mixinStandardHelpOptions = true, description = {
    "Prints what each résumé's PDF is made from, as make rules: the résumé, the files it extends,",
    "the theme files they name and the font files the PDF is drawn with. A Makefile includes them to rebuild a variant when its base",
    "changes:  out/cv-short.pdf: cv-short.yml cv.yml"})
final class DepsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Résumé files (YAML).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "The PDF the rule is for (one input file only).")
    Path output;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "The PDFs are in DIR (as with render -d).")
    Path dir;

    @Option(names = "--lang", paramLabel = "all", description = "all: as render --lang all, a rule for each language's PDF of a"
            + " file in several languages (out/cv.en.pdf, out/cv.zh.pdf).")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o names one PDF: give one input file, or use -d DIR");
        }
        if (lang != null && !LookOptions.ALL.equals(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang of deps is all (a rule for each language's PDF), not '"
                    + lang + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int worst = ExitCode.OK;
        Set<Path> prerequisites = new LinkedHashSet<>();
        Renderer renderer = Main.invocation(spec.commandLine()).renderer(true);
        List<Path> inputs = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("resume: " + file + ": no such file");
                worst = ExitCode.IO;
                continue;
            }
            inputs.add(file);
            Path pdf = output != null ? output : OutputFormats.PDF.fileFor(file, dir);
            List<String> languages = LookOptions.ALL.equals(lang) ? RenderCommand.languages(renderer, file) : List.of();
            // One rule a PDF, so that a Makefile finds every PDF as a target of its own; each
            // language's with its own fonts (the Chinese text's fallback font, say).
            for (String l : languages.isEmpty() ? java.util.Collections.<String>singletonList(null) : languages) {
                Path target = l == null ? pdf : Renderer.inLanguage(pdf, l);
                List<Path> deps = new ArrayList<>(Sources.of(file));
                deps.addAll(fontFiles(renderer, file, RenderOptions.DEFAULT.withLang(l)));
                StringBuilder line = new StringBuilder(escape(target)).append(':');
                for (Path d : deps) {
                    line.append(' ').append(escape(d));
                    prerequisites.add(d);
                }
                out.println(line);
            }
        }
        // As gcc -MP does: a rule with no recipe for each file, so that make does not stop when one is deleted.
        for (Path p : prerequisites) {
            if (!inputs.contains(p)) {
                out.println(escape(p) + ":");
            }
        }
        out.flush();
        return worst;
    }

    /**
     * The font files the résumé is drawn with (a theme's own, installed fallbacks for other
     * scripts): which fallbacks a résumé needs depends on its characters, so it is typeset. A
     * résumé that does not typeset has none listed; rendering reports why.
     */
    private static List<Path> fontFiles(Renderer renderer, Path file, RenderOptions options) {
        try {
            return renderer.fontFiles(renderer.typeset(file, options));
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** A path as make reads it: spaces, # and $ escaped. */
    static String escape(Path p) {
        return p.toString().replace("$", "$$").replace("#", "\\#").replace(" ", "\\ ");
    }
}
