package dev.resume.api;

import dev.resume.style.Theme;

/**
 * What a render may override.
 *
 * @param theme a built-in theme name or a theme file path, or null for the résumé's own choice
 *     (or {@code classic})
 * @param paper a paper size, or null for the theme's
 */
public record RenderOptions(String theme, Theme.Paper paper) {
    public static final RenderOptions DEFAULT = new RenderOptions(null, null);
}
