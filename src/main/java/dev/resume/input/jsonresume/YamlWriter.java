package dev.resume.input.jsonresume;

import dev.resume.syntax.YNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a tree of our format as YAML the way a person would: block style, two-space indents,
 * a blank line between sections and between entries, values unquoted where that is safe, long
 * paragraphs folded. Quoting is decided for YAML 1.1 and 1.2 readers alike, so that a value
 * such as {@code yes}, {@code 1.0}, {@code null} or one with {@code ": "} in it reads back as
 * the same text in any YAML tool.
 */
public final class YamlWriter {
    /** Where a folded paragraph wraps. */
    private static final int WIDTH = 96;
    /** A paragraph longer than this is folded over several lines. */
    private static final int FOLD_OVER = 100;
    /** The keys whose values are paragraphs: folded when long. */
    private static final Set<String> PARAGRAPH_KEYS = Set.of("text", "description", "abstract");
    /** The keys whose values are dates: a bare year stays unquoted. */
    private static final Set<String> DATE_KEYS = Set.of("date", "start", "end");

    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_,.:]*([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF)|0[xob][0-9a-fA-F_]+)|\\.(nan|NaN|NAN)");
    /** YAML 1.1's booleans and nulls, which some readers still take for them. */
    private static final Set<String> SPECIAL = Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y", "n");
    /** A date as our format writes it, which any YAML reader takes as a text or a year. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?|present");

    private final StringBuilder out = new StringBuilder();

    /** The tree as a YAML document, after {@code header} (comment lines, without their '#'). */
    public static String write(YNode root, List<String> header) {
        YamlWriter w = new YamlWriter();
        for (String line : header) {
            w.out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        if (!header.isEmpty()) {
            w.out.append('\n');
        }
        if (root instanceof YNode.Map m) {
            w.map(m, 0, null);
        } else {
            w.value(root, 0, null);
            w.out.append('\n');
        }
        return w.out.toString();
    }

    /** The entries of a mapping, each on its own line at {@code indent}; the first without indent when {@code inline}. */
    private void map(YNode.Map map, int indent, String inlineFirst) {
        boolean first = true;
        for (YNode.Entry e : map.entries()) {
            if (!(first && inlineFirst != null)) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(key(e.key())).append(':');
            switch (e.value()) {
                case YNode.Map m -> {
                    out.append('\n');
                    map(m, indent + 2, null);
                }
                case YNode.Seq s -> {
                    out.append('\n');
                    seq(s, indent + 2, e.key());
                }
                case YNode.Scalar s -> {
                    out.append(' ');
                    scalar(s, e.key(), indent + 2);
                    out.append('\n');
                }
            }
        }
    }

    private void seq(YNode.Seq seq, int indent, String key) {
        // Sections and the entries of a section stand apart; contact items, skill lines and bullets do not.
        boolean spaced = !key.equals("contact") && !key.equals("bullets") && !key.equals("skills") && seq.items().stream().anyMatch(i -> i instanceof YNode.Map);
        boolean first = true;
        for (YNode item : seq.items()) {
            if (spaced && !first) {
                out.append('\n');
            }
            first = false;
            out.append(" ".repeat(indent)).append("- ");
            switch (item) {
                case YNode.Map m -> map(m, indent + 2, "");
                case YNode.Seq s -> {
                    out.append('\n');
                    seq(s, indent + 2, key);
                }
                case YNode.Scalar s -> {
                    scalar(s, key, indent + 2);
                    out.append('\n');
                }
            }
        }
    }

    private void value(YNode node, int indent, String key) {
        if (node instanceof YNode.Scalar s) {
            scalar(s, key, indent);
        }
    }

    private void scalar(YNode.Scalar s, String key, int indent) {
        if (s.isNull()) {
            out.append("null");
        } else if (s.isBoolean() || s.isNumber()) {
            out.append(s.text());
        } else if (DATE_KEYS.contains(key) && DATE.matcher(s.text()).matches()) {
            out.append(s.text());
        } else if (PARAGRAPH_KEYS.contains(key) && s.text().length() > FOLD_OVER && foldable(s.text())) {
            folded(s.text(), indent);
        } else {
            out.append(plainSafe(s.text()) ? s.text() : doubleQuoted(s.text()));
        }
    }

    private static String key(String key) {
        return plainSafe(key) ? key : doubleQuoted(key);
    }

    /** Whether a text reads back as the same text when written without quotes. */
    static boolean plainSafe(String s) {
        if (s.isEmpty() || !s.equals(s.strip()) || SPECIAL.contains(s.toLowerCase(Locale.ROOT)) || NUMBER.matcher(s).matches()) {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains("\t")) {
            return false;
        }
        // A date-like text ("2024-05-01") is read as a timestamp by YAML 1.1 readers.
        if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}([Tt ].*)?")) {
            return false;
        }
        return s.chars().allMatch(c -> c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029
                && c != 0xFEFF);
    }

    static String doubleQuoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        q.append(String.format("\\u%04X", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    /**
     * Whether a paragraph folds safely: words with single spaces between them, so that the
     * lines, joined again with spaces, give back the text exactly.
     */
    private static boolean foldable(String s) {
        return s.equals(s.strip()) && !s.contains("  ") && plainCharacters(s);
    }

    private static boolean plainCharacters(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029
                && c != 0xFEFF && c != 0xA0);
    }

    /** A folded block ({@code >-}): lines of at most {@link #WIDTH}, broken at spaces. */
    private void folded(String s, int indent) {
        out.append(">-\n");
        String pad = " ".repeat(indent);
        int width = Math.max(40, WIDTH - indent);
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.append(pad).append(line).append('\n');
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(pad).append(line);
    }
}
