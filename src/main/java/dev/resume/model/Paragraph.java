package dev.resume.model;

public record Paragraph(Text text) implements Entry {}
