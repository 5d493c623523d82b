package dev.resume.input.bib;

import java.util.List;

/** A parsed .bib file: its entries in the order written ({@code @string}, {@code @comment} and {@code @preamble} are not entries). */
public record BibFile(BibSource source, List<BibEntry> entries) {
    public BibFile {
        entries = List.copyOf(entries);
    }

    /** The entry of a citation key (case does not count, as in BibTeX), or null. */
    public BibEntry entry(String key) {
        for (BibEntry e : entries) {
            if (e.key().equalsIgnoreCase(key)) {
                return e;
            }
        }
        return null;
    }
}
