package dev.resume.format;

import static dev.resume.format.CommonKeys.DATES;
import static dev.resume.format.CommonKeys.DATE_RULES;
import static dev.resume.format.CommonKeys.ENTRY_KEYS;
import static dev.resume.format.CommonKeys.TAGS;
import static dev.resume.format.CommonKeys.concat;
import static dev.resume.format.CommonKeys.field;
import static dev.resume.format.CommonKeys.shape;

import dev.resume.format.FormatSpec.Excludes;
import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.model.Entry;
import dev.resume.model.Entry.ExperienceEntry;
import dev.resume.model.Role;
import dev.resume.model.Text;
import dev.resume.syntax.YNode;
import java.util.ArrayList;
import java.util.List;

/** Experience entries: the declaration of {@code experience:} (an organisation, one role or several) and its binder. */
public final class ExperienceFormat {
    private ExperienceFormat() {}

    public static final Shape ROLE_SHAPE = shape("role", "a role", "One position held at the organisation, with its own dates.",
            concat(List.of(
                    field("role", Kind.TEXT, "The position: \"Research Intern\".").asRequired(),
                    field("note", Kind.TEXT, "A line under the role, such as \"Managers: Prof. Song Han\"."),
                    field("location", Kind.TEXT, "Where, if it differs from the organisation's."),
                    CommonKeys.bullets("What you did."), TAGS, CommonKeys.LANG), DATES),
            DATE_RULES);

    public static final Field ORGANIZATION = field("organization", Kind.TEXT, "Company, lab or team.").asRequired();
    public static final Field LOCATION = field("location", Kind.TEXT, "Where.");
    public static final Field URL = field("url", Kind.URL, "Links the organisation's name.");
    public static final Field ROLES = field("roles", Kind.LIST, ROLE_SHAPE, "Several roles at this organisation, each with its"
            + " own dates (the organisation is printed once). Not with the single-role keys.");
    public static final Field ROLE = field("role", Kind.TEXT, "The single-role form: the position held.");
    public static final Field NOTE = field("note", Kind.TEXT, "The single-role form: a line under the role.");
    public static final Field BULLETS = CommonKeys.bullets("The single-role form: what you did.");

    /** The keys of the single-role form of an experience entry, which 'roles' replaces. */
    private static final List<String> INLINE_ROLE_KEYS = concat(List.of(ROLE.key(), NOTE.key(), BULLETS.key()),
            List.of(CommonKeys.DATE.key(), CommonKeys.START.key(), CommonKeys.END.key(), CommonKeys.WHEN.key()));

    public static final Shape SHAPE = shape("experienceEntry", "an experience entry",
            "One organisation, one or more roles. A single role can be written inline; several go under roles.",
            concat(List.of(ORGANIZATION, LOCATION, URL, ROLES, ROLE, NOTE, BULLETS), DATES, ENTRY_KEYS),
            concat(List.of(new Excludes(ROLES.key(), INLINE_ROLE_KEYS)), DATE_RULES));

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.EXPERIENCE, SHAPE.noun(),
            field(Entry.Kind.EXPERIENCE.key(), Kind.LIST, SHAPE, "Experience entries (Experience, Industry Experiences)."),
            List.of(), ORGANIZATION.key(), "Experience", EntryFormat.Binder.ofMapping(SHAPE, ExperienceFormat::bind));

    private static ExperienceEntry bind(Fields f, EntryBinding b) {
        Text organization = f.requiredText(ORGANIZATION.key());
        Text location = f.text(LOCATION.key());
        String url = f.url(URL.key());
        List<Role> roles = new ArrayList<>();
        if (f.has(ROLES.key())) {
            for (String inline : SHAPE.excludedBy(ROLES.key())) {
                if (f.has(inline)) {
                    b.diagnostics().error(f.keyPos(inline), "'" + inline + "' belongs inside one of the 'roles' when 'roles'"
                            + " is given", "move it under the role it describes");
                }
            }
            for (YNode item : f.list(ROLES.key(), false)) {
                Fields r = Fields.of(item, ROLE_SHAPE, b.diagnostics());
                if (r != null) {
                    roles.add(new Role(r.requiredText("role"), r.text("note"), r.dates(), r.text("location"),
                            BulletFormat.bullets(r, b)));
                    r.finish();
                }
            }
        } else {
            Text role = f.text(ROLE.key());
            roles.add(new Role(role, f.text(NOTE.key()), f.dates(), null, BulletFormat.bullets(f, b)));
        }
        return new ExperienceEntry(organization, location, url, List.copyOf(roles));
    }
}
