package dev.resume.cli;

import dev.resume.api.RenderOptions;
import dev.resume.style.Theme;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options render, watch and validate share: theme, paper and --strict. */
final class LookOptions {

    @Option(names = "--theme", paramLabel = "NAME|PATH", description = "A built-in theme (see `resume themes`) or a theme file.")
    String theme;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "Paper size, instead of the theme's.")
    String paper;

    @Option(names = "--strict", description = "Treat warnings (a character no font has) as errors.")
    boolean strict;

    RenderOptions toRenderOptions(CommandLine commandLine, boolean verify) {
        Theme.Paper paperSize = null;
        if (paper != null) {
            try {
                paperSize = Theme.Paper.valueOf(paper.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "--paper must be a4 or letter, not '" + paper + "'");
            }
        }
        return new RenderOptions(theme, paperSize, strict, verify);
    }
}
