package dev.resume.input.jsonresume;

import static dev.resume.input.jsonresume.Nodes.seq;
import static dev.resume.input.jsonresume.Nodes.text;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.format.DateParser;
import dev.resume.format.AwardFormat;
import dev.resume.format.BulletFormat;
import dev.resume.format.CommonKeys;
import dev.resume.format.EducationFormat;
import dev.resume.format.EntryFormat;
import dev.resume.format.ExperienceFormat;
import dev.resume.format.FormatSpec;
import dev.resume.format.GenericFormat;
import dev.resume.format.ParagraphFormat;
import dev.resume.format.ProjectFormat;
import dev.resume.format.SkillFormat;
import dev.resume.model.ContactKind;
import dev.resume.syntax.YNode;
import dev.resume.text.Urls;
import dev.resume.input.jsonresume.Nodes.MapBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates a JSON Resume document into the tree of our own format, which the loader then binds
 * as it binds any résumé: {@code render} and {@code convert} share this one mapping, and every
 * diagnostic points into the JSON file. What our format has no place for is reported as a warning
 * at its place, never dropped silently. The mapping, field by field, is in docs/format.md
 * ("JSON Resume").
 */
public final class JsonResumeMapping {
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ]\\d.*");
    /** A score that reads as a grade point average: 3.67, 3.67/4.0. */
    private static final Pattern GPA = Pattern.compile("\\d+(\\.\\d+)?(\\s*/\\s*\\d+(\\.\\d+)?)?");

    /**
     * Networks whose profile address is their name and the user name; with one of these, a
     * profile without a url is still linked.
     */
    private static final Map<String, String> PROFILE_URLS = Map.ofEntries(
            Map.entry("bitbucket", "https://bitbucket.org/%s"),
            Map.entry("instagram", "https://www.instagram.com/%s"), Map.entry("facebook", "https://www.facebook.com/%s"),
            Map.entry("soundcloud", "https://soundcloud.com/%s"), Map.entry("medium", "https://medium.com/@%s"),
            Map.entry("youtube", "https://www.youtube.com/@%s"), Map.entry("dribbble", "https://dribbble.com/%s"),
            Map.entry("behance", "https://www.behance.net/%s"), Map.entry("codepen", "https://codepen.io/%s"),
            Map.entry("kaggle", "https://www.kaggle.com/%s"), Map.entry("keybase", "https://keybase.io/%s"),
            Map.entry("devto", "https://dev.to/%s"), Map.entry("hackernews", "https://news.ycombinator.com/user?id=%s"),
            Map.entry("reddit", "https://www.reddit.com/user/%s"), Map.entry("telegram", "https://t.me/%s"),
            Map.entry("leetcode", "https://leetcode.com/u/%s"), Map.entry("huggingface", "https://huggingface.co/%s"));

    /** Networks that are contact kinds of ours, each with its icon and link. */
    private static final Map<String, ContactKind> PROFILE_KINDS = Map.ofEntries(Map.entry("github", ContactKind.GITHUB),
            Map.entry("linkedin", ContactKind.LINKEDIN), Map.entry("orcid", ContactKind.ORCID),
            Map.entry("googlescholar", ContactKind.SCHOLAR), Map.entry("scholar", ContactKind.SCHOLAR),
            Map.entry("gitlab", ContactKind.GITLAB), Map.entry("researchgate", ContactKind.RESEARCHGATE),
            Map.entry("dblp", ContactKind.DBLP), Map.entry("semanticscholar", ContactKind.SEMANTIC_SCHOLAR),
            Map.entry("stackoverflow", ContactKind.STACK_OVERFLOW), Map.entry("x", ContactKind.X),
            Map.entry("twitter", ContactKind.X), Map.entry("mastodon", ContactKind.MASTODON),
            Map.entry("bluesky", ContactKind.BLUESKY));

    /**
     * Kinds whose address a profile's username cannot make: a Mastodon name without its server,
     * a display name where Stack Overflow, DBLP and Semantic Scholar want an id. Their url goes first.
     */
    private static final java.util.Set<ContactKind> ADDRESS_FIRST = java.util.EnumSet.of(ContactKind.MASTODON,
            ContactKind.STACK_OVERFLOW, ContactKind.DBLP, ContactKind.SEMANTIC_SCHOLAR);

    /** What a profile address of each of our kinds holds, so that the kind can read the user from it. */
    private static final Map<ContactKind, java.util.regex.Pattern> PROFILE_MARKERS = Map.ofEntries(
            marker(ContactKind.GITHUB, "github\\.com/"), marker(ContactKind.LINKEDIN, "linkedin\\.com/in/"),
            marker(ContactKind.ORCID, "orcid\\.org/"), marker(ContactKind.SCHOLAR, "[?&]user="),
            marker(ContactKind.GITLAB, "gitlab\\.com/"), marker(ContactKind.RESEARCHGATE, "researchgate\\.net/"),
            marker(ContactKind.DBLP, "dblp\\.org/"), marker(ContactKind.SEMANTIC_SCHOLAR, "semanticscholar\\.org/author/"),
            marker(ContactKind.STACK_OVERFLOW, "stackoverflow\\.com/users/"), marker(ContactKind.X, "//(www\\.)?(x|twitter)\\.com/"),
            marker(ContactKind.MASTODON, "/@"), marker(ContactKind.BLUESKY, "bsky\\.app/profile/"));

    private static Map.Entry<ContactKind, java.util.regex.Pattern> marker(ContactKind kind, String regex) {
        return Map.entry(kind, java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE));
    }

    /** A Mastodon handle names its server too, so it makes an address without a url. */
    private static final java.util.regex.Pattern MASTODON_HANDLE = java.util.regex.Pattern.compile("@?[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Diagnostics diagnostics;

    public JsonResumeMapping(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Whether a document is laid out as JSON Resume: {@code basics} at the top; or, without it,
     * one of JSON Resume's sections and no top-level key of ours (a variant may have neither
     * {@code name} nor {@code sections}, but it has {@code extends}).
     */
    public static boolean isJsonResume(YNode root) {
        if (!(root instanceof YNode.Map m)) {
            return false;
        }
        if (m.get("basics") != null) {
            return true;
        }
        List<String> ours = FormatSpec.VARIANT.keys();
        return m.entries().stream().noneMatch(e -> ours.contains(e.key()))
                && m.entries().stream().anyMatch(e -> JsonResumeFields.SECTIONS.contains(e.key()));
    }

    /** Our format's tree for a JSON Resume document ({@link #isJsonResume} holds for it). */
    public YNode.Map translate(YNode.Map root) {
        JsonObject top = JsonObject.of(root, "", "a JSON Resume document", JsonResumeFields.TOP, diagnostics);
        MapBuilder out = new MapBuilder(root.pos());
        List<YNode> sections = new ArrayList<>();
        YNode basicsNode = top.node("basics");
        JsonObject basics = basicsNode == null ? null
                : JsonObject.of(basicsNode, "basics", "your name, contact details and summary", JsonResumeFields.BASICS, diagnostics);
        basics(basics, basicsNode == null ? root.pos() : basicsNode.pos(), out, sections);
        for (String key : JsonResumeFields.SECTIONS) {
            section(top, key, sections);
        }
        out.put(FormatSpec.SECTIONS, top.keyPos("basics"), seq(sections, root.pos()));
        if (sections.isEmpty()) {
            diagnostics.error(root.pos(), "this JSON Resume document has nothing to print below the name",
                    "add \"work\", \"education\" or another section, or a \"summary\" to \"basics\"");
        }
        YNode meta = top.node("meta");
        if (JsonObject.present(meta)) {
            diagnostics.warning(top.keyPos("meta"), "meta is not shown: it describes the file (its version, canonical address,"
                    + " last change), not you", null);
        }
        // "$schema" names the schema the file follows: it is about the file, and says nothing to print.
        top.ignore("$schema");
        top.finish();
        return out.build();
    }

    // ---- basics --------------------------------------------------------------------------------

    private void basics(JsonObject b, SourcePos at, MapBuilder out, List<YNode> sections) {
        YNode.Scalar name = b == null ? null : b.string("name");
        if (name == null) {
            diagnostics.error(at, "basics.name is missing: a résumé needs your name", "add \"name\": \"Your Name\" to \"basics\"");
        } else {
            out.put(FormatSpec.NAME, b.keyPos("name"), text(name));
        }
        if (b == null) {
            return;
        }
        out.put(FormatSpec.HEADLINE, b.keyPos("label"), scalar(b.string("label")));
        List<YNode> contact = new ArrayList<>();
        contact(contact, ContactKind.EMAIL, b.string("email"));
        contact(contact, ContactKind.PHONE, b.string("phone"));
        contact(contact, ContactKind.WEBSITE, b.string(b.either("url", "website")));
        location(b, contact);
        profiles(b, contact);
        out.put(FormatSpec.CONTACTS, b.keyPos("email"), seq(contact, b.pos()));
        String image = b.either("image", "picture");
        YNode.Scalar photo = b.string(image);
        if (photo != null && !photo.text().isBlank()) {
            // A local file becomes the photo (relative to the JSON file, as our format's photo:
            // is to the résumé); an address is not fetched: rendering never uses the network.
            if (Urls.isRemote(photo.text().strip())) {
                diagnostics.warning(photo.pos(), "basics." + image + " is an address, and nothing is downloaded: the CV has no"
                        + " photo", "save the picture beside the JSON file and give its file name, \"" + image + "\": \"me.jpg\"");
            } else {
                out.put(FormatSpec.PHOTO_FIELD, b.keyPos(image), photo);
            }
        }
        YNode.Scalar summary = b.string("summary");
        if (summary != null) {
            SourcePos pos = b.keyPos("summary");
            sections.add(section(ParagraphFormat.FORMAT.heading(), pos, ParagraphFormat.FORMAT, paragraphs(summary)));
        }
        b.finish();
    }

    private static void contact(List<YNode> contact, ContactKind kind, YNode.Scalar value) {
        if (value != null) {
            contact.add(new MapBuilder(value.pos()).put(kind.key(), text(value)).build());
        }
    }

    /** basics.location as one line: "2712 Broadway St, San Francisco, California CA 94115, US". */
    private void location(JsonObject b, List<YNode> contact) {
        YNode node = b.node("location");
        if (node instanceof YNode.Scalar s) {
            // Not the schema's object, but its meaning is plain.
            contact(contact, ContactKind.LOCATION, b.string("location"));
            return;
        }
        if (!JsonObject.present(node)) {
            return;
        }
        JsonObject loc = JsonObject.of(node, "basics.location", "your address", JsonResumeFields.LOCATION, diagnostics);
        if (loc == null) {
            return;
        }
        YNode.Scalar address = loc.string("address");
        YNode.Scalar city = loc.string("city");
        YNode.Scalar region = loc.string("region");
        YNode.Scalar postalCode = loc.string("postalCode");
        YNode.Scalar country = loc.string("countryCode");
        List<String> parts = new ArrayList<>();
        if (address != null) {
            // Address lines ("\n" in JSON Resume) are parts of the line like the others.
            for (String line : address.text().split("\\R")) {
                if (!line.isBlank()) {
                    parts.add(line.strip());
                }
            }
        }
        add(parts, city);
        String regionAndCode = join(" ", region, postalCode);
        if (!regionAndCode.isEmpty()) {
            parts.add(regionAndCode);
        }
        add(parts, country);
        loc.finish();
        if (!parts.isEmpty()) {
            SourcePos pos = first(address, city, region, postalCode, country).pos();
            contact.add(new MapBuilder(pos).put(ContactKind.LOCATION.key(), text(String.join(", ", parts), pos)).build());
        }
    }

    private void profiles(JsonObject b, List<YNode> contact) {
        List<YNode> items = b.array("profiles", "profiles");
        for (int i = 0; i < items.size(); i++) {
            String path = "basics.profiles[" + i + "]";
            JsonObject p = JsonObject.of(items.get(i), path, "a profile", JsonResumeFields.PROFILE, diagnostics);
            if (p == null) {
                continue;
            }
            YNode.Scalar network = p.string("network");
            YNode.Scalar username = p.string("username");
            YNode.Scalar url = p.string("url");
            p.finish();
            String net = network == null ? "" : network.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            ContactKind kind = PROFILE_KINDS.get(net);
            // The profile's own address is the link whenever it has one: a user name is often a
            // display name ("Ada Quillfeather" on Google Scholar), and the address built from it broken.
            if (url != null && !url.text().strip().matches("(?i)https?://[^\\s]+")) {
                diagnostics.warning(url.pos(), path + ".url '" + url.text().strip() + "' is not a web address; it is not linked",
                        "write the profile's full address, such as https://example.org/ada");
                url = null;
            }
            String handle = username == null ? null : username.text().strip().replaceFirst("^@", "");
            boolean handleLinks = handle != null && handle.matches("[\\p{L}\\p{N}._~-]+");
            MapBuilder item = new MapBuilder(p.pos());
            // A url that names only the site ("https://www.twitter.com") says less than the user name.
            if (url != null && kind != null && url.text().strip().matches("(?i)https?://[^/]+/?")
                    && handleLinks && !ADDRESS_FIRST.contains(kind)) {
                url = null;
            }
            boolean kindLinks = kind != null && (url != null ? PROFILE_MARKERS.get(kind).matcher(url.text()).find()
                    : kind == ContactKind.MASTODON ? MASTODON_HANDLE.matcher(username == null ? "" : username.text().strip()).matches()
                    : handleLinks && !ADDRESS_FIRST.contains(kind));
            if (kindLinks) {
                // Our kinds take a user name, or the profile's address, and link it themselves.
                item.put(kind.key(), text(url != null ? url : username));
            } else if (url != null) {
                item.put(ContactKind.URL.key(), text(url));
                item.put(FormatSpec.CONTACT_LABEL, scalar(network));
                item.put(FormatSpec.CONTACT_TEXT, scalar(username));
            } else if (handleLinks && PROFILE_URLS.containsKey(net)) {
                item.put(ContactKind.URL.key(), text(String.format(PROFILE_URLS.get(net), handle), username.pos()));
                item.put(FormatSpec.CONTACT_LABEL, text(network));
                item.put(FormatSpec.CONTACT_TEXT, text(username));
            } else if (username != null) {
                item.put(ContactKind.LOCATION.key(), text(username));
                item.put(FormatSpec.CONTACT_LABEL, scalar(network));
                boolean known = kind != null || PROFILE_URLS.containsKey(net);
                diagnostics.warning(username.pos(), path + " is shown without a link: it has no url, and "
                        + (known ? "the user name '" + handle + "' is not one a link can be made of"
                                : network == null ? "no network" : "the address of a " + network.text() + " profile is not known"),
                        "add its \"url\"");
            } else {
                diagnostics.warning(p.pos(), path + " is not shown: it has neither a username nor a url", "add them, or remove it");
                continue;
            }
            contact.add(item.build());
        }
    }

    // ---- sections ------------------------------------------------------------------------------

    private void section(JsonObject top, String key, List<YNode> sections) {
        List<YNode> items = top.array(key, describeEntries(key));
        List<YNode> entries = new ArrayList<>();
        List<LabelLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = key + "[" + i + "]";
            YNode item = items.get(i);
            YNode entry = switch (key) {
                case "work" -> work(item, path, false);
                case "volunteer" -> work(item, path, true);
                case "education" -> education(item, path);
                case "awards" -> award(item, path);
                case "certificates" -> certificate(item, path);
                case "publications" -> publication(item, path);
                case "references" -> reference(item, path);
                case "projects" -> project(item, path);
                default -> {
                    LabelLine line = labelLine(key, item, path);
                    if (line != null) {
                        lines.add(line);
                    }
                    yield null;
                }
            };
            if (entry != null) {
                entries.add(entry);
            }
        }
        SourcePos at = top.keyPos(key);
        switch (key) {
            case "work" -> add(sections, ExperienceFormat.FORMAT.heading(), at, ExperienceFormat.FORMAT, entries);
            case "volunteer" -> add(sections, "Volunteering", at, ExperienceFormat.FORMAT, entries);
            case "education" -> add(sections, EducationFormat.FORMAT.heading(), at, EducationFormat.FORMAT, entries);
            case "awards" -> add(sections, AwardFormat.FORMAT.heading(), at, AwardFormat.FORMAT, entries);
            case "certificates" -> add(sections, "Certificates", at, AwardFormat.FORMAT, entries);
            case "publications" -> add(sections, "Publications", at, GenericFormat.FORMAT, entries);
            case "references" -> add(sections, "References", at, GenericFormat.FORMAT, entries);
            case "projects" -> add(sections, ProjectFormat.FORMAT.heading(), at, ProjectFormat.FORMAT, entries);
            case "skills" -> labelLines(sections, SkillFormat.FORMAT.heading(), at, lines);
            case "languages" -> labelLines(sections, "Languages", at, lines);
            case "interests" -> labelLines(sections, "Interests", at, lines);
            default -> throw new IllegalStateException(key);
        }
    }

    private static String describeEntries(String key) {
        return switch (key) {
            case "work" -> "work entries";
            case "volunteer" -> "volunteer entries";
            case "education" -> "education entries";
            case "awards" -> "awards";
            case "certificates" -> "certificates";
            case "publications" -> "publications";
            case "skills" -> "skills";
            case "languages" -> "languages";
            case "interests" -> "interests";
            case "references" -> "references";
            default -> "projects";
        };
    }

    private static void add(List<YNode> sections, String title, SourcePos at, EntryFormat format, List<YNode> entries) {
        if (!entries.isEmpty()) {
            sections.add(section(title, at, format, seq(entries, at)));
        }
    }

    private static YNode section(String title, SourcePos at, EntryFormat format, YNode content) {
        return new MapBuilder(at).put(FormatSpec.SECTION_TITLE, at, text(title, at)).put(format.key(), at, content).build();
    }

    /** work[] and volunteer[]: an organisation with one role. */
    private YNode work(YNode node, String path, boolean volunteer) {
        JsonObject o = JsonObject.of(node, path, volunteer ? "a volunteer entry" : "a work entry",
                volunteer ? JsonResumeFields.VOLUNTEER : JsonResumeFields.WORK, diagnostics);
        if (o == null) {
            return null;
        }
        String orgKey = volunteer ? "organization" : o.either("name", "company");
        MapBuilder m = new MapBuilder(o.pos());
        m.put(ExperienceFormat.ORGANIZATION, o.keyPos(orgKey), required(o, orgKey, "the organisation's name"));
        m.put(ExperienceFormat.LOCATION, o.keyPos("location"), scalar(o.string("location")));
        String urlKey = o.either("url", "website");
        m.put(ExperienceFormat.URL, o.keyPos(urlKey), scalar(o.string(urlKey)));
        m.put(ExperienceFormat.ROLE, o.keyPos("position"), scalar(o.string("position")));
        // The organisation in a few words ("Social Media Company"): a line under the role.
        m.put(ExperienceFormat.NOTE, o.keyPos("description"), scalar(o.string("description")));
        dates(o, m, "startDate", "endDate", true);
        // The summary of the role leads its highlights.
        List<YNode> bullets = new ArrayList<>();
        YNode.Scalar summary = o.string("summary");
        if (summary != null) {
            bullets.add(text(summary));
        }
        o.strings("highlights").forEach(h -> bullets.add(text(h)));
        m.put(ExperienceFormat.BULLETS, o.keyPos(summary != null ? "summary" : "highlights"), seq(bullets, o.pos()));
        o.finish();
        return m.build();
    }

    private YNode education(YNode node, String path) {
        JsonObject o = JsonObject.of(node, path, "an education entry", JsonResumeFields.EDUCATION, diagnostics);
        if (o == null) {
            return null;
        }
        MapBuilder m = new MapBuilder(o.pos());
        m.put(EducationFormat.INSTITUTION, o.keyPos("institution"), required(o, "institution", "the institution's name"));
        YNode.Scalar studyType = o.string("studyType");
        YNode.Scalar area = o.string("area");
        // "Bachelor" and "Information Technology": "Bachelor in Information Technology".
        String degree = join(" in ", studyType, area);
        if (!degree.isEmpty()) {
            YNode.Scalar from = first(studyType, area);
            m.put(EducationFormat.DEGREE, o.keyPos(studyType != null ? "studyType" : "area"), text(degree, from.pos()));
        }
        m.put(EducationFormat.LOCATION, o.keyPos("location"), scalar(o.string("location")));
        String urlKey = o.either("url", "website");
        m.put(EducationFormat.URL, o.keyPos(urlKey), scalar(o.string(urlKey)));
        dates(o, m, "startDate", "endDate", true);
        List<YNode> bullets = new ArrayList<>();
        String scoreKey = o.either("score", "gpa");
        YNode.Scalar score = o.string(scoreKey);
        if (score != null) {
            String s = score.text().strip();
            bullets.add(text((GPA.matcher(s).matches() ? "GPA: " : "Grade: ") + s, score.pos()));
        }
        List<YNode.Scalar> courses = o.strings("courses");
        if (!courses.isEmpty()) {
            bullets.add(text("Courses: " + list(courses), courses.get(0).pos()));
        }
        m.put(EducationFormat.BULLETS, o.keyPos(score != null ? scoreKey : "courses"), seq(bullets, o.pos()));
        o.finish();
        return m.build();
    }

    private YNode award(YNode node, String path) {
        JsonObject o = JsonObject.of(node, path, "an award", JsonResumeFields.AWARD, diagnostics);
        if (o == null) {
            return null;
        }
        MapBuilder m = new MapBuilder(o.pos());
        m.put(AwardFormat.TITLE, o.keyPos("title"), required(o, "title", "the award's title"));
        m.put(AwardFormat.ISSUER, o.keyPos("awarder"), scalar(o.string("awarder")));
        date(o, m, "date");
        m.put(AwardFormat.DESCRIPTION, o.keyPos("summary"), scalar(o.string("summary")));
        o.finish();
        return m.build();
    }

    /** A certificate is set like an award: its name linked to its url, the issuer, the date. */
    private YNode certificate(YNode node, String path) {
        JsonObject o = JsonObject.of(node, path, "a certificate", JsonResumeFields.CERTIFICATE, diagnostics);
        if (o == null) {
            return null;
        }
        MapBuilder m = new MapBuilder(o.pos());
        YNode.Scalar name = required(o, "name", "the certificate's name");
        YNode.Scalar url = o.string("url");
        if (name != null && url != null) {
            m.put(AwardFormat.TITLE, o.keyPos("name"), text(markdownLink(name.text(), url.text()), name.pos()));
        } else {
            m.put(AwardFormat.TITLE, o.keyPos("name"), name);
        }
        m.put(AwardFormat.ISSUER, o.keyPos("issuer"), scalar(o.string("issuer")));
        date(o, m, "date");
        o.finish();
        return m.build();
    }

    /**
     * A publication of JSON Resume has no authors, which our publication entries require: it is
     * an entry of its own kind, title, publisher, date, link and summary.
     */
    private YNode publication(YNode node, String path) {
        JsonObject o = JsonObject.of(node, path, "a publication", JsonResumeFields.PUBLICATION, diagnostics);
        if (o == null) {
            return null;
        }
        MapBuilder m = new MapBuilder(o.pos());
        m.put(GenericFormat.TITLE, o.keyPos("name"), required(o, "name", "the publication's title"));
        m.put(GenericFormat.SUBTITLE, o.keyPos("publisher"), scalar(o.string("publisher")));
        String urlKey = o.either("url", "website");
        m.put(GenericFormat.URL, o.keyPos(urlKey), scalar(o.string(urlKey)));
        date(o, m, "releaseDate");
        m.put(GenericFormat.DESCRIPTION, o.keyPos("summary"), scalar(o.string("summary")));
        o.finish();
        return m.build();
    }

    /** A reference: who, then what they said, in quotation marks. */
    private YNode reference(YNode node, String path) {
        JsonObject o = JsonObject.of(node, path, "a reference", JsonResumeFields.REFERENCE, diagnostics);
        if (o == null) {
            return null;
        }
        MapBuilder m = new MapBuilder(o.pos());
        m.put(GenericFormat.TITLE, o.keyPos("name"), required(o, "name", "who gave the reference"));
        YNode.Scalar quote = o.string("reference");
        if (quote != null) {
            String q = quote.text().strip();
            boolean quoted = q.matches("^[\"“„«‘'].*");
            m.put(GenericFormat.DESCRIPTION, o.keyPos("reference"), text(quoted ? q : "“" + q + "”", quote.pos()));
        }
        o.finish();
        return m.build();
    }

    private YNode project(YNode node, String path) {
        JsonObject o = JsonObject.of(node, path, "a project", JsonResumeFields.PROJECT, diagnostics);
        if (o == null) {
            return null;
        }
        MapBuilder m = new MapBuilder(o.pos());
        m.put(ProjectFormat.NAME, o.keyPos("name"), required(o, "name", "the project's name"));
        // "A mapping engine that misguides you": what the project is, under its name.
        m.put(ProjectFormat.SUBTITLE, o.keyPos("description"), scalar(o.string("description")));
        m.put(ProjectFormat.URL, o.keyPos("url"), scalar(o.string("url")));
        dates(o, m, "startDate", "endDate", true);
        // Roles, entity and type in a sentence: "Team lead, Designer at Smoogle (application)."
        List<YNode.Scalar> roles = o.strings("roles");
        YNode.Scalar entity = o.string("entity");
        YNode.Scalar type = o.string("type");
        List<YNode.Scalar> keywords = o.strings("keywords");
        StringBuilder about = new StringBuilder(roles.isEmpty() ? "" : list(roles));
        if (entity != null) {
            about.append(about.isEmpty() ? "" : " at ").append(entity.text().strip());
        }
        if (type != null) {
            about.append(about.isEmpty() ? "" : " ").append('(').append(type.text().strip()).append(')');
        }
        if (!about.isEmpty() && !keywords.isEmpty()) {
            about.append(about.toString().matches(".*[.!?]$") ? " " : ". ");
        }
        if (!keywords.isEmpty()) {
            about.append("Keywords: ").append(list(keywords));
        }
        if (!about.isEmpty()) {
            YNode.Scalar from = roles.isEmpty() ? first(entity, type, keywords.isEmpty() ? null : keywords.get(0)) : roles.get(0);
            m.put(ProjectFormat.DESCRIPTION, from.pos(), text(about.toString(), from.pos()));
        }
        List<YNode> bullets = new ArrayList<>();
        o.strings("highlights").forEach(h -> bullets.add(text(h)));
        m.put(ProjectFormat.BULLETS, o.keyPos("highlights"), seq(bullets, o.pos()));
        o.finish();
        return m.build();
    }

    // ---- skills, languages, interests: "label: details" lines -------------------------------

    /** One line of a skills-like section: "Web Development: Master – HTML, CSS, Javascript". */
    private record LabelLine(YNode.Scalar label, String details, SourcePos detailsPos, SourcePos pos) {}

    private LabelLine labelLine(String key, YNode node, String path) {
        List<String> known = switch (key) {
            case "skills" -> JsonResumeFields.SKILL;
            case "languages" -> JsonResumeFields.LANGUAGE;
            default -> JsonResumeFields.INTEREST;
        };
        String what = switch (key) {
            case "skills" -> "a skill";
            case "languages" -> "a language";
            default -> "an interest";
        };
        JsonObject o = JsonObject.of(node, path, what, known, diagnostics);
        if (o == null) {
            return null;
        }
        String labelKey = key.equals("languages") ? o.either("language", "name") : "name";
        YNode.Scalar label = required(o, labelKey, key.equals("languages") ? "the language" : "its name");
        YNode.Scalar level = key.equals("languages") ? o.string("fluency") : key.equals("skills") ? o.string("level") : null;
        List<YNode.Scalar> keywords = key.equals("languages") ? List.of() : o.strings("keywords");
        String details = join(" – ", level, keywords.isEmpty() ? null : text(list(keywords), keywords.get(0).pos()));
        YNode.Scalar from = first(level, keywords.isEmpty() ? null : keywords.get(0));
        o.finish();
        return label == null ? null : new LabelLine(label, details, from == null ? o.pos() : from.pos(), o.pos());
    }

    /**
     * Skill lines when each has details; when one has only a name, which a skill line cannot
     * show by itself, the whole section is a list of bullets instead.
     */
    private static void labelLines(List<YNode> sections, String title, SourcePos at, List<LabelLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<YNode> entries = new ArrayList<>();
        boolean allDetailed = lines.stream().allMatch(l -> !l.details().isEmpty());
        for (LabelLine l : lines) {
            if (allDetailed) {
                entries.add(new MapBuilder(l.pos()).put(SkillFormat.LABEL, text(l.label()))
                        .put(SkillFormat.DETAILS, text(l.details(), l.detailsPos())).build());
            } else {
                String line = l.label().text().strip() + (l.details().isEmpty() ? "" : ": " + l.details());
                entries.add(text(line, l.label().pos()));
            }
        }
        sections.add(section(title, at, allDetailed ? SkillFormat.FORMAT : BulletFormat.FORMAT, seq(entries, at)));
    }

    // ---- dates ---------------------------------------------------------------------------------

    /** A date of JSON Resume in our form, or null when it is none (the caller prints it as written). */
    private String date(JsonObject o, String key, YNode.Scalar value) {
        String s = value.text().strip();
        Matcher dt = DATE_TIME.matcher(s);
        if (dt.matches()) {
            diagnostics.warning(value.pos(), o.path(key) + ": the time of day is not shown, only the date", null);
            s = dt.group(1);
        }
        if (DateParser.parse(s) instanceof DateParser.Ok) {
            return s;
        }
        diagnostics.warning(value.pos(), o.path(key) + " '" + value.text().strip() + "' is not a date in JSON Resume's form"
                + " (2014-06-29, 2014-06 or 2014): it is printed as written", "write it in that form to have it set like the other dates");
        return null;
    }

    /**
     * The start and end of an entry. An entry with a start and no end is ongoing where JSON
     * Resume's themes print it so (work, education, projects); an end alone is a single date (a
     * graduation); the same start and end, one date.
     */
    private void dates(JsonObject o, MapBuilder m, String startKey, String endKey, boolean ongoing) {
        YNode.Scalar start = o.string(startKey);
        YNode.Scalar end = o.string(endKey);
        String s = start == null ? null : date(o, startKey, start);
        String e = end == null ? null : date(o, endKey, end);
        if (start != null && s == null || end != null && e == null) {
            // One of them is free text: both are printed as written.
            String when = join(" – ", start, end);
            SourcePos pos = first(start, end).pos();
            m.put(CommonKeys.WHEN, o.keyPos(start != null ? startKey : endKey), text(when, pos));
            return;
        }
        if (s != null && e != null && !s.equals(e)) {
            m.put(CommonKeys.START, o.keyPos(startKey), text(s, start.pos()));
            m.put(CommonKeys.END, o.keyPos(endKey), text(e, end.pos()));
        } else if (s != null && e == null && ongoing) {
            m.put(CommonKeys.START, o.keyPos(startKey), text(s, start.pos()));
            m.put(CommonKeys.END, o.keyPos(startKey), text("present", start.pos()));
        } else if (s != null || e != null) {
            YNode.Scalar one = s != null ? start : end;
            m.put(CommonKeys.DATE, o.keyPos(s != null ? startKey : endKey), text(s != null ? s : e, one.pos()));
        }
    }

    /** A single date (awards, certificates, publications). */
    private void date(JsonObject o, MapBuilder m, String key) {
        YNode.Scalar value = o.string(key);
        if (value == null) {
            return;
        }
        String d = date(o, key, value);
        m.put(d != null ? CommonKeys.DATE : CommonKeys.WHEN, o.keyPos(key), text(d != null ? d : value.text().strip(), value.pos()));
    }

    // ---- small helpers -------------------------------------------------------------------------

    /** A field our format requires; reported, in JSON's words, when it is missing. */
    private YNode.Scalar required(JsonObject o, String key, String what) {
        YNode.Scalar s = o.string(key);
        if (s == null && !(o.node(key) instanceof YNode.Seq || o.node(key) instanceof YNode.Map)) {
            diagnostics.error(o.pos(), o.path() + " has no \"" + key + "\" (" + what + "): it cannot be shown without it",
                    "add \"" + key + "\": \"…\"");
        }
        return s == null ? null : text(s);
    }

    private static YNode.Scalar scalar(YNode.Scalar s) {
        return s == null ? null : text(s);
    }

    /** Items joined with commas; with semicolons when an item has a comma of its own. */
    private static String list(List<YNode.Scalar> items) {
        boolean commas = items.stream().anyMatch(s -> s.text().contains(","));
        return String.join(commas ? "; " : ", ", items.stream().map(s -> s.text().strip()).toList());
    }

    private static String join(String separator, YNode.Scalar... parts) {
        List<String> present = new ArrayList<>();
        for (YNode.Scalar p : parts) {
            if (p != null && !p.text().isBlank()) {
                present.add(p.text().strip());
            }
        }
        return String.join(separator, present);
    }

    private static void add(List<String> parts, YNode.Scalar s) {
        if (s != null) {
            parts.add(s.text().strip());
        }
    }

    private static YNode.Scalar first(YNode.Scalar... values) {
        for (YNode.Scalar v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Paragraphs at blank lines, as a list, or one text when there is one. */
    private static YNode paragraphs(YNode.Scalar s) {
        List<YNode> out = new ArrayList<>();
        for (String p : s.text().strip().split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                out.add(text(p.strip(), s.pos()));
            }
        }
        return out.size() == 1 ? out.get(0) : seq(out, s.pos());
    }

    /** "[name](url)", with the brackets of the name and the url's spaces and parentheses escaped. */
    static String markdownLink(String name, String url) {
        String label = name.strip().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        String target = url.strip();
        if (target.matches(".*[\\s()<>].*")) {
            target = "<" + target.replace("<", "%3C").replace(">", "%3E") + ">";
        }
        return "[" + label + "](" + target + ")";
    }
}
