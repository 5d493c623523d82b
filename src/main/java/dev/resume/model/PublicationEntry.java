package dev.resume.model;

import dev.resume.diag.SourcePos;
import java.util.List;

/**
 * A paper. {@code year} is the venue's year; {@code date} when it appeared (an arXiv date), or
 * {@code when} as free text where the source gives no full date.
 */
public record PublicationEntry(Text title, List<Author> authors, SourcePos authorsPos, Text venue, Integer year,
        PartialDate date, Text when, Text status, Text note, List<Link> links, Text abstractText, List<String> subjects)
        implements Entry {}
