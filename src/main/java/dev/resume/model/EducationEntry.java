package dev.resume.model;

import java.util.List;

public record EducationEntry(Text institution, Text degree, Text location, Dates dates, String url,
        List<Bullet> bullets) implements Entry {}
