package dev.resume.model;

import dev.resume.diag.SourcePos;

/**
 * The most pages the résumé may take ({@code max_pages:} or {@code --max-pages}); the renderer
 * tightens spacing, then font sizes, within the theme's bounds until it fits.
 *
 * @param pos where it was asked for, for the message when it cannot fit; unknown for the command line
 */
public record PageLimit(int pages, SourcePos pos) {
    public PageLimit {
        if (pages < 1) {
            throw new IllegalArgumentException("a page limit is at least 1: " + pages);
        }
    }
}
