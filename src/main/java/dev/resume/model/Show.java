package dev.resume.model;

/**
 * Which parts of the entries show, and how, as a résumé or one of its sections asks. A null field
 * leaves the choice to the level above: the section's to the résumé's, the résumé's to the theme's.
 *
 * @param abstracts publications' abstracts
 * @param subjects publications' subject tags (shown with the abstract)
 * @param links publications' links ([arXiv], [Code] …)
 * @param addresses publications' links printed as their addresses (arxiv.org/abs/2404.09526)
 *     rather than as labels
 * @param dates the date at the right of a publication's title
 * @param authors publications' author lists
 * @param owner how the owner's name stands out in author lists
 * @param form whole entries, or one line each (no bullets, descriptions or abstracts)
 * @param authorLimit how many authors a list shows ({@code authors: {max: N}}); never null
 */
public record Show(Boolean abstracts, Boolean subjects, Boolean links, Boolean addresses, Boolean dates, Boolean authors,
        Owner owner, Form form, AuthorLimit authorLimit) {
    public static final Show DEFAULT = new Show(null, null, null, null, null, null, null, null);

    public Show {
        authorLimit = authorLimit == null ? AuthorLimit.DEFAULT : authorLimit;
    }

    /** Choices that leave the author lists' length to the level above. */
    public Show(Boolean abstracts, Boolean subjects, Boolean links, Boolean addresses, Boolean dates, Boolean authors,
            Owner owner, Form form) {
        this(abstracts, subjects, links, addresses, dates, authors, owner, form, AuthorLimit.DEFAULT);
    }

    /** The same choices, the author lists' length as {@code limit} asks. */
    public Show withAuthorLimit(AuthorLimit limit) {
        return new Show(abstracts, subjects, links, addresses, dates, authors, owner, form, limit);
    }

    public enum Form { FULL, ONE_LINE }

    /** How the owner's name stands out among a paper's authors. */
    public enum Owner { BOLD, ITALIC, UNDERLINE }

    /** These choices, with the ones left open taken from {@code outer}. */
    public Show over(Show outer) {
        return new Show(or(abstracts, outer.abstracts), or(subjects, outer.subjects), or(links, outer.links),
                or(addresses, outer.addresses), or(dates, outer.dates), or(authors, outer.authors), or(owner, outer.owner),
                or(form, outer.form), authorLimit.over(outer.authorLimit));
    }

    private static <T> T or(T mine, T outer) {
        return mine != null ? mine : outer;
    }
}
