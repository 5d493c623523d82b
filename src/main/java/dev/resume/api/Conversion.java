package dev.resume.api;

import dev.resume.diag.Diagnostic;
import dev.resume.input.Converter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A JSON Resume document written in resume's YAML format.
 *
 * @param yaml the YAML text, a comment at the top saying what did not come over
 * @param warnings what JSON Resume has and the format has not, at its place in the document
 */
public record Conversion(String yaml, List<Diagnostic> warnings) {

    /**
     * Converts {@code file}. Throws {@link dev.resume.diag.InvalidInputException} when it has
     * errors (as render reports them), or is no JSON Resume document.
     */
    public static Conversion of(Path file) throws IOException {
        Converter.Conversion c = Converter.convert(file);
        return new Conversion(c.yaml(), c.warnings());
    }

    /** me.json → me.yml: the name the converted file is given unless another is asked for. */
    public static String outputName(Path file) {
        return Converter.outputName(file);
    }
}
