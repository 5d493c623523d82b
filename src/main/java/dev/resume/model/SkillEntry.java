package dev.resume.model;

/** A "label: details" line of a skills section. */
public record SkillEntry(Text label, Text details) implements Entry {}
