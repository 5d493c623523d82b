package dev.resume.layout;

import dev.resume.text.LanguageTag;
import java.util.List;
import java.util.Locale;

/**
 * A language the layout can hyphenate: its TeX patterns (in {@code resources/hyphen/}, each
 * with its licence beside it and its source in the README there), and the fewest letters TeX's
 * language data keeps before and after a break. A language not listed here is not hyphenated at
 * all: Chinese, Japanese and Korean break between characters, Thai, Lao and Khmer by a
 * dictionary, Arabic, Hebrew and the Indic scripts do not hyphenate in print; a language whose
 * patterns carry no free licence (Czech, Latvian, Irish, Indonesian, Serbian: GPL) waits for one.
 *
 * @param tags the BCP 47 tags it stands for: the first is its own, then the languages' short
 *     tags that take the same patterns ("no" and "nn" for Norwegian Bokmål's, whose Nynorsk file
 *     is the same); a tag with a region ("en-GB") is matched before a bare language
 * @param file the patterns' file name, without {@code .pat.txt} ({@code .hyp.txt} holds the
 *     exceptions where there are some); the English one is the LibreOffice {@code .dic}
 * @param licence what the patterns may be used under, as their header says (in short)
 */
public record HyphenationLanguage(List<String> tags, String name, String file, int leftMin, int rightMin, String licence) {

    public HyphenationLanguage {
        tags = List.copyOf(tags);
    }

    /** The American English patterns the layout has always used, and the default. */
    static final HyphenationLanguage ENGLISH = new HyphenationLanguage(List.of("en"), "English (US)", "hyph_en_US.dic", 2, 3,
            "BSD-style (hyphen.tex: unlimited copying)");

    /** Every language with patterns, in the order of the docs' table. */
    public static final List<HyphenationLanguage> ALL = List.of(
            ENGLISH,
            of("en-GB", "English (UK)", "hyph-en-gb", 2, 3, "MIT"),
            of("de", "German (1996 orthography)", "hyph-de-1996", 2, 2, "MIT"),
            of("fr", "French", "hyph-fr", 2, 2, "MIT"),
            of("es", "Spanish", "hyph-es", 2, 2, "MIT"),
            of("it", "Italian", "hyph-it", 2, 2, "LPPL or MIT"),
            of("pt", "Portuguese", "hyph-pt", 2, 3, "BSD 3-clause"),
            of("nl", "Dutch", "hyph-nl", 2, 2, "MIT"),
            of("sv", "Swedish", "hyph-sv", 2, 2, "LPPL"),
            of("da", "Danish", "hyph-da", 2, 2, "LPPL or MIT"),
            new HyphenationLanguage(List.of("nb", "no", "nn"), "Norwegian (Bokmål, Nynorsk)", "hyph-nb", 2, 2,
                    "all-permissive (FSF)"),
            of("fi", "Finnish", "hyph-fi", 2, 2, "free distribution"),
            of("is", "Icelandic", "hyph-is", 2, 2, "LPPL"),
            of("pl", "Polish", "hyph-pl", 2, 2, "MIT or public domain"),
            of("sk", "Slovak", "hyph-sk", 2, 3, "MIT"),
            of("sl", "Slovenian", "hyph-sl", 2, 2, "LPPL or MIT"),
            of("hr", "Croatian", "hyph-hr", 2, 2, "LPPL or MIT-style"),
            of("hu", "Hungarian", "hyph-hu", 2, 2, "MPL 1.1 or GPL 2 or LGPL 2.1"),
            of("ru", "Russian", "hyph-ru", 2, 2, "LPPL"),
            of("uk", "Ukrainian", "hyph-uk", 2, 2, "MIT or LPPL"),
            of("be", "Belarusian", "hyph-be", 2, 2, "MIT"),
            of("bg", "Bulgarian", "hyph-bg", 2, 2, "BSD-style"),
            of("el", "Greek (monotonic)", "hyph-el-monoton", 1, 1, "LPPL or MIT"),
            of("ca", "Catalan", "hyph-ca", 2, 2, "LPPL"),
            of("gl", "Galician", "hyph-gl", 2, 2, "Unlicense"),
            of("eu", "Basque", "hyph-eu", 2, 2, "MIT-style"),
            of("et", "Estonian", "hyph-et", 2, 3, "MIT or LPPL"),
            of("lt", "Lithuanian", "hyph-lt", 2, 2, "MIT"),
            of("tr", "Turkish", "hyph-tr", 2, 2, "LPPL"),
            of("cy", "Welsh", "hyph-cy", 2, 3, "LPPL or MIT"),
            of("af", "Afrikaans", "hyph-af", 1, 2, "MIT"),
            of("la", "Latin", "hyph-la", 2, 2, "MIT or LPPL"));

    private static HyphenationLanguage of(String tag, String name, String file, int left, int right, String licence) {
        return new HyphenationLanguage(List.of(tag), name, file, left, right, licence);
    }

    /** Its own tag: "de", "en-GB". */
    public String tag() {
        return tags.get(0);
    }

    /**
     * The patterns for {@code language}: those of its tag with the region ("en-GB"), else of its
     * language ("de" for "de-AT"), else null: no hyphenation, never another language's.
     */
    public static HyphenationLanguage of(LanguageTag language) {
        if (language == null) {
            return null;
        }
        Locale l = language.locale();
        String regional = l.getCountry().isEmpty() ? null : l.getLanguage() + "-" + l.getCountry();
        HyphenationLanguage bare = null;
        for (HyphenationLanguage h : ALL) {
            for (String t : h.tags) {
                if (t.equals(regional)) {
                    return h;
                }
                if (bare == null && t.equals(l.getLanguage())) {
                    bare = h;
                }
            }
        }
        return bare;
    }
}
