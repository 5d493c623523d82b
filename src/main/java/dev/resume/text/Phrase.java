package dev.resume.text;

import java.util.Locale;

/**
 * A word or phrase the typesetter writes itself, not the résumé: the word for an ongoing end,
 * the footer's "Page 1 of 2", the PDF title's "Curriculum Vitae", an author list's "et al.", the
 * photo's "Photo of …", the quotation marks. Each language's words are data, in {@code src/main/resources/locale/<tag>.properties}
 * ({@link Phrases}); the key is how a résumé's or a theme's {@code phrases:} names it.
 */
public enum Phrase {
    /** The end of a range that goes on: "Present". */
    PRESENT("The word for an ongoing end (end: present): Present, heute, présent, 至今."),
    /** After an end not yet reached: "(expected)". */
    EXPECTED("After an expected end: (expected), (voraussichtlich)."),
    /** The footer a theme leaves to the language, with {page} and {pages}: "Page {page} of {pages}". */
    PAGE_FOOTER("The footer when the theme leaves it to the language, with {page} and {pages}: Page {page} of {pages}."),
    /** After the name in a CV's PDF title: "Curriculum Vitae". */
    CV_TITLE("After the name in a CV's PDF and HTML title (Ada Quillfeather – Curriculum Vitae)."),
    /** A CV's PDF subject when it has no headline. */
    CV_SUBJECT("A CV's PDF subject when the résumé has no headline."),
    /** After the name in a letter's PDF title: "Cover Letter". */
    LETTER_TITLE("After the name in a cover letter's PDF title."),
    /** A letter's PDF subject when it has none. */
    LETTER_SUBJECT("A cover letter's PDF subject when the letter has no subject."),
    /** The label before a letter's enclosures. */
    ENCLOSURES("The label before a cover letter's enclosures, when the letter gives none."),
    /** What a screen reader says for the header's photo, with {name}: "Photo of {name}". */
    PHOTO_ALT("What a screen reader says for the header's photo (the PDF's alternate text), with {name}: Photo of {name}."),
    /** The end of an author list cut short: "et al.". */
    ET_AL("The end of a shortened author list: et al., и др., 等."),
    /** Authors left out between two kept ones: "…". */
    OMITTED("Authors left out between two kept ones: …."),
    /** After an edited volume's editor: "(Ed.)". */
    EDITOR("After the editor of an edited volume: (Ed.), (Hrsg.)."),
    /** After its editors: "(Eds.)". */
    EDITORS("After the editors of an edited volume: (Eds.), (Hrsg.)."),
    /** The opening quotation mark straight double quotes become: “ „ «. */
    QUOTE_OPEN("The mark a straight double quote opening a quotation becomes: “ (en), „ (de), « (fr, with a narrow no-break space after)."),
    /** The closing one. */
    QUOTE_CLOSE("The mark a straight double quote closing a quotation becomes: ” (en), “ (de), » (fr)."),
    /** The opening mark of a quotation inside a quotation (single straight quotes). */
    QUOTE_INNER_OPEN("The mark a straight single quote opening a quotation becomes: ‘ (en), ‚ (de)."),
    /** Its closing mark; an apostrophe inside a word is always ’. */
    QUOTE_INNER_CLOSE("The mark a straight single quote closing a quotation becomes: ’ (en), ‘ (de).");

    private final String description;

    Phrase(String description) {
        this.description = description;
    }

    /** How a file names it: present, page_footer, quote_open. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The phrase a file's key names, or null. */
    public static Phrase byKey(String key) {
        for (Phrase p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }
}
