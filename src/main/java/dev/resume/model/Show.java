package dev.resume.model;

/**
 * Which parts of the entries show, as a résumé or one of its sections asks. A null field leaves
 * the choice to the level above: the section's to the résumé's, the résumé's to the theme's.
 *
 * @param abstracts publications' abstracts
 * @param subjects publications' subject tags (shown with the abstract)
 * @param links publications' links ([arXiv], [Code] …)
 * @param dates the date at the right of a publication's title
 * @param authors publications' author lists
 * @param form whole entries, or one line each (no bullets, descriptions or abstracts)
 */
public record Show(Boolean abstracts, Boolean subjects, Boolean links, Boolean dates, Boolean authors, Form form) {
    public static final Show DEFAULT = new Show(null, null, null, null, null, null);

    public enum Form { FULL, ONE_LINE }

    /** These choices, with the ones left open taken from {@code outer}. */
    public Show over(Show outer) {
        return new Show(abstracts != null ? abstracts : outer.abstracts, subjects != null ? subjects : outer.subjects,
                links != null ? links : outer.links, dates != null ? dates : outer.dates,
                authors != null ? authors : outer.authors, form != null ? form : outer.form);
    }
}
