package dev.resume.compose;

import dev.resume.diag.SourcePos;
import dev.resume.text.LanguageTag;
import dev.resume.text.Span;

/**
 * A piece of composed inline text with one look: a span of a field's Markdown (typographic
 * corrections made), or text the composition adds (a separator, a date). Its looks are the
 * Markdown's and the composition's emphasis (an owner's name, a paper's status); the theme's
 * look of its {@link Role} is for the stage that sets it. A piece whose text is {@link Span#BREAK}
 * is a forced line break.
 *
 * @param link a URL the text links to, or null
 * @param written the link was written in the field's Markdown (set in the link colour), rather
 *     than the entry's address set on its title
 * @param datetime for a date, its machine-readable form ("2023-09"); else null
 * @param noBreak spaces inside are no line-break opportunities ("Sep 2023", "Joseph E. Gonzalez")
 * @param pos where the text is written, or null for text the composition adds
 * @param lang the language it is written in when that is not the document's (an entry or a
 *     bullet of its own language), else null: what its paragraph is hyphenated as
 */
public record Piece(String text, boolean bold, boolean italic, boolean code, boolean underline, String link, boolean written,
        Role role, String datetime, boolean noBreak, SourcePos pos, LanguageTag lang) {

    /** Text the composition adds, in {@code role}, plain. */
    public static Piece of(String text, Role role) {
        return new Piece(text, false, false, false, false, null, false, role, null, false, null, null);
    }

    /** A span of a field written at {@code pos}. */
    public static Piece of(Span s, Role role, SourcePos pos) {
        return new Piece(s.text(), s.bold(), s.italic(), s.code(), s.underline(), s.link(), s.link() != null, role, null, false, pos, null);
    }

    /** A date that holds together, with its machine-readable form (null for "present"). */
    static Piece date(String text, String datetime) {
        return new Piece(text, false, false, false, false, null, false, Role.DATE, datetime, true, null, null);
    }

    public Piece withBold(boolean b) {
        return new Piece(text, b, italic, code, underline, link, written, role, datetime, noBreak, pos, lang);
    }

    public Piece withItalic(boolean i) {
        return new Piece(text, bold, i, code, underline, link, written, role, datetime, noBreak, pos, lang);
    }

    public Piece withUnderline(boolean u) {
        return new Piece(text, bold, italic, code, u, link, written, role, datetime, noBreak, pos, lang);
    }

    /** Linked to {@code url}, as the entry's address or a contact's, not as a link written in the text. */
    public Piece withLink(String url) {
        return new Piece(text, bold, italic, code, underline, url, false, role, datetime, noBreak, pos, lang);
    }

    /** Linked to {@code url} where no link of its own was written. */
    Piece linkedTo(String url) {
        return link != null ? this : new Piece(text, bold, italic, code, underline, url, false, role, datetime, noBreak, pos, lang);
    }

    Piece withRole(Role r) {
        return new Piece(text, bold, italic, code, underline, link, written, r, datetime, noBreak, pos, lang);
    }

    Piece withNoBreak() {
        return new Piece(text, bold, italic, code, underline, link, written, role, datetime, true, pos, lang);
    }

    Piece at(SourcePos p) {
        return new Piece(text, bold, italic, code, underline, link, written, role, datetime, noBreak, p, lang);
    }

    /** Written in {@code language}, not the document's (null: the document's). */
    public Piece withLang(LanguageTag language) {
        return new Piece(text, bold, italic, code, underline, link, written, role, datetime, noBreak, pos, language);
    }

    public boolean isBreak() {
        return Span.BREAK.equals(text);
    }
}
