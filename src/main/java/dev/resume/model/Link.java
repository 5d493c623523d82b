package dev.resume.model;

import dev.resume.diag.SourcePos;

/** A labelled link of an entry: [Paper], [arXiv], [Code]… */
public record Link(String label, String url, SourcePos pos) {}
