package dev.resume.format;

import static dev.resume.format.CommonKeys.field;
import static dev.resume.format.CommonKeys.shape;

import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Shape;
import java.util.List;

/**
 * A cover letter's declaration: the {@code letter:} mapping, its recipient and its paragraphs.
 * A file with {@code letter:} is set as a letter (the sender's header, then these blocks) rather
 * than as a CV; it usually extends the CV whose name, contact line and theme it takes.
 */
public final class LetterFormat {
    private LetterFormat() {}

    public static final Shape RECIPIENT = shape("recipient", "the recipient",
            "Whom the letter is to: the address block at the left, above the date.", List.of(
                    field("name", Kind.TEXT, "The person: \"Dr. Lena Hartmann\"."),
                    field("organization", Kind.TEXT, "The company, lab or university."),
                    field("address", Kind.PARAGRAPHS, "The address: a text, or a list of lines.")),
            List.of());

    public static final Field PARAGRAPH_TEXT = field("text", Kind.TEXT, "The paragraph's text (inline Markdown).").asRequired();

    public static final Shape PARAGRAPH = new Shape("letterParagraph", "a paragraph of the letter",
            "A paragraph of the letter's body: a text, or a mapping with text and tags (kept by a tag selection as"
                    + " entries are).", true,
            List.of(PARAGRAPH_TEXT, field("id", Kind.STRING, "A name for the paragraph, for your own reference."),
                    CommonKeys.TAGS, CommonKeys.LANG),
            List.of());

    public static final Field BODY = field("body", Kind.BULLETS, PARAGRAPH, "The letter's paragraphs, in order: each a text"
            + " in inline Markdown, or {text, tags}.").asRequired("add `body:` with the letter's paragraphs");

    public static final Shape LETTER = shape("letter", "the letter",
            "A cover letter, set in the theme of the CV it extends, under the same header (docs/format.md, \"Cover"
                    + " letters\").", List.of(
                    field("recipient", Kind.SHAPE, RECIPIENT, "Whom it is to: name, organization, address."),
                    field("place", Kind.TEXT, "Where it is written, before the date: \"London\"."),
                    field("date", Kind.TEXT, "The date, as it is to be printed: \"14 March 2026\". Without it, the day the letter is built, in full in its language (SOURCE_DATE_EPOCH's day when set); `\"\"` for none."),
                    field("subject", Kind.TEXT, "The subject line, set in bold: \"Application for …\"."),
                    field("opening", Kind.TEXT, "The salutation: \"Dear Dr. Hartmann,\"."),
                    BODY,
                    field("closing", Kind.TEXT, "Before the signature: \"Yours sincerely,\"."),
                    field("signature", Kind.TEXT, "The name under the closing (default: the résumé's name)."),
                    field("enclosures", Kind.PARAGRAPHS, "What comes with the letter: a text, or a list (\"Curriculum"
                            + " vitae\")."),
                    field("enclosures_label", Kind.TEXT, "The word before the enclosures (default: the language's: Enclosures, Anlagen, Pièces jointes).")),
            List.of());

    /**
     * The letter of a variant: its keys replace the base letter's one by one (the recipient's
     * too), so a letter per application names only its recipient, subject or body.
     */
    public static final Shape LETTER_PATCH;

    static {
        List<Field> fields = new java.util.ArrayList<>();
        for (Field f : LETTER.fields()) {
            fields.add(f.asOptional());
        }
        LETTER_PATCH = shape("letterPatch", "the letter", "The letter of a variant: the keys that replace the base letter's"
                + " (the recipient's key by key).", fields, List.of());
    }

    /** The letter's shapes, for the schema's definitions. */
    public static final List<Shape> SHAPES = List.of(LETTER, RECIPIENT, PARAGRAPH, LETTER_PATCH);
}
