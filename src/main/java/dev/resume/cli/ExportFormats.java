package dev.resume.cli;

import dev.resume.api.OutputFormat;
import dev.resume.api.OutputFormats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The --format option of render: which files to write, and where. The command line is asked for
 * only to report a usage error (a plain render builds none unless it has one).
 */
final class ExportFormats {
    private ExportFormats() {}

    /**
     * The formats asked for, each once, in order; when none, the format {@code output}'s suffix
     * names (-o cv.docx writes a Word document, -o cv.html a page), else pdf.
     */
    static List<OutputFormat> parse(List<String> formats, Path output, Supplier<CommandLine> commandLine) {
        List<OutputFormat> asked = parse(formats, commandLine);
        if ((formats == null || formats.stream().allMatch(String::isBlank)) && output != null && !output.toString().equals("-")) {
            for (OutputFormat f : OutputFormats.all()) {
                if (f.isSuffixOf(output)) {
                    return List.of(f);
                }
            }
        }
        return asked;
    }

    /** The formats asked for, each once, in order; pdf when none. */
    static List<OutputFormat> parse(List<String> formats, Supplier<CommandLine> commandLine) {
        List<OutputFormat> kinds = new ArrayList<>();
        for (String f : formats == null ? List.<String>of() : formats) {
            if (f.isBlank()) {
                continue;
            }
            OutputFormat kind = OutputFormats.byName(f);
            if (kind == null) {
                throw new CommandLine.ParameterException(commandLine.get(), "--format takes " + OutputFormats.names() + ", not '" + f.strip() + "'");
            }
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? List.of(OutputFormats.PDF) : List.copyOf(kinds);
    }

    /**
     * The formats with the pictures of the pages at {@code dpi} (--dpi), or as they are when it
     * is null; --dpi without png among them is a usage error, as it would change nothing.
     */
    static List<OutputFormat> withDpi(List<OutputFormat> kinds, String dpi, Supplier<CommandLine> commandLine) {
        if (dpi == null) {
            return kinds;
        }
        OutputFormat png = OutputFormats.byName("png");
        if (!kinds.contains(png)) {
            throw new CommandLine.ParameterException(commandLine.get(), "--dpi is the resolution of the pictures of the pages: give it"
                    + " with --format png");
        }
        OutputFormat atDpi;
        try {
            atDpi = OutputFormats.png(dpi);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine.get(), e.getMessage());
        }
        return kinds.stream().map(k -> k.equals(png) ? atDpi : k).toList();
    }

    /**
     * The file of {@code file} in format {@code kind}: {@code output} if given (with several
     * formats, {@code output} with each format's suffix), else x.KIND in {@code dir}, else
     * beside the file.
     */
    static Path targetFor(Path file, Path output, Path dir, OutputFormat kind, boolean several) {
        if (output != null && several) {
            String name = output.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "." + kind.name();
            return output.resolveSibling(name);
        }
        return output != null ? output : kind.fileFor(file, dir);
    }
}
