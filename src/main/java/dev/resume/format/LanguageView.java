package dev.resume.format;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.diag.Suggest;
import dev.resume.syntax.YNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A résumé tree in one language: every text in several languages ({@code title: {en: Education,
 * zh: 教育经历}}) replaced by the chosen language's text, and every list item that carries
 * {@code lang:} kept only in its language (and with its {@code lang:}, which says what language it is in). It runs once, before any binding, so that every text
 * of every kind of entry gets languages without its binder knowing, and every output (PDF,
 * Markdown, text, HTML) shows the same choice. The rules (docs/format.md, "Several languages in
 * one file"):
 * <ul>
 *   <li>a mapping is a text in several languages when every key is a language tag
 *       ({@link LanguageTags}), every value a text or a list, and not every key is also a key of
 *       the format ({@code {id: x}} is an entry's id, not Indonesian);</li>
 *   <li>{@code languages: [en, zh]} lists the file's languages, the first the default; without
 *       it they are the maps' keys, in the order they first appear;</li>
 *   <li>the language is {@code --lang}, else the file's {@code lang:} (a variant's, say), else the
 *       default; a text with one language serves every language; a text that lacks the chosen
 *       one gets the default's, with a warning (an error with --strict).</li>
 * </ul>
 */
public final class LanguageView {
    /** The key that lists a file's languages, and the key that picks one (at the top) or marks an item's (in a list). */
    public static final String LANGUAGES = "languages";
    public static final String LANG = "lang";

    /**
     * The tree in one language.
     *
     * @param lang the language chosen, or null when the file has no languages and none was asked for
     * @param languages the file's languages, the default first
     */
    public record Chosen(YNode root, String lang, List<String> languages) {}

    /** Keys of the format that are language tags too ({@code id}, {@code doi}): a mapping of these alone is no text. */
    private static final Set<String> FORMAT_KEYS = formatKeys();

    private static Set<String> formatKeys() {
        Set<String> keys = new HashSet<>(Set.of("id", "doi"));
        for (FormatSpec.Shape s : FormatSpec.SHAPES) {
            for (FormatSpec.Field f : s.fields()) {
                if (LanguageTags.isTag(f.key())) {
                    keys.add(f.key());
                }
            }
        }
        return Set.copyOf(keys);
    }

    private final Diagnostics diagnostics;
    private final boolean strict;
    private String lang;
    private String fallback;
    /** The languages {@code languages:} declares; empty when it is absent. */
    private List<String> declared = List.of();

    private LanguageView(Diagnostics diagnostics, boolean strict) {
        this.diagnostics = diagnostics;
        this.strict = strict;
    }

    /** Whether {@code m} is a text in several languages. */
    public static boolean isLanguageMap(YNode.Map m) {
        if (m.entries().isEmpty()) {
            return false;
        }
        boolean someNotFormatKey = false;
        for (YNode.Entry e : m.entries()) {
            if (!LanguageTags.isTag(e.key()) || e.value() instanceof YNode.Map) {
                return false;
            }
            someNotFormatKey |= !FORMAT_KEYS.contains(e.key());
        }
        return someNotFormatKey;
    }

    /** The text of the first language of a text in several languages, for names that must not change with the language (ids). */
    public static YNode first(YNode.Map m) {
        return m.entries().getFirst().value();
    }

    /**
     * The file's languages, the default first: its {@code languages:}, else the languages its
     * texts in several languages are written in. Empty for a file in one language.
     */
    public static List<String> languages(YNode root, Diagnostics diagnostics) {
        LanguageView v = new LanguageView(diagnostics, false);
        return v.languagesOf(root);
    }

    /**
     * The tree in {@code requested} (a tag, or null for the file's {@code lang:} or its
     * default). An unknown language is an error, located at the file's {@code lang:} or
     * {@code languages:}.
     */
    public static Chosen choose(YNode root, String requested, boolean strict, Diagnostics diagnostics) {
        LanguageView v = new LanguageView(diagnostics, strict);
        List<String> languages = v.languagesOf(root);
        v.fallback = languages.isEmpty() ? null : languages.getFirst();
        YNode.Entry written = root instanceof YNode.Map m ? m.get(LANG) : null;
        SourcePos at = SourcePos.unknown(root.pos().file());
        String wanted = requested;
        String how = requested == null ? null : "--lang " + requested;
        if (wanted == null && written != null && written.value() instanceof YNode.Scalar s && !s.isNull()) {
            wanted = s.text().strip();
            at = s.pos();
        } else if (written != null && !(written.value() instanceof YNode.Scalar)) {
            diagnostics.error(written.value().pos(), "'lang' must be a language tag (en, zh, pt-BR), found " + written.value().describe(),
                    "write `lang: zh`: the language this file is rendered in");
        }
        if (wanted == null) {
            v.lang = v.fallback;
        } else if (!LanguageTags.isTag(wanted)) {
            String hint = LanguageTags.suggestion(wanted, languages.isEmpty() ? LanguageTags.EXAMPLES : languages);
            diagnostics.error(at, "'" + wanted + "'" + (how != null ? " (" + how + ")" : "") + " is not a language tag",
                    hint != null ? hint : "a language tag is a language code, with a script or a region if need be: en, zh-Hans, pt-BR");
            v.lang = v.fallback;
        } else if (!languages.isEmpty() && LanguageTags.lookup(wanted, languages) == null) {
            String close = Suggest.closest(wanted, languages);
            if (how != null && root instanceof YNode.Map m && m.get(LANGUAGES) != null) {
                at = m.get(LANGUAGES).keyPos();
            }
            diagnostics.error(at, "the file has no language '" + wanted + "'" + (how != null ? " (" + how + ")" : "")
                    + "; its languages: " + String.join(", ", languages),
                    close != null ? "did you mean '" + close + "'?" : "add it to `languages:`, and its texts to the file");
            v.lang = v.fallback;
        } else {
            v.lang = LanguageTags.normal(wanted);
        }
        return new Chosen(v.view(root, "the résumé", true), v.lang, languages);
    }

    private List<String> languagesOf(YNode root) {
        if (root instanceof YNode.Map m && m.get(LANGUAGES) != null) {
            YNode.Entry e = m.get(LANGUAGES);
            List<YNode> items = e.value() instanceof YNode.Seq seq ? seq.items() : List.of(e.value());
            Set<String> out = new LinkedHashSet<>();
            for (YNode item : items) {
                if (item instanceof YNode.Scalar s && !s.isNull() && LanguageTags.isTag(s.text().strip())) {
                    if (!out.add(LanguageTags.normal(s.text().strip()))) {
                        diagnostics.error(s.pos(), "'" + s.text().strip() + "' is listed twice in 'languages'", "remove one of them");
                    }
                } else if (item instanceof YNode.Scalar s && !s.isNull()) {
                    String hint = LanguageTags.suggestion(s.text().strip(), LanguageTags.EXAMPLES);
                    diagnostics.error(s.pos(), "unknown language tag '" + s.text().strip() + "' in 'languages'",
                            hint != null ? hint : "a language tag is a language code, with a script or a region if need be: en, zh-Hans, pt-BR");
                } else {
                    diagnostics.error(item.pos(), "each item of 'languages' must be a language tag (en, zh, pt-BR), found " + item.describe(),
                            "write `languages: [en, zh]`: the file's languages, the default first");
                }
            }
            declared = List.copyOf(out);
            return declared;
        }
        Set<String> found = new LinkedHashSet<>();
        collect(root, found);
        return List.copyOf(found);
    }

    /** The languages the texts in several languages are written in, in order. */
    private static void collect(YNode n, Set<String> found) {
        switch (n) {
            case YNode.Scalar s -> { }
            case YNode.Seq seq -> {
                // Not the items' lang: a bullet in German in an English CV makes no file in two languages.
                for (YNode item : seq.items()) {
                    collect(item, found);
                }
            }
            case YNode.Map m -> {
                if (isLanguageMap(m)) {
                    for (YNode.Entry e : m.entries()) {
                        found.add(LanguageTags.normal(e.key()));
                    }
                }
                for (YNode.Entry e : m.entries()) {
                    collect(e.value(), found);
                }
            }
        }
    }

    private YNode view(YNode n, String what, boolean top) {
        return switch (n) {
            case YNode.Scalar s -> s;
            case YNode.Seq seq -> {
                List<YNode> items = new ArrayList<>();
                for (YNode item : seq.items()) {
                    // The item keeps its lang: (the binders accept it), for the stages after to
                    // know the language of what it says.
                    if (item instanceof YNode.Map m && m.get(LANG) != null && !serves(m.get(LANG), what)) {
                        continue;
                    }
                    items.add(view(item, what, false));
                }
                yield new YNode.Seq(List.copyOf(items), seq.pos());
            }
            case YNode.Map m when isLanguageMap(m) -> view(pick(m, what), what, false);
            case YNode.Map m -> {
                List<YNode.Entry> entries = new ArrayList<>();
                for (YNode.Entry e : m.entries()) {
                    // `lang:` and the top's `languages:` stay as written, for the loader and the binders.
                    entries.add(e.key().equals(LANG) || top && e.key().equals(LANGUAGES) ? e
                            : new YNode.Entry(e.key(), e.keyPos(), view(e.value(), e.key(), false)));
                }
                yield new YNode.Map(List.copyOf(entries), m.pos());
            }
        };
    }

    /** Whether an item with this {@code lang:} is in the chosen language; checks its tags. */
    private boolean serves(YNode.Entry langEntry, String what) {
        YNode value = langEntry.value();
        if (value instanceof YNode.Map || (value instanceof YNode.Scalar s && s.isNull())) {
            diagnostics.error(value.pos(), "'lang' of an item of '" + what + "' must be a language tag (en, zh) or a list of them,"
                    + " found " + value.describe(), "write `lang: zh`: the item is in that language only");
            return true;
        }
        boolean serves = false;
        for (YNode t : value instanceof YNode.Seq seq ? seq.items() : List.of(value)) {
            if (!(t instanceof YNode.Scalar s) || s.isNull()) {
                diagnostics.error(t.pos(), "each item of 'lang' must be a language tag, found " + t.describe(), null);
                continue;
            }
            String tag = s.text().strip();
            if (!checkTag(tag, s.pos(), "'lang' of an item of '" + what + "'", s)) {
                continue;
            }
            serves |= lang != null && LanguageTags.lookup(lang, List.of(tag)) != null;
        }
        // A file in one language, none asked for: nothing to choose between, every item stays.
        return serves || lang == null;
    }

    /** A key of a text in several languages, or an item's {@code lang:}: one of the declared languages, if any are. */
    private boolean checkTag(String tag, SourcePos pos, String where, YNode value) {
        if (!LanguageTags.isTag(tag)) {
            String hint = LanguageTags.suggestion(tag, declared.isEmpty() ? LanguageTags.EXAMPLES : declared);
            diagnostics.error(pos, "unknown language tag '" + tag + "' in " + where, commaHint(value, hint));
            return false;
        }
        if (!declared.isEmpty() && declared.stream().noneMatch(d -> d.equalsIgnoreCase(tag))) {
            String close = Suggest.closest(tag, declared);
            diagnostics.error(pos, "'" + tag + "' in " + where + " is not one of the file's languages (" + String.join(", ", declared) + ")",
                    commaHint(value, close != null ? "did you mean '" + close + "'? Or add it to `languages:`" : "add it to `languages:`"));
            return false;
        }
        return true;
    }

    /**
     * A key without a value in a text in several languages is most often the end of a text cut
     * at a comma: in {@code {en: Edinburgh, UK}} the comma ends the text and {@code UK} is a key.
     */
    private static String commaHint(YNode value, String hint) {
        if (value instanceof YNode.Scalar s && s.isNull()) {
            return "inside { } a comma ends a text: quote a text with a comma, {en: \"Edinburgh, UK\", zh: 英国爱丁堡}";
        }
        return hint;
    }

    /** The chosen language's text of {@code m}, else the default's, said. */
    private YNode pick(YNode.Map m, String what) {
        List<String> keys = new ArrayList<>();
        for (YNode.Entry e : m.entries()) {
            checkTag(e.key(), e.keyPos(), "'" + what + "'", e.value());
            keys.add(e.key());
        }
        String key = lang == null ? null : LanguageTags.lookup(lang, keys);
        if (key != null) {
            return m.get(key).value();
        }
        if (keys.size() == 1) {
            // Written in one language on purpose: it serves them all.
            return m.entries().getFirst().value();
        }
        String def = fallback == null ? null : LanguageTags.lookup(fallback, keys);
        String used = def != null ? def : keys.getFirst();
        String message = "'" + what + "' has no '" + lang + "' text; the '" + used + "' text is used";
        String hint = "add `" + lang + ": …` to it";
        if (strict) {
            diagnostics.error(m.pos(), message + " (an error with --strict)", hint);
        } else {
            diagnostics.warning(m.pos(), message, hint);
        }
        return m.get(used).value();
    }

    /**
     * Says what is wrong with a mapping that stands where a text is expected and is almost a
     * text in several languages: a key that is no language tag ({@code engl}), or a language's
     * text that is a mapping. False when it said nothing (it does not look like one).
     */
    public static boolean explain(YNode.Map m, String key, Diagnostics diagnostics) {
        if (m.entries().stream().noneMatch(e -> LanguageTags.isTag(e.key()))) {
            return false;
        }
        boolean said = false;
        for (YNode.Entry e : m.entries()) {
            said |= !LanguageTags.isTag(e.key()) || e.value() instanceof YNode.Map;
            if (!LanguageTags.isTag(e.key())) {
                String hint = LanguageTags.suggestion(e.key(), LanguageTags.EXAMPLES);
                diagnostics.error(e.keyPos(), "unknown language tag '" + e.key() + "' in '" + key + "'", commaHint(e.value(),
                        (hint != null ? hint + " " : "") + "A text in several languages maps language tags to texts: {en: Education, zh: 教育经历}"));
            } else if (e.value() instanceof YNode.Map) {
                diagnostics.error(e.value().pos(), "the '" + e.key() + "' text of '" + key + "' must be a text, found a mapping",
                        "a value containing ': ' must be quoted");
            }
        }
        return said;
    }
}
