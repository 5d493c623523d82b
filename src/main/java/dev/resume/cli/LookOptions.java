package dev.resume.cli;

import dev.resume.api.RenderOptions;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options render, watch and validate share: the look (theme, paper), what to keep (tags,
 * sections), the page limit, and --strict. Each one given here wins over the file's own choice.
 */
final class LookOptions {

    @Option(names = "--theme", paramLabel = "NAME|PATH", description = "A built-in theme (see `resume themes`) or a theme file.")
    String theme;

    @Option(names = "--paper", paramLabel = "a4|letter|a5|legal|WxH", description = "Paper size, instead of the file's or the theme's: a4, letter, a5, legal or WIDTH x HEIGHT (148mm x 210mm).")
    String paper;

    @Option(names = "--locale", paramLabel = "TAG", description = "Language to set the résumé in (dates, words, hyphenation), instead of the file's or the theme's: a BCP 47 tag such as de, fr, zh-Hans, pt-BR.")
    String locale;

    @Option(names = "--max-pages", paramLabel = "N", description = "Tighten spacing, then font size (within the theme's"
            + " bounds) until the résumé fits on N pages.")
    Integer maxPages;

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Keep the entries and sections tagged"
            + " with one of these, and the untagged ones.")
    List<String> tags;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Keep only these sections, in this order.")
    List<String> only;

    @Option(names = "--omit", split = ",", paramLabel = "ID", description = "Leave these sections out.")
    List<String> omit;

    @Option(names = "--lang", paramLabel = "LANG|all", description = "For a file in several languages: render it in this one"
            + " (en, zh, pt-BR), over its lang: and its first language. all (render, deps): one PDF in each, cv.en.pdf, cv.zh.pdf.")
    String lang;

    /** Whether --lang asks for every language of each file (render and deps make one file per language). */
    boolean everyLanguage() {
        return ALL.equals(lang);
    }

    static final String ALL = "all";

    @Option(names = "--strict", description = "Treat warnings (a character no font has) as errors.")
    boolean strict;

    RenderOptions toRenderOptions(CommandLine commandLine, boolean verify) {
        return toRenderOptions(() -> commandLine, Main.invocation(commandLine), verify);
    }

    /** The options for {@code invocation}; {@code commandLine} is asked for only to report a usage error. */
    RenderOptions toRenderOptions(Supplier<CommandLine> commandLine, Invocation invocation, boolean verify) {
        RenderOptions options;
        try {
            options = RenderOptions.DEFAULT.withPaper(paper);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine.get(), "--paper must be a4, letter, a5, legal or WIDTH x HEIGHT such as 148mm x 210mm (each side from 2 in to 200 in), not '" + paper + "'");
        }
        try {
            options = options.withLocale(locale);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine.get(), "--locale must be a BCP 47 language tag such as en, de, fr, zh-Hans or pt-BR, not '" + locale + "'");
        }
        if (maxPages != null && maxPages < 1) {
            throw new CommandLine.ParameterException(commandLine.get(), "--max-pages must be 1 or more, not " + maxPages);
        }
        return options.withEnvironment(invocation.environment()).withTheme(theme).withStrict(strict).withVerify(verify).withMaxPages(maxPages)
                .withSelection(clean(tags), clean(only), clean(omit)).withLang(everyLanguage() || lang == null ? null : lang.strip());
    }

    /** "--tags systems, ml" and "--tags systems --tags ml" both give [systems, ml]. */
    private static List<String> clean(List<String> values) {
        return values == null ? null : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
