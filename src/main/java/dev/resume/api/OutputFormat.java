package dev.resume.api;

import dev.resume.input.InputFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A kind of file a typeset résumé is written as: PDF, Markdown, plain text, HTML, pictures of the pages. The formats
 * are listed in {@link OutputFormats}; adding one is a class and a line there.
 */
public interface OutputFormat {

    /** The name {@code --format} takes, which is also the file suffix, without the dot: "pdf", "md". */
    String name();

    /** Other names for it, in {@code --format} and as a file's suffix: "markdown" for md. */
    default List<String> aliases() {
        return List.of();
    }

    /**
     * Whether the file is made of pages, as a PDF is: the status line counts them, and
     * {@code --stats} reports how they are set.
     */
    boolean paged();

    /** Writes {@code typeset} into {@code output}, replacing it only once the new file is complete. */
    RenderResult write(Renderer renderer, Typeset typeset, Path output, RenderOptions options) throws IOException;

    /**
     * How the files written to {@code target} are named in a message, {@code pages} the pages
     * written (0 when none were): the target itself, for a format that writes one file.
     */
    default String describe(Path target, int pages) {
        return OutputFiles.describe(target);
    }

    /** Whether {@code name} (in any case, spaces around it ignored) names this format. */
    default boolean isNamed(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals(name()) || aliases().contains(n);
    }

    /** Whether the file's name ends in this format's suffix, or an alias (cv.htm is HTML). */
    default boolean isSuffixOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String suffix = name.substring(name.lastIndexOf('.') + 1);
        return name.contains(".") && (suffix.equals(name()) || aliases().contains(suffix));
    }

    /** The file of {@code input} in this format: x.yml becomes x.pdf in {@code dir}, or beside it when dir is null. */
    default Path fileFor(Path input, Path dir) {
        String name = InputFormat.stem(input) + "." + name();
        if (dir != null) {
            return dir.resolve(name);
        }
        return input.resolveSibling(name);
    }
}
