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

    /**
     * The languages a tag may name: ISO 639-1's, and the three-letter codes the JDK has locale
     * data for ({@code yue}, {@code fil}), so that a word of three letters ({@code end}, {@code url})
     * is never taken for a language.
     */
    private static final Set<String> LANGUAGES = languages();

    private static Set<String> languages() {
        Set<String> s = new java.util.HashSet<>(java.util.Arrays.asList(Locale.getISOLanguages()));
        for (Locale l : Locale.getAvailableLocales()) {
            if (l.getLanguage().length() == 3) {
                s.add(l.getLanguage());
            }
        }
        return Set.copyOf(s);
    }

    /** Whether {@code code} (lower case) is a language a tag may name. */
    public static boolean isKnownLanguage(String code) {
        return LANGUAGES.contains(code);
    }

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
        return LANGUAGES.contains(language) ? new LanguageTag(locale.toLanguageTag()) : null;
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
