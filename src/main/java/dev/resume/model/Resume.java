package dev.resume.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A résumé, validated. {@code theme} is the theme the file asks for, or null.
 *
 * @param ownerNames the owner's name and its variants, normalised for author matching
 */
public record Resume(Path source, Text name, Text headline, List<String> ownerNames, List<ContactItem> contact,
        List<Section> sections, Text theme, List<String> keywords) {}
