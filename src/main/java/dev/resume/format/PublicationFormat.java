package dev.resume.format;

import static dev.resume.format.CommonKeys.ENTRY_KEYS;
import static dev.resume.format.CommonKeys.concat;
import static dev.resume.format.CommonKeys.field;
import static dev.resume.format.CommonKeys.shape;

import dev.resume.diag.Diagnostics;
import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.model.Author;
import dev.resume.model.Entry;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Link;
import dev.resume.model.LinkKind;
import dev.resume.model.Text;
import dev.resume.syntax.YNode;
import dev.resume.text.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Publication entries: the declaration of {@code publications:}, of their links, and of
 * {@code bib:}, publications read from a .bib file (which the BibTeX front-end turns into
 * publication entries before they are bound); and the binder.
 */
public final class PublicationFormat {
    private PublicationFormat() {}

    /** The links of a publication: one key for each {@link LinkKind}. */
    public static final Shape LINKS_SHAPE = shape("publicationLinks", "the links of a publication",
            "Links of a publication, each printed as a clickable label.", List.of(
                    field("paper", Kind.URL, "The paper."),
                    field("arxiv", Kind.ARXIV, "An arXiv id such as 2404.09526, or a URL."),
                    field("code", Kind.URL, "The code."),
                    field("doi", Kind.DOI, "A DOI (10.1145/...), or a URL."),
                    field("slides", Kind.URL, "The slides."),
                    field("video", Kind.URL, "A video of the talk."),
                    field("website", Kind.URL, "The project's website."),
                    field("poster", Kind.URL, "The poster."),
                    field("pdf", Kind.URL, "A PDF of the paper.")),
            List.of());

    public static final Field TITLE = field("title", Kind.TEXT, "The paper's title.").asRequired();
    public static final Field AUTHORS = field("authors", Kind.STRINGS, "The authors, in order. Marks such as * and † stay"
            + " attached to the name; your own name is set in bold by itself: write no markup.")
            .asRequired("add `authors: [First Author, Second Author]`");
    public static final Field EDITED = field("edited", Kind.BOOLEAN, "true: the authors are the editors of this volume"
            + " (a book or proceedings you edited); the theme's publications.editor or editors, \"(Ed.)\" or \"(Eds.)\","
            + " follows them. A BibTeX entry with editors and no author sets it.");
    public static final Field VENUE = field("venue", Kind.TEXT, "The venue: \"ASPLOS\", \"*Neural Information Processing"
            + " Systems (NeurIPS)*\".");
    public static final Field YEAR = field("year", Kind.INTEGER, "The venue's year.");
    public static final Field DATE = field("date", Kind.DATE, "When it appeared (for example the arXiv date): 2023-11-06.");
    public static final Field WHEN = field("when", Kind.TEXT, "Instead of date, when the source gives no full date (\"Feb 22\").");
    public static final Field STATUS = field("status", Kind.TEXT, "\"in submission\", \"to appear\".");
    public static final Field NOTE = field("note", Kind.TEXT, "An award or distinction: \"Spotlight\", \"Best Paper\".");
    public static final Field LINKS = field("links", Kind.SHAPE, LINKS_SHAPE, "Links, each printed as a clickable label:"
            + " paper, arxiv, code, doi, slides, video, website, poster, pdf.");
    public static final Field ABSTRACT = field("abstract", Kind.TEXT, "Not shown by the default CV; shown by publication-list"
            + " themes and variants.");
    public static final Field SUBJECTS = field("subjects", Kind.STRINGS, "Subject tags (arXiv categories such as LG, DC). Shown"
            + " with the abstract.");

    public static final Shape SHAPE = shape("publicationEntry", "a publication entry", "A publication.",
            concat(List.of(TITLE, AUTHORS, EDITED, VENUE, YEAR, DATE, WHEN, STATUS, NOTE, LINKS, ABSTRACT, SUBJECTS), ENTRY_KEYS),
            List.of());

    // ---- from BibTeX ---------------------------------------------------------------------------

    /** The sort orders of a BibTeX import. */
    public static final List<String> BIB_SORTS = List.of("newest", "oldest", "file", "keys");

    public static final Field BIB_FILE = field("file", Kind.STRING, "The .bib file, a path relative to this file.")
            .asRequired("write `bib: publications.bib`, a path relative to this file");

