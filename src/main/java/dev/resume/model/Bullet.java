package dev.resume.model;

import java.util.List;

/** A bullet point, possibly with bullets nested under it (one level). */
public record Bullet(Text text, List<Bullet> children) implements Entry {}
