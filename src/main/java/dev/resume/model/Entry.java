package dev.resume.model;

import dev.resume.diag.SourcePos;
import java.util.List;
import java.util.Locale;

/**
 * One item of a section: the kinds of entry, one record each. Each section holds entries of a
 * single kind. Adding a kind means a record and a {@link Kind} constant here, its declaration in
 * {@code format} (listed in {@code EntryFormats}), and its case in {@code compose.Composer}.
 */
public sealed interface Entry {

    /** What a section holds. The YAML key of a section's content is the kind's name. */
    enum Kind {
        EDUCATION, EXPERIENCE, PUBLICATIONS, AWARDS, PROJECTS, SKILLS, TEXT, BULLETS, ENTRIES;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A degree at an institution. */
    record EducationEntry(Text institution, Text degree, Text location, Dates dates, String url,
            List<Bullet> bullets) implements Entry {}

    /** An organisation and the roles held there, each with its own dates. */
    record ExperienceEntry(Text organization, Text location, String url, List<Role> roles) implements Entry {}

    /**
     * A paper. {@code year} is the venue's year; {@code date} when it appeared (an arXiv date), or
     * {@code when} as free text where the source gives no full date.
     */
    record PublicationEntry(Text title, List<Author> authors, SourcePos authorsPos, boolean edited, Text venue, Integer year,
            PartialDate date, Text when, Text status, Text note, List<Link> links, Text abstractText, List<String> subjects)
            implements Entry {}

    /** An award, grant or certificate, and who gave it. */
    record AwardEntry(Text title, Text issuer, Text description, Dates dates) implements Entry {}

    /** A project: its name, what it is, and what was done. */
    record ProjectEntry(Text name, Text subtitle, String url, Text note, Text description, Dates dates,
            List<Bullet> bullets) implements Entry {}

    /** A "label: details" line of a skills section. */
    record SkillEntry(Text label, Text details) implements Entry {}

    /** A paragraph of a text section. */
    record Paragraph(Text text) implements Entry {}

    /** A bullet point, possibly with bullets nested under it (one level). */
    record Bullet(Text text, List<Bullet> children) implements Entry {}

    /** An entry of no particular kind: services, teaching, talks. */
    record GenericEntry(Text title, Text subtitle, Text location, String url, Dates dates, Text description,
            List<Bullet> bullets) implements Entry {}
}
