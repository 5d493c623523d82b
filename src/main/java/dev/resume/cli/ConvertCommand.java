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
    "Writes a JSON Resume document (jsonresume.org) in resume's YAML format.",
    "Without -o, me.json becomes me.yml beside it; -o - prints it.",
    "What the format has no place for is listed as warnings, and in a comment at the top."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A JSON Resume document (.json, or .yaml with its layout).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.yml", description = "The YAML file to write, or - for standard output.")
    Path output;

    @Option(names = "--force", description = "Replace OUT.yml if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = OutputFiles.isStandardOutput(output);
        Path target = output != null ? output : sibling(file, Conversion.outputName(file));
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
            c = Conversion.of(file);
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
            out.print(c.yaml());
            out.flush();
            return ExitCode.OK;
        }
        try {
            OutputFiles.write(target, c.yaml());
        } catch (NoSuchFileException e) {
            err.println("resume: " + target + ": no such directory");
            return ExitCode.IO;
        } catch (IOException e) {
            err.println("resume: " + target + ": cannot write: " + e.getMessage());
            return ExitCode.IO;
        }
        out.println(target + " written; render it with: resume render " + target);
        out.flush();
        return ExitCode.OK;
    }

    private static Path sibling(Path file, String name) {
        return file.resolveSibling(name);
    }
}
