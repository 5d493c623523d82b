package dev.resume.compose;

import dev.resume.text.LanguageTag;
import java.util.List;

/**
 * What the PDF says about itself: its title, author, subject, keywords and outline titles, and
 * the language it is written in.
 */
public record Metadata(String title, String author, String subject, List<String> keywords, LanguageTag language) {
    public Metadata {
        language = language == null ? LanguageTag.ENGLISH : language;
    }

    public Metadata(String title, String author, String subject, List<String> keywords) {
        this(title, author, subject, keywords, LanguageTag.ENGLISH);
    }
}
