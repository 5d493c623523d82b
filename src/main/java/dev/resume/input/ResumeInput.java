package dev.resume.input;

import dev.resume.input.jsonresume.JsonObject;
import dev.resume.input.jsonresume.JsonResumeMapping;
import dev.resume.input.jsonresume.YamlWriter;

import dev.resume.diag.Diagnostics;
import dev.resume.syntax.YNode;
import java.nio.file.Path;

/**
 * Reads a résumé file into the tree of our format, whatever it is written in: our YAML format;
 * a JSON Resume document, in JSON or YAML, translated by {@link JsonResumeMapping}; or our format
 * written as JSON.
 */
public final class ResumeInput {
    private ResumeInput() {}

    /** The tree to bind, or null after errors (the diagnostics say which). */
    public static YNode read(Path file, String text, Diagnostics diagnostics) {
        YNode root = written(file, text, diagnostics);
        if (root == null || diagnostics.hasErrors()) {
            return root;
        }
        if (JsonResumeMapping.isJsonResume(root)) {
            return new JsonResumeMapping(diagnostics).translate((YNode.Map) root);
        }
        if (isJson(file) && !(root instanceof YNode.Map m && m.get("sections") != null)) {
            diagnostics.error(root.pos(),
                    "this JSON file is not a JSON Resume document: it has no \"basics\""
                            + (root instanceof YNode.Map ? "" : " (it is " + JsonObject.describe(root) + ", not an object)"),
                    "a JSON Resume document is an object with \"basics\" (your name, contact details) and sections such as"
                            + " \"work\" and \"education\": https://jsonresume.org/schema");
            return null;
        }
        return root;
    }

    /** The file's tree as written, read as JSON or as YAML by its name. */
    public static YNode written(Path file, String text, Diagnostics diagnostics) {
        return InputFormat.of(file).read(file, text, diagnostics);
    }

    static boolean isJson(Path file) {
        return InputFormat.of(file) == InputFormat.JSON;
    }
}
