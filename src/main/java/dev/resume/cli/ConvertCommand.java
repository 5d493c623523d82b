package dev.resume.cli;

import dev.resume.api.Conversion;
import dev.resume.api.OutputFiles;
import dev.resume.diag.DiagnosticPrinter;
import dev.resume.diag.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", mixinStandardHelpOptions = true, description = {
    "Writes a JSON Resume document (jsonresume.org) in resume's YAML format, or a résumé in",
    "resume's format as a JSON Resume document: each into the other unless --to says.",
    "Without -o, me.json becomes me.yml beside it, cv.yml cv.json; -o - prints it.",
    "What the other format has no place for is listed as warnings (and, in YAML, in a comment at the top)."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "A JSON Resume document (.json, or .yaml with its layout), or a résumé of resume's (.yml).")
    Path file;

    @Option(names = "--to", paramLabel = "yaml|json", description = "What to write: yaml (resume's format) or json (JSON"
            + " Resume). Default: the format FILE is not in.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write, or - for standard output.")
    Path output;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Conversion.Target format = to == null ? Conversion.defaultTarget(file) : Conversion.Target.named(to);
        if (format == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to '" + to + "' is not a format to convert to: give --to yaml (resume's format) or --to json (JSON Resume)");
        }
        boolean toStdout = OutputFiles.isStandardOutput(output);
        Path target = output != null ? output : sibling(file, Conversion.outputName(file, format));
        if (!toStdout && target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the output " + target + " must differ from the input");
        }
        if (!toStdout && !force && Files.exists(target)) {
            err.println("resume: " + target + " exists already; give --force to replace it, or another name with -o");
            return ExitCode.IO;
        }
        DiagnosticPrinter printer = new DiagnosticPrinter();
        Conversion c;
        try {
            c = Conversion.of(file, format);
        } catch (InvalidInputException e) {
            printer.print(err, e.diagnostics());
            long errors = e.errorCount();
            err.printf("%s: %d error%s; %s not written%n", file, errors, errors == 1 ? "" : "s", toStdout ? "nothing" : target);
            return ExitCode.INVALID_INPUT;
        } catch (NoSuchFileException e) {
            err.println("resume: " + e.getFile() + ": no such file");
            return ExitCode.IO;
        } catch (IOException e) {
            err.println("resume: " + file + ": " + e.getMessage());
            return ExitCode.IO;
        }
        printer.print(err, c.warnings());
        err.flush();
        if (toStdout) {
            out.print(c.text());
            out.flush();
            return ExitCode.OK;
        }
        try {
            OutputFiles.write(target, c.text());
        } catch (NoSuchFileException e) {
            err.println("resume: " + target + ": no such directory");
            return ExitCode.IO;
        } catch (IOException e) {
            err.println("resume: " + target + ": cannot write: " + e.getMessage());
            return ExitCode.IO;
        }
        out.println(format == Conversion.Target.YAML ? target + " written; render it with: resume render " + target
                : target + " written (JSON Resume, schema v1.0.0)");
        out.flush();
        return ExitCode.OK;
    }

    private static Path sibling(Path file, String name) {
        return file.resolveSibling(name);
    }
}
