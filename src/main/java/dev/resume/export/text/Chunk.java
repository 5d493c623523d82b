package dev.resume.export.text;

import dev.resume.text.Span;

/**
 * A piece of inline text in an export, with one look: a span of the résumé's inline Markdown,
 * or a piece the style stage adds (a separator, a date). A chunk whose text is {@link Span#BREAK}
 * is a forced line break.
 *
 * @param link a URL the text links to, or null
 * @param datetime for a date, its machine-readable form ("2023-09"), which HTML puts in a
 *     {@code <time>} element; else null
 */
record Chunk(String text, boolean bold, boolean italic, boolean code, boolean underline, String link, String datetime) {

    static Chunk of(Span s) {
        return new Chunk(s.text(), s.bold(), s.italic(), s.code(), s.underline(), s.link(), null);
    }

    static Chunk plain(String text) {
        return new Chunk(text, false, false, false, false, null, null);
    }

    static Chunk date(String text, String datetime) {
        return new Chunk(text, false, false, false, false, null, datetime);
    }

    Chunk withBold(boolean b) {
        return new Chunk(text, b, italic, code, underline, link, datetime);
    }

    Chunk withItalic(boolean i) {
        return new Chunk(text, bold, i, code, underline, link, datetime);
    }

    Chunk withUnderline(boolean u) {
        return new Chunk(text, bold, italic, code, u, link, datetime);
    }

    Chunk withLink(String url) {
        return new Chunk(text, bold, italic, code, underline, url, datetime);
    }

    Chunk withText(String t) {
        return new Chunk(t, bold, italic, code, underline, link, datetime);
    }

    boolean isBreak() {
        return Span.BREAK.equals(text);
    }

    boolean sameLook(Chunk o) {
        return bold == o.bold && italic == o.italic && code == o.code && underline == o.underline;
    }
}
