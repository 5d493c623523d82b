package dev.resume.compose;

import dev.resume.model.AuthorLimit;
import dev.resume.model.DateWording;
import dev.resume.model.Resume;
import dev.resume.model.Section;
import dev.resume.model.Show;
import dev.resume.text.Phrase;
import dev.resume.text.Phrases;
import dev.resume.theme.Theme;

/** What shows in a section, and how its dates are written: the section's choice, else the résumé's, else the theme's. */
final class Shown {
    private Shown() {}

    static Show in(Theme theme, Section s, Resume r) {
        Theme.Publications pt = theme.publications();
        Show themes = new Show(pt.showAbstracts(), true, true, false, pt.showDate(), true,
                Show.Owner.valueOf(pt.owner().name()), Show.Form.FULL,
                new AuthorLimit(pt.maxAuthors(), pt.lastAuthor()));
        return s.show().over(r.show().over(themes));
    }

    /** The theme's way of writing dates, with what the résumé and the section ask instead; the rest in {@code words}. */
    static Theme.DateStyle dates(Theme theme, Section s, Resume r, Phrases words) {
        return dates(theme, s.dates().over(r.dates()), words);
    }

    /** The theme's way of writing dates, with what the résumé asks instead: for what belongs to no section (the footer). */
    static Theme.DateStyle dates(Theme theme, Resume r, Phrases words) {
        return dates(theme, r.dates(), words);
    }

    private static Theme.DateStyle dates(Theme theme, DateWording asked, Phrases words) {
        Theme.DateStyle t = theme.dates();
        return new Theme.DateStyle(asked.months() != null ? Theme.Months.valueOf(asked.months().name()) : t.months(),
                asked.present() != null ? asked.present() : words.get(Phrase.PRESENT),
                asked.separator() != null ? asked.separator() : t.separator(),
                asked.expected() != null ? asked.expected() : words.get(Phrase.EXPECTED));
    }
}
