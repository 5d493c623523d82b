package dev.resume.cli;

import dev.resume.api.OutputFiles;
import dev.resume.api.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schema", mixinStandardHelpOptions = true, description = {
    "Prints the JSON Schema of the résumé format, for editors.",
    "With it, VS Code's YAML extension and IntelliJ complete keys and",
    "flag mistakes as you type:  resume schema > resume.schema.json",
    "With --theme, the schema of theme files:  resume schema --theme -o theme.schema.json",
    "JSON Schema draft 2020-12; see \"Editor support\" in the README."})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the schema to FILE instead of standard output (- is standard output).")
    Path output;

    @Option(names = "--theme", description = "Print the schema of theme files (docs/themes.md) instead of the résumé's.")
    boolean theme;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String schema = theme ? Schema.theme() : Schema.resume();
        if (output == null || OutputFiles.isStandardOutput(output)) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(schema);
            out.flush();
            return ExitCode.OK;
        }
        try {
            OutputFiles.write(output, schema);
            return ExitCode.OK;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("resume: " + output + ": no such directory");
            return ExitCode.IO;
        } catch (IOException e) {
            spec.commandLine().getErr().println("resume: " + output + ": cannot write: " + e.getMessage());
            return ExitCode.IO;
        }
    }
}
