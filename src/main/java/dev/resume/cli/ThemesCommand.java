package dev.resume.cli;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.load.ThemeLoader;
import dev.resume.style.Theme;
import java.io.IOException;
import java.io.PrintWriter;
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
        int width = ThemeLoader.BUILT_IN.stream().mapToInt(String::length).max().orElse(0);
        for (String name : ThemeLoader.BUILT_IN) {
            Theme t = new ThemeLoader(new Diagnostics()).load(name, null, SourcePos.unknown(null));
            out.printf("%-" + width + "s  %s%n", name, t.description());
        }
        out.flush();
        return ExitCode.OK;
    }
}
