package dev.resume.style;

import dev.resume.theme.DateFormatter;
import dev.resume.compose.Metadata;
import dev.resume.compose.Shown;
import dev.resume.theme.Theme;

import dev.resume.diag.Diagnostics;
import dev.resume.text.Urls;
import dev.resume.layout.Align;
import dev.resume.layout.Block;
import dev.resume.layout.Face;
import dev.resume.layout.Measure;
import dev.resume.layout.FontFamily;
import dev.resume.layout.PageSetup;
import dev.resume.layout.Rgb;
import dev.resume.layout.Run;
import dev.resume.layout.TextStyle;
import dev.resume.model.Author;
import dev.resume.model.AwardEntry;
import dev.resume.model.Bullet;
import dev.resume.model.ContactItem;
import dev.resume.model.ContactKind;
import dev.resume.model.EducationEntry;
import dev.resume.model.Entry;
import dev.resume.model.ExperienceEntry;
import dev.resume.model.GenericEntry;
import dev.resume.model.Link;
import dev.resume.model.LinkKind;
import dev.resume.model.PageControl;
import dev.resume.model.Paragraph;
import dev.resume.model.ProjectEntry;
import dev.resume.model.PublicationEntry;
import dev.resume.model.Resume;
import dev.resume.model.Role;
import dev.resume.model.Section;
import dev.resume.model.Show;
import dev.resume.model.SkillEntry;
import dev.resume.model.Text;
import dev.resume.text.InlineMarkdown;
import dev.resume.text.Typography;
import dev.resume.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The style stage: applies a theme to a résumé and produces the blocks the layout sets. All
 * knowledge of what an education entry or a publication looks like lives here; the layout
 * below only knows paragraphs, rules and space.
 */
public final class Styler {
    private final Theme theme;
    private final Diagnostics diagnostics;
    private final FontFamily body;
    private final FontFamily heading;
    private final FontFamily mono;
    private final FontFamily icons;
    private final TextStyle text;
    private final Rgb accent;
    private final Rgb muted;
    private final Rgb link;
    private final DateFormatter dates;
    /** Where the content starts: after the left column, if the theme has one. */
    private final float base;

    public Styler(Theme theme, FaceSource faces, Diagnostics diagnostics) {
        this.theme = theme;
        this.diagnostics = diagnostics;
        Theme.Fonts f = theme.fonts();
        // The fallbacks the user named first, then the installed fonts chosen for the résumé's
        // scripts, then the built-in fallback fonts (DejaVu Sans in the built-in themes): an
        // Arabic or Cyrillic word is set in a face made for it, in the theme's serif or sans,
        // where one is installed, rather than in DejaVu's one sans design.
        List<FontFamily> theirs = fallbacks(faces(faces, f.fallback()), faces(faces, f.fallbackBold()));
        List<FontFamily> fallbacks = new ArrayList<>();
        for (FontFamily family : theirs) {
            if (!isBuiltIn(family, f, faces)) {
                fallbacks.add(family);
            }
        }
        fallbacks.addAll(faces.fallbacks());
        for (FontFamily family : theirs) {
            if (isBuiltIn(family, f, faces)) {
                fallbacks.add(family);
            }
        }
        this.body = family("body", f.body(), faces, fallbacks);
        this.heading = f.heading().equals(f.body()) ? body : family("heading", f.heading(), faces, fallbacks);
        this.mono = family("mono", f.mono(), faces, fallbacks);
        Face iconFace = faces.face(f.icons());
        this.icons = new FontFamily("icons", iconFace, iconFace, iconFace, iconFace, List.of());
        Theme.Colors c = theme.colors();
        this.text = new TextStyle(body, theme.sizes().body(), false, false, Rgb.parse(c.text()), false, false);
        this.accent = Rgb.parse(c.accent());
        this.muted = Rgb.parse(c.muted());
        this.link = Rgb.parse(c.link());
        this.dates = new DateFormatter(theme.dates());
        this.base = theme.layout().contentStart();
    }

    private static List<Face> faces(FaceSource source, List<String> files) {
        List<Face> out = new ArrayList<>();
        for (String file : files) {
            out.add(source.face(file));
        }
        return List.copyOf(out);
    }

    private static FontFamily family(String name, Theme.FamilyFiles files, FaceSource faces, List<FontFamily> fallbacks) {
        return new FontFamily(name, faces.face(files.regular()), faces.face(files.bold()), faces.face(files.italic()),
                faces.face(files.boldItalic()), fallbacks);
    }

