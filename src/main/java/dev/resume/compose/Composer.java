package dev.resume.compose;

import dev.resume.model.Entry;
import dev.resume.model.Entry.AwardEntry;
import dev.resume.model.Entry.Bullet;
import dev.resume.model.Entry.EducationEntry;
import dev.resume.model.Entry.ExperienceEntry;
import dev.resume.model.Entry.GenericEntry;
import dev.resume.model.Entry.Paragraph;
import dev.resume.model.Entry.ProjectEntry;
import dev.resume.model.Entry.PublicationEntry;
import dev.resume.model.Entry.SkillEntry;
import dev.resume.model.Letter;
import dev.resume.model.PageControl;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.model.Show;
import dev.resume.text.Phrase;
import dev.resume.text.Phrases;
import dev.resume.theme.Theme;
import dev.resume.text.Urls;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition stage: applies a theme's decisions about content to a résumé (its variant
 * merged, its selection applied). Which parts of an entry show ({@link Shown}), the words and
 * punctuation of each line, the dates as the theme prints them, the heading's arrangement, the
 * typographic corrections: decided here once, for the PDF and for every text export. What is
 * left to them is only the look: fonts, sizes, colours, positions, markup.
 */
public final class Composer {
    private final Theme theme;
    private final Pieces pieces;
    private final Publications publications;

    /** The composer of résumés in {@code theme}; each is composed in its own words ({@link #compose}). */
    public Composer(Theme theme) {
        this.theme = theme;
        this.pieces = null;
        this.publications = null;
    }

    /** A composer for one résumé: its words ({@link Words}) and its dates' style. */
    private Composer(Theme theme, Theme.DateStyle dates, Phrases words) {
        this.theme = theme;
        this.pieces = new Pieces(theme, dates, words);
        this.publications = new Publications(pieces, words);
    }

    public Composition compose(Resume r) {
        Phrases words = Words.of(theme, r);
        return new Composer(theme, Shown.dates(theme, r, words), words).composed(r);
    }

    private Composition composed(Resume r) {
        List<Piece> name = pieces.of(r.name(), Role.NAME);
        Phrases words = pieces.words();
        Composition.Header header = new Composition.Header(name, pieces.of(r.headline(), Role.HEADLINE), r.contact(),
                theme.header().separator(), r.photo(), r.photo() == null ? null : photoAlt(name, words));
        if (r.isLetter()) {
            // A letter shows none of the CV's sections: only its header, then the letter.
            return new Composition(header, List.of(), letterMetadata(r, words), letter(r.letter()));
        }
        List<Composition.Section> sections = new ArrayList<>();
        for (Section s : r.sections()) {
            if (!s.hidden()) {
                // A section whose dates the résumé or the section words otherwise is composed with those words.
                Theme.DateStyle dates = Shown.dates(theme, s, r, words);
                Composer c = dates.equals(pieces.dateStyle()) ? this : new Composer(theme, dates, words);
                sections.add(c.section(s, r));
            }
        }
        return new Composition(header, List.copyOf(sections), metadata(r, words));
    }

