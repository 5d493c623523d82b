package dev.resume.model;

import java.util.List;

/** An entry of no particular kind: services, teaching, talks. */
public record GenericEntry(Text title, Text subtitle, Text location, String url, Dates dates, Text description,
        List<Bullet> bullets) implements Entry {}
