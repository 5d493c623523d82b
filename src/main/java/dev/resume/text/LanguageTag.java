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
     * The three-letter languages of the JDK's locale data (CLDR, as Java 25 has it), written out:
     * asking the JDK ({@code Locale.getAvailableLocales()}) loads the list of every locale of
     * every provider, 15–20 ms of a cold start. LanguageTagTest checks the running JDK has no other.
     */
    static final Set<String> THREE_LETTER = Set.of(
            "agq", "ann", "asa", "ast", "bal", "bas", "bem", "bez", "bgc", "bho", "blo", "brx", "ccp", "ceb", "cgg",
            "chr", "ckb", "csw", "dav", "dje", "doi", "dsb", "dua", "dyo", "ebu", "ewo", "fil", "frr", "fur", "gaa",
            "gsw", "guz", "haw", "hsb", "jgo", "jmc", "kab", "kam", "kde", "kea", "kgp", "khq", "kkj", "kln", "kok",
            "ksb", "ksf", "ksh", "kxv", "lag", "lij", "lkt", "lmo", "lrc", "luo", "luy", "mai", "mas", "mdf", "mer",
            "mfe", "mgh", "mgo", "mni", "mua", "mzn", "naq", "nds", "nmg", "nnh", "nqo", "nso", "nus", "nyn", "pcm",
            "pis", "raj", "rof", "rwk", "sah", "saq", "sat", "sbp", "seh", "ses", "shi", "smn", "sms", "syr", "szl",
            "teo", "tok", "twq", "tzm", "vai", "vec", "vmw", "vun", "wae", "xnr", "xog", "yav", "yrl", "yue", "zgh");

    /**
     * The languages a tag may name: ISO 639-1's, and the three-letter codes the JDK has locale
     * data for ({@code yue}, {@code fil}), so that a word of three letters ({@code end}, {@code url})
     * is never taken for a language.
     */
    private static final Set<String> LANGUAGES = languages();

    private static Set<String> languages() {
        Set<String> s = new java.util.HashSet<>(java.util.Arrays.asList(Locale.getISOLanguages()));
        s.addAll(THREE_LETTER);
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
