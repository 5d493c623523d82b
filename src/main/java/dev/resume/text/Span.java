package dev.resume.text;

/**
 * A piece of inline text with one look. {@code link} is a URL or null. A span whose text is
 * {@code "\n"} is a forced line break.
 */
public record Span(String text, boolean bold, boolean italic, boolean code, boolean underline, String link) {

    public static final String BREAK = "\n";

    public static Span plain(String text) {
        return new Span(text, false, false, false, false, null);
    }

    public Span withText(String t) {
        return new Span(t, bold, italic, code, underline, link);
    }

    public Span withBold(boolean b) {
        return new Span(text, b, italic, code, underline, link);
    }

    public Span withItalic(boolean i) {
        return new Span(text, bold, i, code, underline, link);
    }

    public Span withLink(String url) {
        return new Span(text, bold, italic, code, underline, url);
    }

    public boolean isBreak() {
        return BREAK.equals(text);
    }

    public boolean sameLook(Span o) {
        return bold == o.bold && italic == o.italic && code == o.code && underline == o.underline
                && java.util.Objects.equals(link, o.link);
    }
}
