package dev.resume.format;

import static dev.resume.format.CommonKeys.field;
import static dev.resume.format.CommonKeys.shape;

import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.model.Entry;
import dev.resume.model.Entry.SkillEntry;
import java.util.List;

/** Skill lines: the declaration of {@code skills:}, "label: details" lines, and its binder. */
public final class SkillFormat {
    private SkillFormat() {}

    public static final Field LABEL = field("label", Kind.TEXT, "The label, in bold: \"Coding\".").asRequired();
    public static final Field DETAILS = field("details", Kind.TEXT, "The rest of the line: \"C++, Python, CUDA, Rust\".")
            .asRequired();

    public static final Shape SHAPE = shape("skillLine", "a skill line", "A \"label: details\" line of a skills section.",
            List.of(LABEL, DETAILS, CommonKeys.ID, CommonKeys.TAGS, CommonKeys.LANG), List.of());

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.SKILLS, SHAPE.noun(),
            field(Entry.Kind.SKILLS.key(), Kind.LIST, SHAPE, "Skill lines (Skills)."), List.of(), LABEL.key(), "Skills",
            EntryFormat.Binder.ofMapping(SHAPE, (f, b) -> new SkillEntry(f.requiredText(LABEL.key()), f.requiredText(DETAILS.key()))));
}
