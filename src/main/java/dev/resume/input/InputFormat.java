package dev.resume.input;

import dev.resume.syntax.YNode;
import dev.resume.syntax.YamlReader;

import dev.resume.diag.Diagnostics;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The syntaxes a résumé file is read in, told apart by the file's suffix: each reads into the
 * same located tree, which the front-ends (our format, JSON Resume) then take. Adding one is a
 * line here. The suffixes are also what a file's name loses when its PDF is named: cv.yml
 * becomes cv.pdf.
 */
public enum InputFormat {
    /** YAML, the format's own syntax; also what a file of any other suffix is read as. */
    YAML(List.of("yml", "yaml"), (file, text, diagnostics) -> new YamlReader(file, diagnostics).read(text)),
    /** JSON, read strictly as JSON (a JSON Resume document, or our format written as JSON). */
    JSON(List.of("json"), (file, text, diagnostics) -> YamlReader.json(file, diagnostics).read(text));

    /** Reads a file's text into the located tree; null after errors, which the diagnostics hold. */
    @FunctionalInterface
    public interface Reader {
        YNode read(Path file, String text, Diagnostics diagnostics);
    }

    private final List<String> suffixes;
    private final Reader reader;

    InputFormat(List<String> suffixes, Reader reader) {
        this.suffixes = suffixes;
        this.reader = reader;
    }

    /** The suffixes without the dot, in lower case. */
    public List<String> suffixes() {
        return suffixes;
    }

    /** The tree of {@code text}, the content of {@code file}, read in this syntax. */
    public YNode read(Path file, String text, Diagnostics diagnostics) {
        return reader.read(file, text, diagnostics);
    }

    /** The syntax {@code file} is written in, by its suffix in any case: YAML unless another's. */
    public static InputFormat of(Path file) {
        Path name = file.getFileName();
        String suffix = name == null ? "" : suffix(name.toString());
        for (InputFormat f : values()) {
            if (f.suffixes.contains(suffix)) {
                return f;
            }
        }
        return YAML;
    }

    /** The file's name without a résumé suffix (in any case): "cv.yml" is "cv", "cv.txt" stays "cv.txt". */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        String suffix = suffix(name);
        boolean known = Arrays.stream(values()).anyMatch(f -> f.suffixes.contains(suffix));
        return known ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private static String suffix(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
