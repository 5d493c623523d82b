package dev.resume.compose;

import java.util.List;

/** What the PDF says about itself: its title, author, subject, keywords and outline titles. */
public record Metadata(String title, String author, String subject, List<String> keywords) {}
