package dev.resume.api;

import dev.resume.input.Dependencies;
import java.nio.file.Path;
import java.util.List;

/** The files a résumé is made from, for make rules and for watching: what to render again on a change. */
public final class Sources {
    private Sources() {}

    /** The résumé itself (first), the files it extends, the .bib files they import and the theme files they name. */
    public static List<Path> of(Path resume) {
        return Dependencies.of(resume);
    }
}