    /**
     * A publications section read from a .bib file (docs/format.md, "Publications from BibTeX").
     * A bare text stands for its {@code file}.
     */
    public static final Shape BIB_SHAPE = new Shape("bibImport", "a BibTeX import",
            "Publications read from a .bib file: the file's path, or a mapping with the file and which entries to take,"
                    + " in which order, with what changed.", true, List.of(
                    BIB_FILE,
                    field("keys", Kind.STRINGS, "Take only these entries, by citation key."),
                    field("years", Kind.STRING, "Take only the entries of these years: 2024, 2019-2022, 2023- (from), -2020"
                            + " (until)."),
                    field("keywords", Kind.STRINGS, "Take only the entries whose keywords field has one of these."),
                    field("sort", Kind.STRING, "newest (the default: by year, then date, newest first), oldest, file (as in"
                            + " the .bib file) or keys (as listed in keys).").withExamples(BIB_SORTS),
                    field("change", Kind.CHANGES, "For a citation key, the keys of a publication entry that replace what the"
                            + " .bib file gives: note: Spotlight. An empty value removes the key.")),
            List.of());

    /** A section's {@code bib:}: its publications are read from a .bib file. */
    public static final Field BIB = field("bib", Kind.SHAPE, BIB_SHAPE, "Publications read from a .bib file: its path, or"
            + " {file: …, keys: […], years: 2023-, keywords: […], sort: newest, change: {key: {note: Spotlight}}}.");

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.PUBLICATIONS, SHAPE.noun(),
            field(Entry.Kind.PUBLICATIONS.key(), Kind.LIST, SHAPE, "Publication entries (Selected Publications, Preprints)."),
            List.of(BIB), TITLE.key(), "Publications", EntryFormat.Binder.ofMapping(SHAPE, PublicationFormat::bind));

    private static PublicationEntry bind(Fields f, EntryBinding b) {
        Diagnostics diagnostics = b.diagnostics();
        Text title = f.requiredText(TITLE.key());
        List<Author> authors = new ArrayList<>();
        // A missing 'authors' is reported by finish(): the shape marks it required.
        for (YNode a : f.list(AUTHORS.key(), true)) {
            if (a instanceof YNode.Scalar s && !s.isNull()) {
                authors.add(author(s.text(), b.isOwner()));
            } else {
                diagnostics.error(a.pos(), "each author must be a name, found " + a.describe(), null);
            }
        }
        List<Link> links = new ArrayList<>();
        YNode linkNode = f.node(LINKS.key());
        if (linkNode != null) {
            Fields l = Fields.of(linkNode, LINKS_SHAPE, diagnostics);
            if (l != null) {
                for (YNode.Entry e : ((YNode.Map) linkNode).entries()) {
                    if (LINKS_SHAPE.field(e.key()) == null) {
                        continue;
                    }
                    Text t = l.text(e.key());
                    if (t != null) {
                        LinkKind kind = LinkKind.byKey(e.key());
                        if (kind == null) {
                            throw new IllegalStateException("the format's link key " + e.key() + " has no LinkKind");
                        }
                        String url = linkUrl(kind, t, diagnostics);
                        if (url != null) {
                            links.add(new Link(kind, url, t.pos()));
                        }
                    }
                }
                l.finish();
            }
        }
        Integer year = f.integer(YEAR.key());
        return new PublicationEntry(title, List.copyOf(authors), f.keyPos(AUTHORS.key()), f.bool(EDITED.key()), f.text(VENUE.key()), year,
                f.date(DATE.key()), f.text(WHEN.key()), f.text(STATUS.key()), f.text(NOTE.key()), List.copyOf(links),
                f.text(ABSTRACT.key()), f.strings(SUBJECTS.key()));
    }

    /** An author as written, with the marks after the name ("Ying Sheng*") kept apart from it. */
    private static Author author(String written, Predicate<String> isOwner) {
        String s = written.strip();
        int end = s.length();
        while (end > 0 && "*†‡§¶#♯✝".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String name = s.substring(0, end).strip();
        return new Author(name, s.substring(end), isOwner.test(name));
    }

    private static String linkUrl(LinkKind kind, Text t, Diagnostics diagnostics) {
        String v = t.markdown().strip();
        if (kind == LinkKind.ARXIV && v.matches(FormatSpec.ARXIV_ID_REGEX)) {
            return "https://arxiv.org/abs/" + v.replaceFirst("^arXiv:", "");
        }
        if (kind == LinkKind.DOI && v.startsWith("10.")) {
            return "https://doi.org/" + v;
        }
        return Urls.check(v, t.pos(), diagnostics);
    }
}
