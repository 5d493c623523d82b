package dev.resume.style;

import dev.resume.compose.Composition;
import dev.resume.compose.Part;
import dev.resume.compose.Piece;
import dev.resume.compose.RunningTexts;
import dev.resume.font.IconNames;
import dev.resume.layout.Align;
import dev.resume.layout.Block;
import dev.resume.layout.Measure;
import dev.resume.layout.MicroTypography;
import dev.resume.layout.PageSetup;
import dev.resume.layout.Picture;
import dev.resume.layout.Rgb;
import dev.resume.layout.Run;
import dev.resume.layout.Tag;
import dev.resume.layout.TextStyle;
import dev.resume.model.ContactItem;
import dev.resume.model.ContactKind;
import dev.resume.model.Entry;
import dev.resume.model.Photo;
import dev.resume.text.LanguageTag;
import dev.resume.text.Span;
import dev.resume.theme.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * The style stage: gives a composed résumé the theme's look and produces the blocks the layout
 * sets. What each role of text looks like ({@link Looks}), where each part of an entry stands
 * (the left column, indents, spacing, what keeps with what), the section titles ({@link SectionTitles})
 * and the skills' label column are decided here; the layout below only knows paragraphs,
 * rules and space.
 */
public final class Styler {
    private final Theme theme;
    private final Families families;
    private final Looks looks;
    private final TextStyle text;
    /** Where the content starts: after the left column, if the theme has one. */
    private final float base;
    /** The document's language, what its running text is hyphenated as: set by {@link #style}. */
    private LanguageTag language = LanguageTag.ENGLISH;
    /** The lists tagged so far in the document being styled: each takes the next number. */
    private int lists;

    public Styler(Theme theme, FaceSource faces) {
        this.theme = theme;
        this.families = Families.of(theme, faces);
        this.looks = new Looks(theme, families);
        this.text = looks.text();
        this.base = theme.layout().contentStart();
    }

    /**
     * Applies the theme; {@code paper} overrides the theme's paper when not null; {@code running}
     * are the footer and header, their document's placeholders filled in.
     */
    public StyledDocument style(Composition composed, Theme.Paper paper, RunningTexts running) {
        List<Block> blocks = new ArrayList<>();
        language = composed.metadata().language();
        lists = 0;
        Theme.Paper p = paper != null ? paper : theme.paper();
        header(composed.header(), p.width() - theme.margins().left() - theme.margins().right(), blocks);
        int headerEnd = blocks.size();
        if (composed.isLetter()) {
            letter(composed.letter(), blocks);
        }
        for (Composition.Section section : composed.sections()) {
            // A page break with nothing but the header before it would leave a page holding
            // only the name: it is dropped.
            section(section, p, blocks.size() > headerEnd, blocks);
        }
        Theme.Margins m = theme.margins();
        TextStyle footer = text.withSize(theme.sizes().footer()).withColor(looks.muted());
        PageSetup setup = new PageSetup(p.width(), p.height(), m.top(), m.bottom(), m.left(), m.right(), running.footer(),
                running.header(), footer,
                new MicroTypography(theme.typography().protrusion(), theme.typography().expansion()),
                dev.resume.text.Phrases.of(composed.metadata().language()).rightToLeft());
        return new StyledDocument(List.copyOf(blocks), setup, composed.metadata());
    }

    // ---- header ----------------------------------------------------------------------------

    private void header(Composition.Header h, float textWidth, List<Block> all) {
        Theme.Photo photo = h.photo() == null ? null : theme.photo().forShape(h.photo().shape());
        Align align = switch (theme.header().align()) {
            case CENTER -> Align.CENTER;
            case RIGHT -> Align.RIGHT;
            case LEFT -> Align.LEFT;
        };
        List<Run> name = looks.runs(h.name());
        if (theme.header().nameLastBold()) {
            name = lastWordBold(name);
        }
        List<Run> headline = looks.runs(h.headline());
        // With a photo, the header's text is set in what the photo leaves of the line; a centred
        // header leaves as much free on the other side too, when its lines fit as well there, so
        // that the name stays centred on the page.
        boolean mirrored = false;
        if (photo != null) {
            float oneSided = textWidth - photo.width() - photo.gap();
            float both = oneSided - photo.width() - photo.gap();
            mirrored = align == Align.CENTER && fitsAsWell(name, headline, h, oneSided, both);
            textWidth = mirrored ? both : oneSided;
        }
        List<Block> out = photo == null ? all : new ArrayList<>();
        out.add(paragraph(name).align(align).leading(1.15f).keepWithNext(true).hyphenate(false).tag(Tag.TITLE).build());
        if (!headline.isEmpty()) {
            out.add(paragraph(headline).align(align).leading(theme.spacing().leading()).spaceBefore(1).hyphenate(false)
                    .keepWithNext(true).build());
        }
        if (!h.contact().isEmpty()) {
            out.add(paragraph(contactRuns(h.contact(), h.separator(), textWidth)).align(align).leading(1.5f).spaceBefore(3).hyphenate(false)
                    .direction(Block.Direction.DOCUMENT).build());
        }
        if (photo != null) {
            all.add(new Block.Beside(picture(h.photo(), h.photoAlt()), frame(photo), photo.side() == Theme.Side.RIGHT, photo.gap(), mirrored, out));
        }
        all.add(new Block.Space(theme.spacing().headerAfter()));
    }

