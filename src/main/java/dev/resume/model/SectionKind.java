package dev.resume.model;

import java.util.Locale;

/** What a section holds. The YAML key of a section's content is the kind's name. */
public enum SectionKind {
    EDUCATION, EXPERIENCE, PUBLICATIONS, AWARDS, PROJECTS, SKILLS, TEXT, BULLETS, ENTRIES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "an education entry", "a publication entry": for messages. */
    public String entryNoun() {
        return switch (this) {
            case EDUCATION -> "an education entry";
            case EXPERIENCE -> "an experience entry";
            case PUBLICATIONS -> "a publication entry";
            case AWARDS -> "an award entry";
            case PROJECTS -> "a project entry";
            case SKILLS -> "a skill line";
            case TEXT -> "a paragraph";
            case BULLETS -> "a bullet";
            case ENTRIES -> "an entry";
        };
    }
}
