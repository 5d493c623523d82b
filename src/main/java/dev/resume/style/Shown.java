package dev.resume.style;

import dev.resume.theme.Theme;

import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.model.Show;

/**
 * What shows in a section: the section's choice, else the résumé's, else the theme's. One rule
 * for the PDF (Styler) and the text exports, so that both show the same parts.
 */
public final class Shown {
    private Shown() {}

    public static Show in(Theme theme, Section s, Resume r) {
        Theme.Publications pt = theme.publications();
        Show themes = new Show(pt.showAbstracts(), true, true, pt.showDate(), true, Show.Form.FULL);
        return s.show().over(r.show().over(themes));
    }
}
