package dev.resume.model;

import dev.resume.model.Entry.Bullet;
import java.util.List;

/** One position held at an organisation. */
public record Role(Text title, Text note, Dates dates, Text location, List<Bullet> bullets) {}
