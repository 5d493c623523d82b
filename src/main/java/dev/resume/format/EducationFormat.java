package dev.resume.format;

import static dev.resume.format.CommonKeys.DATES;
import static dev.resume.format.CommonKeys.DATE_RULES;
import static dev.resume.format.CommonKeys.ENTRY_KEYS;
import static dev.resume.format.CommonKeys.concat;
import static dev.resume.format.CommonKeys.field;
import static dev.resume.format.CommonKeys.shape;

import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.model.Entry;
import dev.resume.model.Entry.EducationEntry;
import java.util.List;

/** Education entries: the declaration of {@code education:} and its binder. */
public final class EducationFormat {
    private EducationFormat() {}

    public static final Field INSTITUTION = field("institution", Kind.TEXT, "School or university.").asRequired();
    public static final Field DEGREE = field("degree", Kind.TEXT, "The degree: \"Ph.D. in Computer Science\".");
    public static final Field LOCATION = field("location", Kind.TEXT, "City, country.");
    public static final Field URL = field("url", Kind.URL, "Links the institution's name.");
    public static final Field BULLETS = CommonKeys.bullets("Advisors, GPA, thesis, honours.");

    public static final Shape SHAPE = shape("educationEntry", "an education entry", "An education entry.",
            concat(List.of(INSTITUTION, DEGREE, LOCATION, URL, BULLETS), DATES, ENTRY_KEYS), DATE_RULES);

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.EDUCATION, SHAPE.noun(),
            field(Entry.Kind.EDUCATION.key(), Kind.LIST, SHAPE, "Education entries (Education)."), List.of(),
            INSTITUTION.key(), "Education", EntryFormat.Binder.ofMapping(SHAPE, (f, b) -> new EducationEntry(
                    f.requiredText(INSTITUTION.key()), f.text(DEGREE.key()), f.text(LOCATION.key()), f.dates(),
                    f.url(URL.key()), BulletFormat.bullets(f, b))));
}
