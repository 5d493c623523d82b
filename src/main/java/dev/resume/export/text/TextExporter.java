package dev.resume.export.text;

import dev.resume.compose.Composition;
import dev.resume.model.Photo;
import dev.resume.theme.Theme;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Writes a résumé as Markdown, plain text or HTML: the content of its PDF (the same
 * composition: variant, selection, {@code show} choices, dates and lines), without the page.
 */
public final class TextExporter {
    private TextExporter() {}

    /**
     * @param composed the résumé as composed for its PDF
     * @param theme the theme its PDF is set in (the HTML page's look)
     */
    public static String export(Composition composed, Theme theme, TextFormat format) {
        return export(composed, theme, format, null);
    }

    /**
     * @param output the file written, whose folder the photo's address is relative to (HTML and
     *     Markdown link the photo rather than embed it); null: from the current folder
     */
    public static String export(Composition composed, Theme theme, TextFormat format, Path output) {
        Photo photo = composed.header().photo();
        return format.write(Outline.of(composed, theme, photo == null ? null : address(photo.file(), output)), theme);
    }

    /** The photo's path from the output's folder, with / between names and what a URL may not hold escaped. */
    static String address(Path photo, Path output) {
        Path from = output == null || output.toAbsolutePath().getParent() == null ? Path.of("").toAbsolutePath()
                : output.toAbsolutePath().getParent();
        Path target = photo.toAbsolutePath().normalize();
        String path;
        try {
            path = from.normalize().relativize(target).toString();
        } catch (IllegalArgumentException e) {
            path = target.toString(); // another drive (Windows): no relative path
        }
        path = path.replace(java.io.File.separatorChar, '/');
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
