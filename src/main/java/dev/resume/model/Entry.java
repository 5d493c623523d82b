package dev.resume.model;

/** One item of a section. Each section holds entries of a single kind. */
public sealed interface Entry permits EducationEntry, ExperienceEntry, PublicationEntry, AwardEntry,
        ProjectEntry, SkillEntry, Paragraph, Bullet, GenericEntry {}
