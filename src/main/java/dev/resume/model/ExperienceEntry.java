package dev.resume.model;

import java.util.List;

/** An organisation and the roles held there, each with its own dates. */
public record ExperienceEntry(Text organization, Text location, String url, List<Role> roles) implements Entry {}
