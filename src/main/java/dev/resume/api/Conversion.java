package dev.resume.api;

import dev.resume.diag.Diagnostic;
import dev.resume.input.Converter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A résumé in the other format: a JSON Resume document in resume's YAML format, or a résumé of
 * resume's as a JSON Resume document.
 *
 * @param text the converted file: YAML with a comment at the top saying what did not come over,
 *     or JSON Resume's JSON
 * @param target what the text is in
 * @param warnings what one format has and the other has not, at its place in the file converted
 */
public record Conversion(String text, Target target, List<Diagnostic> warnings) {

    /** What a file is converted to. */
    public enum Target {
        /** resume's own format. */
        YAML,
        /** A JSON Resume document (schema v1.0.0). */
        JSON;

        /** The target called {@code name} (yaml, json, as on the command line), or null when none is. */
        public static Target named(String name) {
            for (Target t : values()) {
                if (t.name().equalsIgnoreCase(name.strip())) {
                    return t;
                }
            }
            return null;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The YAML text (of a conversion to YAML). */
    public String yaml() {
        return text;
    }

    /**
     * Converts {@code file} to YAML. Throws {@link dev.resume.diag.InvalidInputException} when it
     * has errors (as render reports them), or is no JSON Resume document.
     */
    public static Conversion of(Path file) throws IOException {
        return of(file, Target.YAML);
    }

    /**
     * Converts {@code file} to {@code target}: a JSON Resume document to YAML, a résumé of ours to
     * JSON. Throws {@link dev.resume.diag.InvalidInputException} when it has errors (as render
     * reports them), or is in {@code target}'s format already.
     */
    public static Conversion of(Path file, Target target) throws IOException {
        Converter.Conversion c = target == Target.JSON ? Converter.toJson(file) : Converter.convert(file);
        return new Conversion(c.yaml(), target, c.warnings());
    }

    /**
     * What {@code file} is converted to when no target is asked for: the other format, YAML for
     * a JSON Resume document, JSON for a résumé of ours. YAML when the file cannot be read (the
     * conversion then says why).
     */
    public static Target defaultTarget(Path file) {
        return Boolean.FALSE.equals(Converter.isJsonResume(file)) ? Target.JSON : Target.YAML;
    }

    /** me.json → me.yml: the name the converted file is given unless another is asked for. */
    public static String outputName(Path file) {
        return Converter.outputName(file);
    }

    /** me.json → me.yml, cv.yml → cv.json: the name the converted file is given unless another is asked for. */
    public static String outputName(Path file, Target target) {
        return Converter.outputName(file, target == Target.JSON);
    }
}
