package dev.resume.layout;

import dev.resume.diag.SourcePos;

/**
 * Text in one style, the unit the style stage hands to the layout.
 *
 * @param link a URL the run links to, or null
 * @param noBreak spaces inside the run are not line-break opportunities ("Berkeley, California"
 *     in a contact item)
 * @param icon the run is one icon glyph of {@code style.family()} (drawn as a shape, not text)
 * @param pos where the text came from, for warnings about characters no font has
 */
public record Run(String text, TextStyle style, String link, boolean noBreak, boolean icon, SourcePos pos) {

    public static Run of(String text, TextStyle style) {
        return new Run(text, style, null, false, false, null);
    }

    public Run withLink(String url) {
        return new Run(text, style, url, noBreak, icon, pos);
    }

    public Run withNoBreak() {
        return new Run(text, style, link, true, icon, pos);
    }

    public Run at(SourcePos p) {
        return new Run(text, style, link, noBreak, icon, p);
    }
}
