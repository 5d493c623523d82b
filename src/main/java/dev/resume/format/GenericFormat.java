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
import dev.resume.model.Entry.GenericEntry;
import java.util.List;

/** Generic entries, for anything else (services, teaching, talks): the declaration of {@code entries:} and its binder. */
public final class GenericFormat {
    private GenericFormat() {}

    public static final Field TITLE = field("title", Kind.TEXT, "The first line, in bold.").asRequired();
    public static final Field SUBTITLE = field("subtitle", Kind.TEXT, "The second line: a role, in italics.");
    public static final Field LOCATION = field("location", Kind.TEXT, "At the right of the title.");
    public static final Field URL = field("url", Kind.URL, "Links the title.");
    public static final Field DESCRIPTION = field("description", Kind.TEXT, "A paragraph.");
    public static final Field BULLETS = CommonKeys.bullets("Details, one per bullet.");

    public static final Shape SHAPE = shape("genericEntry", "an entry", "A generic entry, for anything else (services,"
            + " teaching, talks).", concat(List.of(TITLE, SUBTITLE, LOCATION, URL, DESCRIPTION, BULLETS), DATES, ENTRY_KEYS),
            DATE_RULES);

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.ENTRIES, SHAPE.noun(),
            field(Entry.Kind.ENTRIES.key(), Kind.LIST, SHAPE, "Generic entries, for anything else (services, teaching,"
                    + " talks)."), List.of(), TITLE.key(), null, EntryFormat.Binder.ofMapping(SHAPE, (f, b) -> new GenericEntry(
                    f.requiredText(TITLE.key()), f.text(SUBTITLE.key()), f.text(LOCATION.key()), f.url(URL.key()), f.dates(),
                    f.text(DESCRIPTION.key()), BulletFormat.bullets(f, b))));
}
