package dev.resume.format;

import dev.resume.format.FormatSpec.Kind;
import dev.resume.model.Entry;
import dev.resume.model.Entry.Paragraph;
import dev.resume.syntax.YNode;
import java.util.List;

/** Paragraphs: the declaration of a {@code text:} section, a text or a list of texts, and its binder. */
public final class ParagraphFormat {
    private ParagraphFormat() {}

    private static final String NOUN = "a paragraph";

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.TEXT, NOUN,
            CommonKeys.field(Entry.Kind.TEXT.key(), Kind.PARAGRAPHS,
                    "A text, or a list of texts: paragraphs (Research Interests, Summary)."),
            List.of(), null, "Summary", (item, b) -> {
                if (item instanceof YNode.Scalar s) {
                    return new Paragraph(Fields.text(s, b.diagnostics()));
                }
                b.diagnostics().error(item.pos(), NOUN + " must be a text, found " + item.describe(), null);
                return null;
            });
}
