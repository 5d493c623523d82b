package dev.resume.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the typesetter writes itself ({@link Phrase}) in one language, with its quotation
 * marks and its direction. They are data: {@code locale/<tag>.properties} on the class path, one
 * file a language, each saying only what differs from the language it falls back to. A tag
 * looks in its own file, then its script's and its region's, then its language's, then
 * English's (pt-BR: pt-BR, pt, en; zh-TW: zh-TW, zh-Hant, zh, zh-Hans by {@code aliases}, en),
 * so every phrase has a value. What a theme or a résumé says goes over them ({@link #over}).
 *
 * @param language the tag asked for
 * @param words every phrase
 * @param rightToLeft whether the language is written right to left (ar, he, fa, ur)
 */
public record Phrases(LanguageTag language, Map<Phrase, String> words, boolean rightToLeft) {
    private static final String FOLDER = "/locale/";
    private static final Map<String, Phrases> CACHE = new ConcurrentHashMap<>();
    private static final Properties ALIASES = load("aliases");

    public Phrases {
        words = Collections.unmodifiableMap(new EnumMap<>(words));
    }

    /** The built-in words of {@code tag}'s language, down its fallback chain to English. */
    public static Phrases of(LanguageTag tag) {
        LanguageTag t = tag == null ? LanguageTag.ENGLISH : tag;
        return CACHE.computeIfAbsent(t.tag(), k -> read(t));
    }

    private static Phrases read(LanguageTag tag) {
        Map<Phrase, String> words = new EnumMap<>(Phrase.class);
        String direction = null;
        for (String name : chain(tag)) {
            Properties p = load(name);
            for (Phrase phrase : Phrase.values()) {
                String v = p.getProperty(phrase.key());
                if (v != null && !words.containsKey(phrase)) {
                    words.put(phrase, v);
                }
            }
            if (direction == null) {
                direction = p.getProperty("direction");
            }
        }
        for (Phrase phrase : Phrase.values()) {
            if (!words.containsKey(phrase)) {
                throw new IllegalStateException("locale/en.properties gives no '" + phrase.key() + "'");
            }
        }
        return new Phrases(tag, words, "rtl".equals(direction));
    }

    /**
     * The files a tag reads, most particular first: "pt-BR": pt-BR, pt, en; "zh-Hant-TW":
     * zh-Hant-TW, zh-Hant, zh-TW, zh, and what {@code aliases} adds after a name (zh: zh-Hans).
     */
    public static List<String> chain(LanguageTag tag) {
        Locale l = tag.locale();
        String lang = l.getLanguage();
        String script = l.getScript();
        String region = l.getCountry();
        List<String> names = new ArrayList<>();
        if (!script.isEmpty() && !region.isEmpty()) {
            names.add(lang + "-" + script + "-" + region);
        }
        if (!script.isEmpty()) {
            names.add(lang + "-" + script);
        }
        if (!region.isEmpty()) {
            names.add(lang + "-" + region);
        }
        names.add(lang);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            add(out, n);
        }
        add(out, "en");
        return List.copyOf(out);
    }

    /** A name, then what it is an alias of (zh-TW: zh-Hant), each once. */
    private static void add(List<String> out, String name) {
        if (!out.contains(name)) {
            out.add(name);
        }
        String alias = ALIASES.getProperty(name);
        if (alias != null) {
            add(out, alias);
        }
    }

    /** A file's words, or none when there is no file of that name. */
    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Phrases.class.getResourceAsStream(FOLDER + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public String get(Phrase p) {
        return words.get(p);
    }

    /** These words with {@code given} instead where it says something (null values say nothing). */
    public Phrases over(Map<Phrase, String> given) {
        if (given == null || given.isEmpty()) {
            return this;
        }
        Map<Phrase, String> w = new EnumMap<>(words);
        given.forEach((k, v) -> {
            if (v != null) {
                w.put(k, v);
            }
        });
        return new Phrases(language, w, rightToLeft);
    }

    public Quotes quotes() {
        return new Quotes(get(Phrase.QUOTE_OPEN), get(Phrase.QUOTE_CLOSE), get(Phrase.QUOTE_INNER_OPEN),
                get(Phrase.QUOTE_INNER_CLOSE));
    }
}
