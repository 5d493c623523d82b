package dev.resume.model;

import java.util.Locale;

public enum ContactKind {
    EMAIL, PHONE, WEBSITE, LOCATION, GITHUB, LINKEDIN, SCHOLAR, ORCID, URL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
