package dev.resume.model;

import dev.resume.diag.SourcePos;
import java.util.List;

public record PublicationEntry(Text title, List<Author> authors, SourcePos authorsPos, Text venue, Integer year,
        PartialDate date, Text status, Text note, List<Link> links, Text abstractText, List<String> subjects)
        implements Entry {}
