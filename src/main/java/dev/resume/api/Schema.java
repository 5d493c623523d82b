package dev.resume.api;

import dev.resume.format.SchemaWriter;
import dev.resume.theme.ThemeFormat;

/**
 * The résumé format and the theme format as JSON Schemas (draft 2020-12), for editors that
 * complete and check as one types.
 */
public final class Schema {
    private Schema() {}

    /** The résumé schema's text, JSON ending in a newline. */
    public static String resume() {
        return SchemaWriter.write();
    }

    /** The theme schema's text, JSON ending in a newline. */
    public static String theme() {
        return ThemeFormat.schemaText();
    }
}
