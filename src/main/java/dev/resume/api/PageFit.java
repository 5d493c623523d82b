package dev.resume.api;

import dev.resume.style.Tightening;

/**
 * What tightening did to a render: to meet a page limit that it did not meet as it was, or to
 * pull a short last page back onto the page before.
 *
 * @param limit the most pages asked for (for a pull-back, one fewer than the render had)
 * @param fits whether the result is within the limit (else it is set at the tightest setting)
 * @param tightening the factors the result is set with
 * @param passes how many layouts the search took, the first, untightened one included
 * @param schedule {@link Tightening.Schedule#LIMIT} for a page limit, {@link Tightening.Schedule#FILL} for a pull-back
 */
public record PageFit(int limit, boolean fits, Tightening tightening, int passes, Tightening.Schedule schedule) {

    /**
     * "fitted to 1 page: spacing 72 %, leading 97 %", "not fitted to 1 page …", or "last page
     * pulled back (5 pages): spacing 91 %", for a status line.
     */
    public String describe() {
        String pages = limit + " page" + (limit == 1 ? "" : "s");
        if (schedule == Tightening.Schedule.FILL) {
            return "last page pulled back (" + pages + "): " + tightening.describe();
        }
        return (fits ? "fitted to " : "not fitted to ") + pages + ": " + tightening.describe();
    }
}
