package dev.resume.compose;

import dev.resume.model.PartialDate;
import dev.resume.model.Resume;
import dev.resume.model.Text;
import dev.resume.text.PageTemplate;
import dev.resume.text.Phrase;
import dev.resume.text.Phrases;
import dev.resume.theme.DateFormatter;
import dev.resume.theme.Theme;
import java.util.EnumMap;
import java.util.Map;

/**
 * A résumé's footer and running header: the résumé's own text over the theme's, with the
 * placeholders that are the same on every page ({@code {name}}, {@code {date}},
 * {@code {updated}}) filled in; the page numbers are the layout's to fill.
 *
 * @param header the running header, or null for none
 * @param footer the footer, or null for none
 */
public record RunningTexts(PageTemplate header, PageTemplate footer) {
    public static final RunningTexts NONE = new RunningTexts(null, null);

    /**
     * The texts of {@code resume} in {@code theme}, its dates written as the résumé's dates are.
     *
     * @param built the build date ({@code {date}})
     * @param updated the résumé's last change ({@code {updated}}), or null where no text asks for it
     */
    public static RunningTexts of(Theme theme, Resume resume, PartialDate built, PartialDate updated) {
        Phrases words = Words.of(theme, resume);
        DateFormatter dates = new DateFormatter(Shown.dates(theme, resume, words), words.language().locale());
        Map<PageTemplate.Field, String> values = new EnumMap<>(PageTemplate.Field.class);
        values.put(PageTemplate.Field.NAME, resume.name() == null ? "" : resume.name().plainText().strip());
        values.put(PageTemplate.Field.DATE, built == null ? "" : dates.format(built));
        values.put(PageTemplate.Field.UPDATED, updated == null ? "" : dates.format(updated));
        return new RunningTexts(filled(chosen(resume.pageHeader(), theme.pageHeader()), values),
                filled(footer(theme, resume, words), values));
    }

    /** Whether either text asks for {@code field}: the résumé's last change is looked for only then. */
    public static boolean asks(Theme theme, Resume resume, PageTemplate.Field field) {
        PageTemplate h = chosen(resume.pageHeader(), theme.pageHeader());
        PageTemplate f = footer(theme, resume, Words.of(theme, resume));
        return h != null && h.fields().contains(field) || f != null && f.fields().contains(field);
    }

    /**
     * The résumé's footer, else the theme's, else (a theme that leaves it empty, as the built-in
     * ones do) the language's "Page {page} of {pages}".
     */
    private static PageTemplate footer(Theme theme, Resume resume, Phrases words) {
        if (resume.footer() == null && theme.footer() == null && theme.wording().localeFooter()) {
            // Each built-in table's text is checked by a test; one a résumé or theme gives, where it is written.
            return PageTemplate.parse(words.get(Phrase.PAGE_FOOTER)) instanceof PageTemplate.Ok ok ? ok.template() : null;
        }
        return chosen(resume.footer(), theme.footer());
    }

    /** The résumé's text (checked where it was read; empty for none) over the theme's. */
    private static PageTemplate chosen(Text own, PageTemplate theme) {
        if (own == null) {
            return theme;
        }
        return own.isBlank() ? null : PageTemplate.of(own.markdown());
    }

    private static PageTemplate filled(PageTemplate t, Map<PageTemplate.Field, String> values) {
        return t == null ? null : t.with(values);
    }
}