    /**
     * Whether the header's lines fit in the {@code narrow} width as well as in the {@code wide}
     * one: the name and the headline each on one line, the contact items in as many rows. The
     * rule is all or nothing: a centred header is moved off the page's centre only when centring
     * it there would cost a line.
     */
    private boolean fitsAsWell(List<Run> name, List<Run> headline, Composition.Header h, float wide, float narrow) {
        // Half a point to spare, as for the contact line: the line breaker must find the same lines.
        if (Measure.width(name) > narrow - 0.5f || !headline.isEmpty() && Measure.width(headline) > narrow - 0.5f) {
            return false;
        }
        return h.contact().isEmpty() || rows(contactRuns(h.contact(), h.separator(), narrow))
                == rows(contactRuns(h.contact(), h.separator(), wide));
    }

    /** The rows a contact line's runs make: one more than its breaks. */
    private static int rows(List<Run> runs) {
        return 1 + (int) runs.stream().filter(r -> r.text().equals(Span.BREAK)).count();
    }

    /** The photo, which stands for its owner: {@code alt} ("Photo of …") is what a screen reader says for it; null: nothing. */
    private static Picture picture(Photo photo, String alt) {
        return new Picture(photo.bytes(), photo.format() == Photo.Format.JPEG, photo.width(), photo.height(), photo.orientation(),
                photo.digest(), alt == null || alt.isBlank() ? null : alt);
    }

    private static Picture.Frame frame(Theme.Photo p) {
        Picture.Clip clip = switch (p.shape()) {
            case RECTANGLE -> Picture.Clip.RECTANGLE;
            case ROUNDED -> Picture.Clip.ROUNDED;
            case CIRCLE -> Picture.Clip.CIRCLE;
        };
        float radius = Math.min(p.radius(), Math.min(p.width(), p.height()) / 2);
        return new Picture.Frame(p.width(), p.height(), clip, radius, p.border(), Rgb.parse(p.borderColor()));
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

    /**
     * The contact line: the items with the separator between them, and, where the items do not
     * all fit on one line, a line break instead of the separator, so that no line starts or
     * ends with one (a separator at a line's end would say that more follows on that line).
     * The lines are filled in order, each with as many items as fit; an item longer than a
     * line stands alone on its lines. An item never breaks inside unless it must.
     */
    private List<Run> contactRuns(List<ContactItem> items, String separator, float textWidth) {
        TextStyle cs = text.withSize(theme.sizes().contact());
        Run between = Run.of(separator, cs.withColor(looks.muted()));
        float separatorWidth = Measure.width(List.of(between));
        List<Run> runs = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < items.size(); i++) {
            List<Run> item = contactItem(items.get(i), cs);
            float width = Measure.width(item);
            if (i > 0) {
                // Half a point to spare: the line breaker must find the same lines.
                boolean fits = used + separatorWidth + width <= textWidth - 0.5f;
                runs.add(fits ? between : Run.of(Span.BREAK, cs));
                used = fits ? used + separatorWidth : 0;
            }
            runs.addAll(item);
            used += width;
        }
        return runs;
    }

    /** One contact item's runs: its label or icon, then its value (linked), none breaking inside. */
    private List<Run> contactItem(ContactItem item, TextStyle cs) {
        TextStyle iconStyle = new TextStyle(families.icons(), theme.sizes().contact(), false, false, looks.accent(), false, false);
        List<Run> runs = new ArrayList<>();
        if (item.label() != null) {
            runs.add(new Run(item.label() + ":", cs.withColor(looks.muted()), null, true, false, item.pos()));
            runs.add(new Run(" ", cs, null, true, false, item.pos()));
        } else if (theme.header().icons()) {
            runs.add(new Run(icon(item), iconStyle, item.url(), true, true, item.pos()));
            runs.add(new Run(" ", cs, null, true, false, item.pos()));
        }
        runs.add(new Run(item.display(), cs.withColor(item.url() != null ? looks.link() : cs.color()), item.url(), true, false,
                item.pos()));
        return runs;
    }

