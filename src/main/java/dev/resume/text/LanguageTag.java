package dev.resume.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * A language as a BCP 47 tag ("en", "de", "zh-Hans", "pt-BR", "ar"), in its canonical spelling:
 * what sets a résumé's dates, phrases and hyphenation, and what the PDF's {@code /Lang} and the
 * HTML's {@code lang} say.
 */
public record LanguageTag(String tag) {
    public static final LanguageTag ENGLISH = new LanguageTag("en");

    /** The two-letter ISO 639 codes, and so the languages a short tag may name. */
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    /**
     * The tag as written ("pt_BR" and "PT-br" are "pt-BR"), or null when it is no well-formed
     * BCP 47 tag or its language is no ISO 639 code ("engl", "english").
     */
    public static LanguageTag parse(String written) {
        if (written == null) {
            return null;
        }
        String w = written.strip().replace('_', '-');
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(w).build();
        } catch (IllformedLocaleException e) {
            return null;
        }
        String language = locale.getLanguage();
        boolean known = language.length() == 2 ? ISO_LANGUAGES.contains(language) : language.length() == 3;
        return known ? new LanguageTag(locale.toLanguageTag()) : null;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language alone: "zh" of "zh-Hans", "pt" of "pt-BR". */
    public String language() {
        return locale().getLanguage();
    }

    @Override
    public String toString() {
        return tag;
    }
}
