package dev.resume.compose;

/**
 * What a piece of composed text is, for the stages that give it a look: the PDF's style maps
 * each role to a font, size and colour; the text exports to markup where they have it.
 */
public enum Role {
    /** Running text: a paragraph, a bullet, a description, an award's issuer. */
    TEXT,
    /** The résumé owner's name at the top. */
    NAME,
    /** The line under the name. */
    HEADLINE,
    /** A section's title. */
    SECTION,
    /** An entry's title: an institution, an organisation, a project's name, a paper's title. */
    TITLE,
    /** What is under or after the title: a degree, a position. */
    SUBTITLE,
    /** Where an entry took place, at the right. */
    PLACE,
    /** When: dates, their separator, "(expected)", a free-text {@code when}. */
    DATE,
    /** A role's note, under its title. */
    NOTE,
    /** A project's note, standing at the right where its URL would. */
    REMARK,
    /** A project's address printed as text. */
    URL,
    /** An award's description after its title, and the dash before it. */
    DETAIL,
    /** An author of a paper. */
    AUTHOR,
    /** The résumé's owner among a paper's authors, emphasised as the theme says. */
    OWNER,
    /** An author's marks: * † ‡. */
    MARKS,
    /** A paper's venue and year. */
    VENUE,
    /** A paper's status in parentheses: "(in submission)". */
    STATUS,
    /** A paper's note in brackets: "[Spotlight]". */
    HIGHLIGHT,
    /** A paper's link: its label, "[arXiv]", or its address, "arxiv.org/abs/2404.09526". */
    LINK,
    /** Punctuation between the parts of a line: ", ", ". ", a space. */
    SEPARATOR,
    /** A paper's abstract. */
    ABSTRACT,
    /** A paper's subjects line. */
    SUBJECTS,
    /** A skill line's label. */
    LABEL
}