    /** The item's icon: its Fork Awesome name's code point (the names come checked; a link's glyph if one is not). */
    private static String icon(ContactItem item) {
        Integer cp = IconNames.codePoint(item.icon());
        return Character.toString(cp != null ? cp : IconNames.codePoint(ContactKind.URL.icon()));
    }

    // ---- a cover letter --------------------------------------------------------------------

    /**
     * A letter under the header, as LaTeX's letter classes set one (moderncv's above all): the
     * recipient's address at the left, the place and date flush right below it, the subject in
     * bold, the opening, the body in the theme's paragraph style (justified where the theme
     * justifies paragraphs), the closing, room for a handwritten signature, the name, and the
     * enclosures. The letter spans the whole text width, also in a theme with a left column: a
     * letter has no dates or titles to put there. Every gap is a multiple of the theme's space
     * before a section, so that the fitting that tightens a CV's spacing tightens a letter's.
     */
    private void letter(Composition.Letter l, List<Block> out) {
        float unit = theme.spacing().sectionBefore();
        float leading = theme.spacing().leading();
        // Below the header's own space, a little more: the address is not part of the header.
        float before = unit;
        for (int i = 0; i < l.recipient().size(); i++) {
            out.add(letterLine(l.recipient().get(i), Align.LEFT, before, true));
            before = 0;
        }
        before = l.recipient().isEmpty() ? before : 1.5f * unit;
        if (!l.dateLine().isEmpty()) {
            out.add(letterLine(l.dateLine(), Align.RIGHT, before, true));
            before = 1.5f * unit;
        }
        if (!l.subject().isEmpty()) {
            out.add(letterLine(l.subject(), Align.LEFT, before, true));
            before = 1.5f * unit;
        }
        if (!l.opening().isEmpty()) {
            out.add(letterLine(l.opening(), Align.LEFT, before, true));
            before = 0.8f * unit;
        }
        for (List<Piece> paragraph : l.body()) {
            out.add(running(paragraph, justify(Theme.TextKind.PARAGRAPHS)).indent(0).leading(leading)
                    .spaceBefore(before).build());
            before = 0.8f * unit;
        }
        // The closing, the signature and the enclosures stay together, on the page of the body's end.
        boolean signature = !l.signature().isEmpty();
        boolean enclosures = !l.enclosures().isEmpty();
        if (!l.closing().isEmpty()) {
            out.add(letterLine(l.closing(), Align.LEFT, 1.2f * unit, signature || enclosures));
        }
        if (signature) {
            out.add(letterLine(l.signature(), Align.LEFT, l.closing().isEmpty() ? 1.2f * unit : 3 * unit, enclosures));
        }
        if (enclosures) {
            out.add(running(l.enclosures(), Align.LEFT).indent(0).spaceBefore(2 * unit).build());
        }
    }

    /** A line of the letter outside its body (an address line, the date, the subject): never hyphenated. */
    private Block.Paragraph letterLine(List<Piece> pieces, Align align, float before, boolean keepWithNext) {
        return paragraph(looks.runs(pieces)).align(align).leading(theme.spacing().leading()).hyphenate(false)
                .spaceBefore(before).keepWithNext(keepWithNext).build();
    }

    // ---- sections --------------------------------------------------------------------------

    /** {@code mayBreak}: content other than the header stands before it, so that a page break is kept. */
    private void section(Composition.Section s, Theme.Paper paper, boolean mayBreak, List<Block> all) {
        if (s.newPage() && mayBreak) {
            all.add(new Block.PageBreak());
        }
        List<Block> out = new ArrayList<>();
        new SectionTitles(theme, looks).add(s, out);
        entries(s, paper, mayBreak, out);
        if (s.keepTogether()) {
            all.add(new Block.Group(out));
        } else {
            all.addAll(out);
        }
    }

