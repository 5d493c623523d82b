package dev.resume.model;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.text.InlineMarkdown;
import dev.resume.text.Span;
import dev.resume.text.Urls;
import java.util.List;

/**
 * A text field as the user wrote it (inline Markdown), with where it stands in the file and its
 * Markdown parsed into spans. The loader parses a field once, checking its links where it binds
 * it (a bad link is reported there and dropped from the spans, its text kept); the stages after
 * use the spans and never parse again.
 */
public record Text(String markdown, SourcePos pos, List<Span> spans) {

    public Text {
        spans = List.copyOf(spans);
    }

    /**
     * A field whose Markdown is parsed here, its links checked and its markup that cannot show as
     * meant (an unknown tag, an empty link, an image) reported at {@code pos}.
     */
    public static Text parsed(String markdown, SourcePos pos, Diagnostics diagnostics) {
        return new Text(markdown, pos, InlineMarkdown.parse(markdown, url -> Urls.check(url, pos, diagnostics),
                (message, hint) -> diagnostics.warning(pos, message, hint)));
    }

    /** A text made by the program rather than read from a file: links it cannot use are dropped silently. */
    public static Text plain(String s) {
        return parsed(s, null, new Diagnostics());
    }

    public boolean isBlank() {
        return markdown == null || markdown.isBlank();
    }

    /** The text a reader sees, without markup (a forced break as a space): for metadata, anchors and measuring. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.isBreak() ? " " : s.text());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return markdown;
    }
}
