package dev.resume.load;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/** Reads YAML text into a {@link YNode} tree with source positions. */
public final class YamlReader {
    /** Deeper than any real résumé; stops hostile input before it costs stack or time. */
    private static final int MAX_DEPTH = 64;

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Path file;
    private final Diagnostics diagnostics;

    public YamlReader(Path file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** Returns the document's root, or null when it could not be read (diagnostics say why). */
    public YNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(new SourcePos(file, 1, 1), "the file is empty",
                        "start from `resume new \"Your Name\"` or see docs/format.md");
                return null;
            }
            return readValue(parser, first, 0);
        } catch (JacksonException e) {
            diagnostics.error(syntaxPos(e), "YAML syntax error: " + syntaxMessage(e), syntaxHint(e));
            return null;
        } catch (StopReading e) {
            return null;
        }
    }

    private YNode readValue(JsonParser p, JsonToken token, int depth) {
        SourcePos pos = pos(p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            diagnostics.error(pos, "the document nests deeper than " + MAX_DEPTH + " levels", null);
            throw new StopReading();
        }
        if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
            diagnostics.error(pos, "YAML aliases (*name) are not supported",
                    "write the value out in full; a variant file with `extends:` shares content between files");
            return new YNode.Scalar("", true, false, false, pos);
        }
        switch (token) {
            case START_OBJECT -> {
                List<YNode.Entry> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    SourcePos keyPos = pos(p.currentTokenLocation());
                    if (key.equals("<<")) {
                        diagnostics.error(keyPos, "YAML merge keys (<<) are not supported", "write the keys out in full");
                    }
                    YNode value = readValue(p, p.nextToken(), depth + 1);
                    if (!seen.add(key)) {
                        diagnostics.error(keyPos, "duplicate key '" + key + "'", "a key may appear once in a mapping; remove one of them");
                        continue;
                    }
                    entries.add(new YNode.Entry(key, keyPos, value));
                }
                return new YNode.Map(List.copyOf(entries), pos);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        break;
                    }
                    items.add(readValue(p, t, depth + 1));
                }
                return new YNode.Seq(List.copyOf(items), pos);
            }
            case VALUE_NULL -> {
                return new YNode.Scalar("", true, false, false, pos);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YNode.Scalar(p.getString(), false, true, false, pos);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YNode.Scalar(p.getString(), false, false, true, pos);
            }
            default -> {
                return new YNode.Scalar(p.getString(), false, false, false, pos);
            }
        }
    }

    private SourcePos pos(TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return SourcePos.unknown(file);
        }
        return new SourcePos(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private SourcePos syntaxPos(JacksonException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYamlEngineException m) {
                Mark mark = m.getProblemMark().orElse(m.getContextMark().orElse(null));
                if (mark != null) {
                    return new SourcePos(file, mark.getLine() + 1, mark.getColumn() + 1);
                }
            }
        }
        return pos(e.getLocation());
    }

    private static String syntaxMessage(JacksonException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYamlEngineException m) {
                String problem = m.getProblem();
                String context = m.getContext();
                if (problem != null) {
                    return context != null ? problem + " (" + context + ")" : problem;
                }
            }
        }
        String msg = e.getOriginalMessage();
        int nl = msg == null ? -1 : msg.indexOf('\n');
        return nl > 0 ? msg.substring(0, nl) : String.valueOf(msg);
    }

    private static String syntaxHint(JacksonException e) {
        String msg = syntaxMessage(e);
        if (msg.contains("\\t") || msg.contains("tab")) {
            return "YAML indents with spaces only; replace the tab by spaces";
        }
        if (msg.contains("mapping values are not allowed")) {
            return "a value that contains ': ' must be quoted, e.g. title: \"SkyRL: a library\"";
        }
        if (msg.contains("could not find expected ':'")) {
            return "check the indentation of this line and the one before it, and quote values with special characters";
        }
        return "check the indentation and quote values that start with a special character (* & ! [ { > |)";
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