    private void entries(Composition.Section s, Theme.Paper paper, boolean mayBreak, List<Block> out) {
        Theme.Spacing sp = theme.spacing();
        boolean first = true;
        List<Part.Skill> skills = new ArrayList<>();
        // A section's bullets come an item each: those in a row are one list.
        int list = -1;
        for (Composition.Item item : s.items()) {
            // One line each: entries follow one another as lines of a list do.
            float before = first ? 0 : s.oneLine() ? sp.entryBefore() / 2 : sp.entryBefore();
            List<Block> blocks = new ArrayList<>();
            for (Part part : item.parts()) {
                switch (part) {
                    case Part.Heading h -> heading(h, before, blocks);
                    // An award is a line spaced as a paragraph; the lines of an entry after its first follow it closely.
                    case Part.Line l -> blocks.add(dated(looks.runs(l.text()), looks.runs(l.right()), base,
                            s.kind() == Entry.Kind.AWARDS ? (first ? 0 : sp.paragraphGap()) : blocks.isEmpty() ? before : 0, false));
                    case Part.Publication p -> publication(p, before, blocks);
                    case Part.Skill sk -> skills.add(sk);
                    case Part.Paragraph p -> blocks.add(running(p.text(), justify(Theme.TextKind.PARAGRAPHS))
                            .spaceBefore(first ? 0 : sp.paragraphGap() * 2).build());
                    case Part.Bullets b -> {
                        list = list < 0 ? ++lists : list;
                        for (Part.Bullets.Item i : b.items()) {
                            bullet(i, list, 0, first, blocks);
                        }
                    }
                }
                if (!(part instanceof Part.Bullets)) {
                    list = -1;
                }
            }
            // The first entry's break takes the section's title along (the page breaker keeps
            // a heading with what follows), so it is the section's break.
            if (item.newPage() && (mayBreak || !first)) {
                out.add(new Block.PageBreak());
            }
            if (item.keep() != Composition.Keep.NO && !blocks.isEmpty()) {
                out.add(new Block.Group(blocks, item.keep() == Composition.Keep.YES));
            } else {
                out.addAll(blocks);
            }
            first = false;
        }
        if (!skills.isEmpty()) {
            skills(skills, paper.width() - theme.margins().left() - theme.margins().right(), out);
        }
    }

    private Align justify(Theme.TextKind kind) {
        return theme.typography().justifies(kind) ? Align.JUSTIFY : Align.LEFT;
    }

    /**
     * An entry's heading, then its body. With a left column, title and subtitle are one
     * paragraph of two lines, the place at its right and the dates in the column; else the
     * heading's two rows with what the theme arranges at their right. Empty slots close up.
     */
    private void heading(Part.Heading h, float before, List<Block> out) {
        List<Run> title = looks.runs(h.title());
        List<Run> subtitle = looks.runs(h.subtitle());
        if (inColumn()) {
            // One paragraph, so that dates that wrap in the narrow column run down beside the
            // subtitle instead of pushing it down.
            List<Run> both = new ArrayList<>(title);
            if (!subtitle.isEmpty()) {
                both.add(Run.of(Span.BREAK, text.withBold(true)));
                both.addAll(subtitle);
            }
            out.add(body(both).right(looks.runs(h.place())).spaceBefore(before).keepWithNext(true).aside(aside(looks.runs(h.when())))
                    .build());
        } else {
            out.add(body(title).right(looks.runs(h.firstRight())).spaceBefore(before).keepWithNext(true).build());
            if (!subtitle.isEmpty() || !h.secondRight().isEmpty()) {
                out.add(body(subtitle).right(looks.runs(h.secondRight())).keepWithNext(true).build());
            }
        }
        entryBody(h.body(), out);
    }

    /** What follows an entry's heading: its roles, description, note, URL and bullets. */
    private void entryBody(List<Part> parts, List<Block> out) {
        boolean bullets = parts.stream().anyMatch(p -> p instanceof Part.Bullets);
        for (Part part : parts) {
            switch (part) {
                case Part.Heading role -> {
                    out.add(dated(looks.runs(role.title()), looks.runs(role.when()), base, theme.spacing().paragraphGap(), true));
                    entryBody(role.body(), out);
                }
                case Part.Paragraph p -> {
                    Block.Paragraph.Builder b = running(p.text(), Align.LEFT);
                    switch (p.kind()) {
                        case TEXT -> b.spaceBefore(theme.spacing().paragraphGap());
                        // A role's note stays with the bullets under it.
                        case NOTE -> b.keepWithNext(bullets);
                        case URL -> { }
                    }
                    out.add(b.build());
                }
                case Part.Bullets b -> {
                    int list = ++lists;
                    for (Part.Bullets.Item i : b.items()) {
                        bullet(i, list, 0, false, out);
                    }
                }
                default -> throw new IllegalArgumentException("not a part of an entry's body: " + part);
            }
        }
    }

    /** A paragraph in the document's language: what the layout sees, hyphenated or not. */
    private Block.Paragraph.Builder paragraph(List<Run> runs) {
        return Block.Paragraph.of(runs).language(language);
    }

