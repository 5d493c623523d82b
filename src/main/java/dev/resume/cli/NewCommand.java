package dev.resume.cli;

import dev.resume.api.OutputFiles;
import dev.resume.api.Starter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true, description = {
    "Writes a starter résumé that shows every kind of section once and renders as it is.",
    "Without -o, \"Ada Quillfeather\" becomes ada-quillfeather.yml in the current folder."})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "\"Full Name\"", description = "Your name.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.yml", description = "Where to write it; - for standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (name.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the name is empty");
        }
        Path target = output != null ? output : Path.of(Starter.fileName(name));
        String text = Starter.text(name);
        if (OutputFiles.isStandardOutput(target)) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        try {
            // CREATE_NEW, never over a file; the new file gets the umask's permissions, as every output.

            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("resume: " + target + " exists already; choose another name with -o");
            return ExitCode.IO;
        }
        spec.commandLine().getOut().println(target + " written; render it with: resume render " + target);
        return ExitCode.OK;
    }
}
