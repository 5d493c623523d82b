package dev.resume.compose;

import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.model.Show;
import dev.resume.theme.Theme;

/** What shows in a section: the section's choice, else the résumé's, else the theme's. */
final class Shown {
    private Shown() {}

    static Show in(Theme theme, Section s, Resume r) {
        Theme.Publications pt = theme.publications();
        Show themes = new Show(pt.showAbstracts(), true, true, pt.showDate(), true, Show.Form.FULL);
        return s.show().over(r.show().over(themes));
    }
}
