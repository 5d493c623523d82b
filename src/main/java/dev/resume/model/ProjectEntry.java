package dev.resume.model;

import java.util.List;

public record ProjectEntry(Text name, Text subtitle, String url, Text note, Text description, Dates dates,
        List<Bullet> bullets) implements Entry {}