    /**
     * The theme's fallback fonts as families: the n-th of {@code fallback} with the n-th of
     * {@code fallbackBold} as its bold, so regular text never falls back to a bold face and a
     * bold ★ stays bold.
     */
    /** Whether a theme fallback's regular face comes from a font built into the tool. */
    private static boolean isBuiltIn(FontFamily family, Theme.Fonts f, FaceSource faces) {
        for (String file : f.fallback().isEmpty() ? f.fallbackBold() : f.fallback()) {
            if (faces.face(file) == family.regular()) {
                return faces.builtIn(file);
            }
        }
        return false;
    }

    private static List<FontFamily> fallbacks(List<Face> regular, List<Face> bold) {
        List<FontFamily> out = new ArrayList<>();
        for (int i = 0; i < Math.max(regular.size(), bold.size()); i++) {
            Face r = i < regular.size() ? regular.get(i) : bold.get(i);
            Face b = i < bold.size() ? bold.get(i) : r;
            FontFamily family = new FontFamily(r.name(), r, b, r, b, List.of());
            if (!out.contains(family)) {
                out.add(family);
            }
        }
        return List.copyOf(out);
    }

    /** Applies the theme; {@code paper} overrides the theme's paper when not null. */
    public StyledDocument style(Resume resume, Theme.Paper paper) {
        List<Block> blocks = new ArrayList<>();
        Theme.Paper p = paper != null ? paper : theme.paper();
        header(resume, blocks);
        for (Section section : resume.sections()) {
            if (!section.hidden()) {
                section(section, resume, p, blocks);
            }
        }
        Theme.Margins m = theme.margins();
        TextStyle footer = text.withSize(theme.sizes().footer()).withColor(muted);
        PageSetup setup = new PageSetup(p.width, p.height, m.top(), m.bottom(), m.left(), m.right(), theme.footer(), footer);
        return new StyledDocument(theme.typography().hyphenate() ? List.copyOf(blocks) : withoutHyphenation(blocks), setup,
                metadata(resume));
    }

    private Metadata metadata(Resume r) {
        String name = InlineMarkdown.plainText(r.name().markdown());
        String subject = r.headline() != null ? InlineMarkdown.plainText(r.headline().markdown()) : "Curriculum vitae";
        List<String> keywords = new ArrayList<>(r.keywords());
        if (keywords.isEmpty()) {
            for (Section s : r.sections()) {
                if (!s.hidden()) {
                    keywords.add(InlineMarkdown.plainText(s.title().markdown()));
                }
            }
        }
        return new Metadata(name + " – Curriculum Vitae", name, subject, List.copyOf(keywords));
    }

    // ---- header ----------------------------------------------------------------------------

    private void header(Resume r, List<Block> out) {
        Theme.Header h = theme.header();
        Align align = switch (h.align()) {
            case CENTER -> Align.CENTER;
            case RIGHT -> Align.RIGHT;
            case LEFT -> Align.LEFT;
        };
        TextStyle nameStyle = new TextStyle(heading, theme.sizes().name(), h.nameBold(), false, Rgb.parse(h.nameColor()), false,
                h.nameSmallCaps());
        List<Run> name = runs(r.name(), nameStyle);
        if (h.nameLastBold()) {
            name = lastWordBold(name);
        }
        out.add(Block.Paragraph.of(name).align(align).leading(1.15f).keepWithNext(true).build());
        if (r.headline() != null) {
            TextStyle hs = text.withSize(theme.sizes().headline()).withItalic(true).withColor(muted);
            out.add(Block.Paragraph.of(runs(r.headline(), hs)).align(align).leading(theme.spacing().leading()).spaceBefore(1)
                    .keepWithNext(true).build());
        }
        if (!r.contact().isEmpty()) {
            out.add(Block.Paragraph.of(contactRuns(r.contact())).align(align).leading(1.5f).spaceBefore(3)
                    .direction(Block.Direction.DOCUMENT).build());
        }
        out.add(new Block.Space(theme.spacing().headerAfter()));
    }

