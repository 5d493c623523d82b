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
import dev.resume.model.Entry.ProjectEntry;
import java.util.List;

/** Project entries: the declaration of {@code projects:} and its binder. */
public final class ProjectFormat {
    private ProjectFormat() {}

    public static final Field NAME = field("name", Kind.TEXT, "The project's name: \"SkyRL\".").asRequired();
    public static final Field SUBTITLE = field("subtitle", Kind.TEXT, "What it is: \"A Modular Full-stack RL Library for LLMs\".");
    public static final Field URL = field("url", Kind.URL, "The repository or site: links the name and is printed (without"
            + " https://).");
    public static final Field NOTE = field("note", Kind.TEXT, "A short note at the right: \"4.1k ★\".");
    public static final Field DESCRIPTION = field("description", Kind.TEXT, "A paragraph.");
    public static final Field BULLETS = CommonKeys.bullets("What it does, what you did.");

    public static final Shape SHAPE = shape("projectEntry", "a project entry", "A project.",
            concat(List.of(NAME, SUBTITLE, URL, NOTE, DESCRIPTION, BULLETS), DATES, ENTRY_KEYS), DATE_RULES);

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.PROJECTS, SHAPE.noun(),
            field(Entry.Kind.PROJECTS.key(), Kind.LIST, SHAPE, "Project entries (Open Source Projects)."), List.of(),
            NAME.key(), "Projects", EntryFormat.Binder.ofMapping(SHAPE, (f, b) -> new ProjectEntry(f.requiredText(NAME.key()),
                    f.text(SUBTITLE.key()), f.url(URL.key()), f.text(NOTE.key()), f.text(DESCRIPTION.key()), f.dates(),
                    BulletFormat.bullets(f, b))));
}
