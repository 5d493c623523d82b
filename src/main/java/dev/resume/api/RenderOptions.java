package dev.resume.api;

import dev.resume.input.Selection;
import dev.resume.text.LanguageTag;
import dev.resume.theme.ThemeLoader;
import dev.resume.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a render may override; each null field leaves the résumé file's choice.
 *
 * @param theme a built-in theme name or a theme file path, or null for the résumé's own choice
 *     (or {@code classic})
 * @param paper a paper size, or null for the résumé's or the theme's
 * @param strict warnings (a character no font has) are errors
 * @param verify the PDF's text layer is read back and checked before the PDF is written
 * @param maxPages the most pages, or null for the file's {@code max_pages} (or no limit)
 * @param selection which tags and sections to keep, over the file's {@code select:}, and which language ({@link #lang()})
 * @param debugLayout draw the margins, line boxes and baselines over the pages
 * @param profile print the time of each stage of the render on standard error (where a cold
 *     start spends its time); changes nothing the render writes
 * @param environment the environment variables the render reads ({@code SOURCE_DATE_EPOCH}), or
 *     null for the process's: a test or a server gives its own rather than changing the process's
 * @param locale the language to set the résumé in, over the file's and the theme's, or null
 * @param archival write PDF/A-2b (besides PDF/UA-1, which every PDF is): true, or null for the theme's {@code pdf.standard}
 */
public record RenderOptions(String theme, Theme.Paper paper, boolean strict, boolean verify, Integer maxPages,
        Selection selection, boolean debugLayout, boolean profile, Map<String, String> environment, LanguageTag locale,
        Boolean archival) {
    public static final RenderOptions DEFAULT = new RenderOptions(null, null, false, false, null, Selection.NONE, false, false,
            null, null, null);

    public RenderOptions {
        selection = selection == null ? Selection.NONE : selection;
        environment = environment == null ? null : Map.copyOf(environment);
    }

    /** The defaults with {@code theme} (a built-in name or a theme file's path; null for the file's own). */
    public static RenderOptions of(String theme) {
        return DEFAULT.withTheme(theme);
    }

    public RenderOptions withTheme(String name) {
        return new RenderOptions(name, paper, strict, verify, maxPages, selection, debugLayout, profile, environment, locale, archival);
    }

    /** The paper by its name ("a5" in any case) or as "WIDTH x HEIGHT" ("148mm x 210mm"); null for the file's or the theme's. */
    public RenderOptions withPaper(String name) {
        Theme.Paper size = null;
        if (name != null) {
            size = Theme.Paper.parse(name);
            if (size == null) {
                throw new IllegalArgumentException("the paper must be " + Theme.Paper.WRITTEN + ", not '" + name + "'");
            }
        }
        return new RenderOptions(theme, size, strict, verify, maxPages, selection, debugLayout, profile, environment, locale, archival);
    }

    public RenderOptions withStrict(boolean on) {
        return new RenderOptions(theme, paper, on, verify, maxPages, selection, debugLayout, profile, environment, locale, archival);
    }

    public RenderOptions withVerify(boolean on) {
        return new RenderOptions(theme, paper, strict, on, maxPages, selection, debugLayout, profile, environment, locale, archival);
    }

    /** Keep what is tagged with one of {@code tags} (and the untagged), only the sections {@code only}, none of {@code omit}; null for no choice. */
    public RenderOptions withSelection(List<String> tags, List<String> only, List<String> omit) {
        return new RenderOptions(theme, paper, strict, verify, maxPages, new Selection(tags, only, omit, selection.lang()),
                debugLayout, profile, environment, locale, archival);
    }

    /**
     * The language of a file in several languages ({@code --lang zh}: a language tag); null for
     * the file's {@code lang:} or its first language. It is part of the selection: it chooses
     * which texts and items are kept, as tags choose entries.
     */
    public RenderOptions withLang(String lang) {
        return new RenderOptions(theme, paper, strict, verify, maxPages, new Selection(selection.tags(), selection.only(),
                selection.omit(), lang), debugLayout, profile, environment, locale, archival);
    }

    /** The language asked for, or null. */
    public String lang() {
        return selection.lang();
    }

    /** The theme file the options name, or null when they name a built-in theme or none. */
    public Path themeFile() {
        return theme != null && ThemeLoader.isPath(theme) ? Path.of(theme) : null;
    }

    public RenderOptions withMaxPages(Integer pages) {
        return new RenderOptions(theme, paper, strict, verify, pages, selection, debugLayout, profile, environment, locale, archival);
    }

    public RenderOptions withDebugLayout(boolean debug) {
        return new RenderOptions(theme, paper, strict, verify, maxPages, selection, debug, profile, environment, locale, archival);
    }

    /** The render reads these environment variables instead of the process's (null: the process's). */
    public RenderOptions withEnvironment(Map<String, String> variables) {
        return new RenderOptions(theme, paper, strict, verify, maxPages, selection, debugLayout, profile, variables, locale, archival);
    }

    /** An environment variable as the render sees it, or null. */
    public String getenv(String name) {
        return environment != null ? environment.get(name) : System.getenv(name);
    }

    public RenderOptions withProfile(boolean on) {
        return new RenderOptions(theme, paper, strict, verify, maxPages, selection, debugLayout, on, environment, locale, archival);
    }

    /** PDF/A-2b (true), or the theme's choice (null). */
    public RenderOptions withArchival(Boolean on) {
        return new RenderOptions(theme, paper, strict, verify, maxPages, selection, debugLayout, profile, environment, locale, on);
    }

    /** The language by its BCP 47 tag ("de", "zh-Hans"); null for the file's or the theme's. */
    public RenderOptions withLocale(String tag) {
        LanguageTag parsed = null;
        if (tag != null) {
            parsed = LanguageTag.parse(tag);
            if (parsed == null) {
                throw new IllegalArgumentException("the locale must be a BCP 47 language tag (en, de, zh-Hans, pt-BR), not '"
                        + tag + "'");
            }
        }
        return new RenderOptions(theme, paper, strict, verify, maxPages, selection, debugLayout, profile, environment, parsed, archival);
    }
}
