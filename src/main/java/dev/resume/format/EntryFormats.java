package dev.resume.format;

import dev.resume.model.Entry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The declaration of each kind of section entry, looked up by its {@link Entry.Kind}. */
public final class EntryFormats {
    private EntryFormats() {}

    private static final List<EntryFormat> DECLARED = List.of(EducationFormat.FORMAT, ExperienceFormat.FORMAT, PublicationFormat.FORMAT,
            AwardFormat.FORMAT, ProjectFormat.FORMAT, SkillFormat.FORMAT, ParagraphFormat.FORMAT, BulletFormat.FORMAT, GenericFormat.FORMAT);

    private static final Map<Entry.Kind, EntryFormat> BY_SECTION = new EnumMap<>(Entry.Kind.class);

    static {
        for (EntryFormat k : DECLARED) {
            if (BY_SECTION.put(k.section(), k) != null) {
                throw new IllegalStateException(k.section() + " is declared twice");
            }
        }
        for (Entry.Kind s : Entry.Kind.values()) {
            if (!BY_SECTION.containsKey(s)) {
                throw new IllegalStateException(s + " has no declaration: add its EntryFormat to EntryFormats");
            }
        }
    }

    public static EntryFormat of(Entry.Kind kind) {
        return BY_SECTION.get(kind);
    }

    /** Every kind, in the order of {@link Entry.Kind} (the order of a section's content keys). */
    public static List<EntryFormat> all() {
        return List.copyOf(BY_SECTION.values());
    }
}
