package dev.resume.input;

import dev.resume.format.Fields;
import dev.resume.format.FormatSpec;
import dev.resume.syntax.SourceFile;
import dev.resume.syntax.YNode;
import dev.resume.syntax.YamlReader;

import dev.resume.text.Urls;
import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.model.AwardEntry;
import dev.resume.model.Bullet;
import dev.resume.model.ContactItem;
import dev.resume.model.ContactKind;
import dev.resume.model.EducationEntry;
import dev.resume.model.Entry;
import dev.resume.model.ExperienceEntry;
import dev.resume.model.GenericEntry;
import dev.resume.model.LinkKind;
import dev.resume.model.Paragraph;
import dev.resume.model.ProjectEntry;
import dev.resume.model.PageControl;
import dev.resume.model.PageLimit;
import dev.resume.model.PublicationEntry;
import dev.resume.model.Show;
import dev.resume.model.Resume;
import dev.resume.model.Role;
import dev.resume.model.Section;
import dev.resume.model.SectionKind;
import dev.resume.model.SkillEntry;
import dev.resume.model.Text;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.nio.ByteBuffer;

/** Reads and validates a résumé file into the model. All problems are reported together. */
public final class ResumeLoader {
    // The keys of each mapping, and which are required, are declared in FormatSpec, which also
    // generates the JSON Schema (`resume schema`): adding a key there is what makes it valid here.
    static final List<String> EDUCATION_KEYS = FormatSpec.EDUCATION.keys();
    static final List<String> LINK_KEYS = FormatSpec.LINKS.keys();

