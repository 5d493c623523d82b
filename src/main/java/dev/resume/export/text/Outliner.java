package dev.resume.export.text;

import dev.resume.diag.Diagnostics;
import dev.resume.text.Urls;
import dev.resume.model.Author;
import dev.resume.model.AwardEntry;
import dev.resume.model.Bullet;
import dev.resume.model.ContactItem;
import dev.resume.model.Dates;
import dev.resume.model.EducationEntry;
import dev.resume.model.Entry;
import dev.resume.model.ExperienceEntry;
import dev.resume.model.GenericEntry;
import dev.resume.model.Link;
import dev.resume.model.LinkKind;
import dev.resume.model.Paragraph;
import dev.resume.model.PartialDate;
import dev.resume.model.ProjectEntry;
import dev.resume.model.PublicationEntry;
import dev.resume.model.Resume;
import dev.resume.model.Role;
import dev.resume.model.Section;
import dev.resume.model.Show;
import dev.resume.model.SkillEntry;
import dev.resume.model.Text;
import dev.resume.theme.DateFormatter;
import dev.resume.style.Metadata;
import dev.resume.style.Shown;
import dev.resume.theme.Theme;
import dev.resume.text.InlineMarkdown;
import dev.resume.text.Typography;
import dev.resume.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks a résumé (variant merged, selection applied) the way the style stage does and gives
 * its {@link Outline}: the same sections, entries and parts shown or hidden by the same
 * {@code show} rules ({@link Shown}), the same dates ({@link DateFormatter} and the theme's
 * separator), the same composed lines ("Venue, 2024 (status). [Note]"), in the same order. What
 * it leaves out is only what a text has no use for: fonts, sizes, positions.
 */
final class Outliner {
    private final Theme theme;
    private final DateFormatter dates;

    Outliner(Theme theme) {
        this.theme = theme;
        this.dates = new DateFormatter(theme.dates());
    }

    Outline outline(Resume r, Metadata metadata) {
        List<Outline.Contact> contacts = new ArrayList<>();
        for (ContactItem c : r.contact()) {
            contacts.add(new Outline.Contact(c.kind(), c.label(), c.display(), c.url()));
        }
        List<Outline.Section> sections = new ArrayList<>();
        for (Section s : r.sections()) {
            if (!s.hidden()) {
                sections.add(section(s, r));
            }
        }
        return new Outline(chunks(r.name()), chunks(r.headline()), List.copyOf(contacts), theme.header().separator().strip(),
                List.copyOf(sections), metadata);
    }

    private Outline.Section section(Section s, Resume r) {
        Show show = Shown.in(theme, s, r);
        boolean oneLine = show.form() == Show.Form.ONE_LINE;
        List<Part> parts = new ArrayList<>();
        for (Entry e : s.entries()) {
            switch (e) {
                case EducationEntry ed -> education(ed, oneLine, parts);
                case ExperienceEntry ex -> experience(ex, oneLine, parts);
                case PublicationEntry p -> parts.add(publication(p, show));
                case AwardEntry a -> parts.add(award(a));
                case ProjectEntry p -> project(p, oneLine, parts);
                case SkillEntry sk -> parts.add(new Part.Skill(chunks(sk.label()), chunks(sk.details())));
                case Paragraph p -> parts.add(new Part.Para(chunks(p.text()), Part.Para.Kind.TEXT));
                case Bullet b -> addBullet(b, oneLine, parts);
                case GenericEntry g -> generic(g, oneLine, parts);
            }
        }
        return new Outline.Section(s.id(), chunks(s.title()), s.kind(), oneLine, List.copyOf(parts));
    }

    // ---- entries, as Styler sets them ------------------------------------------------------

    private void education(EducationEntry e, boolean oneLine, List<Part> out) {
        if (oneLine) {
            out.add(new Part.Line(joined(bold(linked(chunks(e.institution()), e.url())), subtitle(chunks(e.degree()))),
                    dates(e.dates())));
            return;
        }
        out.add(head(linked(chunks(e.institution()), e.url()), chunks(e.degree()), chunks(e.location()), dates(e.dates()),
                bullets(e.bullets())));
    }

