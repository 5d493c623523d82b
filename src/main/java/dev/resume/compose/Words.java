package dev.resume.compose;

import dev.resume.model.Resume;
import dev.resume.text.Phrase;
import dev.resume.text.Phrases;
import dev.resume.theme.Theme;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words a résumé is composed with, each from the first that gives it: the résumé's
 * {@code phrases:}, then the theme's own keys for it ({@code dates.present},
 * {@code dates.expected}, {@code publications.editor}, {@code publications.editors}), then the
 * theme's {@code phrases:}, then the built-in table of the résumé's language and the languages
 * it falls back to, English last. (A résumé's or a section's {@code dates:} goes over all of
 * them for its dates: {@link Shown#dates}.) The built-in themes leave every word empty, so the
 * language's stands unless someone wrote another.
 */
final class Words {
    private Words() {}

    static Phrases of(Theme theme, Resume r) {
        Map<Phrase, String> themes = new EnumMap<>(Phrase.class);
        themes.putAll(theme.wording().phrases());
        put(themes, Phrase.PRESENT, theme.dates().present());
        put(themes, Phrase.EXPECTED, theme.dates().expected());
        put(themes, Phrase.EDITOR, theme.publications().editor());
        put(themes, Phrase.EDITORS, theme.publications().editors());
        return Phrases.of(r.locale()).over(themes).over(r.phrases());
    }

    private static void put(Map<Phrase, String> out, Phrase p, String v) {
        if (v != null) {
            out.put(p, v);
        }
    }
}
