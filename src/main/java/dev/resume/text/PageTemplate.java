package dev.resume.text;

import dev.resume.diag.Suggest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a page's footer or running header with its placeholders: {@code {name}},
 * {@code {page}}, {@code {pages}}, {@code {date}} and {@code {updated}}; {@code {{} and
 * {@code }}} stand for a brace. Parsed once where it is written (the theme, the résumé), whose
 * loader reports a {@link Problem} at its place; the stages after fill it in: the document's
 * values first ({@link #with}), the page's number last ({@link #on}).
 *
 * @param written the text as written, for messages and tests
 */
public record PageTemplate(String written, List<Part> parts) {

    public PageTemplate {
        parts = List.copyOf(parts);
    }

    /** What a placeholder stands for. */
    public enum Field {
        NAME("name"), PAGE("page"), PAGES("pages"), DATE("date"), UPDATED("updated");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Every placeholder as written, for messages: "{name}, {page}, …". */
        public static String list() {
            List<String> all = new ArrayList<>();
            for (Field f : values()) {
                all.add("{" + f.key + "}");
            }
            return String.join(", ", all);
        }
    }

    public sealed interface Part permits Literal, Placeholder {}

    public record Literal(String text) implements Part {}

    public record Placeholder(Field field) implements Part {}

    /**
     * What is wrong at {@code offset} of the text (in chars); {@code near} is the text there,
     * by which a loader finds the column in the file.
     */
    public record Problem(int offset, String near, String message, String hint) {}

    /** The template, or what is wrong with the text. */
    public sealed interface Parsed permits Ok, Bad {}

    public record Ok(PageTemplate template) implements Parsed {}

    public record Bad(List<Problem> problems) implements Parsed {
        public Bad {
            problems = List.copyOf(problems);
        }
    }

    private static final List<String> KEYS = java.util.Arrays.stream(Field.values()).map(Field::key).toList();

    /** Reads {@code text}; every problem in it, not only the first. */
    public static Parsed parse(String text) {
        List<Part> parts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                problems.add(new Problem(i, near(text, i), "a '}' without its '{'", "write }} for a brace, or "
                        + Field.list() + " for a placeholder"));
                i++;
            } else if (c == '{') {
                int close = text.indexOf('}', i + 1);
                int nextOpen = text.indexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    problems.add(new Problem(i, near(text, i), "a '{' that is not closed", "close the placeholder with }"
                            + " (" + Field.list() + "), or write {{ for a brace"));
                    i++;
                    continue;
                }
                String key = text.substring(i + 1, close);
                Field field = field(key);
                if (field == null) {
                    String close1 = Suggest.closest(key.strip().toLowerCase(java.util.Locale.ROOT), KEYS);
                    problems.add(new Problem(i, text.substring(i, close + 1), "unknown placeholder {" + key + "}",
                            (close1 != null ? "did you mean {" + close1 + "}? " : "") + "placeholders: " + Field.list()
                                    + "; {{ and }} for braces"));
                } else {
                    if (!literal.isEmpty()) {
                        parts.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    parts.add(new Placeholder(field));
                }
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return problems.isEmpty() ? new Ok(new PageTemplate(text, parts)) : new Bad(problems);
    }

    /** A text known to be well formed (checked where it was read); an IllegalArgumentException otherwise. */
    public static PageTemplate of(String text) {
        return switch (parse(text)) {
            case Ok ok -> ok.template();
            case Bad bad -> throw new IllegalArgumentException("'" + text + "': " + bad.problems().get(0).message());
        };
    }

    private static Field field(String key) {
        for (Field f : Field.values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** The text from {@code at} to the end of its line, at most a few characters: what the loader looks for in the file. */
    private static String near(String text, int at) {
        int end = at + 1;
        while (end < text.length() && end < at + 12 && text.charAt(end) != '\n' && text.charAt(end) != '{'
                && text.charAt(end) != '}') {
            end++;
        }
        return text.substring(at, end);
    }

    /** Which placeholders it has. */
    public Set<Field> fields() {
        Set<Field> out = EnumSet.noneOf(Field.class);
        for (Part p : parts) {
            if (p instanceof Placeholder ph) {
                out.add(ph.field());
            }
        }
        return out;
    }

    /**
     * Whether it numbers the pages: "Page 1 of 1" says nothing, so such a text is drawn only
     * when there is more than one page; any other ("Updated May 2025") on every page.
     */
    public boolean numbersPages() {
        Set<Field> f = fields();
        return f.contains(Field.PAGE) || f.contains(Field.PAGES);
    }

    /** The placeholders of {@code values} filled in; the others stay. */
    public PageTemplate with(Map<Field, String> values) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Placeholder ph && values.containsKey(ph.field())) {
                out.add(new Literal(values.get(ph.field())));
            } else {
                out.add(p);
            }
        }
        return new PageTemplate(written, out);
    }

    /** The text on page {@code page} of {@code pages}; a placeholder not filled in is left out. */
    public String on(int page, int pages) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            switch (p) {
                case Literal l -> sb.append(l.text());
                case Placeholder ph when ph.field() == Field.PAGE -> sb.append(page);
                case Placeholder ph when ph.field() == Field.PAGES -> sb.append(pages);
                case Placeholder ph -> { }
            }
        }
        return sb.toString();
    }
}
