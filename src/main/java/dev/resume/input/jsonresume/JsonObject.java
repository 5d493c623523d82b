package dev.resume.input.jsonresume;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.diag.Suggest;
import dev.resume.syntax.YNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one object of a JSON Resume document: its fields by type, each wrong type reported at its
 * place in JSON's words, and, at {@link #finish()}, every field that was not read reported as a
 * warning, so that nothing of the file is dropped without a word. Names in messages are JSON
 * paths ({@code work[0].startDate}), as JSON Resume's own tools print them.
 */
public final class JsonObject {
    private final YNode.Map map;
    private final String path;
    private final List<String> known;
    private final Diagnostics diagnostics;
    private final Set<String> read = new HashSet<>();

    private JsonObject(YNode.Map map, String path, List<String> known, Diagnostics diagnostics) {
        this.map = map;
        this.path = path;
        this.known = known;
        this.diagnostics = diagnostics;
    }

    /**
     * The object at {@code node}, whose fields are {@code known}; null, after an error, when it is
     * not an object.
     */
    static JsonObject of(YNode node, String path, String what, List<String> known, Diagnostics diagnostics) {
        if (node instanceof YNode.Map m) {
            return new JsonObject(m, path, known, diagnostics);
        }
        diagnostics.error(node.pos(), path + " must be an object { … } (" + what + "), found " + describe(node),
                "its fields: " + Suggest.list(known));
        return null;
    }

    /** A node's kind in JSON's words. */
    public static String describe(YNode node) {
        return switch (node) {
            case YNode.Map m -> "an object";
            case YNode.Seq s -> "an array";
            case YNode.Scalar s when s.isNull() -> "null";
            case YNode.Scalar s when s.isNumber() -> "a number";
            case YNode.Scalar s when s.isBoolean() -> "true/false";
            case YNode.Scalar s -> "a string";
        };
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    SourcePos pos() {
        return map.pos();
    }

    /** Where {@code key} is written; the object's place when it is not. */
    SourcePos keyPos(String key) {
        YNode.Entry e = map.get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    /** The value of {@code key} as written, or null; marks it read. */
    YNode node(String key) {
        read.add(key);
        YNode.Entry e = map.get(key);
        return e == null ? null : e.value();
    }

    /** The first of {@code keys} that is written (a field and its older name), or the first key. */
    String either(String... keys) {
        for (String k : keys) {
            read.add(k);
        }
        for (String k : keys) {
            if (present(map.get(k) == null ? null : map.get(k).value())) {
                return k;
            }
        }
        return keys[0];
    }

    /**
     * A text field: a string, or a number or true/false as written ({@code "score": 4.0});
     * null when absent, null or blank. An array or an object is an error.
     */
    YNode.Scalar string(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s) {
            return s.isNull() || s.text().isBlank() ? null : s;
        }
        diagnostics.error(n.pos(), path(key) + " must be a string, found " + describe(n),
                n instanceof YNode.Seq ? "join the items into one text" : "write the text in double quotes");
        return null;
    }

    /** A list of texts: an array of strings (a single string is a list of one); blank items are skipped. */
    List<YNode.Scalar> strings(String key) {
        YNode n = node(key);
        List<YNode.Scalar> out = new ArrayList<>();
        if (n instanceof YNode.Scalar s) {
            if (!s.isNull() && !s.text().isBlank()) {
                out.add(s);
            }
            return out;
        }
        if (n instanceof YNode.Map) {
            diagnostics.error(n.pos(), path(key) + " must be an array of strings [\"…\", \"…\"], found an object", null);
            return out;
        }
        if (n instanceof YNode.Seq seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                YNode item = seq.items().get(i);
                if (item instanceof YNode.Scalar s) {
                    if (!s.isNull() && !s.text().isBlank()) {
                        out.add(s);
                    }
                } else {
                    diagnostics.error(item.pos(), path(key) + "[" + i + "] must be a string, found " + describe(item), null);
                }
            }
        }
        return out;
    }

    /** An array of objects ({@code what}: "work entries"); empty when absent. An object or a string is an error. */
    List<YNode> array(String key, String what) {
        YNode n = node(key);
        if (n == null || n instanceof YNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (n instanceof YNode.Seq seq) {
            return seq.items();
        }
        diagnostics.error(n.pos(), path(key) + " must be an array [ … ] of " + what + ", found " + describe(n),
                n instanceof YNode.Map ? "put the object in square brackets: \"" + key + "\": [ { … } ]" : null);
        return List.of();
    }

    /** Marks fields read that are deliberately not shown (a warning about them is the caller's). */
    void ignore(String... keys) {
        read.addAll(List.of(keys));
    }

    /** Warns about every field that was not read: it is not part of JSON Resume, or misspelt. */
    void finish() {
        for (YNode.Entry e : map.entries()) {
            if (read.contains(e.key()) || !present(e.value())) {
                continue;
            }
            String close = Suggest.closest(e.key(), known);
            diagnostics.warning(e.keyPos(), path(e.key()) + " is not a JSON Resume field: it is not shown",
                    close != null ? "did you mean '" + close + "'?" : "the fields here: " + Suggest.list(known));
        }
    }

    /** Whether a value says anything: not null, not an empty string, not an empty array or object. */
    static boolean present(YNode n) {
        return switch (n) {
            case null -> false;
            case YNode.Scalar s -> !s.isNull() && !s.text().isBlank();
            case YNode.Seq s -> !s.items().isEmpty();
            case YNode.Map m -> !m.entries().isEmpty();
        };
    }
}
