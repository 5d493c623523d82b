package dev.resume.syntax;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import java.io.Reader;
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
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML text into a {@link YNode} tree with source positions; {@link #json} reads JSON
 * files the same way, into the same tree.
 */
public final class YamlReader {
    /** Deeper than any real résumé; stops hostile input before it costs stack or time. */
    private static final int MAX_DEPTH = 64;
    /** Larger than any real résumé or theme by far; keeps hostile input from costing time or memory. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /**
     * The longest line read: room for a whole résumé written as one line of JSON, while the
     * parser's cost, which grows with the square of a word's length, stays small.
     */
    static final int MAX_LINE = 50_000;
    /** The longest value or key: a few pages of text, which the inline Markdown parser and the line breaker handle quickly. */
    static final int MAX_SCALAR = 10_000;

    private static final String CONTROL_HINT = "delete it: most editors do not show it (it often comes from text copied out of a PDF, "
            + "a word processor or a terminal)";

    /** The parser's own limits lifted above ours, so that ours, with their positions and hints, speak first. */
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(MAX_BYTES).maxStringLength(MAX_BYTES).build())
            .build();

    /**
     * JSON is nearly a subset of YAML, but not quite (a tab may indent JSON, not YAML), and a
     * JSON file's mistakes are best told in JSON's words: JSON files are read by JSON's parser,
     * strict but for two kindnesses, comments and a comma after the last item.
     */
    private static final JsonFactory JSON_FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(MAX_BYTES).maxStringLength(MAX_BYTES).build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private final Path file;
    private final Diagnostics diagnostics;
    private final boolean json;
    /** The '{' and '[' open at the parser's place, innermost last: a JSON error names the one it is about. */
    private final java.util.ArrayDeque<Open> open = new java.util.ArrayDeque<>();

    private record Open(SourcePos pos, boolean array) {
        public String describe() {
            return array ? "array '['" : "object '{'";
        }

        public char closer() {
            return array ? ']' : '}';
        }
    }
    private String text = "";

    public YamlReader(Path file, Diagnostics diagnostics) {
        this(file, diagnostics, false);
    }

    private YamlReader(Path file, Diagnostics diagnostics, boolean json) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.json = json;
    }

    /** A reader of JSON text (a {@code .json} file), into the same located tree. */
    public static YamlReader json(Path file, Diagnostics diagnostics) {
        return new YamlReader(file, diagnostics, true);
    }

    /** Returns the document's root, or null when it could not be read (diagnostics say why). */
    public YNode read(String text) {
        if (text.length() > MAX_BYTES) {
            diagnostics.error(SourcePos.unknown(file), "the file is " + text.length() / 1024 + " KiB; a résumé or a theme is at most "
                    + MAX_BYTES / 1024 / 1024 + " MiB", "is this the right file?");
            return null;
        }
        if (!checkCharacters(text)) {
            return null;
        }
        this.text = text;
        WholeCharacterReader in = new WholeCharacterReader(text);
        try (JsonParser parser = json ? JSON_FACTORY.createParser(ObjectReadContext.empty(), in)
                : FACTORY.createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(new SourcePos(file, 1, 1), text.isBlank() ? "the file is empty" : "the file holds only comments",
                        "start from `resume new \"Your Name\"` or see docs/format.md");
                return null;
            }
            YNode root = readValue(parser, first, 0);
            if (parser.nextToken() != null) {
                if (json) {
                    diagnostics.error(pos(parser.currentTokenLocation()), "more JSON after the end of the document",
                            "a JSON file holds one value: remove what follows its closing '}', or merge the two");
                } else {
                    diagnostics.error(pos(parser.currentTokenLocation()), "a second YAML document ('---') in the file",
                            "a résumé is one document: remove the '---' line and what follows it, or merge the two");
                }
            }
            return root;
        } catch (JacksonException e) {
            if (json) {
                jsonSyntaxError(e);
            } else {
                syntaxError(e);
            }
            return null;
        } catch (StopReading e) {
            return null;
        }
    }

    private YNode readValue(JsonParser p, JsonToken token, int depth) {
        SourcePos pos = pos(p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            diagnostics.error(pos, "the document nests deeper than " + MAX_DEPTH + " levels",
                    "a résumé needs a few levels only: look for a run of '[' or '{', or ever deeper indentation");
            throw new StopReading();
        }
        if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
            diagnostics.error(pos, "YAML aliases (*name) are not supported",
                    "write the value out in full; a variant file with `extends:` shares content between files");
            return new YNode.Scalar("", true, false, false, pos);
        }
        switch (token) {
            case START_OBJECT -> {
                open.addLast(new Open(pos, false));
                List<YNode.Entry> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    SourcePos keyPos = pos(p.currentTokenLocation());
                    String key = checkScalar(p.currentName(), keyPos, "key");
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
                open.removeLast();
                return new YNode.Map(List.copyOf(entries), pos);
            }
            case START_ARRAY -> {
                open.addLast(new Open(pos, true));
                List<YNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        break;
                    }
                    items.add(readValue(p, t, depth + 1));
                }
                open.removeLast();
                return new YNode.Seq(List.copyOf(items), pos);
            }
            case VALUE_NULL -> {
                return new YNode.Scalar("", true, false, false, pos);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YNode.Scalar(checkScalar(p.getString(), pos, "value"), false, true, false, pos);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YNode.Scalar(p.getString(), false, false, true, pos);
            }
            default -> {
                String text = p.getString();
                return new YNode.Scalar(text == null ? "" : checkScalar(text, pos, "value"), false, false, false, pos);
            }
        }
    }

    /**
     * Refuses, at their place, the characters YAML does not allow in a file (controls other than
     * tab and line breaks, U+FFFE, U+FFFF, lone surrogates) and over-long lines, before the
     * parser sees them: it would report them at the start of the file, or slowly.
     */
    private boolean checkCharacters(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
                continue;
            }
            if (i - lineStart == MAX_LINE) {
                int end = i;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                diagnostics.error(new SourcePos(file, line, 1), "this line is " + (end - lineStart) + " characters long; a line may hold at most "
                        + MAX_LINE, "break the text over several lines (YAML joins them with spaces); is this the right file?");
                return false;
            }
            if (forbidden(text, i)) {
                diagnostics.error(new SourcePos(file, line, text.codePointCount(lineStart, i) + 1), describe(text, i) + " is not allowed",
                        CONTROL_HINT);
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return true;
    }

    /** A value or key: without forbidden characters (written as escapes in quotes), and not too long. */
    private String checkScalar(String text, SourcePos pos, String what) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text, i)) {
                diagnostics.error(pos, "this " + what + " holds " + describe(text, i),
                        "remove it, or the escape sequence (such as \\a or \\u0007) that writes it");
                break;
            }
            if (Character.isHighSurrogate(text.charAt(i))) {
                i++;
            }
        }
        if (text.length() > MAX_SCALAR) {
            diagnostics.error(pos, "this " + what + " is " + text.length() + " characters long; a " + what + " may hold at most " + MAX_SCALAR,
                    "split a long text into paragraphs (a list under `text:`) or bullets; or look for a missing closing quote");
            // Cut, so that the rest of the file is still checked without the cost of a huge text.
            return text.substring(0, MAX_SCALAR);
        }
        return text;
    }

    /** Whether the character at {@code i} may not stand in a YAML file (tab and line breaks may). */
    private static boolean forbidden(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    private static String describe(String s, int i) {
        char c = s.charAt(i);
        String code = String.format("U+%04X", (int) c);
        if (Character.isSurrogate(c) || c >= 0xFFFE) {
            return "the non-character " + code;
        }
        String name = Character.getName(c);
        return "the control character " + code + (name == null ? "" : " (" + name + ")");
    }

    private SourcePos pos(TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return SourcePos.unknown(file);
        }
        return new SourcePos(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** Reports a syntax error at its place, in the user's words where the parser's are obscure. */
    private void syntaxError(JacksonException e) {
        MarkedYamlEngineException m = null;
        for (Throwable c = e; c != null && m == null; c = c.getCause()) {
            if (c instanceof MarkedYamlEngineException marked) {
                m = marked;
            }
        }
        String hint = "check the indentation and quote values that start with a special character (* & ! [ { > |)";
        if (m == null || m.getProblem() == null) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Expected a property name")) {
                diagnostics.error(pos(e.getLocation()), "YAML syntax error: a key must be a text, not a list, a mapping or an alias",
                        "write `key: value`, and quote a key that starts with [ { * or &");
                return;
            }
            int nl = msg == null ? -1 : msg.indexOf('\n');
            diagnostics.error(pos(e.getLocation()), "YAML syntax error: " + (nl > 0 ? msg.substring(0, nl) : msg), hint);
            return;
        }
        Mark problemMark = m.getProblemMark().orElse(null);
        Mark contextMark = m.getContextMark().orElse(null);
        SourcePos at = place(problemMark != null ? problemMark : contextMark, e);
        String problem = m.getProblem();
        String context = m.getContext() == null ? "" : m.getContext();
        String message = context.isEmpty() ? problem : problem + " (" + context + ")";
        if (problem.contains("\\t(TAB)") || problem.contains(" tab")) {
            message = problem.contains("indentation") ? "a tab in the indentation" : message;
            hint = "YAML indents with spaces only; replace the tab by spaces";
        } else if (problem.contains("mapping values are not allowed")) {
            hint = "a value that contains ': ' must be quoted, e.g. title: \"SkyRL: a library\"";
        } else if (problem.contains("could not find expected ':'")) {
            hint = "check the indentation of this line and the one before it, and quote values with special characters";
        } else if (context.contains("quoted scalar") && contextMark != null
                && (problem.contains("end of stream") || problem.contains("document separator"))) {
            at = place(contextMark, e);
            message = "the quoted text that starts here is never closed";
            hint = "add the closing quote at the end of the text";
        } else if ((context.contains("flow sequence") || context.contains("flow mapping")) && contextMark != null) {
            SourcePos open = place(contextMark, e);
            boolean list = context.contains("sequence");
            message = problem + " (in the " + (list ? "list [" : "mapping {") + " that starts at " + open.line() + ":" + open.column() + ")";
            hint = "close the " + (list ? "'[' with ']'" : "'{' with '}'") + ", and quote values that contain ',', ':' or brackets";
        }
        diagnostics.error(at, "YAML syntax error: " + message, hint);
    }

    private static final java.util.regex.Pattern UNEXPECTED = java.util.regex.Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\)");

    /** Reports a JSON syntax error at its place, in the user's words rather than the parser's. */
    private void jsonSyntaxError(JacksonException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        SourcePos at = pos(e.getLocation());
        java.util.regex.Matcher m = UNEXPECTED.matcher(msg);
        String found = m.find() ? m.group(1) : null;
        Open inner = open.peekLast();
        String message;
        String hint;
        if (msg.contains("was expecting comma to separate") && "#".equals(found)) {
            message = "'#' starts no comment in JSON";
            hint = "write comments as // or /* */, or remove it";
        } else if (msg.contains("was expecting comma to separate")) {
            message = "a ',' is missing before this entry";
            hint = "separate the entries of an object or an array with commas";
        } else if (msg.contains("was expecting double-quote to start property name")) {
            message = ",".equals(found) ? "two commas in a row" : "a key must be a text in double quotes";
            hint = ",".equals(found) ? "remove one of them" : "write \"key\": value (JSON has no single quotes)";
        } else if (msg.contains("was expecting a colon")) {
            message = "a ':' is missing after the key";
            hint = "write \"key\": value";
        } else if (msg.startsWith("Unrecognized token")) {
            String token = msg.replaceFirst("^Unrecognized token '([^']*)'.*$", "$1");
            message = "'" + token + "' is not a JSON value";
            hint = "write text in double quotes (\"" + token + " …\"); the other values are numbers, true, false and null";
        } else if (msg.startsWith("Unrecognized character escape")) {
            message = "'\\" + msg.replaceFirst("^Unrecognized character escape '(.)'.*$", "$1") + "' is not a JSON escape";
            hint = "write a backslash as \\\\; JSON's escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
        } else if (msg.startsWith("Illegal unquoted character") && msg.contains("code 9)")) {
            message = "a tab inside a text";
            hint = "write it as \\t, or as a space";
        } else if (msg.startsWith("Illegal unquoted character")) {
            if (e.processor() instanceof JsonParser p && p.currentTokenLocation() != null) {
                at = pos(p.currentTokenLocation());
            }
            message = "the text that starts here is not closed on its line";
            hint = "add the closing quote; a line break inside a text is written \\n";
        } else if (msg.startsWith("Unexpected close marker") && msg.contains("no open")) {
            message = "this '" + msg.charAt("Unexpected close marker '".length()) + "' closes nothing";
            hint = "remove it, or add the '{' or '[' it was meant to close";
        } else if (msg.startsWith("Unexpected close marker") && inner != null) {
            message = "this '" + msg.charAt("Unexpected close marker '".length()) + "' does not close the " + inner.describe()
                    + " that starts at " + inner.pos().line() + ":" + inner.pos().column();
            hint = "close that one first, with '" + inner.closer() + "'";
        } else if (msg.startsWith("Unexpected end-of-input") && inner != null) {
            at = inner.pos();
            message = "the " + inner.describe() + " that starts here is never closed";
            hint = "add the '" + inner.closer() + "' that closes it; check the brackets and quotes before the end of the file";
        } else if (msg.startsWith("Invalid numeric value")) {
            message = "not a JSON number: " + msg.replaceFirst("^Invalid numeric value: ", "");
            hint = "write it in double quotes, as a text";
        } else {
            int nl = msg.indexOf('\n');
            message = (nl > 0 ? msg.substring(0, nl) : msg).replaceAll(" \\(code \\d+\\)", "");
            hint = "check the brackets, commas and quotes around this place";
        }
        diagnostics.error(at, "JSON syntax error: " + message, hint);
    }

    /**
     * The mark's place, kept inside the text: after a lone CR, snakeyaml may count a column past
     * the end of an empty line.
     */
    private SourcePos place(Mark mark, JacksonException e) {
        if (mark == null) {
            return pos(e.getLocation());
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int line = Math.min(mark.getLine() + 1, lines.length);
        String l = lines[line - 1];
        return new SourcePos(file, line, Math.min(mark.getColumn() + 1, l.codePointCount(0, l.length()) + 1));
    }

    /**
     * Reads a string, never ending a read between the two halves of a surrogate pair (an emoji,
     * say). snakeyaml-engine 3.0.1 fails with an IndexOutOfBoundsException when its buffer fills
     * up with the first half (fixed in 3.1.1).
     */
    private static final class WholeCharacterReader extends Reader {
        private final String text;
        private int next;

        WholeCharacterReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (next >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - next);
            if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
                n--;
            }
            text.getChars(next, next + n, buffer, offset);
            next += n;
            return n;
        }

        @Override
        public void close() {}
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
