package dev.resume.input.bib;

import dev.resume.diag.SourcePos;

/**
 * One field of an entry.
 *
 * @param name the field's name in lower case (BibTeX ignores case in names)
 * @param namePos where the name is written
 * @param valuePos where the value starts
 */
public record BibField(String name, SourcePos namePos, BibText value, SourcePos valuePos) {}
