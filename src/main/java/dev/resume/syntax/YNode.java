package dev.resume.syntax;

import dev.resume.diag.SourcePos;
import java.util.List;

/**
 * A YAML node that remembers where it stood in the file. We bind from this tree ourselves,
 * instead of letting a data binder do it, so that every error can point at its line and column
 * and all errors of a file are found in one pass.
 */
public sealed interface YNode permits YNode.Map, YNode.Seq, YNode.Scalar {

    SourcePos pos();

    /** A short name of the node's kind, for messages ("a list", "a mapping", "a text"). */
    String describe();

    record Entry(String key, SourcePos keyPos, YNode value) {}

    record Map(List<Entry> entries, SourcePos pos) implements YNode {
        public Entry get(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Seq(List<YNode> items, SourcePos pos) implements YNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar as written. {@code text} is the scalar's source text (so {@code 2024} and
     * {@code +1 650} keep their exact spelling); {@code isNull} marks an empty value.
     */
    record Scalar(String text, boolean isNull, boolean isNumber, boolean isBoolean, SourcePos pos) implements YNode {
        @Override
        public String describe() {
            if (isNull) {
                return "an empty value";
            }
            return isNumber ? "a number" : isBoolean ? "true/false" : "a text";
        }
    }
}
