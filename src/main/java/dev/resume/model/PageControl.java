package dev.resume.model;

/**
 * What a section or an entry asks of the page breaker. A null field leaves the choice to the
 * theme.
 *
 * @param newPage start on a new page
 * @param keepTogether keep on one page (when it fits on one), moving to the next page whole
 */
public record PageControl(Boolean newPage, Boolean keepTogether) {
    public static final PageControl DEFAULT = new PageControl(null, null);
}
