package dev.resume.input;

import dev.resume.format.CommonKeys;
import dev.resume.format.EntryBinding;
import dev.resume.format.EntryFormat;
import dev.resume.format.EntryFormats;
import dev.resume.format.Fields;
import dev.resume.format.FormatSpec;
import dev.resume.syntax.SourceFile;
import dev.resume.syntax.YNode;

import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.model.ContactItem;
import dev.resume.model.Entry;
import dev.resume.model.PageControl;
import dev.resume.model.PageLimit;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.model.DateWording;
import dev.resume.model.Show;
import dev.resume.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads and validates a résumé file into the model. All problems are reported together. */
public final class ResumeLoader {
    // The keys of each mapping, and which are required, are declared in FormatSpec and the entry
    // kinds' declarations (EntryFormats), which also bind the entries and generate the JSON Schema
    // (`resume schema`): adding a key there is what makes it valid here.

    private final Diagnostics diagnostics;
    private Selection selection = Selection.NONE;
    /** The theme the file names, kept even when the file has errors, so it can be checked too. */
    private Text themeRef;
    private List<String> ownerForms = List.of();

    public ResumeLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Keeps the tags and sections the command line asks for, over the file's {@code select:}. */
    public ResumeLoader select(Selection s) {
        this.selection = s == null ? Selection.NONE : s;
        return this;
    }

