package dev.resume.format;

import dev.resume.diag.Suggest;
import dev.resume.text.LanguageTag;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language tags a résumé's texts are keyed by (BCP 47's common part: a language, then a
 * script and a region, if any: {@code en}, {@code zh-Hans}, {@code pt-BR}, {@code es-419}).
 * The language must be one the JDK knows (ISO 639-1, or a three-letter code it has locale data
 * for, such as {@code yue} or {@code fil}), so that ordinary keys of three letters ({@code end},
 * {@code url}) are never taken for languages.
 */
public final class LanguageTags {
    private LanguageTags() {}

    /** A tag as the JSON Schema checks it (the known-language part is the loader's). */
    public static final String SCHEMA_PATTERN = "^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$";

    private static final Pattern TAG = Pattern.compile("([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|[0-9]{3}))?");

    /** Whether {@code key} is a language tag: {@code en}, {@code zh-Hans}, {@code pt-BR}; not {@code engl} or {@code end}. */
    public static boolean isTag(String key) {
        Matcher m = TAG.matcher(key);
        return m.matches() && LanguageTag.isKnownLanguage(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The tag in its usual case: {@code ZH-hans} is {@code zh-Hans}, {@code pt-br} is {@code pt-BR}. */
    public static String normal(String tag) {
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
            return tag;
        }
        StringBuilder sb = new StringBuilder(m.group(1).toLowerCase(Locale.ROOT));
        if (m.group(2) != null) {
            sb.append('-').append(Character.toUpperCase(m.group(2).charAt(0))).append(m.group(2).substring(1).toLowerCase(Locale.ROOT));
        }
        if (m.group(3) != null) {
            sb.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * The one of {@code have} that serves {@code wanted}, as BCP 47's lookup finds it: the tag
     * itself, else the tag with its last part cut off, and so on ({@code zh-Hans-CN},
     * {@code zh-Hans}, {@code zh}); case does not matter. Null when none does.
     */
    public static String lookup(String wanted, Collection<String> have) {
        String w = wanted;
        while (true) {
            for (String h : have) {
                if (h.equalsIgnoreCase(w)) {
                    return h;
                }
            }
            int dash = w.lastIndexOf('-');
            if (dash < 0) {
                return null;
            }
            w = w.substring(0, dash);
        }
    }

    /** "did you mean 'en'?" for a key that is no tag, or null. */
    public static String suggestion(String key, Collection<String> tags) {
        String close = Suggest.closest(key.toLowerCase(Locale.ROOT), tags);
        if (close == null && key.length() > 2 && isTag(key.substring(0, 2))) {
            close = key.substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return close == null ? null : "did you mean '" + close + "'?";
    }

    /** The languages an editor may offer first. */
    public static final List<String> EXAMPLES = List.of("en", "zh", "zh-Hans", "de", "fr", "es", "pt-BR", "ja", "ar", "ru");
}
