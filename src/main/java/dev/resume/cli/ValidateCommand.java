package dev.resume.cli;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.diag.DiagnosticPrinter;
import dev.resume.diag.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {
    "Checks résumé files without writing PDFs (for pre-commit hooks and CI).",
    "Loads each file and its theme and lays it out; prints every problem found."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Résumé files (YAML).")
    List<Path> files;

    @CommandLine.Mixin
    LookOptions look;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Renderer renderer = Main.invocation(spec.commandLine()).renderer(false);
        DiagnosticPrinter printer = new DiagnosticPrinter();
        RenderOptions options = look.toRenderOptions(spec.commandLine(), false);
        int worst = ExitCode.OK;
        for (Path file : files) {
            try {
                Typeset t = renderer.typeset(file, options);
                printer.print(err, t.warnings());
                out.printf("%s: ok (%d page%s in %s)%n", file, t.pages().size(), t.pages().size() == 1 ? "" : "s", t.themeName());
            } catch (InvalidInputException e) {
                printer.print(err, e.diagnostics());
                err.printf("%s: %d problem%s%n", file, e.diagnostics().size(), e.diagnostics().size() == 1 ? "" : "s");
                worst = Math.max(worst, ExitCode.INVALID_INPUT);
            } catch (NoSuchFileException e) {
                err.println("resume: " + e.getFile() + ": no such file");
                worst = Math.max(worst, ExitCode.IO);
            } catch (IOException e) {
                err.println("resume: " + file + ": " + e.getMessage());
                worst = Math.max(worst, ExitCode.IO);
            }
            out.flush();
            err.flush();
        }
        return worst;
    }
}
