package dev.resume.model;

import dev.resume.diag.SourcePos;
import java.util.List;

public record Section(String id, Text title, SectionKind kind, List<Entry> entries, boolean hidden, SourcePos pos) {}