    private void experience(ExperienceEntry e, boolean oneLine, List<Part> out) {
        List<Chunk> org = linked(chunks(e.organization()), e.url());
        if (oneLine) {
            // "Research Intern, NVIDIA Research": one line per role.
            for (Role role : e.roles()) {
                out.add(new Part.Line(joined(bold(chunks(role.title())), org.stream().map(c -> c.withBold(false)).toList()),
                        dates(role.dates())));
            }
            return;
        }
        List<Chunk> location = chunks(e.location());
        if (e.roles().size() == 1) {
            Role role = e.roles().get(0);
            out.add(head(org, chunks(role.title()), location, dates(role.dates()), roleBody(role)));
            return;
        }
        List<Part> roles = new ArrayList<>();
        for (Role role : e.roles()) {
            List<Chunk> right = dates(role.dates());
            if (role.location() != null) {
                List<Chunk> r = new ArrayList<>(chunks(role.location()));
                if (!right.isEmpty()) {
                    r.add(Chunk.plain(" · "));
                    r.addAll(right);
                }
                right = r;
            }
            roles.add(new Part.Heading(chunks(role.title()), right, List.of(), List.of(), roleBody(role), true));
        }
        out.add(head(org, List.of(), location, List.of(), roles));
    }

    private List<Part> roleBody(Role role) {
        List<Part> body = new ArrayList<>();
        if (role.note() != null && !role.note().isBlank()) {
            body.add(new Part.Para(chunks(role.note()), Part.Para.Kind.NOTE));
        }
        body.addAll(bullets(role.bullets()));
        return body;
    }

    private void project(ProjectEntry p, boolean oneLine, List<Part> out) {
        List<Chunk> note = chunks(p.note());
        if (oneLine) {
            out.add(new Part.Line(joined(bold(linked(chunks(p.name()), p.url())), subtitle(chunks(p.subtitle()))),
                    !note.isEmpty() ? note : dates(p.dates())));
            return;
        }
        List<Chunk> url = p.url() == null ? List.of() : List.of(Chunk.plain(Urls.display(p.url())).withLink(p.url()));
        List<Part> body = new ArrayList<>();
        if (p.description() != null && !p.description().isBlank()) {
            body.add(new Part.Para(chunks(p.description()), Part.Para.Kind.TEXT));
        }
        // The URL stands at the right of the name, unless a note takes that place: then under it.
        if (!note.isEmpty() && !url.isEmpty()) {
            body.add(new Part.Para(url, Part.Para.Kind.URL));
        }
        body.addAll(bullets(p.bullets()));
        out.add(head(linked(chunks(p.name()), p.url()), chunks(p.subtitle()), !note.isEmpty() ? note : url, dates(p.dates()),
                body));
    }

    private void generic(GenericEntry g, boolean oneLine, List<Part> out) {
        if (oneLine) {
            out.add(new Part.Line(joined(bold(linked(chunks(g.title()), g.url())), subtitle(chunks(g.subtitle()))),
                    dates(g.dates())));
            return;
        }
        List<Part> body = new ArrayList<>();
        if (g.description() != null && !g.description().isBlank()) {
            body.add(new Part.Para(chunks(g.description()), Part.Para.Kind.TEXT));
        }
        body.addAll(bullets(g.bullets()));
        out.add(head(linked(chunks(g.title()), g.url()), chunks(g.subtitle()), chunks(g.location()), dates(g.dates()), body));
    }

    private Part award(AwardEntry a) {
        List<Chunk> line = new ArrayList<>(bold(chunks(a.title())));
        if (a.issuer() != null && !a.issuer().isBlank()) {
            line.add(Chunk.plain(", "));
            line.addAll(chunks(a.issuer()));
        }
        if (a.description() != null && !a.description().isBlank()) {
            line.add(Chunk.plain(" – "));
            line.addAll(chunks(a.description()));
        }
        return new Part.Line(line, dates(a.dates()));
    }

    /**
     * An entry's heading with the theme's arrangement: with dates on the first row, the dates
     * beside the title and the place beside the subtitle; else the other way round. An empty
     * first slot takes the second's text.
     */
    private Part.Heading head(List<Chunk> title, List<Chunk> subtitle, List<Chunk> place, List<Chunk> when, List<Part> body) {
        boolean datesFirst = theme.entries().datesRow() == Theme.DatesRow.FIRST
                || theme.entries().dates() == Theme.DatesPlacement.COLUMN;
        List<Chunk> topRight = datesFirst ? when : place;
        List<Chunk> bottomRight = datesFirst ? place : when;
        if (topRight.isEmpty()) {
            topRight = bottomRight;
            bottomRight = List.of();
        }
        return new Part.Heading(title, topRight, subtitle, bottomRight, List.copyOf(body), false);
    }

