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
 * @param span the run is part of a span: text that is one thing inside its paragraph (a list of
 *     names, a date), which the structure tree holds as a Span of its own. Runs in a row that
 *     are part of one are one span; a run that is not ends it.
 */
public record Run(String text, TextStyle style, String link, boolean noBreak, boolean icon, SourcePos pos, boolean span) {

    public Run(String text, TextStyle style, String link, boolean noBreak, boolean icon, SourcePos pos) {
        this(text, style, link, noBreak, icon, pos, false);
    }

    public static Run of(String text, TextStyle style) {
        return new Run(text, style, null, false, false, null);
    }

    public Run withLink(String url) {
        return new Run(text, style, url, noBreak, icon, pos, span);
    }

    public Run withNoBreak() {
        return new Run(text, style, link, true, icon, pos, span);
    }

    public Run at(SourcePos p) {
        return new Run(text, style, link, noBreak, icon, p, span);
    }

    /** The same run, part of a span (see above). */
    public Run inSpan() {
        return new Run(text, style, link, noBreak, icon, pos, true);
    }
}
