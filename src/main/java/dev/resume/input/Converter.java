package dev.resume.input;

import dev.resume.input.jsonresume.JsonResumeExport;
import dev.resume.input.jsonresume.JsonResumeMapping;
import dev.resume.input.jsonresume.JsonWriter;
import dev.resume.model.Resume;
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
 * mapping that {@code render} uses, so that the YAML renders to the same words; and the way back,
 * a résumé of ours as a JSON Resume document.
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
                            : "render it as it is (resume render " + file + "), or write it as JSON Resume: resume convert "
                                    + file + " --to json");
        }
        YNode.Map ours = new JsonResumeMapping(diagnostics).translate((YNode.Map) written);
        diagnostics.throwIfErrors();
        // Bound as render binds it, so that what render would refuse (an e-mail address that is
        // none, a link that is no link) is refused here too, at its place in the JSON file.
        new ResumeLoader(new Diagnostics()).parse(file, text);
        List<Diagnostic> warnings = diagnostics.all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        return new Conversion(YamlWriter.write(ours, header(file, warnings)), warnings);
    }

    /**
     * The keys at the top of our format that JSON Resume has no place for: how the file is set
     * (theme, paper, footer…), which parts it keeps (select), and what only our tools read.
     */
    private static final List<String> NOT_CARRIED = List.of("theme", "paper", "locale", "footer", "page_header", "max_pages",
            "show", "dates", "phrases", "authors", "select", "aliases", "keywords", "letter");

    /**
     * {@code file}, a résumé of ours, as a JSON Resume document: bound as render binds it (its
     * base merged in, its selection applied, a file in several languages in its default one), so
     * that what render refuses is refused here too. What JSON Resume has no place for is a
     * warning at its place.
     */
    public static Conversion toJson(Path file) throws IOException {
        String text = SourceFile.read(file);
        Diagnostics diagnostics = new Diagnostics();
        YNode written = ResumeInput.written(file, text, diagnostics);
        diagnostics.throwIfErrors();
        if (JsonResumeMapping.isJsonResume(written)) {
            throw InvalidInputException.of(written.pos(), "this file is a JSON Resume document already: there is nothing to convert",
                    "to have it in resume's format, convert it to YAML: resume convert " + file + " --to yaml");
        }
        Resume resume = new ResumeLoader(diagnostics).parse(file, text);
        diagnostics.throwIfErrors();
        if (written instanceof YNode.Map top) {
            for (String key : NOT_CARRIED) {
                YNode.Entry e = top.get(key);
                if (e != null) {
                    diagnostics.warning(e.keyPos(), key + ": is not carried over: JSON Resume has no place for it", null);
                }
            }
            YNode.Entry languages = top.get("languages");
            if (languages != null && resume.lang() != null) {
                diagnostics.warning(languages.keyPos(), "only the texts in " + resume.lang() + " are carried over: a JSON"
                        + " Resume document is in one language", "convert a variant with lang: for each of the others");
            }
        }
        Object doc = new JsonResumeExport(diagnostics).export(resume, file);
        List<Diagnostic> warnings = diagnostics.all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        return new Conversion(JsonWriter.write(doc), warnings);
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
        return outputName(file, false);
    }

    /** me.json → me.yml, cv.yml → cv.json ({@code json}): the name {@code convert} suggests. */
    public static String outputName(Path file, boolean json) {
        return dev.resume.input.InputFormat.stem(file) + (json ? ".json" : ".yml");
    }

    /**
     * Whether {@code file} is a JSON Resume document (rather than one of ours): what convert
     * turns it into unless asked for another, the other format. Null when it cannot be read.
     */
    public static Boolean isJsonResume(Path file) {
        try {
            Diagnostics d = new Diagnostics();
            YNode written = ResumeInput.written(file, SourceFile.read(file), d);
            return written == null || d.hasErrors() ? null : JsonResumeMapping.isJsonResume(written);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