    /**
     * A paragraph of the content, for the call site to finish: at the content's left edge
     * ({@code base}, past the left column), set at the theme's leading, left-aligned, not
     * hyphenated (a title, a name, a date: TeX's typesetters never hyphenate headings).
     */
    private Block.Paragraph.Builder body(List<Run> runs) {
        return paragraph(runs).indent(base).leading(theme.spacing().leading()).hyphenate(false);
    }

    /**
     * Running text (a paragraph, an abstract, a bullet, a description), aligned as given and
     * hyphenated as the theme says: justified text when `hyphenate` is on, ragged text only
     * when `hyphenate_ragged` is too (ragged lines have no spaces to even out, so a hyphen there
     * buys little and leaves a scrap: "stu-/dents"), in the language of its text.
     */
    private Block.Paragraph.Builder running(List<Piece> pieces, Align align) {
        Theme.Typography ty = theme.typography();
        boolean hyphenate = ty.hyphenate() && (align == Align.JUSTIFY || ty.hyphenateRagged());
        return body(looks.runs(pieces)).align(align).hyphenMinWord(hyphenate ? Math.max(1, ty.hyphenateMinWord()) : 0)
                .language(languageOf(pieces));
    }

    /**
     * The language a paragraph is written in: that of its first piece that names one (an entry
     * or a bullet in a language of its own), else the document's.
     */
    private LanguageTag languageOf(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.lang() != null) {
                return p.lang();
            }
        }
        return language;
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

    private void skills(List<Part.Skill> skills, float textWidth, List<Block> out) {
        TextStyle label = text.withBold(true);
        float widest = 0;
        for (Part.Skill s : skills) {
            widest = Math.max(widest, Measure.width(s.written(), label));
        }
        float gap = theme.sizes().body();
        float indent = base + widest + gap;
        // Labels as a column: each label hangs in the indent, flush left, like a table.
        if (widest + gap > 0.35f * (textWidth - base)) {
            for (Part.Skill s : skills) {
                List<Run> runs = new ArrayList<>(looks.runs(s.label()));
                runs.add(Run.of(": ", label));
                runs.addAll(looks.runs(s.details()));
                out.add(body(runs).build());
            }
            return;
        }
        boolean first = true;
        // A column of labels and their skills reads as a list: each label its item's label.
        int list = ++lists;
        for (Part.Skill s : skills) {
            float w = Measure.width(s.written(), label);
            Run marker = new Run(s.written(), label, null, true, false, s.labelPos());
            out.add(running(s.details(), Align.LEFT).marker(marker, indent - base - w).indent(indent)
                    .spaceBefore(first ? 0 : theme.spacing().paragraphGap()).tag(Tag.item(list, 0)).build());
            first = false;
        }
    }

    private void publication(Part.Publication p, float before, List<Block> blocks) {
        float indent = base + theme.spacing().bulletIndent();
        blocks.add(dated(looks.runs(p.title()), looks.runs(p.date()), base, before, true));
        List<Piece> venue = p.venueAndLinks();
        boolean hasAbstract = !p.abstractText().isEmpty();
        // A paper's head (title, authors, venue) keeps with what follows it, so that a tall
        // paper that breaks inside breaks in its abstract, not under its authors.
        if (!p.authors().isEmpty()) {
            blocks.add(body(looks.runs(p.authors())).indent(indent).keepWithNext(!venue.isEmpty() || hasAbstract).build());
        }
        if (!venue.isEmpty()) {
            blocks.add(body(looks.runs(venue)).indent(indent).keepWithNext(hasAbstract).build());
        }
        if (hasAbstract) {
            blocks.add(running(p.abstractText(), justify(Theme.TextKind.ABSTRACTS)).indent(indent)
                    .spaceBefore(theme.spacing().paragraphGap()).build());
            if (!p.subjects().isEmpty()) {
                blocks.add(body(looks.runs(p.subjects())).indent(indent).build());
            }
        }
    }

    /** A bullet of list {@code list}, {@code level} deep, and its children, a list nested in it. */
    private void bullet(Part.Bullets.Item b, int list, int level, boolean first, List<Block> out) {
        Theme.Spacing sp = theme.spacing();
        String glyph = level == 0 ? theme.entries().bullet() : theme.entries().subBullet();
        Run marker = Run.of(glyph, text.withColor(looks.accent()));
        float indent = base + sp.bulletIndent() * (level + 1);
        out.add(running(b.text(), justify(Theme.TextKind.BULLETS)).marker(marker, sp.bulletGap()).indent(indent)
                .spaceBefore(first ? 0 : sp.paragraphGap() / 2).tag(Tag.item(list, level)).build());
        for (Part.Bullets.Item child : b.children()) {
            bullet(child, list, level + 1, false, out);
        }
    }
}
