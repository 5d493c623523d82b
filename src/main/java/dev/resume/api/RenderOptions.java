package dev.resume.api;

import dev.resume.style.Theme;

/**
 * What a render may override.
 *
 * @param theme a built-in theme name or a theme file path, or null for the résumé's own choice
 *     (or {@code classic})
 * @param paper a paper size, or null for the theme's
 * @param strict warnings (a character no font has) are errors
 * @param verify the PDF's text layer is read back and checked before the PDF is written
 */
public record RenderOptions(String theme, Theme.Paper paper, boolean strict, boolean verify) {
    public static final RenderOptions DEFAULT = new RenderOptions(null, null, false, false);

    public RenderOptions(String theme, Theme.Paper paper) {
        this(theme, paper, false, false);
    }
}
