package dev.resume.api;

import dev.resume.style.Tightening;

/**
 * What a page limit did to a render that did not fit as it was.
 *
 * @param limit the most pages asked for
 * @param fits whether the result is within the limit (else it is set at the tightest setting)
 * @param tightening the factors the result is set with
 * @param passes how many layouts the search took, the first, untightened one included
 */
public record PageFit(int limit, boolean fits, Tightening tightening, int passes) {

    /** "fitted to 1 page: spacing 72 %, leading 97 %" or "not fitted to 1 page …", for a status line. */
    public String describe() {
        return (fits ? "fitted to " : "not fitted to ") + limit + " page" + (limit == 1 ? "" : "s") + ": " + tightening.describe();
    }
}
