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
import dev.resume.model.Entry.AwardEntry;
import java.util.List;

/** Award entries: the declaration of {@code awards:} and its binder. */
public final class AwardFormat {
    private AwardFormat() {}

    public static final Field TITLE = field("title", Kind.TEXT, "The award: \"National Scholarship\".").asRequired();
    public static final Field ISSUER = field("issuer", Kind.TEXT, "Who gave it, or where: \"China Computer Federation\".");
    public static final Field DESCRIPTION = field("description", Kind.TEXT, "One line more: \"Top 1% in Peking University\".");

    public static final Shape SHAPE = shape("awardEntry", "an award entry", "An award or honour.",
            concat(List.of(TITLE, ISSUER, DESCRIPTION), DATES, ENTRY_KEYS), DATE_RULES);

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.AWARDS, SHAPE.noun(),
            field(Entry.Kind.AWARDS.key(), Kind.LIST, SHAPE, "Award entries (Honors and Awards)."), List.of(),
            TITLE.key(), "Awards", EntryFormat.Binder.ofMapping(SHAPE, (f, b) -> new AwardEntry(
                    f.requiredText(TITLE.key()), f.text(ISSUER.key()), f.text(DESCRIPTION.key()), f.dates())));
}
