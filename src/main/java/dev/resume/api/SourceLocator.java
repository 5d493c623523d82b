package dev.resume.api;

import dev.resume.diag.SourcePos;
import dev.resume.syntax.SourceSearch;

/** Points a warning at the character itself rather than at the start of the field that holds it. */
final class SourceLocator {
    private SourceLocator() {}

    static SourcePos find(SourcePos field, int codePoint) {
        return SourceSearch.find(field, Character.toString(codePoint));
    }
}
