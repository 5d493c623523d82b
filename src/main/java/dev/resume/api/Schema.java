package dev.resume.api;

import dev.resume.format.SchemaWriter;

/** The résumé format as a JSON Schema (draft 2020-12), for editors that complete and check as one types. */
public final class Schema {
    private Schema() {}

    /** The schema's text, JSON ending in a newline. */
    public static String resume() {
        return SchemaWriter.write();
    }
}