    /** Larger than any real résumé by far; keeps hostile input from costing time or memory. */

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
        for (YNode item : top.list("contact", false)) {
            ContactItem c = contact(item);
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
        Text paper = top.text("paper");
        if (paper != null && !List.of("a4", "letter").contains(paper.markdown().strip().toLowerCase(Locale.ROOT))) {
            diagnostics.error(paper.pos(), "paper must be a4 or letter, not '" + paper.markdown().strip() + "'", null);
        }
        PageLimit maxPages = null;
        Integer pages = top.integer("max_pages");
        if (pages != null && pages < 1) {
            diagnostics.error(top.keyPos("max_pages"), "max_pages must be 1 or more", "remove it for no limit");
        } else if (pages != null) {
            maxPages = new PageLimit(pages, top.keyPos("max_pages"));
        }
        Show show = show(top);
        top.finish();
        diagnostics.throwIfErrors();
        return new Resume(file, name, headline, ownerForms, List.copyOf(contact), List.copyOf(sections), theme, keywords,
                paper, maxPages, show, concat(resolved.sources(), bib.files()));
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private ContactItem contact(YNode node) {
        Fields f = Fields.of(node, FormatSpec.CONTACT, diagnostics);
        if (f == null) {
            return null;
        }
        ContactKind kind = null;
        for (ContactKind k : ContactKind.values()) {
            if (f.has(k.key())) {
                if (kind != null) {
                    diagnostics.error(f.keyPos(k.key()), "a contact item holds one of email, phone, website…; this one has '"
                            + kind.key() + "' and '" + k.key() + "'", "start a new item with '- '");
                }
                kind = kind == null ? k : kind;
            }
        }
        String label = f.string("label");
        String text = f.string("text");
        if (kind == null) {
            f.finish();
            diagnostics.error(f.pos(), "a contact item needs one of " + Suggest.list(FormatSpec.CONTACT.kindKeys()), null);
            return null;
        }
        Text value = f.text(kind.key());
        f.finish();
        if (value == null) {
            return null;
        }
        String v = value.markdown().strip();
        SourcePos pos = value.pos();
        String display = v;
        String url;
        switch (kind) {
            case EMAIL -> {
                if (!v.matches(FormatSpec.EMAIL_REGEX)) {
                    diagnostics.error(pos, "'" + v + "' is not an e-mail address", null);
                }
                url = "mailto:" + v;
            }
            case PHONE -> {
                String digits = v.replaceAll("[^0-9+]", "");
                if (digits.replace("+", "").length() < 5) {
                    diagnostics.error(pos, "'" + v + "' is not a phone number", null);
                }
                url = "tel:" + digits;
            }
            case WEBSITE, URL -> {
                url = Urls.check(v, pos, diagnostics);
                display = kind == ContactKind.URL ? Urls.display(v) : v;
            }
            case LOCATION -> url = null;
            case GITHUB -> url = "https://github.com/" + handle(v, "github.com/");
            case LINKEDIN -> url = "https://www.linkedin.com/in/" + handle(v, "linkedin.com/in/");
            case SCHOLAR -> {
                url = "https://scholar.google.com/citations?user=" + handle(v, "user=");
                display = "Google Scholar";
            }
            case ORCID -> url = "https://orcid.org/" + handle(v, "orcid.org/");
            default -> url = null;
        }
        if (kind == ContactKind.GITHUB || kind == ContactKind.LINKEDIN) {
            display = handle(v, kind == ContactKind.GITHUB ? "github.com/" : "linkedin.com/in/");
        }
        return new ContactItem(kind, text != null ? text : display, url, label, pos);
    }

    /** Accepts a bare handle or a whole profile URL. */
    private static String handle(String v, String marker) {
        int i = v.indexOf(marker);
        String h = i >= 0 ? v.substring(i + marker.length()) : v;
        h = h.replaceAll("[/?#].*$", "");
        return h.startsWith("@") ? h.substring(1) : h;
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
        PageControl page = pageControl(f);
        SectionKind kind = null;
        for (SectionKind k : SectionKind.values()) {
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
        List<Entry> entries = new ArrayList<>();
        List<PageControl> pages = new ArrayList<>();
        YNode content = f.node(kind.key());
        if (kind == SectionKind.TEXT) {
            List<YNode> items = content instanceof YNode.Seq seq ? seq.items() : List.of(content);
            for (YNode item : items) {
                if (item instanceof YNode.Scalar s) {
                    entries.add(new Paragraph(Fields.text(s, diagnostics)));
                    pages.add(PageControl.DEFAULT);
                } else {
                    diagnostics.error(item.pos(), "a paragraph must be a text, found " + item.describe(), null);
                }
            }
        } else if (content instanceof YNode.Seq seq) {
            for (YNode item : seq.items()) {
                Entry e = entry(kind, item);
                if (e != null) {
                    entries.add(e);
                    FormatSpec.Shape shape = Selector.entryShape(kind);
                    pages.add(item instanceof YNode.Map && shape != null && shape.keys().contains("new_page")
                            ? pageControl(Fields.of(item, shape, diagnostics)) : PageControl.DEFAULT);
                }
            }
        } else {
            diagnostics.error(content.pos(), "'" + kind.key() + "' must be a list of entries, found " + content.describe(),
                    "write each entry on its own line, starting with '- '");
        }
        return new Section(id, title, kind, entries, pages, hidden, page, show, f.pos());
    }

    private static PageControl pageControl(Fields f) {
        Boolean newPage = f.has("new_page") ? f.bool("new_page") : null;
        Boolean together = f.has("keep_together") ? f.bool("keep_together") : null;
        return newPage == null && together == null ? PageControl.DEFAULT : new PageControl(newPage, together);
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
        Show show = new Show(flag(f, "abstracts"), flag(f, "subjects"), flag(f, "links"), flag(f, "dates"),
                flag(f, "authors"), form);
        f.finish();
        return show;
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

    private Entry entry(SectionKind kind, YNode node) {
        return switch (kind) {
            case EDUCATION -> education(node);
            case EXPERIENCE -> experience(node);
            case PUBLICATIONS -> publication(node);
            case AWARDS -> award(node);
            case PROJECTS -> project(node);
            case SKILLS -> skill(node);
            case BULLETS -> bullet(node, 0);
            case ENTRIES -> generic(node);
            case TEXT -> throw new IllegalStateException();
        };
    }

    private List<Bullet> bullets(Fields f) {
        List<Bullet> out = new ArrayList<>();
        for (YNode item : f.list("bullets", true)) {
            Bullet b = bullet(item, 0);
            if (b != null) {
                out.add(b);
            }
        }
        return List.copyOf(out);
    }

    private Bullet bullet(YNode node, int depth) {
        if (node instanceof YNode.Scalar s) {
            if (s.isNull()) {
                diagnostics.error(s.pos(), "empty bullet", "remove the lone '-' or write its text");
                return null;
            }
            return new Bullet(Fields.text(s, diagnostics), List.of());
        }
        Fields f = Fields.of(node, FormatSpec.BULLET, diagnostics);
        if (f == null) {
            return null;
        }
        Text text = f.requiredText("text");
        List<Bullet> children = List.of();
        if (f.has("bullets")) {
            if (depth >= 1) {
                diagnostics.error(f.keyPos("bullets"), "bullets nest one level deep only", "make this a sibling bullet instead");
            } else {
                List<Bullet> kids = new ArrayList<>();
                for (YNode item : f.list("bullets", true)) {
                    Bullet b = bullet(item, depth + 1);
                    if (b != null) {
                        kids.add(b);
                    }
                }
                children = List.copyOf(kids);
            }
        }
        f.finish();
        return text == null ? null : new Bullet(text, children);
    }

    private EducationEntry education(YNode node) {
        Fields f = Fields.of(node, FormatSpec.EDUCATION, diagnostics);
        if (f == null) {
            return null;
        }
        var e = new EducationEntry(f.requiredText("institution"), f.text("degree"), f.text("location"), f.dates(),
                f.url("url"), bullets(f));
        f.finish();
        return e;
    }

    private ExperienceEntry experience(YNode node) {
        Fields f = Fields.of(node, FormatSpec.EXPERIENCE, diagnostics);
        if (f == null) {
            return null;
        }
        Text organization = f.requiredText("organization");
        Text location = f.text("location");
        String url = f.url("url");
        List<Role> roles = new ArrayList<>();
        if (f.has("roles")) {
            for (String inline : FormatSpec.EXPERIENCE.excludedBy("roles")) {
                if (f.has(inline)) {
                    diagnostics.error(f.keyPos(inline), "'" + inline + "' belongs inside one of the 'roles' when 'roles' is given",
                            "move it under the role it describes");
                }
            }
            for (YNode item : f.list("roles", false)) {
                Fields r = Fields.of(item, FormatSpec.ROLE, diagnostics);
                if (r != null) {
                    roles.add(new Role(r.requiredText("role"), r.text("note"), r.dates(), r.text("location"), bullets(r)));
                    r.finish();
                }
            }
        } else {
            Text role = f.text("role");
            roles.add(new Role(role, f.text("note"), f.dates(), null, bullets(f)));
        }
        f.finish();
        return new ExperienceEntry(organization, location, url, List.copyOf(roles));
    }

    private PublicationEntry publication(YNode node) {
        Fields f = Fields.of(node, FormatSpec.PUBLICATION, diagnostics);
        if (f == null) {
            return null;
        }
        Text title = f.requiredText("title");
        List<dev.resume.model.Author> authors = new ArrayList<>();
        // A missing 'authors' is reported by finish(): FormatSpec marks it required.
        for (YNode a : f.list("authors", true)) {
            if (a instanceof YNode.Scalar s && !s.isNull()) {
                authors.add(author(s.text()));
            } else {
                diagnostics.error(a.pos(), "each author must be a name, found " + a.describe(), null);
            }
        }
        List<dev.resume.model.Link> links = new ArrayList<>();
        YNode linkNode = f.node("links");
        if (linkNode != null) {
            Fields l = Fields.of(linkNode, FormatSpec.LINKS, diagnostics);
            if (l != null) {
                for (YNode.Entry e : ((YNode.Map) linkNode).entries()) {
                    if (!LINK_KEYS.contains(e.key())) {
                        continue;
                    }
                    Text t = l.text(e.key());
                    if (t != null) {
                        LinkKind kind = LinkKind.byKey(e.key());
                        if (kind == null) {
                            throw new IllegalStateException("the format's link key " + e.key() + " has no LinkKind");
                        }
                        String url = linkUrl(kind, t);
                        if (url != null) {
                            links.add(new dev.resume.model.Link(kind, url, t.pos()));
                        }
                    }
                }
                l.finish();
            }
        }
        Integer year = f.integer("year");
        var p = new PublicationEntry(title, List.copyOf(authors), f.keyPos("authors"), f.text("venue"), year,
                f.date("date"), f.text("when"), f.text("status"), f.text("note"), List.copyOf(links), f.text("abstract"), f.strings("subjects"));
        f.finish();
        return p;
    }

    private dev.resume.model.Author author(String written) {
        String s = written.strip();
        int end = s.length();
        while (end > 0 && "*†‡§¶#♯✝".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String name = s.substring(0, end).strip();
        return new dev.resume.model.Author(name, s.substring(end), OwnerNames.matches(name, ownerForms));
    }

    private String linkUrl(LinkKind kind, Text t) {
        String v = t.markdown().strip();
        if (kind == LinkKind.ARXIV && v.matches(FormatSpec.ARXIV_ID_REGEX)) {
            return "https://arxiv.org/abs/" + v.replaceFirst("^arXiv:", "");
        }
        if (kind == LinkKind.DOI && v.startsWith("10.")) {
            return "https://doi.org/" + v;
        }
        return Urls.check(v, t.pos(), diagnostics);
    }

    private AwardEntry award(YNode node) {
        Fields f = Fields.of(node, FormatSpec.AWARD, diagnostics);
        if (f == null) {
            return null;
        }
        var a = new AwardEntry(f.requiredText("title"), f.text("issuer"), f.text("description"), f.dates());
        f.finish();
        return a;
    }

    private ProjectEntry project(YNode node) {
        Fields f = Fields.of(node, FormatSpec.PROJECT, diagnostics);
        if (f == null) {
            return null;
        }
        var p = new ProjectEntry(f.requiredText("name"), f.text("subtitle"), f.url("url"), f.text("note"),
                f.text("description"), f.dates(), bullets(f));
        f.finish();
        return p;
    }

    private SkillEntry skill(YNode node) {
        Fields f = Fields.of(node, FormatSpec.SKILL, diagnostics);
        if (f == null) {
            return null;
        }
        var s = new SkillEntry(f.requiredText("label"), f.requiredText("details"));
        f.finish();
        return s;
    }

    private GenericEntry generic(YNode node) {
        Fields f = Fields.of(node, FormatSpec.GENERIC, diagnostics);
        if (f == null) {
            return null;
        }
        var g = new GenericEntry(f.requiredText("title"), f.text("subtitle"), f.text("location"), f.url("url"), f.dates(),
                f.text("description"), bullets(f));
        f.finish();
        return g;
    }
}
