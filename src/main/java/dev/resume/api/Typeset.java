package dev.resume.api;

import dev.resume.compose.Composition;
import dev.resume.diag.Diagnostic;
import dev.resume.layout.LayoutReport;
import dev.resume.layout.Page;
import dev.resume.model.Resume;
import dev.resume.style.StyledDocument;
import dev.resume.theme.Theme;
import java.util.List;

/**
 * A résumé carried through load, style and layout: everything but the PDF bytes.
 *
 * @param composed the résumé composed in its theme, for the PDF and the text exports alike
 * @param theme the theme it is set in: tightened, when a page limit or a pull-back tightened it
 * @param fit what a page limit or the pull-back of a short last page did, or null when the résumé was set as it was
 * @param report the layout's figures: spacing, hyphens, widows and orphans
 */
public record Typeset(Resume resume, Composition composed, Theme theme, StyledDocument styled, List<Page> pages, List<Diagnostic> warnings,
        PageFit fit, LayoutReport report) {

    /** The name of the theme it is set in: a built-in's, or a theme file's. */
    public String themeName() {
        return theme.name();
    }
}