    private Part publication(PublicationEntry p, Show show) {
        String paper = null;
        for (Link l : p.links()) {
            if (l.kind() == LinkKind.PAPER) {
                paper = l.url();
            }
        }
        List<Chunk> right = List.of();
        if (show.dates()) {
            if (p.date() != null) {
                right = List.of(Chunk.date(dates.format(p.date()), iso(p.date())));
            } else if (p.when() != null && !p.when().isBlank()) {
                right = List.of(Chunk.plain(InlineMarkdown.plainText(p.when().markdown())));
            } else if (p.year() != null) {
                right = List.of(Chunk.date(p.year().toString(), p.year().toString()));
            }
        }
        List<Chunk> title = linked(chunks(p.title()), paper);
        List<Chunk> authors = show.authors() ? authors(p) : List.of();
        List<Chunk> venue = venue(p);
        List<Part.Link> links = new ArrayList<>();
        if (show.links()) {
            for (Link l : p.links()) {
                // A paper link alone is already on the title.
                if (!(l.kind() == LinkKind.PAPER && paper != null && p.links().size() == 1)) {
                    links.add(new Part.Link(l.label(), l.url()));
                }
            }
        }
        if (show.form() == Show.Form.ONE_LINE) {
            // As a bibliography sets it: "Authors. Title. Venue, 2024. [Code]".
            List<Chunk> line = new ArrayList<>();
            if (!authors.isEmpty()) {
                line.addAll(authors);
                line.add(Chunk.plain(". "));
            }
            line.addAll(bold(title));
            List<Chunk> rest = new ArrayList<>(venue);
            for (Part.Link l : links) {
                rest.add(Chunk.plain(" "));
                rest.add(Chunk.plain("[" + l.label() + "]").withLink(l.url()));
            }
            if (!rest.isEmpty()) {
                line.add(Chunk.plain(rest.get(0).text().startsWith(" ") ? "." : ". "));
                line.addAll(rest);
            }
            return new Part.Line(line, right);
        }
        List<Chunk> abstractText = show.abstracts() ? chunks(p.abstractText()) : List.of();
        List<Chunk> subjects = !abstractText.isEmpty() && show.subjects() && !p.subjects().isEmpty()
                ? List.of(Chunk.plain("Subjects: " + String.join(", ", p.subjects())))
                : List.of();
        return new Part.Publication(title, right, authors, venue, List.copyOf(links), abstractText, subjects);
    }

    /** "Venue, 2024 (in submission). [Spotlight]": whatever of it the entry has. */
    private List<Chunk> venue(PublicationEntry p) {
        List<Chunk> venue = new ArrayList<>(chunks(p.venue()));
        if (p.year() != null) {
            venue.add(Chunk.plain((venue.isEmpty() ? "" : ", ") + p.year()));
        }
        if (p.status() != null && !p.status().isBlank()) {
            if (!venue.isEmpty()) {
                venue.add(Chunk.plain(" "));
            }
            venue.add(Chunk.plain("(").withItalic(true));
            venue.addAll(italic(chunks(p.status())));
            venue.add(Chunk.plain(")").withItalic(true));
        }
        if (!venue.isEmpty()) {
            venue.add(Chunk.plain("."));
        }
        if (p.note() != null && !p.note().isBlank()) {
            venue.add(Chunk.plain(" ["));
            venue.addAll(bold(chunks(p.note())));
            venue.add(Chunk.plain("]"));
        }
        return venue;
    }

