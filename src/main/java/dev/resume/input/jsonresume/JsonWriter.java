package dev.resume.input.jsonresume;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a tree of maps, lists and strings as JSON the way JSON Resume's own tools do
 * ({@code JSON.stringify(doc, null, 2)}): two-space indents, each array item and object key on a
 * line of its own, {@code "key": value}, a line break at the end. The maps keep their order, so
 * the same tree is the same bytes on every run. Jackson does the escaping.
 */
public final class JsonWriter {
    private JsonWriter() {}

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
        WRITER = JsonMapper.builder().build().writer().with(printer);
    }

    /** {@code tree} as JSON text, ending in a line break. */
    public static String write(Object tree) {
        return WRITER.writeValueAsString(tree) + "\n";
    }
}
