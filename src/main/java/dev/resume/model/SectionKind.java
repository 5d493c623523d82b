package dev.resume.model;

import java.util.Locale;

/** What a section holds. The YAML key of a section's content is the kind's name. */
public enum SectionKind {
    EDUCATION, EXPERIENCE, PUBLICATIONS, AWARDS, PROJECTS, SKILLS, TEXT, BULLETS, ENTRIES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
