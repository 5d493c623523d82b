package dev.resume.input;

import dev.resume.input.jsonresume.JsonObject;
import dev.resume.input.jsonresume.JsonResumeMapping;
import dev.resume.input.jsonresume.YamlWriter;

import dev.resume.syntax.SourceFile;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.Severity;
import dev.resume.syntax.YNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code resume convert}: a JSON Resume document written out in our YAML format, through the same
 * mapping that {@code render} uses, so that the YAML renders to the same words.
 */
public final class Converter {
    private Converter() {}

    /** The YAML text, and the warnings about what JSON Resume has and our format has not. */
    public record Conversion(String yaml, List<Diagnostic> warnings) {}

    /**
     * Converts {@code file}. Throws {@link InvalidInputException} when it has errors (as
     * {@code render} reports them), or is no JSON Resume document.
     */
    public static Conversion convert(Path file) throws IOException {
        String text = SourceFile.read(file);
        Diagnostics diagnostics = new Diagnostics();
        YNode written = ResumeInput.written(file, text, diagnostics);
        diagnostics.throwIfErrors();
        if (!JsonResumeMapping.isJsonResume(written)) {
            throw InvalidInputException.of(written.pos(), ResumeInput.isJson(file)
                            ? "this JSON file is not a JSON Resume document: it has no \"basics\""
                            : "this file is in resume's own format already: there is nothing to convert",
                    ResumeInput.isJson(file) ? "a JSON Resume document is an object with \"basics\" (your name, contact details)"
                            + " and sections such as \"work\" and \"education\": https://jsonresume.org/schema"
                            : "render it as it is: resume render " + file);
        }
        YNode.Map ours = new JsonResumeMapping(diagnostics).translate((YNode.Map) written);
        diagnostics.throwIfErrors();
        // Bound as render binds it, so that what render would refuse (an e-mail address that is
        // none, a link that is no link) is refused here too, at its place in the JSON file.
        new ResumeLoader(new Diagnostics()).parse(file, text);
        List<Diagnostic> warnings = diagnostics.all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        return new Conversion(YamlWriter.write(ours, header(file, warnings)), warnings);
    }

    /** The comment at the top: where the file came from, and what did not come with it. */
    private static List<String> header(Path file, List<Diagnostic> warnings) {
        List<String> lines = new ArrayList<>();
        lines.add("Converted from the JSON Resume document " + file.getFileName() + " by `resume convert`.");
        lines.add("The format is described in docs/format.md; `resume render` this file as any other.");
        if (!warnings.isEmpty()) {
            lines.add("");
            lines.add("Not carried over (line:column in " + file.getFileName() + "):");
            for (Diagnostic w : warnings) {
                String at = w.pos().isKnown() ? w.pos().line() + ":" + w.pos().column() + " " : "";
                lines.add("  " + at + w.message().replace('\n', ' '));
            }
        }
        return lines;
    }

    /** me.json → me.yml: the name {@code convert} suggests. */
    public static String outputName(Path file) {
        return dev.resume.input.InputFormat.stem(file) + ".yml";
    }
}