    /** "Zhifei **Li**": the family name in bold, the given names as they are. */
    private static List<Run> lastWordBold(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs);
        for (int i = out.size() - 1; i >= 0; i--) {
            Run r = out.get(i);
            String t = r.text().stripTrailing();
            int space = t.lastIndexOf(' ');
            if (space < 0 && i > 0) {
                out.set(i, new Run(r.text(), r.style().withBold(true), r.link(), r.noBreak(), r.icon(), r.pos()));
                continue;
            }
            if (space >= 0) {
                out.set(i, new Run(r.text().substring(0, space + 1), r.style(), r.link(), r.noBreak(), r.icon(), r.pos()));
                out.add(i + 1, new Run(r.text().substring(space + 1), r.style().withBold(true), r.link(), r.noBreak(), r.icon(), r.pos()));
            }
            break;
        }
        return out;
    }

    private List<Run> contactRuns(List<ContactItem> items) {
        TextStyle cs = text.withSize(theme.sizes().contact());
        TextStyle iconStyle = new TextStyle(icons, theme.sizes().contact(), false, false, accent, false, false);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ContactItem item = items.get(i);
            if (i > 0) {
                runs.add(Run.of(theme.header().separator(), cs.withColor(muted)));
            }
            if (item.label() != null) {
                runs.add(new Run(item.label() + ":", cs.withColor(muted), null, true, false, item.pos()));
                runs.add(new Run(" ", cs, null, true, false, item.pos()));
            } else if (theme.header().icons()) {
                runs.add(new Run(icon(item.kind()), iconStyle, item.url(), true, true, item.pos()));
                runs.add(new Run(" ", cs, null, true, false, item.pos()));
            }
            runs.add(new Run(item.display(), cs.withColor(item.url() != null ? link : cs.color()), item.url(), true, false, item.pos()));
        }
        return runs;
    }

    /** Fork Awesome code points. */
    private static String icon(ContactKind kind) {
        int cp = switch (kind) {
            case EMAIL -> 0xf0e0;
            case PHONE -> 0xf095;
            case WEBSITE -> 0xf0ac;
            case LOCATION -> 0xf041;
            case GITHUB -> 0xf09b;
            case LINKEDIN -> 0xf0e1;
            case SCHOLAR -> 0xf19d;
            case ORCID -> 0xf337;
            case URL -> 0xf0c1;
        };
        return Character.toString(cp);
    }

    // ---- sections --------------------------------------------------------------------------

    /** What shows in a section: the section's choice, else the résumé's, else the theme's. */
    private Show show(Section s, Resume r) {
        return Shown.in(theme, s, r);
    }

    private void section(Section s, Resume r, Theme.Paper paper, List<Block> all) {
        if (Boolean.TRUE.equals(s.page().newPage())) {
            all.add(new Block.PageBreak());
        }
        List<Block> out = new ArrayList<>();
        sectionBody(s, r, paper, out);
        if (Boolean.TRUE.equals(s.page().keepTogether())) {
            all.add(new Block.Group(out));
        } else {
            all.addAll(out);
        }
    }

    private void sectionBody(Section s, Resume r, Theme.Paper paper, List<Block> out) {
        Theme.SectionTitle st = theme.sectionTitle();
        TextStyle ts = new TextStyle(heading, theme.sizes().section(), st.bold(), false, Rgb.parse(st.color()), false,
                st.textCase() == Theme.Case.SMALL_CAPS);
        List<Run> title = runs(s.title(), ts);
        if (st.textCase() == Theme.Case.UPPER) {
            title = title.stream().map(run -> new Run(run.text().toUpperCase(Locale.ROOT), run.style(), run.link(), run.noBreak(),
                    run.icon(), run.pos())).toList();
        }
        if (st.highlightLetters() > 0) {
            title = highlight(title, st.highlightLetters());
        }
        out.add(new Block.Anchor(InlineMarkdown.plainText(s.title().markdown())));
        Block.Paragraph heading = Block.Paragraph.of(title).indent(base).leading(1.1f).spaceBefore(theme.spacing().sectionBefore())
                .keepWithNext(true).build();
        Rgb rule = Rgb.parse(theme.colors().rule());
        float rise = theme.sizes().section() * 0.32f;
        switch (st.rule()) {
            case BELOW -> {
                out.add(heading);
                out.add(new Block.Rule(st.ruleThickness(), rule, 1.5f, theme.spacing().sectionAfter(), true));
            }
            case AFTER -> {
                out.add(heading.withBars(List.of(new Block.Bar(theme.sizes().section() * 0.4f, 0, true, rise, st.ruleThickness(), rule))));
                out.add(new Block.Space(theme.spacing().sectionAfter()));
            }
            case LEFT -> {
                // A bar in the left column, level with the title; with no column, a short one before it.
                float end = base > 0 ? theme.layout().column() : theme.sizes().section() * 1.5f;
                Block.Paragraph p = base > 0 ? heading : heading.toBuilder().indent(end + theme.sizes().section() * 0.4f).build();
                out.add(p.withBars(List.of(new Block.Bar(0, end, false, rise, st.ruleThickness(), rule))));
                out.add(new Block.Space(theme.spacing().sectionAfter()));
            }
            case NONE -> {
                out.add(heading);
                out.add(new Block.Space(theme.spacing().sectionAfter()));
            }
        }
        boolean first = true;
        List<SkillEntry> skills = new ArrayList<>();
        Show show = show(s, r);
        boolean oneLine = show.form() == Show.Form.ONE_LINE;
        for (int i = 0; i < s.entries().size(); i++) {
            Entry e = s.entries().get(i);
            PageControl page = s.entryPages().get(i);
            // One line each: entries follow one another as lines of a list do.
            float before = first ? 0 : oneLine ? theme.spacing().entryBefore() / 2 : theme.spacing().entryBefore();
            List<Block> blocks = new ArrayList<>();
            switch (e) {
                case EducationEntry ed -> education(ed, before, oneLine, blocks);
                case ExperienceEntry ex -> experience(ex, before, oneLine, blocks);
                case PublicationEntry p -> publication(p, before, show, blocks);
                case AwardEntry a -> award(a, first, blocks);
                case ProjectEntry p -> project(p, before, oneLine, blocks);
                case SkillEntry sk -> skills.add(sk);
                case Paragraph p -> blocks.add(body(runs(p.text(), text)).align(justify(Theme.TextKind.PARAGRAPHS))
                        .spaceBefore(first ? 0 : theme.spacing().paragraphGap() * 2).build());
                case Bullet b -> bullet(b, 0, first, oneLine, blocks);
                case GenericEntry g -> generic(g, before, oneLine, blocks);
            }
            if (Boolean.TRUE.equals(page.newPage())) {
                out.add(new Block.PageBreak());
            }
            boolean keep = page.keepTogether() != null ? page.keepTogether()
                    : e instanceof PublicationEntry && theme.publications().group();
            if (keep && !blocks.isEmpty()) {
                out.add(new Block.Group(blocks));
            } else {
                out.addAll(blocks);
            }
            first = false;
        }
        if (!skills.isEmpty()) {
            skills(skills, paper.width - theme.margins().left() - theme.margins().right(), out);
        }
    }

    /** The first {@code n} letters in the accent colour, as Awesome-CV sets its section titles. */
    /**
     * The title with its first {@code n} letters in the accent colour, counted as a reader sees
     * letters (a letter and its accents, an emoji sequence); none in a script whose letters join
     * or form clusters (Arabic, Devanagari, Thai…), where a colour change would cut a word's
     * shapes apart.
     */
    private List<Run> highlight(List<Run> runs, int n) {
        String all = String.join("", runs.stream().map(Run::text).toList());
        int firstLetter = all.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
        if (firstLetter < 0 || !SEPARATE_LETTERS.contains(Character.UnicodeScript.of(firstLetter))) {
            return runs;
        }
        List<Run> out = new ArrayList<>();
        int left = n;
        for (Run r : runs) {
            if (left <= 0 || r.text().isEmpty()) {
                out.add(r);
                continue;
            }
            java.text.BreakIterator letters = java.text.BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
            letters.setText(r.text());
            int cut = 0;
            while (left > 0) {
                int next = letters.next();
                if (next == java.text.BreakIterator.DONE) {
                    break;
                }
                cut = next;
                left--;
            }
            out.add(new Run(r.text().substring(0, cut), r.style().withColor(accent), r.link(), r.noBreak(), r.icon(), r.pos()));
            if (cut < r.text().length()) {
                out.add(new Run(r.text().substring(cut), r.style(), r.link(), r.noBreak(), r.icon(), r.pos()));
            }
        }
        return out;
    }

    /** Scripts whose letters stand apart, so that some of a word's may take another colour. */
    private static final java.util.Set<Character.UnicodeScript> SEPARATE_LETTERS = java.util.EnumSet.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARMENIAN,
            Character.UnicodeScript.GEORGIAN, Character.UnicodeScript.HEBREW, Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

    private Align justify(Theme.TextKind kind) {
        return theme.typography().justifies(kind) ? Align.JUSTIFY : Align.LEFT;
    }

    /**
     * An entry's heading: title at the left and {@code topRight} flush right on the first row;
     * subtitle and {@code bottomRight} on the second. Empty slots close up.
     */
    private void head(List<Run> title, List<Run> subtitle, List<Run> place, List<Run> when, float before, List<Block> out) {
        List<Run> topRight;
        List<Run> bottomRight;
        if (inColumn()) {
            // One paragraph of two lines, so that dates that wrap in the narrow column run down
            // beside the subtitle instead of pushing it down.
            List<Run> both = new ArrayList<>(title);
            if (!subtitle.isEmpty()) {
                both.add(Run.of(Span.BREAK, titleStyle()));
                both.addAll(subtitle);
            }
            out.add(body(both).right(place).spaceBefore(before).keepWithNext(true).aside(aside(when)).build());
            return;
        }
        if (theme.entries().datesRow() == Theme.DatesRow.FIRST) {
            topRight = when;
            bottomRight = place;
        } else {
            topRight = place;
            bottomRight = when;
        }
        if (topRight.isEmpty()) {
            topRight = bottomRight;
            bottomRight = List.of();
        }
        out.add(body(title).right(topRight).spaceBefore(before).keepWithNext(true).build());
        if (!subtitle.isEmpty() || !bottomRight.isEmpty()) {
            out.add(body(subtitle).right(bottomRight).keepWithNext(true).build());
        }
    }

    /**
     * A paragraph of the content, for the call site to finish: at the content's left edge
     * ({@code base}, past the left column), set at the theme's leading, left-aligned.
     */
    private Block.Paragraph.Builder body(List<Run> runs) {
        return Block.Paragraph.of(runs).indent(base).leading(theme.spacing().leading());
    }

    private boolean inColumn() {
        return theme.entries().dates() == Theme.DatesPlacement.COLUMN && base > 0;
    }

    /** Dates in the left column, flush against the content, or null when there are none. */
    private Block.Aside aside(List<Run> when) {
        return when.isEmpty() ? null : new Block.Aside(when, theme.layout().column(), Align.RIGHT);
    }

    /** A row with dates: flush right, or in the left column. */
    private Block.Paragraph dated(List<Run> left, List<Run> when, float indent, float before, boolean keep) {
        Block.Paragraph.Builder row = body(left).indent(indent).spaceBefore(before).keepWithNext(keep);
        return (inColumn() ? row.aside(aside(when)) : row.right(when)).build();
    }

    private TextStyle titleStyle() {
        return text.withBold(true);
    }

    private TextStyle subtitleStyle() {
        return look(text, theme.entries().subtitle()).withColor(Rgb.parse(theme.entries().subtitleColor()));
    }

    private TextStyle rightStyle() {
        return look(text, theme.entries().right()).withColor(Rgb.parse(theme.entries().rightColor()));
    }

    private static TextStyle look(TextStyle t, Theme.TextLook look) {
        return switch (look) {
            case PLAIN -> t;
            case ITALIC -> t.withItalic(true);
            case SMALL_CAPS -> t.withSmallCaps(true);
        };
    }

    /**
     * Dates as runs: each date holds together ("Sep 2023"), but a range may break after its
     * separator when it stands in a narrow column.
     */
    private List<Run> dateRuns(dev.resume.model.Dates d) {
        if (d == null || d.isEmpty()) {
            return List.of();
        }
        if (d.when() != null && !d.when().isBlank()) {
            return noBreak(runs(d.when(), rightStyle()));
        }
        List<Run> out = new ArrayList<>();
        out.add(Run.of(dates.format(d.start()), rightStyle()).withNoBreak());
        if (d.end() != null) {
            out.add(Run.of(theme.dates().separator(), rightStyle()));
            out.add(Run.of(dates.format(d.end()), rightStyle()).withNoBreak());
        }
        String expected = theme.dates().expected();
        if (d.expected() && expected != null && !expected.isBlank()) {
            out.add(Run.of(" " + expected, rightStyle()));
        }
        return out;
    }

    private static List<Run> noBreak(List<Run> runs) {
        return runs.stream().map(Run::withNoBreak).toList();
    }

    private void education(EducationEntry e, float before, boolean oneLine, List<Block> out) {
        if (oneLine) {
            out.add(dated(joined(linked(runs(e.institution(), titleStyle()), e.url()), runs(e.degree(), subtitleStyle())),
                    dateRuns(e.dates()), base, before, false));
            return;
        }
        head(linked(runs(e.institution(), titleStyle()), e.url()), runs(e.degree(), subtitleStyle()),
                runs(e.location(), rightStyle()), dateRuns(e.dates()), before, out);
        bullets(e.bullets(), out);
    }

    private void experience(ExperienceEntry e, float before, boolean oneLine, List<Block> out) {
        List<Run> org = linked(runs(e.organization(), titleStyle()), e.url());
        List<Run> location = runs(e.location(), rightStyle());
        if (oneLine) {
            // "Research Intern, NVIDIA Research": one line per role.
            for (Role role : e.roles()) {
                out.add(dated(joined(runs(role.title(), titleStyle()), org.stream().map(run -> new Run(run.text(),
                        run.style().withBold(false), run.link(), run.noBreak(), run.icon(), run.pos())).toList()),
                        dateRuns(role.dates()), base, before, false));
                before = 0;
            }
            return;
        }
        if (e.roles().size() == 1) {
            Role role = e.roles().get(0);
            head(org, runs(role.title(), subtitleStyle()), location, dateRuns(role.dates()), before, out);
            roleBody(role, out);
            return;
        }
        head(org, List.of(), location, List.of(), before, out);
        for (Role role : e.roles()) {
            List<Run> right = dateRuns(role.dates());
            if (role.location() != null) {
                List<Run> r = new ArrayList<>(runs(role.location(), rightStyle()));
                if (!right.isEmpty()) {
                    r.add(Run.of(" · ", rightStyle()));
                    r.addAll(right);
                }
                right = r;
            }
            out.add(dated(runs(role.title(), subtitleStyle()), right, base, theme.spacing().paragraphGap(), true));
            roleBody(role, out);
        }
    }

    private void roleBody(Role role, List<Block> out) {
        if (role.note() != null) {
            out.add(body(runs(role.note(), text.withItalic(true).withColor(muted))).keepWithNext(!role.bullets().isEmpty()).build());
        }
        bullets(role.bullets(), out);
    }

    private void project(ProjectEntry p, float before, boolean oneLine, List<Block> out) {
        if (oneLine) {
            List<Run> note = runs(p.note(), rightStyle());
            List<Run> right = !note.isEmpty() ? note : dateRuns(p.dates());
            out.add(dated(joined(linked(runs(p.name(), titleStyle()), p.url()), runs(p.subtitle(), subtitleStyle())), right,
                    base, before, false));
            return;
        }
        List<Run> urlRuns = List.of();
        if (p.url() != null) {
            urlRuns = List.of(new Run(Urls.display(p.url()), rightStyle().withColor(link), p.url(), false, false, null));
        }
        List<Run> note = runs(p.note(), rightStyle());
        List<Run> topRight = !note.isEmpty() ? note : urlRuns;
        head(linked(runs(p.name(), titleStyle()), p.url()), runs(p.subtitle(), subtitleStyle()), topRight, dateRuns(p.dates()),
                before, out);
        if (p.description() != null) {
            out.add(body(runs(p.description(), text)).spaceBefore(theme.spacing().paragraphGap()).build());
        }
        if (!note.isEmpty() && !urlRuns.isEmpty()) {
            out.add(body(urlRuns).build());
        }
        bullets(p.bullets(), out);
    }

    private void generic(GenericEntry g, float before, boolean oneLine, List<Block> out) {
        if (oneLine) {
            out.add(dated(joined(linked(runs(g.title(), titleStyle()), g.url()), runs(g.subtitle(), subtitleStyle())),
                    dateRuns(g.dates()), base, before, false));
            return;
        }
        head(linked(runs(g.title(), titleStyle()), g.url()), runs(g.subtitle(), subtitleStyle()), runs(g.location(), rightStyle()),
                dateRuns(g.dates()), before, out);
        if (g.description() != null) {
            out.add(body(runs(g.description(), text)).spaceBefore(theme.spacing().paragraphGap()).build());
        }
        bullets(g.bullets(), out);
    }

    private void award(AwardEntry a, boolean first, List<Block> out) {
        List<Run> left = new ArrayList<>(runs(a.title(), titleStyle()));
        if (a.issuer() != null) {
            left.add(Run.of(", ", text));
            left.addAll(runs(a.issuer(), text));
        }
        if (a.description() != null) {
            left.add(Run.of(" – ", text.withColor(muted)));
            left.addAll(runs(a.description(), text.withColor(muted)));
        }
        out.add(dated(left, dateRuns(a.dates()), base, first ? 0 : theme.spacing().paragraphGap(), false));
    }

    private void skills(List<SkillEntry> skills, float textWidth, List<Block> out) {
        TextStyle label = titleStyle();
        float widest = 0;
        for (SkillEntry s : skills) {
            widest = Math.max(widest, Measure.width(InlineMarkdown.plainText(s.label().markdown()), label));
        }
        float gap = theme.sizes().body();
        float indent = base + widest + gap;
        // Labels as a column: each label hangs in the indent, flush left, like a table.
        if (widest + gap > 0.35f * (textWidth - base)) {
            for (SkillEntry s : skills) {
                List<Run> runs = new ArrayList<>(runs(s.label(), label));
                runs.add(Run.of(": ", label));
                runs.addAll(runs(s.details(), text));
                out.add(body(runs).build());
            }
            return;
        }
        boolean first = true;
        for (SkillEntry s : skills) {
            String plain = InlineMarkdown.plainText(s.label().markdown());
            float w = Measure.width(plain, label);
            Run marker = new Run(plain, label, null, true, false, s.label().pos());
            out.add(body(runs(s.details(), text)).marker(marker, indent - base - w).indent(indent)
                    .spaceBefore(first ? 0 : theme.spacing().paragraphGap()).build());
            first = false;
        }
    }

    private void publication(PublicationEntry p, float before, Show show, List<Block> blocks) {
        Theme.Publications pt = theme.publications();
        String paper = null;
        for (Link l : p.links()) {
            if (l.kind() == LinkKind.PAPER) {
                paper = l.url();
            }
        }
        List<Run> right = List.of();
        if (show.dates()) {
            String d = p.date() != null ? dates.format(p.date())
                    : p.when() != null ? InlineMarkdown.plainText(p.when().markdown())
                    : p.year() != null ? p.year().toString() : null;
            if (d != null) {
                right = List.of(Run.of(d, rightStyle()).withNoBreak());
            }
        }
        List<Run> title = linked(runs(p.title(), titleStyle()), paper);
        List<Run> venue = venue(p, paper, show.links());
        if (show.form() == Show.Form.ONE_LINE) {
            // As a bibliography sets it: authors, title, venue, in one paragraph.
            List<Run> line = new ArrayList<>();
            if (show.authors() && !p.authors().isEmpty()) {
                line.addAll(authors(p, pt.owner()));
                line.add(Run.of(". ", text));
            }
            line.addAll(title);
            if (!venue.isEmpty()) {
                line.add(Run.of(venue.get(0).text().startsWith(" ") ? "." : ". ", text));
                line.addAll(venue);
            }
            blocks.add(dated(line, right, base, before, false));
            return;
        }
        float indent = base + theme.spacing().bulletIndent();
        blocks.add(dated(title, right, base, before, true));
        if (show.authors() && !p.authors().isEmpty()) {
            blocks.add(body(authors(p, pt.owner())).indent(indent).build());
        }
        if (!venue.isEmpty()) {
            blocks.add(body(venue).indent(indent).build());
        }
        if (show.abstracts() && p.abstractText() != null) {
            TextStyle small = text.withSize(theme.sizes().small());
            blocks.add(body(runs(p.abstractText(), small)).indent(indent).align(justify(Theme.TextKind.ABSTRACTS))
                    .spaceBefore(theme.spacing().paragraphGap()).build());
            if (show.subjects() && !p.subjects().isEmpty()) {
                List<Run> subjects = List.of(Run.of("Subjects: " + String.join(", ", p.subjects()), small.withColor(muted)));
                blocks.add(body(subjects).indent(indent).build());
            }
        }
    }

    /** "Venue, 2024 (in submission). [Spotlight] [arXiv] [Code]": whatever of it the entry has. */
    private List<Run> venue(PublicationEntry p, String paper, boolean links) {
        List<Run> venue = new ArrayList<>();
        if (p.venue() != null) {
            venue.addAll(runs(p.venue(), text));
        }
        if (p.year() != null) {
            venue.add(Run.of((venue.isEmpty() ? "" : ", ") + p.year(), text));
        }
        if (p.status() != null) {
            if (!venue.isEmpty()) {
                venue.add(Run.of(" ", text));
            }
            venue.add(Run.of("(", text.withItalic(true)));
            venue.addAll(runs(p.status(), text.withItalic(true)));
            venue.add(Run.of(")", text.withItalic(true)));
        }
        if (!venue.isEmpty()) {
            venue.add(Run.of(".", text));
        }
        if (p.note() != null) {
            venue.add(Run.of(" [", text.withColor(accent)));
            venue.addAll(runs(p.note(), text.withBold(true).withColor(accent)));
            venue.add(Run.of("]", text.withColor(accent)));
        }
        if (links) {
            for (Link l : p.links()) {
                if (l.kind() == LinkKind.PAPER && paper != null && p.links().size() == 1) {
                    continue;
                }
                venue.add(Run.of(" ", text));
                venue.add(new Run("[" + l.label() + "]", text.withColor(accent), l.url(), true, false, l.pos()));
            }
        }
        return venue;
    }

    private List<Run> authors(PublicationEntry p, Theme.OwnerStyle owner) {
        List<Run> runs = new ArrayList<>();
        List<Author> authors = p.authors();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            TextStyle s = text;
            if (a.isOwner()) {
                s = switch (owner) {
                    case BOLD -> text.withBold(true);
                    case ITALIC -> text.withItalic(true);
                    case UNDERLINE -> text.withUnderline(true);
                };
            }
            // A name never breaks across lines: "Joseph E. Gonzalez" stays whole.
            runs.add(new Run(Typography.apply(a.name(), theme.typography().corrections()), s, null, true, false, p.authorsPos()));
            if (!a.marks().isEmpty()) {
                runs.add(new Run(a.marks(), text, null, true, false, p.authorsPos()));
            }
            if (i < authors.size() - 1) {
                runs.add(Run.of(", ", text));
            }
        }
        return runs;
    }

    private void bullets(List<Bullet> bullets, List<Block> out) {
        for (Bullet b : bullets) {
            bullet(b, 0, false, false, out);
        }
    }

    private void bullet(Bullet b, int level, boolean first, boolean oneLine, List<Block> out) {
        if (oneLine && level > 0) {
            return;
        }
        Theme.Spacing sp = theme.spacing();
        String glyph = level == 0 ? theme.entries().bullet() : theme.entries().subBullet();
        Run marker = Run.of(glyph, text.withColor(accent));
        float indent = base + sp.bulletIndent() * (level + 1);
        out.add(body(runs(b.text(), text)).marker(marker, sp.bulletGap()).indent(indent).align(justify(Theme.TextKind.BULLETS))
                .spaceBefore(first ? 0 : sp.paragraphGap() / 2).build());
        for (Bullet child : b.children()) {
            bullet(child, level + 1, false, oneLine, out);
        }
    }

    /** "Title, subtitle": the second part after a comma, when there is one. */
    private List<Run> joined(List<Run> first, List<Run> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<Run> out = new ArrayList<>(first);
        out.add(Run.of(", ", text));
        out.addAll(second);
        return out;
    }

    private static List<Run> linked(List<Run> runs, String url) {
        if (url == null) {
            return runs;
        }
        return runs.stream().map(r -> r.link() == null ? r.withLink(url) : r).toList();
    }

    /** A text field's Markdown as runs in {@code base} style, links checked at the field's place. */
    /** The theme turned hyphenation off: no paragraph breaks words at the patterns' points. */
    private static List<Block> withoutHyphenation(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(switch (b) {
                case Block.Paragraph p -> p.withHyphenate(false);
                case Block.Group g -> new Block.Group(withoutHyphenation(g.blocks()));
                default -> b;
            });
        }
        return List.copyOf(out);
    }

    private List<Run> runs(Text t, TextStyle base) {
        if (t == null || t.isBlank()) {
            return List.of();
        }
        List<Span> spans = Typography.apply(InlineMarkdown.parse(t.markdown(), url -> Urls.check(url, t.pos(), diagnostics)),
                theme.typography().corrections());
        List<Run> runs = new ArrayList<>(spans.size());
        for (Span s : spans) {
            TextStyle style = base;
            if (s.code()) {
                style = style.withFamily(mono).withSize(base.size() * 0.9f);
            }
            if (s.bold()) {
                style = style.withBold(true);
            }
            if (s.italic()) {
                style = style.withItalic(!base.italic());
            }
            if (s.underline()) {
                style = style.withUnderline(true);
            }
            if (s.link() != null) {
                style = style.withColor(link);
            }
            runs.add(new Run(s.text(), style, s.link(), false, false, t.pos()));
        }
        return runs;
    }
}
