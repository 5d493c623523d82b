package dev.resume.model;

import dev.resume.diag.SourcePos;
import java.util.List;

/**
 * A section of the résumé.
 *
 * @param entryPages what each entry asks of the page breaker, by the entry's index
 * @param page what the section asks of the page breaker
 * @param show which parts of its entries show, over the résumé's choice
 * @param dates how its dates are written, over the résumé's choice
 */
public record Section(String id, Text title, Entry.Kind kind, List<Entry> entries, List<PageControl> entryPages,
        boolean hidden, PageControl page, Show show, DateWording dates, SourcePos pos) {

    public Section {
        entries = List.copyOf(entries);
        entryPages = List.copyOf(entryPages);
        if (entryPages.size() != entries.size()) {
            throw new IllegalArgumentException("one page control per entry: " + entryPages.size() + " for " + entries.size());
        }
    }

    /** A section that leaves page breaks and presentation to the theme. */
    public Section(String id, Text title, Entry.Kind kind, List<Entry> entries, boolean hidden, SourcePos pos) {
        this(id, title, kind, entries, java.util.Collections.nCopies(entries.size(), PageControl.DEFAULT), hidden,
                PageControl.DEFAULT, Show.DEFAULT, DateWording.DEFAULT, pos);
    }
}
