package dev.resume.api;

import dev.resume.export.text.TextFormat;
import java.util.List;

/** Every format a résumé can be written in, PDF (the default) first: a new format is a line here. */
public final class OutputFormats {
    public static final OutputFormat PDF = new PdfOutput();

    private static final List<OutputFormat> ALL = List.of(
            PDF,
            new TextOutput(TextFormat.MARKDOWN, "markdown"),
            new TextOutput(TextFormat.TEXT, "text"),
            new TextOutput(TextFormat.HTML, "htm"),
            new DocxOutput());

    private OutputFormats() {}

    public static List<OutputFormat> all() {
        return ALL;
    }

    /** The format {@code name} names (a name or an alias, in any case), or null when none does. */
    public static OutputFormat byName(String name) {
        for (OutputFormat f : ALL) {
            if (f.isNamed(name)) {
                return f;
            }
        }
        return null;
    }

    /** The formats' names for a message: "pdf, md, txt or html". */
    public static String names() {
        List<String> names = ALL.stream().map(OutputFormat::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
