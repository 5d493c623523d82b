package dev.resume.input.jsonresume;

import dev.resume.diag.Diagnostics;
import dev.resume.model.ContactItem;
import dev.resume.model.ContactKind;
import dev.resume.model.Dates;
import dev.resume.model.Entry;
import dev.resume.model.PartialDate;
import dev.resume.model.Resume;
import dev.resume.model.Role;
import dev.resume.model.Section;
import dev.resume.model.Text;
import dev.resume.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A résumé of ours as a JSON Resume document (schema v1.0.0): the inverse of
 * {@link JsonResumeMapping}, written so that reading the document back with that mapping gives
 * the same words (the sentences it composes, "Bachelor in Mathematics", "GPA: 4.0", "Master –
 * HTML, CSS", are taken apart again). Texts are plain: JSON Resume's fields are strings that
 * themes print as they are, so Markdown's marks would show. What has no place in JSON Resume is
 * a warning at its place in our file, never dropped silently.
 *
 * <p>The document is a tree of maps and lists in the schema's key order, which the caller writes
 * as JSON.
 */
public final class JsonResumeExport {
    private static final Pattern GRADE = Pattern.compile("(GPA|Grade): (.+)", Pattern.DOTALL);
    private static final Pattern COURSES = Pattern.compile("Courses: (.+)", Pattern.DOTALL);
    /** The sentence the mapping makes of a project's roles, entity, type and keywords. */
    private static final Pattern KEYWORDS = Pattern.compile("(?:(.*?)(?:\\. | ))?Keywords: (.+)", Pattern.DOTALL);
    private static final Pattern ABOUT = Pattern.compile("(.+?)(?: at (.+?))?(?: \\(([^()]+)\\))?", Pattern.DOTALL);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final Diagnostics diagnostics;

    public JsonResumeExport(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The sections JSON Resume has, in the schema's order; each a list of objects. */
    private final Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();

    /** The document for {@code resume}, read from {@code file}. */
    public Map<String, Object> export(Resume resume, java.nio.file.Path file) {
        for (String key : JsonResumeFields.SECTIONS) {
            sections.put(key, new ArrayList<>());
        }
        Map<String, Object> basics = new LinkedHashMap<>();
        put(basics, "name", plain(resume.name()));
        put(basics, "label", plain(resume.headline()));
        if (resume.photo() != null) {
            // The mapping reads a file name in basics.image as the photo, relative to the document;
            // a theme of JSON Resume takes it for an address, relative to the page it makes.
            java.nio.file.Path dir = file.toAbsolutePath().normalize().getParent();
            java.nio.file.Path photo = resume.photo().file().toAbsolutePath().normalize();
            basics.put("image", (dir == null ? photo : dir.relativize(photo)).toString().replace('\\', '/'));
            diagnostics.warning(resume.photo().pos(), "the photo is written as the file name " + basics.get("image")
                    + " (basics.image): JSON Resume's themes want an address, and no theme of it crops or places it as"
                    + " yours does", "put the picture online and write its address there, to have it shown everywhere");
        }
        contacts(resume.contact(), basics);
        List<String> summary = new ArrayList<>();
        for (Section s : resume.sections()) {
            section(s, summary);
        }
        if (!summary.isEmpty()) {
            // The keys in the schema's order: summary stands after url, before location.
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (String k : JsonResumeFields.BASICS) {
                if (k.equals("summary")) {
                    ordered.put(k, String.join("\n\n", summary));
                } else if (basics.containsKey(k)) {
                    ordered.put(k, basics.get(k));
                }
            }
            basics = ordered;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json");
        doc.put("basics", basics);
        sections.forEach((k, v) -> {
            if (!v.isEmpty()) {
                doc.put(k, v);
            }
        });
        if (resume.updated() != null) {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("lastModified", date(resume.updated()));
            doc.put("meta", meta);
        }
        return doc;
    }

    // ---- basics --------------------------------------------------------------------------------

    private void contacts(List<ContactItem> items, Map<String, Object> basics) {
        List<Map<String, Object>> profiles = new ArrayList<>();
        for (ContactItem c : items) {
            String field = switch (c.kind()) {
                case EMAIL -> "email";
                case PHONE -> "phone";
                case WEBSITE -> "url";
                case LOCATION -> "location";
                default -> null;
            };
            // A labelled website is a profile ("Portfolio"); an e-mail address or a phone is one whatever it is labelled.
            boolean plainItem = c.label() == null || c.kind() == ContactKind.EMAIL || c.kind() == ContactKind.PHONE;
            if (field != null && plainItem && !basics.containsKey(field)) {
                basics.put(field, switch (field) {
                    case "location" -> location(c.display());
                    case "url" -> c.url();
                    // The address, not what the item prints instead of it (text:).
                    case "email" -> c.url() != null && c.url().startsWith("mailto:") ? c.url().substring(7) : c.display();
                    default -> c.display();
                });
                continue;
            }
            if (c.url() == null || c.kind() == ContactKind.EMAIL || c.kind() == ContactKind.PHONE) {
                // JSON Resume has one e-mail address, one phone, one address; a profile is a link.
                diagnostics.warning(c.pos(), "the contact item '" + c.display() + "' is not carried over: " + (field != null
                        ? "JSON Resume has one " + field : "it has no link, and JSON Resume's profiles are links"), null);
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            String network = c.kind().network() != null ? c.kind().network() : c.kind() == ContactKind.SCHOLAR ? "Google Scholar"
                    : c.kind() == ContactKind.DBLP ? "DBLP" : c.kind() == ContactKind.SEMANTIC_SCHOLAR ? "Semantic Scholar"
                    : c.label();
            put(p, "network", network);
            put(p, "username", c.display());
            put(p, "url", c.url());
            profiles.add(p);
        }
        if (!profiles.isEmpty()) {
            basics.put("profiles", profiles);
        }
    }

    /** The one line the mapping writes ("address, city, region postalCode, countryCode") taken apart. */
    private static Map<String, Object> location(String line) {
        List<String> parts = new ArrayList<>(List.of(line.split(",\\s*")));
        Map<String, Object> loc = new LinkedHashMap<>();
        String country = parts.size() > 1 && COUNTRY.matcher(parts.getLast()).matches() ? parts.removeLast() : null;
        String region = null;
        String postalCode = null;
        String city = null;
        if (parts.size() >= 3) {
            String last = parts.removeLast();
            Matcher m = Pattern.compile("(.*?)\\s*(\\S*\\d.*)").matcher(last);
            if (m.matches()) {
                region = m.group(1).isEmpty() ? null : m.group(1);
                postalCode = m.group(2);
            } else {
                region = last;
            }
            city = parts.removeLast();
        } else if (parts.size() == 2) {
            region = parts.removeLast();
            city = parts.removeLast();
        } else if (country != null) {
            city = parts.removeLast();
        }
        put(loc, "address", parts.isEmpty() ? null : String.join(", ", parts));
        put(loc, "postalCode", postalCode);
        put(loc, "city", city);
        put(loc, "countryCode", country);
        put(loc, "region", region);
        return loc;
    }

    // ---- sections ------------------------------------------------------------------------------

    /** Which of JSON Resume's sections a section of ours is, by its id or title ("Volunteering", "Certificates"). */
    private static boolean named(Section s, String... words) {
        String name = ((s.id() == null ? "" : s.id()) + " " + words(s.title())).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private void section(Section s, List<String> summary) {
        String title = plain(s.title());
        if (s.hidden()) {
            diagnostics.warning(s.pos(), "the hidden section '" + title + "' is not carried over", null);
            return;
        }
        switch (s.kind()) {
            case TEXT -> {
                boolean second = !summary.isEmpty();
                for (Entry e : s.entries()) {
                    String p = plain(((Entry.Paragraph) e).text());
                    if (p != null) {
                        summary.add(p);
                    }
                }
                if (second) {
                    diagnostics.warning(s.pos(), "the text section '" + title + "' joins the summary (basics.summary):"
                            + " JSON Resume has one text, without a title", null);
                }
            }
            case EXPERIENCE -> s.entries().forEach(e -> work((Entry.ExperienceEntry) e, named(s, "volunt") ? "volunteer" : "work"));
            case EDUCATION -> s.entries().forEach(e -> education((Entry.EducationEntry) e));
            case AWARDS -> s.entries().forEach(e -> award((Entry.AwardEntry) e, named(s, "certif")));
            case PUBLICATIONS -> s.entries().forEach(e -> publication((Entry.PublicationEntry) e));
            case PROJECTS -> s.entries().forEach(e -> project((Entry.ProjectEntry) e));
            case SKILLS -> s.entries().forEach(e -> {
                Entry.SkillEntry k = (Entry.SkillEntry) e;
                labelLine(s, plain(k.label()), plain(k.details()));
            });
            case BULLETS -> {
                if (named(s, "skill", "language", "interest")) {
                    for (Entry e : s.entries()) {
                        Entry.Bullet b = (Entry.Bullet) e;
                        String line = plain(b.text());
                        int colon = line.indexOf(": ");
                        labelLine(s, colon < 0 ? line : line.substring(0, colon), colon < 0 ? null : line.substring(colon + 2));
                        children(b, "a skill");
                    }
                } else {
                    diagnostics.warning(s.pos(), "the section '" + title + "' is not carried over: JSON Resume has no list of"
                            + " bullets outside its entries", "make it a skills: section, or move its bullets into an entry");
                }
            }
            case ENTRIES -> {
                if (named(s, "publication", "paper")) {
                    s.entries().forEach(e -> genericPublication((Entry.GenericEntry) e));
                } else if (named(s, "reference", "referee")) {
                    s.entries().forEach(e -> reference((Entry.GenericEntry) e));
                } else {
                    diagnostics.warning(s.pos(), "the section '" + title + "' has no place in JSON Resume: its entries are"
                            + " written as projects of type \"" + title + "\"", null);
                    s.entries().forEach(e -> genericProject((Entry.GenericEntry) e, title));
                }
            }
        }
    }

    private void work(Entry.ExperienceEntry e, String key) {
        for (Role r : e.roles()) {
            Map<String, Object> o = new LinkedHashMap<>();
            put(o, key.equals("work") ? "name" : "organization", plain(e.organization()));
            put(o, "location", plain(r.location() != null ? r.location() : e.location()));
            put(o, "description", plain(r.note()));
            put(o, "position", plain(r.title()));
            put(o, "url", e.url());
            dates(o, r.dates(), "startDate", "endDate", r.title() != null ? r.title() : e.organization());
            put(o, "highlights", bullets(r.bullets()));
            sections.get(key).add(order(o, key.equals("work") ? JsonResumeFields.WORK : JsonResumeFields.VOLUNTEER));
        }
    }

    private void education(Entry.EducationEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        put(o, "institution", plain(e.institution()));
        put(o, "url", e.url());
        String degree = plain(e.degree());
        if (degree != null) {
            int in = degree.indexOf(" in ");
            put(o, "studyType", in < 0 ? degree : degree.substring(0, in));
            put(o, "area", in < 0 ? null : degree.substring(in + 4));
        }
        dates(o, e.dates(), "startDate", "endDate", e.institution());
        List<String> courses = new ArrayList<>();
        for (Entry.Bullet b : e.bullets()) {
            String t = plain(b.text());
            Matcher grade = GRADE.matcher(t);
            Matcher c = COURSES.matcher(t);
            if (grade.matches() && !o.containsKey("score")) {
                o.put("score", grade.group(2));
            } else if (c.matches() && courses.isEmpty()) {
                courses.addAll(split(c.group(1)));
            } else {
                diagnostics.warning(b.text().pos(), "this bullet of an education entry is not carried over: JSON Resume's"
                        + " education has only a score and courses", "write it as \"GPA: …\" or \"Courses: …, …\"");
            }
        }
        put(o, "courses", courses);
        put(o, "location", plain(e.location()));
        sections.get("education").add(order(o, JsonResumeFields.EDUCATION));
    }

    private void award(Entry.AwardEntry e, boolean certificate) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (certificate) {
            // The mapping writes a certificate's name as a link to its url.
            String url = onlyLink(e.title());
            put(o, "name", url != null ? words(e.title()) : plain(e.title()));
            put(o, "date", single(e.dates(), e.title()));
            put(o, "url", url);
            put(o, "issuer", plain(e.issuer()));
            notCarried(e.description(), "a certificate's description");
            sections.get("certificates").add(o);
            return;
        }
        put(o, "title", plain(e.title()));
        put(o, "date", single(e.dates(), e.title()));
        put(o, "awarder", plain(e.issuer()));
        put(o, "summary", plain(e.description()));
        sections.get("awards").add(o);
    }

    private void publication(Entry.PublicationEntry p) {
        Map<String, Object> o = new LinkedHashMap<>();
        put(o, "name", plain(p.title()));
        put(o, "publisher", plain(p.venue()));
        put(o, "releaseDate", p.date() != null ? date(p.date()) : p.year() != null ? String.format("%04d", p.year()) : null);
        put(o, "url", p.links().isEmpty() ? null : p.links().getFirst().url());
        put(o, "summary", plain(p.abstractText()));
        if (!p.authors().isEmpty()) {
            boolean marks = p.authors().stream().anyMatch(a -> !a.marks().isEmpty());
            diagnostics.warning(p.authorsPos(), "the authors of '" + words(p.title()) + "'" + (marks ? ", and their marks," : "")
                    + " are not carried over: JSON Resume's publications have no authors", null);
        }
        for (int i = 1; i < p.links().size(); i++) {
            diagnostics.warning(p.links().get(i).pos(), "the link " + p.links().get(i).url() + " is not carried over: a"
                    + " publication of JSON Resume has one url", null);
        }
        notCarried(p.status(), "a publication's status");
        notCarried(p.note(), "a publication's note");
        notCarried(p.when(), "a date in words");
        sections.get("publications").add(o);
    }

    private void genericPublication(Entry.GenericEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        put(o, "name", plain(e.title()));
        put(o, "publisher", plain(e.subtitle()));
        put(o, "releaseDate", single(e.dates(), e.title()));
        put(o, "url", e.url());
        put(o, "summary", plain(e.description()));
        notCarried(e.location(), "a publication's location");
        e.bullets().forEach(b -> notCarried(b.text(), "a publication's bullet"));
        sections.get("publications").add(o);
    }

    private void reference(Entry.GenericEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        put(o, "name", plain(e.title()));
        String said = plain(e.description());
        // The mapping sets a reference in quotation marks; the marks are its, not the words'.
        if (said != null && said.startsWith("“") && said.endsWith("”") && said.length() > 1) {
            said = said.substring(1, said.length() - 1);
        }
        put(o, "reference", said);
        notCarried(e.subtitle(), "who a referee is");
        notCarried(e.location(), "a referee's location");
        if (e.url() != null) {
            diagnostics.warning(e.title().pos(), "the link " + e.url() + " of the reference of '" + words(e.title())
                    + "' is not carried over: JSON Resume's references have none", null);
        }
        if (e.dates() != null && !e.dates().isEmpty()) {
            diagnostics.warning(e.title().pos(), "the date of the reference of '" + words(e.title()) + "' is not carried over:"
                    + " JSON Resume's references have none", null);
        }
        e.bullets().forEach(b -> notCarried(b.text(), "a reference's bullet"));
        sections.get("references").add(o);
    }

    private void project(Entry.ProjectEntry p) {
        Map<String, Object> o = new LinkedHashMap<>();
        put(o, "name", plain(p.name()));
        put(o, "description", plain(p.subtitle()));
        put(o, "highlights", bullets(p.bullets()));
        String about = plain(p.description());
        if (about != null) {
            // The sentence the mapping makes: "Team lead, Designer at Smoogle (application). Keywords: …".
            Matcher k = KEYWORDS.matcher(about);
            List<String> keywords = List.of();
            if (k.matches()) {
                keywords = split(k.group(2));
                about = k.group(1) == null || k.group(1).isBlank() ? null : k.group(1);
            }
            put(o, "keywords", keywords);
            if (about != null) {
                Matcher a = ABOUT.matcher(about);
                a.matches();
                o.put("roles", split(a.group(1)));
                put(o, "entity", a.group(2));
                put(o, "type", a.group(3));
            }
        }
        dates(o, p.dates(), "startDate", "endDate", p.name());
        put(o, "url", p.url());
        notCarried(p.note(), "a project's note");
        sections.get("projects").add(order(o, JsonResumeFields.PROJECT));
    }

    /** An entry of a section JSON Resume has no place for (talks, teaching): a project of that type. */
    private void genericProject(Entry.GenericEntry e, String type) {
        Map<String, Object> o = new LinkedHashMap<>();
        put(o, "name", plain(e.title()));
        put(o, "description", plain(e.subtitle()));
        List<String> highlights = new ArrayList<>();
        if (plain(e.description()) != null) {
            highlights.add(plain(e.description()));
        }
        highlights.addAll(bullets(e.bullets()));
        put(o, "highlights", highlights);
        dates(o, e.dates(), "startDate", "endDate", e.title());
        put(o, "url", e.url());
        put(o, "entity", plain(e.location()));
        put(o, "type", type);
        sections.get("projects").add(order(o, JsonResumeFields.PROJECT));
    }

    /** A skills line ("Master – HTML, CSS"), a language ("Native") or an interest, by its section. */
    private void labelLine(Section s, String label, String details) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (named(s, "language")) {
            put(o, "language", label);
            put(o, "fluency", details);
            sections.get("languages").add(o);
        } else if (named(s, "interest")) {
            put(o, "name", label);
            put(o, "keywords", details == null ? List.of() : split(details));
            sections.get("interests").add(o);
        } else {
            put(o, "name", label);
            int dash = details == null ? -1 : details.indexOf(" – ");
            put(o, "level", dash < 0 ? null : details.substring(0, dash));
            put(o, "keywords", details == null ? List.of() : split(dash < 0 ? details : details.substring(dash + 3)));
            sections.get("skills").add(o);
        }
    }

    // ---- dates ---------------------------------------------------------------------------------

    /** 2014, 2014-06, 2014-06-29: JSON Resume's ISO 8601. */
    private static String date(PartialDate d) {
        StringBuilder sb = new StringBuilder(String.format("%04d", d.year()));
        if (d.month() > 0) {
            sb.append(String.format("-%02d", d.month()));
            if (d.day() > 0) {
                sb.append(String.format("-%02d", d.day()));
            }
        }
        return sb.toString();
    }

    /**
     * A start and an end. Ongoing ("present") is an end left out, as JSON Resume's themes read
     * it; a single date is the start and the end alike, which the mapping reads back as one date.
     */
    private void dates(Map<String, Object> o, Dates d, String startKey, String endKey, Text of) {
        if (d == null || d.isEmpty()) {
            return;
        }
        if (d.start() == null) {
            notCarried(d.when(), "a date in words (JSON Resume's dates are 2014-06-29, 2014-06 or 2014)");
            return;
        }
        o.put(startKey, date(d.start()));
        notCarried(d.when(), "dates in words beside the dates");
        if (d.end() == null) {
            o.put(endKey, date(d.start()));
        } else if (!d.end().present()) {
            o.put(endKey, date(d.end()));
        }
        if (d.expected() && of != null) {
            diagnostics.warning(of.pos(), "that the end of '" + words(of) + "' is expected is not carried over: JSON Resume's"
                    + " dates are dates only", null);
        }
    }

    /** The one date of an award or a publication. */
    private String single(Dates d, Text of) {
        if (d == null || d.isEmpty()) {
            return null;
        }
        if (d.start() == null) {
            notCarried(d.when(), "a date in words (JSON Resume's dates are 2014-06-29, 2014-06 or 2014)");
            return null;
        }
        notCarried(d.when(), "dates in words beside the date");
        if (d.end() != null) {
            diagnostics.warning(of.pos(), "only the start of the dates of '" + words(of) + "' is carried over: JSON Resume gives"
                    + " it one date", null);
        }
        return date(d.start());
    }

    // ---- texts ---------------------------------------------------------------------------------

    /**
     * The words of a text without its Markdown. A link's address is kept only where JSON Resume
     * has a url for it; elsewhere it is a warning, as the words alone do not say where it went.
     */
    private String plain(Text t) {
        String s = words(t);
        if (s != null) {
            for (Span span : t.spans()) {
                if (span.link() != null && !span.link().equals(span.text()) && !span.link().equals("mailto:" + span.text())) {
                    diagnostics.warning(t.pos(), "the link to " + span.link() + " in '" + s + "' is not carried over: JSON"
                            + " Resume's texts are plain", null);
                }
            }
        }
        return s;
    }

    private static String words(Text t) {
        if (t == null || t.isBlank()) {
            return null;
        }
        return t.plainText().strip();
    }

    /** The address of a text that is one link ("[AWS Certified](https://…)"), or null. */
    private static String onlyLink(Text t) {
        if (t == null) {
            return null;
        }
        String link = null;
        for (Span s : t.spans()) {
            if (s.link() == null || link != null && !link.equals(s.link())) {
                return null;
            }
            link = s.link();
        }
        return link;
    }

    private List<String> bullets(List<Entry.Bullet> bullets) {
        List<String> out = new ArrayList<>();
        for (Entry.Bullet b : bullets) {
            out.add(plain(b.text()));
            // JSON Resume's highlights are one level: the nested bullets follow their parent.
            b.children().forEach(c -> out.add(plain(c.text())));
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private void children(Entry.Bullet b, String what) {
        b.children().forEach(c -> notCarried(c.text(), "a bullet under " + what));
    }

    private void notCarried(Text t, String what) {
        if (t != null && !t.isBlank()) {
            diagnostics.warning(t.pos(), "'" + words(t) + "' is not carried over: JSON Resume has no place for " + what, null);
        }
    }

    /** "a, b" or, when an item has a comma of its own, "a; b": the mapping's lists split again. */
    private static List<String> split(String list) {
        String separator = list.contains("; ") ? ";\\s+" : ",\\s+";
        return List.of(list.strip().split(separator)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void put(Map<String, Object> o, String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
            return;
        }
        o.put(key, value);
    }

    /** The keys in the schema's order. */
    private static Map<String, Object> order(Map<String, Object> o, List<String> keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : keys) {
            if (o.containsKey(k)) {
                out.put(k, o.get(k));
            }
        }
        return out;
    }

}
