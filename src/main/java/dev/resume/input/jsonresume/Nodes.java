package dev.resume.input.jsonresume;

import dev.resume.diag.SourcePos;
import dev.resume.format.FormatSpec;
import dev.resume.syntax.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the located tree of our format from pieces of a JSON Resume document. Every node keeps
 * the place in the JSON file it comes from, so that whatever the loader finds wrong with it later
 * (an e-mail address that is none, a bad link) is reported there.
 */
final class Nodes {
    private Nodes() {}

    static YNode.Scalar text(String text, SourcePos pos) {
        return new YNode.Scalar(text, false, false, false, pos);
    }

    /** A JSON value as a text of ours: its text as written, whatever its JSON type. */
    static YNode.Scalar text(YNode.Scalar written) {
        return text(written.text(), written.pos());
    }

    static YNode.Scalar bool(boolean value, SourcePos pos) {
        return new YNode.Scalar(Boolean.toString(value), false, false, true, pos);
    }

    static YNode.Seq seq(List<? extends YNode> items, SourcePos pos) {
        return new YNode.Seq(List.copyOf(items), pos);
    }

    /** A mapping under construction: keys in the order written, absent values left out. */
    static final class MapBuilder {
        private final List<YNode.Entry> entries = new ArrayList<>();
        private final SourcePos pos;

        MapBuilder(SourcePos pos) {
            this.pos = pos;
        }

        /** Adds {@code key} unless {@code value} is null or an empty list. */
        MapBuilder put(String key, SourcePos keyPos, YNode value) {
            if (value != null && !(value instanceof YNode.Seq s && s.items().isEmpty())) {
                entries.add(new YNode.Entry(key, keyPos, value));
            }
            return this;
        }

        /** Adds {@code key} with the value's place as the key's. */
        MapBuilder put(String key, YNode value) {
            return put(key, value == null ? pos : value.pos(), value);
        }

        /** Adds the declared {@code field}'s key: a key the format renames or removes breaks the build here. */
        MapBuilder put(FormatSpec.Field field, SourcePos keyPos, YNode value) {
            return put(field.key(), keyPos, value);
        }

        MapBuilder put(FormatSpec.Field field, YNode value) {
            return put(field.key(), value);
        }

        boolean has(String key) {
            return entries.stream().anyMatch(e -> e.key().equals(key));
        }

        YNode.Map build() {
            return new YNode.Map(List.copyOf(entries), pos);
        }
    }
}
