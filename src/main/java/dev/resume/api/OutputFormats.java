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
            new PngOutput(PngOutput.DEFAULT_DPI),
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

    /**
     * The pictures of the pages at {@code dpi} pixels an inch, as {@code --dpi} gives it (a whole
     * number from 36 to 600); an {@link IllegalArgumentException} says what is wrong with another.
     */
    public static OutputFormat png(String dpi) {
        try {
            return new PngOutput(Integer.parseInt(dpi.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PngOutput.rangeMessage(dpi.strip()), e);
        }
    }

    /** The formats' names for a message: "pdf, md, txt, html or png". */
    public static String names() {
        List<String> names = ALL.stream().map(OutputFormat::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
