package dev.resume.readback;

import dev.resume.model.Author;
import dev.resume.model.ContactItem;
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
import dev.resume.model.Link;
import dev.resume.model.LinkKind;
import dev.resume.model.Resume;
import dev.resume.model.Role;
import dev.resume.model.Section;
import dev.resume.model.Show;
import dev.resume.model.Text;
import dev.resume.text.Span;
import dev.resume.text.Urls;
import dev.resume.theme.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader must find in the PDF of a résumé: for each block of the document (the header,
 * each section title, each entry), the texts it shows, and every link target. Built from the
 * loaded model, field by field, without the style stage's help.
 */
public final class ExpectedText {

    /** One unit that must appear, in order: its fields' texts, each of which must appear in order. */
    public record Unit(String what, List<String> fields) {}

    public final List<Unit> units = new ArrayList<>();
    public final List<String> urls = new ArrayList<>();
    public final List<String> ownerNames = new ArrayList<>();

    /** How the owner's name stands out in the author lists: as the résumé's show says, else as the theme's publications say. */
    public static Show.Owner owner(Resume r, Theme.OwnerStyle theme) {
        return r.show().owner() != null ? r.show().owner() : Show.Owner.valueOf(theme.name());
    }

    public ExpectedText(Resume r, boolean abstracts) {
        List<String> header = new ArrayList<>();
        add(header, r.name());
        add(header, r.headline());
        for (ContactItem c : r.contact()) {
            if (c.label() != null) {
                header.add(c.label());
            }
            header.add(c.display());
            if (c.url() != null) {
                urls.add(c.url());
            }
        }
        units.add(new Unit("header", header));
        if (r.isLetter()) {
            // A letter shows its blocks, in reading order, and none of the CV's sections.
            dev.resume.model.Letter l = r.letter();
            List<String> letter = new ArrayList<>();
            for (Text line : l.recipient()) {
                add(letter, line);
            }
            for (Text t : List.of(l.place(), l.date(), l.subject(), l.opening())) {
                add(letter, t);
            }
            for (Text t : l.body()) {
                add(letter, t);
            }
            add(letter, l.closing());
            add(letter, l.signature());
            if (!l.enclosures().isEmpty()) {
                add(letter, l.enclosuresLabel() != null ? l.enclosuresLabel() : Text.plain("Enclosures"));
                for (Text t : l.enclosures()) {
                    add(letter, t);
                }
            }
            units.add(new Unit("letter", letter));
            return;
        }
        for (Section s : r.sections()) {
            if (s.hidden()) {
                continue;
            }
            units.add(new Unit("section " + s.id(), fields(s.title())));
            Show show = s.show().over(r.show().over(new Show(abstracts, true, true, false, false, true, Show.Owner.BOLD, Show.Form.FULL)));
            for (Entry e : s.entries()) {
                units.add(new Unit(e.getClass().getSimpleName() + " of " + s.id(),
                        show.form() == Show.Form.ONE_LINE ? oneLine(e, show) : entry(e, show)));
            }
        }
    }

    private List<String> fields(Text... texts) {
        List<String> out = new ArrayList<>();
        for (Text t : texts) {
            add(out, t);
        }
        return out;
    }

    private void add(List<String> out, Text t) {
        if (t == null || t.isBlank()) {
            return;
        }
        for (Span s : t.spans()) {
            if (s.link() != null) {
                urls.add(s.link());
            }
        }
        out.add(t.plainText());
    }

    private void bullets(List<String> out, List<Bullet> bullets) {
        for (Bullet b : bullets) {
            add(out, b.text());
            bullets(out, b.children());
        }
    }

    private void url(String u) {
        if (u != null) {
            urls.add(u);
        }
    }

    /** An entry shown on one line: its names, without places, bullets or descriptions. */
    private List<String> oneLine(Entry e, Show show) {
        List<String> out = new ArrayList<>();
        switch (e) {
            case EducationEntry ed -> {
                out.addAll(fields(ed.institution(), ed.degree()));
                url(ed.url());
            }
            case ExperienceEntry ex -> {
                for (Role role : ex.roles()) {
                    out.addAll(fields(role.title(), ex.organization()));
                }
                url(ex.url());
            }
            case PublicationEntry p -> {
                if (show.authors()) {
                    out.add(authors(p));
                }
                add(out, p.title());
                out.addAll(fields(p.venue(), p.status(), p.note()));
                links(p, show);
            }
            case ProjectEntry p -> {
                out.addAll(fields(p.name(), p.subtitle()));
                url(p.url());
            }
            case GenericEntry g -> {
                out.addAll(fields(g.title(), g.subtitle()));
                url(g.url());
            }
            case Bullet b -> add(out, b.text());
            default -> out.addAll(entry(e, show));
        }
        return out;
    }

    private String authors(PublicationEntry p) {
        StringBuilder authors = new StringBuilder();
        for (Author a : p.authors()) {
            if (authors.length() > 0) {
                authors.append(", ");
            }
            authors.append(a.written());
            if (a.isOwner()) {
                ownerNames.add(a.name());
            }
        }
        return authors.toString();
    }

    private void links(PublicationEntry p, Show show) {
        for (Link l : p.links()) {
            // The paper's link is on its title, shown or not.
            if (show.links() || l.kind() == LinkKind.PAPER) {
                urls.add(l.url());
            }
        }
    }

    private List<String> entry(Entry e, Show show) {
        List<String> out = new ArrayList<>();
        switch (e) {
            case EducationEntry ed -> {
                out.addAll(fields(ed.institution(), ed.degree(), ed.location()));
                url(ed.url());
                bullets(out, ed.bullets());
            }
            case ExperienceEntry ex -> {
                out.addAll(fields(ex.organization(), ex.location()));
                url(ex.url());
                for (Role role : ex.roles()) {
                    out.addAll(fields(role.title(), role.location(), role.note()));
                    bullets(out, role.bullets());
                }
            }
            case PublicationEntry p -> {
                add(out, p.title());
                if (show.authors()) {
                    out.add(authors(p));
                }
                out.addAll(fields(p.venue(), p.status(), p.note()));
                if (p.year() != null) {
                    out.add(p.year().toString());
                }
                links(p, show);
                if (show.links() && show.addresses()) {
                    // Printed after the venue line, each link as its address.
                    p.links().forEach(l -> out.add(Urls.display(l.url())));
                }
                if (show.abstracts()) {
                    add(out, p.abstractText());
                }
            }
            case AwardEntry a -> out.addAll(fields(a.title(), a.issuer(), a.description()));
            case ProjectEntry p -> {
                out.addAll(fields(p.name(), p.subtitle(), p.note(), p.description()));
                url(p.url());
                bullets(out, p.bullets());
            }
            case SkillEntry s -> out.addAll(fields(s.label(), s.details()));
            case Paragraph p -> add(out, p.text());
            case Bullet b -> bullets(out, List.of(b));
            case GenericEntry g -> {
                out.addAll(fields(g.title(), g.subtitle(), g.location(), g.description()));
                url(g.url());
                bullets(out, g.bullets());
            }
        }
        return out;
    }
}
