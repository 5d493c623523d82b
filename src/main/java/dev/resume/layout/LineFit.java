package dev.resume.layout;

import dev.resume.diag.SourcePos;

/**
 * How a line of a paragraph came out of the line breaker: what the layout report and the debug
 * overlay read. Lines are numbered within their paragraph, so that a page starting with a
 * paragraph's last line (a widow) or ending with its first (an orphan) can be told.
 *
 * @param paragraph the paragraph's number in the document, from 0
 * @param index the line's number in its paragraph, from 0
 * @param count how many lines the paragraph has
 * @param justified whether the line is set justified (not its paragraph's last line)
 * @param spaceRatio how wide its widest space is, as a multiple of the font's normal space
 *     (NaN for a line whose spaces keep their width)
 * @param hyphenated whether it ends inside a word with a hyphen added
 * @param cut whether it ends inside a word cut with no hyphen (a URL longer than the line)
 * @param overflow how far, in points, its text runs past the line's end (0 when it fits)
 * @param source where the paragraph's text is written, or null
 */
public record LineFit(int paragraph, int index, int count, boolean justified, float spaceRatio, boolean hyphenated,
        boolean cut, float overflow, SourcePos source) {

    public LineFit withPlace(int paragraph, int index, int count) {
        return new LineFit(paragraph, index, count, justified, spaceRatio, hyphenated, cut, overflow, source);
    }
}
