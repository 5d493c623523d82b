package dev.resume.model;

import dev.resume.diag.SourcePos;

/** A text field as the user wrote it (inline Markdown), with where it stands in the file. */
public record Text(String markdown, SourcePos pos) {

    public static Text plain(String s) {
        return new Text(s, null);
    }

    public boolean isBlank() {
        return markdown == null || markdown.isBlank();
    }

    @Override
    public String toString() {
        return markdown;
    }
}
