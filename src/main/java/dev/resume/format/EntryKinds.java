package dev.resume.format;

import dev.resume.model.SectionKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The declaration of each kind of section entry, looked up by its {@link SectionKind}. */
public final class EntryKinds {
    private EntryKinds() {}

    private static final List<EntryKind> DECLARED = List.of(EducationFormat.KIND, ExperienceFormat.KIND, PublicationFormat.KIND,
            AwardFormat.KIND, ProjectFormat.KIND, SkillFormat.KIND, ParagraphFormat.KIND, BulletFormat.KIND, GenericFormat.KIND);

    private static final Map<SectionKind, EntryKind> BY_SECTION = new EnumMap<>(SectionKind.class);

    static {
        for (EntryKind k : DECLARED) {
            if (BY_SECTION.put(k.section(), k) != null) {
                throw new IllegalStateException(k.section() + " is declared twice");
            }
        }
        for (SectionKind s : SectionKind.values()) {
            if (!BY_SECTION.containsKey(s)) {
                throw new IllegalStateException(s + " has no declaration: add its EntryKind to EntryKinds");
            }
        }
    }

    public static EntryKind of(SectionKind kind) {
        return BY_SECTION.get(kind);
    }

    /** Every kind, in the order of {@link SectionKind} (the order of a section's content keys). */
    public static List<EntryKind> all() {
        return List.copyOf(BY_SECTION.values());
    }
}
