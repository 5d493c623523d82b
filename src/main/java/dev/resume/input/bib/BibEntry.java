package dev.resume.input.bib;

import dev.resume.diag.SourcePos;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entry of a .bib file: {@code @inproceedings{key, title = {…}, …}}.
 *
 * @param type the entry type in lower case ({@code article}, {@code inproceedings}, {@code misc}…)
 * @param key the citation key, as written
 * @param pos where the entry's {@code @} is
 * @param keyPos where the key is
 * @param fields the fields by lower-case name, in the order written
 * @param index the entry's place among the file's entries, from 0
 * @param complete false when a syntax error was reported in it: what it lacks is a consequence, not news
 */
public record BibEntry(String type, String key, SourcePos pos, SourcePos keyPos, Map<String, BibField> fields, int index,
        boolean complete) {
    public BibEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field, or null when absent. */
    public BibField field(String name) {
        return fields.get(name);
    }

    /** The field's text stripped, or null when absent or empty. */
    public BibText value(String name) {
        BibField f = fields.get(name);
        if (f == null) {
            return null;
        }
        BibText t = f.value().strip();
        return t.isBlank() ? null : t;
    }
}
