package dev.resume.api;

import dev.resume.load.Selection;
import dev.resume.style.Theme;

/**
 * What a render may override; each null field leaves the résumé file's choice.
 *
 * @param theme a built-in theme name or a theme file path, or null for the résumé's own choice
 *     (or {@code classic})
 * @param paper a paper size, or null for the résumé's or the theme's
 * @param strict warnings (a character no font has) are errors
 * @param verify the PDF's text layer is read back and checked before the PDF is written
 * @param maxPages the most pages, or null for the file's {@code max_pages} (or no limit)
 * @param selection which tags and sections to keep, over the file's {@code select:}
 * @param debugLayout draw the margins, line boxes and baselines over the pages
 * @param profile print the time of each stage of the render on standard error (where a cold
 *     start spends its time); changes nothing the render writes
 */
public record RenderOptions(String theme, Theme.Paper paper, boolean strict, boolean verify, Integer maxPages,
        Selection selection, boolean debugLayout, boolean profile) {
    public static final RenderOptions DEFAULT = new RenderOptions(null, null, false, false);

    public RenderOptions {
        selection = selection == null ? Selection.NONE : selection;
    }

    public RenderOptions(String theme, Theme.Paper paper, boolean strict, boolean verify, Integer maxPages,
            Selection selection, boolean debugLayout) {
        this(theme, paper, strict, verify, maxPages, selection, debugLayout, false);
    }

    public RenderOptions(String theme, Theme.Paper paper, boolean strict, boolean verify) {
        this(theme, paper, strict, verify, null, Selection.NONE, false);
    }

    public RenderOptions(String theme, Theme.Paper paper) {
        this(theme, paper, false, false);
    }

    public RenderOptions withMaxPages(Integer pages) {
        return new RenderOptions(theme, paper, strict, verify, pages, selection, debugLayout, profile);
    }

    public RenderOptions withDebugLayout(boolean debug) {
        return new RenderOptions(theme, paper, strict, verify, maxPages, selection, debug, profile);
    }

    public RenderOptions withProfile(boolean on) {
        return new RenderOptions(theme, paper, strict, verify, maxPages, selection, debugLayout, on);
    }
}
