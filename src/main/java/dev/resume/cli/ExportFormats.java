package dev.resume.cli;

import dev.resume.export.text.TextFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** The --format option of render: which files to write, and where. */
final class ExportFormats {
    private ExportFormats() {}

    /** The formats asked for, as extensions ("pdf", "md", "txt", "html"), each once; pdf when none. */
    static List<String> parse(List<String> formats, CommandLine commandLine) {
        List<String> kinds = new ArrayList<>();
        for (String f : formats == null ? List.<String>of() : formats) {
            if (f.isBlank()) {
                continue;
            }
            String kind;
            if (f.strip().equalsIgnoreCase("pdf")) {
                kind = "pdf";
            } else {
                TextFormat t = TextFormat.byName(f);
                if (t == null) {
                    throw new CommandLine.ParameterException(commandLine, "--format takes pdf, md, txt or html, not '" + f.strip() + "'");
                }
                kind = t.extension();
            }
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? List.of("pdf") : List.copyOf(kinds);
    }

    /**
     * The file of {@code file} in format {@code kind}: {@code output} if given (with several
     * formats, {@code output} with each format's extension), else x.KIND in {@code dir}, else
     * beside the file.
     */
    static Path targetFor(Path file, Path output, Path dir, String kind, boolean several) {
        if (output != null && several) {
            String name = output.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "." + kind;
            return output.resolveSibling(name);
        }
        Path pdf = RenderCommand.targetFor(file, output, dir);
        if (output != null || kind.equals("pdf")) {
            return pdf;
        }
        return pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", "") + "." + kind);
    }

    /** Whether the file's name ends in the format's extension (or .htm, .markdown, .text for the same formats). */
    static boolean hasExtension(Path file, String kind) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String ext = name.substring(dot + 1);
        if (kind.equals("pdf")) {
            return ext.equals("pdf");
        }
        TextFormat t = TextFormat.byName(ext);
        return t != null && t.extension().equals(kind);
    }
}
