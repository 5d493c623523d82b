package dev.resume.model;

import dev.resume.diag.SourcePos;

/** A link of an entry, printed as its kind's label: [Paper], [arXiv], [Code]… */
public record Link(LinkKind kind, String url, SourcePos pos) {

    /** "Paper", "arXiv": what the link is printed as. */
    public String label() {
        return kind.label();
    }
}
