package dev.resume.model;

public record AwardEntry(Text title, Text issuer, Text description, Dates dates) implements Entry {}
