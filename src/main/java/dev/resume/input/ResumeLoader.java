package dev.resume.input;

import dev.resume.format.CommonKeys;
import dev.resume.format.EntryBinding;
import dev.resume.format.EntryFormat;
import dev.resume.format.EntryFormats;
import dev.resume.format.Fields;
import dev.resume.format.FormatSpec;
import dev.resume.format.LanguageView;
import dev.resume.format.LetterFormat;
import dev.resume.format.LocaleValue;
import dev.resume.theme.PageTexts;
import dev.resume.text.LanguageTag;
import dev.resume.model.Letter;
import dev.resume.text.Urls;
import dev.resume.syntax.SourceFile;
import dev.resume.syntax.YNode;

import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.model.AuthorLimit;
import dev.resume.model.ContactItem;
import dev.resume.model.Entry;
import dev.resume.model.PageControl;
import dev.resume.model.PageLimit;
import dev.resume.model.Photo;
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
    /** The language asked for ({@code --lang}), or null for the file's {@code lang:} or its default. */
    private String lang;
    private boolean strict;
    /** The theme the file names, kept even when the file has errors, so it can be checked too. */
    private Text themeRef;
    private List<String> ownerForms = List.of();
    /** The files the résumé read is made of, itself first, then its base and theirs (absolute): which is nearer wins. */
    private List<Path> chain = List.of();

    public ResumeLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Keeps the tags and sections the command line asks for, over the file's {@code select:}. */
    public ResumeLoader select(Selection s) {
        this.selection = s == null ? Selection.NONE : s;
        return this;
    }

    /**
     * Renders a file in several languages in {@code lang} (null: the file's {@code lang:}, else its
     * first language); with {@code strict}, a text that lacks it is an error, not a warning.
     */
    public ResumeLoader language(String lang, boolean strict) {
        this.lang = lang;
        this.strict = strict;
        return this;
    }

    /**
     * The languages {@code file} is written in, the default first ({@code languages:}, else those
     * its texts use, its bases' included); empty for a file in one language. Throws
     * {@link InvalidInputException} when the file cannot be read.
     */
    public List<String> languages(Path file) throws IOException {
        String text = SourceFile.read(file);
        YNode written = ResumeInput.read(file, text, diagnostics);
        diagnostics.throwIfErrors();
        YNode root = new Variants(diagnostics, new BibImport(diagnostics)).resolve(file, written).root();
        List<String> languages = LanguageView.languages(root, diagnostics);
        diagnostics.throwIfErrors();
        return languages;
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
        chain = resolved.sources().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        YNode selected = new Selector(diagnostics, selection, file).apply(resolved.root());
        // After the selection, whose ids do not change with the language (EntryIds), and before
        // any binder: no stage after this one sees a text in several languages.
        LanguageView.Chosen chosen = LanguageView.choose(EntryIds.namedSections(selected), lang, strict, diagnostics);
        YNode root = chosen.root();
        Fields top = Fields.of(root, FormatSpec.RESUME, diagnostics);
        if (top == null) {
            diagnostics.throwIfErrors();
        }
        if (top.has("letter")) {
            // A letter in a file of its own needs no sections, but a name to head and sign it.
            top.whenMissing("name", top.keyPos("letter"), "a letter needs your name, for its header and its signature",
                    "a letter takes its header from a CV: add `extends: cv.yml`, or give `name:` and `contact:` in this file");
        }
        Text name = top.requiredText("name");
        List<String> aliases = new ArrayList<>(top.strings("aliases"));
        // The name in the file's other languages is the owner too: "S. Wen" in the Chinese CV's
        // author lists is set in bold as in the English one's.
        aliases.addAll(otherNames(selected));
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
        Letter letter = top.node("letter") == null ? null : letter(top.node("letter"), name);
        Photo photo = photo(top);
        LanguageTag locale = LocaleValue.read(top.node("locale"), diagnostics);
        java.util.Map<dev.resume.text.Phrase, String> phrases = phrases(top);
        top.finish();
        diagnostics.throwIfErrors();
        return new Resume(file, name, headline, ownerForms, List.copyOf(contact), List.copyOf(sections), theme, keywords,
                paper, maxPages, show, dates, footer, pageHeader, updated, concat(resolved.sources(), bib.files()), photo, letter,
                locale, chosen.lang(), phrases);
    }

    /** The texts of a {@code name:} in several languages (all of them; the chosen one is the name anyway). */
    private static List<String> otherNames(YNode root) {
        List<String> names = new ArrayList<>();
        if (root instanceof YNode.Map m && m.get("name") != null && m.get("name").value() instanceof YNode.Map languages
                && LanguageView.isLanguageMap(languages)) {
            for (YNode.Entry e : languages.entries()) {
                if (e.value() instanceof YNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                    names.add(s.text().strip());
                }
            }
        }
        return names;
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
        Entry.Kind declared = null;
        if (node instanceof YNode.Map m) {
            // Other tools name a section's kind in a key of its own (`type: experience` or `kind:`
            // over `entries:`); ours is the key of its list. Said once, at that key, and the
            // entries read as that kind, so that the errors after it are real ones.
            for (YNode.Entry e : m.entries()) {
                if ((e.key().equals("kind") || e.key().equals("type")) && e.value() instanceof YNode.Scalar v) {
                    String written = v.text().strip().toLowerCase(Locale.ROOT);
                    String close = Suggest.closest(written, FormatSpec.SECTION.kindKeys());
                    String kindKey = FormatSpec.SECTION.kindKeys().contains(written) ? written : close;
                    if (kindKey == null) {
                        continue;
                    }
                    declared = Entry.Kind.valueOf(kindKey.toUpperCase(Locale.ROOT));
                    diagnostics.error(e.keyPos(), "a section's kind is the key of its list, not '" + e.key() + ": "
                            + v.text().strip() + "'", "write the entries under `" + kindKey + ":` (in place of `entries:`)"
                            + " and remove `" + e.key() + ":`");
                    List<YNode.Entry> rest = new ArrayList<>(m.entries());
                    rest.remove(e);
                    node = new YNode.Map(rest, m.pos());
                    break;
                }
            }
        }
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
        EntryOrder order = EntryOrder.of(f, diagnostics);
        Integer limit = f.integer("limit");
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
        String listKey = kind == null ? null : kind.key();
        if (declared != null && (kind == null || kind == Entry.Kind.ENTRIES)) {
            kind = declared;
        }
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
        for (YNode item : entryFormat.items(listKey == null ? null : f.node(listKey), diagnostics)) {
            Entry e = entryFormat.bind(item, binding);
            if (e != null) {
                entries.add(e);
                pages.add(entryFormat.pageControl(item, diagnostics));
            }
        }
        if (order != null) {
            order.sort(entries, pages);
        }
        // Checked (at least 1) by the Selector; applied here, after the sort.
        if (limit != null && limit > 0 && entries.size() > limit) {
            entries = new ArrayList<>(entries.subList(0, limit));
            pages = new ArrayList<>(pages.subList(0, limit));
        }
        return new Section(id, title, kind, entries, pages, hidden, page, show, dates, f.pos());
    }

    /** The mapping under {@code key}, or null when there is none (or it is no mapping: reported). */
    private Fields nested(Fields owner, String key, FormatSpec.Shape shape) {
        YNode node = owner.node(key);
        return node == null ? null : Fields.of(node, shape, diagnostics);
    }

    /** The {@code letter:} mapping; null when it is not a mapping (reported). */
    private Letter letter(YNode node, Text owner) {
        Fields f = Fields.of(node, LetterFormat.LETTER, diagnostics);
        if (f == null) {
            return null;
        }
        List<Text> recipient = new ArrayList<>();
        YNode to = f.node("recipient");
        if (to != null) {
            Fields r = Fields.of(to, LetterFormat.RECIPIENT, diagnostics);
            if (r != null) {
                addIfPresent(recipient, r.text("name"));
                addIfPresent(recipient, r.text("organization"));
                recipient.addAll(texts(r, "address"));
                r.finish();
            }
        }
        List<Text> body = new ArrayList<>();
        for (YNode item : f.list("body", true)) {
            Text t = paragraph(item);
            if (t != null) {
                body.add(t);
            }
        }
        if (f.node("body") != null && body.isEmpty()) {
            diagnostics.error(f.keyPos("body"), "the letter's body has no paragraph",
                    "write at least one; with tags selected, keep one without tags or with a selected tag");
        }
        Text signature = f.text("signature");
        Text label = f.text("enclosures_label");
        Letter letter = new Letter(recipient, f.text("place"), f.text("date"), f.text("subject"), f.text("opening"), body,
                f.text("closing"), signature != null ? signature : owner, label,
                texts(f, "enclosures"), f.pos());
        f.finish();
        return letter;
    }

    /** A paragraph of the letter's body: a text, or a mapping with text (and tags, read by the selection). */
    private Text paragraph(YNode item) {
        if (item instanceof YNode.Scalar s) {
            return s.isNull() ? null : Fields.text(s, diagnostics);
        }
        Fields p = Fields.of(item, LetterFormat.PARAGRAPH, diagnostics);
        if (p == null) {
            return null;
        }
        Text t = p.requiredText("text");
        p.string("id");
        p.strings("tags");
        p.finish();
        return t;
    }

    /** A text, or a list of texts, each a line. */
    private List<Text> texts(Fields f, String key) {
        List<Text> out = new ArrayList<>();
        for (YNode item : f.list(key, true)) {
            if (item instanceof YNode.Scalar s && !s.isNull()) {
                addIfPresent(out, Fields.text(s, diagnostics));
            } else {
                diagnostics.error(item.pos(), "each item of '" + key + "' must be a text, found " + item.describe(), null);
            }
        }
        return out;
    }

    private static void addIfPresent(List<Text> out, Text t) {
        if (t != null && !t.isBlank()) {
            out.add(t);
        }
    }

    /**
     * The {@code photo:} value (a file, or a mapping with the file and a shape), read and checked;
     * null when there is none or it is wrong (reported). The path is relative to the file that
     * names it: a variant's base keeps its photo beside it.
     */
    private Photo photo(Fields top) {
        YNode node = top.node("photo");
        if (node == null) {
            return null;
        }
        YNode.Scalar file;
        String shape = null;
        if (node instanceof YNode.Scalar s) {
            file = s;
        } else {
            Fields f = Fields.of(node, FormatSpec.PHOTO, diagnostics);
            if (f == null) {
                return null;
            }
            file = f.node("file") instanceof YNode.Scalar s ? s : null;
            String written = f.string("shape");
            if (written != null) {
                shape = written.strip().toLowerCase(Locale.ROOT);
                if (!FormatSpec.PHOTO_SHAPES.contains(shape)) {
                    diagnostics.error(f.keyPos("shape"), "shape must be " + Suggest.list(FormatSpec.PHOTO_SHAPES) + ", not '"
                            + written.strip() + "'", null);
                    shape = null;
                }
            }
            f.finish();
            if (file == null) {
                return null;
            }
        }
        String ref = file.text().strip();
        if (ref.isEmpty()) {
            diagnostics.error(file.pos(), "the photo names no file", "such as photo: me.jpg");
            return null;
        }
        if (Urls.isRemote(ref)) {
            diagnostics.error(file.pos(), "the photo must be a file here, not a URL: nothing is downloaded",
                    "save the picture beside the résumé and name the file");
            return null;
        }
        Path base = file.pos().file() != null ? file.pos().file() : top.pos().file();
        Path path = (base == null ? Path.of(ref) : base.resolveSibling(ref)).normalize();
        return PhotoFile.read(path, shape, file.pos(), diagnostics);
    }

    /**
     * A {@code show:} mapping, or {@link Show#DEFAULT} when there is none, with the author lists'
     * length beside it ({@code authors:}) or in it ({@code show: {authors: {max: 3}}}, which also
     * shows them). Both in one file are an error: say it once. From a base and its variant (the
     * merged tree holds one of each), the variant's wins key by key, as any merged key does.
     */
    private Show show(Fields owner) {
        AuthorLimit beside = authorLimit(nested(owner, "authors", FormatSpec.AUTHOR_LIST));
        Fields f = nested(owner, "show", FormatSpec.SHOW);
        if (f == null) {
            return Show.DEFAULT.withAuthorLimit(beside);
        }
        Boolean authors = null;
        AuthorLimit limit = beside;
        Fields.Switch shown = f.switchOrShape("authors");
        if (shown != null) {
            authors = shown.on();
            if (shown.fields() != null) {
                AuthorLimit inside = authorLimit(shown.fields());
                limit = inside;
                YNode besideNode = owner.node("authors");
                if (besideNode != null) {
                    SourcePos in = shown.fields().pos();
                    int near = rank(in);
                    int far = rank(besideNode.pos());
                    if (near == far) {
                        diagnostics.error(in, "the author lists' length is given twice: here and at authors: (line "
                                + besideNode.pos().line() + ")", "say it once: authors: {max: N} beside show, or here");
                    }
                    limit = near < far ? inside.over(beside) : beside.over(inside);
                }
            }
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
                authors, choice(f, "owner", Show.Owner.class), form, limit);
        f.finish();
        return show;
    }

    /** How near the résumé read a place is: 0 in the file itself, 1 in its base, and so on. */
    private int rank(SourcePos pos) {
        int i = pos.file() == null ? -1 : chain.indexOf(pos.file().toAbsolutePath().normalize());
        return Math.max(0, i);
    }

    /** The fields of an author list mapping ({max: 5, last: true}), or {@link AuthorLimit#DEFAULT} when there are none. */
    private AuthorLimit authorLimit(Fields f) {
        if (f == null) {
            return AuthorLimit.DEFAULT;
        }
        // A whole number is 0 or more (Fields reports anything else): 0 lifts a limit set above.
        AuthorLimit limit = new AuthorLimit(f.integer("max"), flag(f, "last"));
        f.finish();
        return limit;
    }

    /** A {@code dates:} mapping, or {@link DateWording#DEFAULT} when there is none. */
    private DateWording dates(Fields owner) {
        Fields f = nested(owner, "dates", FormatSpec.DATES);
        if (f == null) {
            return DateWording.DEFAULT;
        }
        DateWording dates = new DateWording(choice(f, "months", DateWording.Months.class), f.string("present"),
                f.string("separator"), f.string("expected"));
        f.finish();
        return dates;
    }

    /** The file's {@code phrases:}, the ones it gives (an empty one says nothing). */
    private java.util.Map<dev.resume.text.Phrase, String> phrases(Fields owner) {
        Fields f = nested(owner, "phrases", FormatSpec.PHRASES);
        java.util.Map<dev.resume.text.Phrase, String> out = new java.util.EnumMap<>(dev.resume.text.Phrase.class);
        if (f == null) {
            return out;
        }
        for (dev.resume.text.Phrase p : dev.resume.text.Phrase.values()) {
            String v = f.string(p.key());
            if (v != null && !v.isEmpty()) {
                out.put(p, v);
                if (p == dev.resume.text.Phrase.PAGE_FOOTER) {
                    PageTexts.read(f.node(p.key()), p.key(), diagnostics); // its placeholders, checked at their place
                }
            }
        }
        f.finish();
        return out;
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
