package dev.resume.compose;

import dev.resume.model.Letter;
import dev.resume.model.PartialDate;
import dev.resume.model.Resume;
import dev.resume.model.Text;
import dev.resume.text.Phrases;
import dev.resume.theme.DateFormatter;
import dev.resume.theme.Theme;

/**
 * A letter that gives no {@code date:} is dated the day it is built, as LaTeX's letters print
 * {@code \today}: written in full in the letter's language ("2 December 2026", "2. Dezember
 * 2026", "2026年12月2日"), whatever the theme's months are for a CV's dates. The build day is
 * {@code SOURCE_DATE_EPOCH}'s when it is set, so a rebuild stays the same file. {@code date: ""}
 * prints none.
 */
public final class LetterDate {
    private LetterDate() {}

    /** {@code r} with its letter dated {@code built} when it is a letter that says no date; else {@code r}. */
    public static Resume dated(Theme theme, Resume r, PartialDate built) {
        Letter l = r.letter();
        if (l == null || l.date() != null || built == null) {
            return r;
        }
        Phrases words = Words.of(theme, r);
        Theme.DateStyle style = Shown.dates(theme, r, words);
        DateFormatter full = new DateFormatter(new Theme.DateStyle(Theme.Months.LONG, style.present(), style.separator(),
                style.expected()), words.language().locale());
        Text date = Text.plain(full.format(built));
        return r.withLetter(new Letter(l.recipient(), l.place(), date, l.subject(), l.opening(), l.body(), l.closing(),
                l.signature(), l.enclosuresLabel(), l.enclosures(), l.pos()));
    }
}