    /** "Photo of Ada Quillfeather", the name as printed, in the résumé's words; null for no name. */
    private static String photoAlt(List<Piece> name, Phrases words) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : name) {
            sb.append(p.isBreak() ? " " : p.text());
        }
        String n = sb.toString().strip();
        return n.isEmpty() ? null : words.get(Phrase.PHOTO_ALT).replace("{name}", n).strip();
    }

    /** What the PDF says about itself, in the résumé's language; the HTML page's title and description too. */
    private static Metadata metadata(Resume r, Phrases words) {
        String name = r.name().plainText();
        String subject = r.headline() != null ? r.headline().plainText() : words.get(Phrase.CV_SUBJECT);
        List<String> keywords = new ArrayList<>(r.keywords());
        if (keywords.isEmpty()) {
            for (Section s : r.sections()) {
                if (!s.hidden()) {
                    keywords.add(s.title().plainText());
                }
            }
        }
        return new Metadata(name + " – " + words.get(Phrase.CV_TITLE), name, subject, List.copyOf(keywords), r.locale());
    }

    private static Metadata letterMetadata(Resume r, Phrases words) {
        String name = r.name().plainText();
        Letter l = r.letter();
        String subject = l.subject() != null ? l.subject().plainText() : words.get(Phrase.LETTER_SUBJECT);
        return new Metadata(name + " – " + words.get(Phrase.LETTER_TITLE), name, subject, List.copyOf(r.keywords()), r.locale());
    }

    /** The letter's blocks in reading order: the place and date joined, the subject in bold, the enclosures after their label. */
    private Composition.Letter letter(Letter l) {
        List<List<Piece>> recipient = new ArrayList<>();
        for (dev.resume.model.Text line : l.recipient()) {
            recipient.add(pieces.of(line, Role.TEXT));
        }
        List<Piece> place = pieces.of(l.place(), Role.TEXT);
        List<Piece> dateLine = place.isEmpty() ? pieces.of(l.date(), Role.TEXT) : Pieces.joined(place, pieces.of(l.date(), Role.TEXT));
        List<Piece> subject = pieces.of(l.subject(), Role.TEXT).stream().map(p -> p.withBold(true)).toList();
        List<List<Piece>> body = new ArrayList<>();
        for (dev.resume.model.Text t : l.body()) {
            body.add(pieces.of(t, Role.TEXT));
        }
        List<Piece> enclosures = new ArrayList<>();
        for (dev.resume.model.Text t : l.enclosures()) {
            if (!enclosures.isEmpty()) {
                enclosures.add(Piece.of(", ", Role.SEPARATOR));
            }
            enclosures.addAll(pieces.of(t, Role.TEXT));
        }
        if (!enclosures.isEmpty()) {
            dev.resume.model.Text label = l.enclosuresLabel() != null ? l.enclosuresLabel()
                    : dev.resume.model.Text.plain(pieces.words().get(Phrase.ENCLOSURES));
            List<Piece> labelled = new ArrayList<>(pieces.of(label, Role.LABEL).stream().map(p -> p.withBold(true)).toList());
            labelled.add(Piece.of(": ", Role.LABEL).withBold(true));
            labelled.addAll(enclosures);
            enclosures = labelled;
        }
        return new Composition.Letter(recipient, dateLine, subject, pieces.of(l.opening(), Role.TEXT), body,
                pieces.of(l.closing(), Role.TEXT), pieces.of(l.signature(), Role.TEXT), List.copyOf(enclosures));
    }

    private Composition.Section section(Section s, Resume r) {
        Show show = Shown.in(theme, s, r);
        boolean oneLine = show.form() == Show.Form.ONE_LINE;
        List<Composition.Item> items = new ArrayList<>();
        for (int i = 0; i < s.entries().size(); i++) {
            Entry e = s.entries().get(i);
            List<Part> parts = switch (e) {
                case EducationEntry ed -> List.of(education(ed, oneLine));
                case ExperienceEntry ex -> experience(ex, oneLine);
                case PublicationEntry p -> List.of(publications.compose(p, show));
                case AwardEntry a -> List.of(award(a));
                case ProjectEntry p -> List.of(project(p, oneLine));
                case SkillEntry sk -> List.of(new Part.Skill(pieces.of(sk.label(), Role.LABEL), pieces.of(sk.details(), Role.TEXT),
                        sk.label().plainText(), sk.label().pos()));
                case Paragraph p -> List.of(new Part.Paragraph(pieces.of(p.text(), Role.TEXT), Part.Paragraph.Kind.TEXT));
                case Bullet b -> List.of(new Part.Bullets(List.of(item(b, oneLine))));
                case GenericEntry g -> List.of(generic(g, oneLine));
            };
            PageControl page = s.entryPages().get(i);
            Composition.Keep keep = page.keepTogether() != null
                    ? (page.keepTogether() ? Composition.Keep.YES : Composition.Keep.NO)
                    : e instanceof PublicationEntry && theme.publications().group() ? Composition.Keep.IF_SHORT : Composition.Keep.NO;
            items.add(new Composition.Item(parts, Boolean.TRUE.equals(page.newPage()), keep));
        }
        return new Composition.Section(s.id(), s.title().plainText(), pieces.of(s.title(), Role.SECTION), s.kind(), oneLine,
                Boolean.TRUE.equals(s.page().newPage()), Boolean.TRUE.equals(s.page().keepTogether()), List.copyOf(items));
    }

    private Part education(EducationEntry e, boolean oneLine) {
        List<Piece> title = Pieces.linked(pieces.of(e.institution(), Role.TITLE), e.url());
        if (oneLine) {
            return new Part.Line(Pieces.joined(title, pieces.of(e.degree(), Role.SUBTITLE)), pieces.of(e.dates()));
        }
        return heading(title, pieces.of(e.degree(), Role.SUBTITLE), pieces.of(e.location(), Role.PLACE), pieces.of(e.dates()),
                bullets(e.bullets()));
    }

    private List<Part> experience(ExperienceEntry e, boolean oneLine) {
        List<Piece> org = Pieces.linked(pieces.of(e.organization(), Role.TITLE), e.url());
        if (oneLine) {
            // "Research Intern, NVIDIA Research": one line per role, the organisation as plain text.
            List<Piece> plainOrg = org.stream().map(p -> p.withRole(Role.TEXT).withBold(false)).toList();
            List<Part> lines = new ArrayList<>();
            for (dev.resume.model.Role role : e.roles()) {
                lines.add(new Part.Line(Pieces.joined(pieces.of(role.title(), Role.TITLE), plainOrg), pieces.of(role.dates())));
            }
            return List.copyOf(lines);
        }
        List<Piece> location = pieces.of(e.location(), Role.PLACE);
        if (e.roles().size() == 1) {
            dev.resume.model.Role role = e.roles().get(0);
            return List.of(heading(org, pieces.of(role.title(), Role.SUBTITLE), location, pieces.of(role.dates()), roleBody(role)));
        }
        List<Part> roles = new ArrayList<>();
        for (dev.resume.model.Role role : e.roles()) {
            List<Piece> right = pieces.of(role.dates());
            if (Pieces.present(role.location())) {
                List<Piece> r = new ArrayList<>(pieces.of(role.location(), Role.PLACE));
                if (!right.isEmpty()) {
                    r.add(Piece.of(" · ", Role.PLACE));
                    r.addAll(right);
                }
                right = List.copyOf(r);
            }
            roles.add(new Part.Heading(pieces.of(role.title(), Role.SUBTITLE), List.of(), List.of(), right, roleBody(role), true,
                    datesFirst()));
        }
        return List.of(heading(org, List.of(), location, List.of(), roles));
    }

    private List<Part> roleBody(dev.resume.model.Role role) {
        List<Part> body = new ArrayList<>();
        if (Pieces.present(role.note())) {
            body.add(new Part.Paragraph(pieces.of(role.note(), Role.NOTE), Part.Paragraph.Kind.NOTE));
        }
        body.addAll(bullets(role.bullets()));
        return List.copyOf(body);
    }

    private Part project(ProjectEntry p, boolean oneLine) {
        List<Piece> name = Pieces.linked(pieces.of(p.name(), Role.TITLE), p.url());
        List<Piece> note = pieces.of(p.note(), Role.REMARK);
        if (oneLine) {
            return new Part.Line(Pieces.joined(name, pieces.of(p.subtitle(), Role.SUBTITLE)), !note.isEmpty() ? note : pieces.of(p.dates()));
        }
        List<Piece> url = p.url() == null ? List.of() : List.of(Piece.of(Urls.display(p.url()), Role.URL).linkedTo(p.url()));
        List<Part> body = new ArrayList<>(description(p.description()));
        // The URL stands at the right of the name, unless a note takes that place: then under it.
        if (!note.isEmpty() && !url.isEmpty()) {
            body.add(new Part.Paragraph(url, Part.Paragraph.Kind.URL));
        }
        body.addAll(bullets(p.bullets()));
        return heading(name, pieces.of(p.subtitle(), Role.SUBTITLE), !note.isEmpty() ? note : url, pieces.of(p.dates()), body);
    }

    private Part generic(GenericEntry g, boolean oneLine) {
        List<Piece> title = Pieces.linked(pieces.of(g.title(), Role.TITLE), g.url());
        if (oneLine) {
            return new Part.Line(Pieces.joined(title, pieces.of(g.subtitle(), Role.SUBTITLE)), pieces.of(g.dates()));
        }
        List<Part> body = new ArrayList<>(description(g.description()));
        body.addAll(bullets(g.bullets()));
        return heading(title, pieces.of(g.subtitle(), Role.SUBTITLE), pieces.of(g.location(), Role.PLACE), pieces.of(g.dates()), body);
    }

    /** "Best Paper Award, NeurIPS – for …": the title, the issuer, the description. */
    private Part award(AwardEntry a) {
        List<Piece> line = new ArrayList<>(pieces.of(a.title(), Role.TITLE));
        if (Pieces.present(a.issuer())) {
            line.add(Piece.of(", ", Role.SEPARATOR));
            line.addAll(pieces.of(a.issuer(), Role.TEXT));
        }
        if (Pieces.present(a.description())) {
            line.add(Piece.of(" – ", Role.DETAIL));
            line.addAll(pieces.of(a.description(), Role.DETAIL));
        }
        return new Part.Line(List.copyOf(line), pieces.of(a.dates()));
    }

    private List<Part> description(dev.resume.model.Text description) {
        return Pieces.present(description)
                ? List.of(new Part.Paragraph(pieces.of(description, Role.TEXT), Part.Paragraph.Kind.TEXT))
                : List.of();
    }

    private Part.Heading heading(List<Piece> title, List<Piece> subtitle, List<Piece> place, List<Piece> when, List<Part> body) {
        return new Part.Heading(title, subtitle, place, when, List.copyOf(body), false, datesFirst());
    }

    /** The theme puts an entry's dates on its title's row: flush right there, or in the left column beside it. */
    private boolean datesFirst() {
        return theme.entries().datesRow() == Theme.DatesRow.FIRST || theme.entries().dates() == Theme.DatesPlacement.COLUMN;
    }

    private List<Part> bullets(List<Bullet> bullets) {
        if (bullets.isEmpty()) {
            return List.of();
        }
        List<Part.Bullets.Item> items = new ArrayList<>();
        for (Bullet b : bullets) {
            items.add(item(b, false));
        }
        return List.of(new Part.Bullets(List.copyOf(items)));
    }

    /** A bullet; in the one-line form without its nested bullets. */
    private Part.Bullets.Item item(Bullet b, boolean oneLine) {
        List<Part.Bullets.Item> children = new ArrayList<>();
        if (!oneLine) {
            for (Bullet c : b.children()) {
                children.add(item(c, false));
            }
        }
        return new Part.Bullets.Item(pieces.of(b.text(), Role.TEXT), List.copyOf(children));
    }
}