    /** Loads a file. Throws {@link InvalidInputException} with all diagnostics if it is invalid. */
    public Resume load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory, not a résumé file");
        }
        return parse(file, SourceFile.read(file));
    }

    /** Parses text as if read from {@code file}. */
    /** The `theme:` the last file read names, or null; set even when the file had errors. */
    public Text themeRef() {
        return themeRef;
    }

    public Resume parse(Path file, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw InvalidInputException.of(SourcePos.unknown(file), "the file contains NUL bytes: it is not a text file", null);
            }
        }
        // A JSON Resume document (or a .json file) is read into the tree of our format here.
        YNode written = ResumeInput.read(file, text, diagnostics);
        diagnostics.throwIfErrors();
        // Publications from .bib files become publication entries in each file's tree as it is read.
        BibImport bib = new BibImport(diagnostics);
        written = bib.expand(file, written);
        Variants.Resolved resolved = new Variants(diagnostics, bib).resolve(file, written);
        YNode root = new Selector(diagnostics, selection, file).apply(resolved.root());
        Fields top = Fields.of(root, FormatSpec.RESUME, diagnostics);
        if (top == null) {
            diagnostics.throwIfErrors();
        }
        Text name = top.requiredText("name");
        List<String> aliases = top.strings("aliases");
        ownerForms = name == null ? List.of() : OwnerNames.forms(name.markdown(), aliases);
        Text headline = top.text("headline");
        List<ContactItem> contact = new ArrayList<>();
        ContactItems contacts = new ContactItems(diagnostics);
        for (YNode item : top.list("contact", false)) {
            ContactItem c = contacts.read(item);
            if (c != null) {
                contact.add(c);
            }
        }
        List<Section> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        // A missing 'sections' is reported by finish(): FormatSpec marks it required.
        for (YNode item : top.list("sections", false)) {
            Section s = section(item);
            if (s != null) {
                if (!ids.add(s.id())) {
                    diagnostics.error(s.pos(), "two sections have the id '" + s.id() + "'", "give one of them its own `id:`");
                }
                sections.add(s);
            }
        }
        Text theme = top.text("theme");
        themeRef = theme;
        List<String> keywords = top.strings("keywords");
        Text paper = paper(top.node("paper"));
        Text footer = pageText(top, "footer");
        Text pageHeader = pageText(top, "page_header");
        dev.resume.model.PartialDate updated = top.date("updated");
        if (updated != null && updated.present()) {
            diagnostics.error(top.node("updated").pos(), "'updated' is the date the résumé last changed, not present",
                    "write a date: 2025-05-17, 2025-05 or 2025; leave it out for the files' own time");
            updated = null;
        }
        PageLimit maxPages = null;
        Integer pages = top.integer("max_pages");
        if (pages != null && pages < 1) {
            diagnostics.error(top.keyPos("max_pages"), "max_pages must be 1 or more", "remove it for no limit");
        } else if (pages != null) {
            maxPages = new PageLimit(pages, top.keyPos("max_pages"));
        }
        Show show = show(top);
        DateWording dates = dates(top);
        top.finish();
        diagnostics.throwIfErrors();
        return new Resume(file, name, headline, ownerForms, List.copyOf(contact), List.copyOf(sections), theme, keywords,
                paper, maxPages, show, dates, footer, pageHeader, updated, concat(resolved.sources(), bib.files()));
    }

    /**
     * The paper, checked, as the text the renderer reads: a name or WIDTH x HEIGHT as written, a
     * mapping as its WIDTH x HEIGHT, at the mapping's place.
     */
    private Text paper(YNode node) {
        if (node == null) {
            return null;
        }
        dev.resume.theme.Theme.Paper p = dev.resume.theme.Papers.read(node, diagnostics);
        return p == null ? null : new Text(p.name(), node.pos(), List.of());
    }

    /** A footer's or page header's text, its placeholders checked at their place; blank for none. */
    private Text pageText(Fields top, String key) {
        YNode node = top.node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YNode.Scalar s && s.text().isBlank()) {
            return new Text("", s.pos(), List.of());
        }
        return dev.resume.theme.PageTexts.read(node, key, diagnostics) == null ? null
                : new Text(((YNode.Scalar) node).text(), node.pos(), List.of());
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Section section(YNode node) {
        Fields f = Fields.of(node, FormatSpec.SECTION, diagnostics);
        if (f == null) {
            return null;
        }
        Text title = f.requiredText("title");
        String id = f.string("id");
        boolean hidden = f.bool("hidden");
        Show show = show(f);
        DateWording dates = dates(f);
        PageControl page = CommonKeys.pageControl(f);
        Entry.Kind kind = null;
        for (Entry.Kind k : Entry.Kind.values()) {
            if (f.node(k.key()) != null || f.has(k.key())) {
                if (kind != null) {
                    diagnostics.error(f.keyPos(k.key()), "a section holds one kind of content; this one has '" + kind.key()
                            + "' and '" + k.key() + "'", "split it into two sections");
                    continue;
                }
                kind = k;
            }
        }
        f.finish();
        if (kind == null) {
            diagnostics.error(f.pos(), "section " + (title == null ? "" : "'" + title + "' ") + "has no content",
                    "add one of: " + Suggest.list(FormatSpec.SECTION.kindKeys()));
            return null;
        }
        if (id == null && title != null) {
            id = slug(title.markdown());
        }
        EntryFormat entryFormat = EntryFormats.of(kind);
        EntryBinding binding = new EntryBinding(diagnostics, author -> OwnerNames.matches(author, ownerForms));
        List<Entry> entries = new ArrayList<>();
        List<PageControl> pages = new ArrayList<>();
        for (YNode item : entryFormat.items(f.node(kind.key()), diagnostics)) {
            Entry e = entryFormat.bind(item, binding);
            if (e != null) {
                entries.add(e);
                pages.add(entryFormat.pageControl(item, diagnostics));
            }
        }
        return new Section(id, title, kind, entries, pages, hidden, page, show, dates, f.pos());
    }

    /** A {@code show:} mapping, or {@link Show#DEFAULT} when there is none. */
    private Show show(Fields owner) {
        YNode node = owner.node("show");
        if (node == null) {
            return Show.DEFAULT;
        }
        Fields f = Fields.of(node, FormatSpec.SHOW, diagnostics);
        if (f == null) {
            return Show.DEFAULT;
        }
        Show.Form form = null;
        String written = f.string("form");
        if (written != null) {
            switch (written.strip().toLowerCase(Locale.ROOT)) {
                case "full" -> form = Show.Form.FULL;
                case "one-line", "one_line", "oneline" -> form = Show.Form.ONE_LINE;
                default -> diagnostics.error(f.keyPos("form"), "form must be full or one-line, not '" + written.strip() + "'",
                        null);
            }
        }
        Show show = new Show(flag(f, "abstracts"), flag(f, "subjects"), flag(f, "links"), flag(f, "addresses"), flag(f, "dates"),
                flag(f, "authors"), choice(f, "owner", Show.Owner.class), form);
        f.finish();
        return show;
    }

    /** A {@code dates:} mapping, or {@link DateWording#DEFAULT} when there is none. */
    private DateWording dates(Fields owner) {
        YNode node = owner.node("dates");
        if (node == null) {
            return DateWording.DEFAULT;
        }
        Fields f = Fields.of(node, FormatSpec.DATES, diagnostics);
        if (f == null) {
            return DateWording.DEFAULT;
        }
        DateWording dates = new DateWording(choice(f, "months", DateWording.Months.class), f.string("present"),
                f.string("separator"), f.string("expected"));
        f.finish();
        return dates;
    }

    /** One of {@code type}'s constants, written in lower case ("italic"); null when the key is absent or wrong (reported). */
    private <E extends Enum<E>> E choice(Fields f, String key, Class<E> type) {
        String written = f.string(key);
        if (written == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            if (name.equals(written.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
            names.add(name);
        }
        diagnostics.error(f.keyPos(key), key + " must be " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1) + ", not '" + written.strip() + "'", null);
        return null;
    }

    private static Boolean flag(Fields f, String key) {
        return f.has(key) ? f.bool(key) : null;
    }

    /**
     * A title as an id: lower-case letters and digits of any script, joined by hyphens. Latin
     * letters lose their accents ("Résumé" gives "resume", as people type it in a URL); other
     * scripts keep their marks, which are part of their letters (Devanagari vowel signs, Hangul
     * syllables), so two Chinese or Russian titles get two ids.
     */
    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || Character.getType(cp) == Character.ENCLOSING_MARK;
            if (Character.isLetterOrDigit(cp) || (mark && !sb.isEmpty() && sb.charAt(sb.length() - 1) != '-')) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN || (mark && latinBefore(sb))) {
                    String bare = java.text.Normalizer.normalize(Character.toString(cp), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                    sb.append(bare);
                } else {
                    sb.appendCodePoint(cp);
                }
            } else if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        String out = java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFC);
        return out.isEmpty() ? "section" : out;
    }

    private static boolean latinBefore(CharSequence sb) {
        int cp = Character.codePointBefore(sb, sb.length());
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