    /** The author list, the owner in the theme's emphasis. */
    private List<Chunk> authors(PublicationEntry p) {
        List<Chunk> out = new ArrayList<>();
        List<Author> authors = p.authors();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            Chunk name = Chunk.plain(Typography.apply(a.name(), theme.typography().corrections()));
            if (a.isOwner()) {
                name = switch (theme.publications().owner()) {
                    case BOLD -> name.withBold(true);
                    case ITALIC -> name.withItalic(true);
                    case UNDERLINE -> name.withUnderline(true);
                };
            }
            out.add(name);
            if (!a.marks().isEmpty()) {
                out.add(Chunk.plain(a.marks()));
            }
            if (i < authors.size() - 1) {
                out.add(Chunk.plain(", "));
            }
        }
        return out;
    }

    private void addBullet(Bullet b, boolean oneLine, List<Part> out) {
        Part.Bullets.Item item = item(b, oneLine);
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Part.Bullets list) {
            List<Part.Bullets.Item> items = new ArrayList<>(list.items());
            items.add(item);
            out.set(out.size() - 1, new Part.Bullets(List.copyOf(items)));
        } else {
            out.add(new Part.Bullets(List.of(item)));
        }
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

    /** A bullet; in the one-line form without its nested bullets, as the PDF. */
    private Part.Bullets.Item item(Bullet b, boolean oneLine) {
        List<Part.Bullets.Item> children = new ArrayList<>();
        if (!oneLine) {
            for (Bullet c : b.children()) {
                children.add(item(c, false));
            }
        }
        return new Part.Bullets.Item(chunks(b.text()), List.copyOf(children));
    }

    // ---- dates -----------------------------------------------------------------------------

    /** "Sep 2023 – Present", "2026 (expected)", or the free text of {@code when}. */
    private List<Chunk> dates(Dates d) {
        if (d == null || d.isEmpty()) {
            return List.of();
        }
        if (d.when() != null && !d.when().isBlank()) {
            return chunks(d.when());
        }
        List<Chunk> out = new ArrayList<>();
        out.add(Chunk.date(dates.format(d.start()), iso(d.start())));
        if (d.end() != null) {
            out.add(Chunk.plain(theme.dates().separator()));
            out.add(Chunk.date(dates.format(d.end()), iso(d.end())));
        }
        String expected = theme.dates().expected();
        if (d.expected() && expected != null && !expected.isBlank()) {
            out.add(Chunk.plain(" " + expected));
        }
        return out;
    }

    /** The date as HTML's {@code datetime} wants it: "2023", "2023-09", "2023-11-06"; null for "present". */
    static String iso(PartialDate p) {
        if (p.present()) {
            return null;
        }
        String year = String.format(Locale.ROOT, "%04d", p.year());
        if (p.month() == 0) {
            return year;
        }
        String month = String.format(Locale.ROOT, "%s-%02d", year, p.month());
        return p.day() == 0 ? month : String.format(Locale.ROOT, "%s-%02d", month, p.day());
    }

    // ---- inline text -----------------------------------------------------------------------

    /** A field's inline Markdown as chunks, links checked as the style stage checks them. */
    private List<Chunk> chunks(Text t) {
        if (t == null || t.isBlank()) {
            return List.of();
        }
        // The style stage has reported any bad link; here it is only dropped in the same way.
        // The theme's typographic corrections are made as for the PDF: the same wording.
        Diagnostics ignored = new Diagnostics();
        List<Chunk> out = new ArrayList<>();
        for (Span s : Typography.apply(InlineMarkdown.parse(t.markdown(), url -> Urls.check(url, t.pos(), ignored)),
                theme.typography().corrections())) {
            out.add(Chunk.of(s));
        }
        return List.copyOf(out);
    }

    private static List<Chunk> bold(List<Chunk> chunks) {
        return chunks.stream().map(c -> c.withBold(true)).toList();
    }

    /** A subtitle in a one-line entry, in the theme's look for subtitles where Markdown has it. */
    private List<Chunk> subtitle(List<Chunk> chunks) {
        return theme.entries().subtitle() == Theme.TextLook.ITALIC ? italic(chunks) : chunks;
    }

    static List<Chunk> italic(List<Chunk> chunks) {
        // As the style stage: italic inside italic text turns upright.
        return chunks.stream().map(c -> c.withItalic(!c.italic())).toList();
    }

    private static List<Chunk> linked(List<Chunk> chunks, String url) {
        if (url == null) {
            return chunks;
        }
        return chunks.stream().map(c -> c.link() == null ? c.withLink(url) : c).toList();
    }

    /** "Title, subtitle": the second part after a comma, when there is one. */
    private static List<Chunk> joined(List<Chunk> first, List<Chunk> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<Chunk> out = new ArrayList<>(first);
        out.add(Chunk.plain(", "));
        out.addAll(second);
        return out;
    }
}
