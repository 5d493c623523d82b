package dev.resume.input.bib;

import dev.resume.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * BibTeX's {@code crossref}: a paper of a proceedings volume names the volume's entry, and takes
 * from it the fields it does not have itself, as DBLP's exports rely on (the paper carries its
 * title, authors and pages; the {@code @proceedings} its editors, venue, year, publisher).
 *
 * <p>What is inherited is the bibliographic data of the volume, not what identifies the volume
 * as a work of its own: its {@code title} becomes the paper's {@code booktitle} (as biblatex
 * does, where BibTeX's styles print the volume's title as "In …"), and its url, doi, abstract,
 * keywords and the like stay with it. The volume may come before or after the paper (BibTeX
 * requires after; a file sorted by key has it before). A chain (a volume that names a
 * multi-volume work) is followed; a loop or a missing target is a warning at the crossref.
 */
public final class CrossRefs {
    private CrossRefs() {}

    /** Fields a paper takes from its volume when it lacks them. */
    private static final List<String> INHERITED = List.of("booktitle", "editor", "year", "month", "day", "date", "publisher",
            "series", "volume", "number", "address", "location", "organization", "edition", "journal", "journaltitle",
            "school", "institution", "howpublished", "pubstate");

    /** Types whose title is the title of the book a part of it is in. */
    private static final Set<String> BOOKS = Set.of("proceedings", "book", "collection", "reference", "mvproceedings",
            "mvbook", "mvcollection", "mvreference", "periodical");

    /** The file with each entry's crossref'd fields filled in; entries without crossref are as they were. */
    public static BibFile resolve(BibFile file, Diagnostics diagnostics) {
        if (file.entries().stream().noneMatch(e -> e.field("crossref") != null)) {
            return file;
        }
        List<BibEntry> out = new ArrayList<>();
        for (BibEntry e : file.entries()) {
            out.add(resolve(file, e, new HashSet<>(), diagnostics));
        }
        return new BibFile(file.source(), out);
    }

    /** The keys (in lower case) that some entry of the file crossrefs. */
    public static Set<String> targets(BibFile file) {
        Set<String> keys = new HashSet<>();
        for (BibEntry e : file.entries()) {
            BibText k = e.value("crossref");
            if (k != null) {
                keys.add(k.text().toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }

    private static BibEntry resolve(BibFile file, BibEntry e, Set<String> seen, Diagnostics diagnostics) {
        BibField ref = e.field("crossref");
        BibText key = e.value("crossref");
        if (ref == null || key == null) {
            return e;
        }
        if (!seen.add(e.key().toLowerCase(Locale.ROOT))) {
            diagnostics.warning(ref.valuePos(), "the crossref of '" + e.key() + "' leads back to it; nothing more is inherited",
                    "a paper names its volume, and the volume does not name the paper");
            return e;
        }
        BibEntry parent = file.entry(key.text());
        if (parent == null) {
            // Only once per entry: a chain that reaches it again resolves without a second word.
            if (seen.size() == 1) {
                diagnostics.warning(ref.valuePos(), "the crossref '" + key.text() + "' names no entry of this file; '" + e.key()
                        + "' inherits nothing", "add the @proceedings or @book entry of that key, or remove the crossref");
            }
            return e;
        }
        parent = resolve(file, parent, seen, diagnostics);
        Map<String, BibField> fields = new LinkedHashMap<>(e.fields());
        BibField title = parent.field("title");
        if (missing(fields, "booktitle") && BOOKS.contains(parent.type()) && title != null && !title.value().isBlank()) {
            fields.put("booktitle", new BibField("booktitle", title.namePos(), title.value(), title.valuePos()));
        }
        for (String name : INHERITED) {
            BibField f = parent.field(name);
            if (missing(fields, name) && f != null && !f.value().isBlank()) {
                fields.put(name, f);
            }
        }
        return new BibEntry(e.type(), e.key(), e.pos(), e.keyPos(), fields, e.index(), e.complete());
    }

    private static boolean missing(Map<String, BibField> fields, String name) {
        BibField f = fields.get(name);
        return f == null || f.value().isBlank();
    }
}
