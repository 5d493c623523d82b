package dev.resume.cli;

import dev.resume.api.BuiltInTheme;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "themes", mixinStandardHelpOptions = true, description = "Lists the built-in themes, one line each.")
final class ThemesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<BuiltInTheme> themes = BuiltInTheme.all();
        int width = themes.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        for (BuiltInTheme t : themes) {
            out.printf("%-" + width + "s  %s%n", t.name(), t.description());
        }
        out.flush();
        return ExitCode.OK;
    }
}
