package dev.resume.theme;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.diag.Suggest;
import dev.resume.format.Fields;
import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.syntax.YNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of one mapping of a theme by its declaration ({@link ThemeFormat}): each
 * reader takes a key of the kind it reads, so a binder cannot read a key the declaration does
 * not have, nor as another kind; {@link #finish()} reports unknown keys with the closest, and
 * fails when the binder left a declared key unread.
 */
final class ThemeFields {
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in)?");

    private final Shape shape;
    /** Where the mapping is: "" for the root, "fonts.", "fonts.body.". */
    private final String path;
    private final String noun;
    private final YNode.Map map;
    private final Fields fields;
    private final Diagnostics diagnostics;
    private final Set<String> read = new HashSet<>();

    private ThemeFields(Shape shape, String path, String noun, YNode.Map map, Diagnostics diagnostics) {
        this.shape = shape;
        this.path = path;
        this.noun = noun;
        this.map = map;
        this.fields = new Fields(map, noun, allowed(shape, path), diagnostics);
        this.diagnostics = diagnostics;
    }

    /** The theme's root mapping, of {@link ThemeFormat#THEME}. */
    /** Where a binder that checks a value itself reports (a footer's placeholders). */
    Diagnostics diagnostics() {
        return diagnostics;
    }

    static ThemeFields root(YNode.Map tree, Diagnostics diagnostics) {
        return new ThemeFields(ThemeFormat.THEME, "", "the theme", tree, diagnostics);
    }

    /** Keys a mapping accepts: its declared keys, and the retired ones, which are reported as such. */
    private static List<String> allowed(Shape shape, String path) {
        List<String> keys = new ArrayList<>(shape.keys());
        for (ThemeFormat.Retired r : ThemeFormat.RETIRED) {
            if (r.group().equals(path)) {
                keys.add(r.key());
            }
        }
        return keys;
    }

    /**
     * The mapping under {@code key}, a field of kind {@link Kind#SHAPE}. A mapping that is
     * absent, or not a mapping, is reported; its values then read as missing.
     */
    ThemeFields group(String key) {
        Field f = declared(key, Kind.SHAPE);
        String noun = "'" + key + "' of the theme";
        YNode n = fields.node(key);
        if (n instanceof YNode.Map m) {
            return new ThemeFields(f.shape(), path + key + ".", noun, m, diagnostics);
        }
        if (n == null) {
            diagnostics.error(fields.pos(), "the theme has no '" + key + "'", "extend a built-in theme to inherit its values");
        } else {
            diagnostics.error(n.pos(), "expected " + noun + " (a mapping of keys), found " + n.describe(),
                    "valid keys here: " + Suggest.list(f.shape().keys()));
        }
        return new ThemeFields(f.shape(), path + key + ".", noun, new YNode.Map(List.of(), n == null ? fields.pos() : n.pos()),
                diagnostics);
    }

    /** The mapping under {@code key} when the theme gives it, else null (a family that defaults to another). */
    ThemeFields optionalGroup(String key) {
        declared(key, Kind.SHAPE);
        return fields.has(key) ? group(key) : null;
    }

    private Field declared(String key, Kind kind) {
        Field f = shape.field(key);
        if (f == null || f.kind() != kind) {
            throw new IllegalStateException("the theme binder reads " + path + key + " as " + kind + "; ThemeFormat declares "
                    + (f == null ? "no such key" : f.kind()));
        }
        read.add(key);
        return f;
    }

    SourcePos pos() {
        return fields.pos();
    }

    SourcePos keyPos(String key) {
        return fields.keyPos(key);
    }

    boolean has(String key) {
        return fields.has(key);
    }

    /** The value's node, for what a binder keeps of it beyond its value (where fonts are named). */
    YNode node(String key) {
        return fields.node(key);
    }

    void error(SourcePos pos, String message, String hint) {
        diagnostics.error(pos, message, hint);
    }

    String string(String key) {
        declared(key, Kind.STRING);
        return fields.string(key);
    }

    /** A text's node as written, for a binder that reads it itself (a footer, whose placeholders are checked at their place). */
    YNode stringNode(String key) {
        declared(key, Kind.STRING);
        return fields.node(key);
    }

    /** A paper's node as written: a name, WIDTH x HEIGHT or a mapping ({@link Papers}). */
    YNode paperNode(String key) {
        declared(key, Kind.PAPER);
        return fields.node(key);
    }

    /** A text the styler always draws: an empty value (`bullet:`) is an empty text, not none. */
    String drawn(String key) {
        String v = string(key);
        return v == null ? "" : v;
    }

    boolean bool(String key) {
        declared(key, Kind.BOOLEAN);
        return fields.bool(key);
    }

    /** A whole number; 0 when empty. */
    int integer(String key) {
        declared(key, Kind.INTEGER);
        Integer v = fields.integer(key);
        return v == null ? 0 : v;
    }

    /** A length: a number of points, or a number with a unit (pt, mm, cm, in). */
    float length(String key) {
        declared(key, Kind.LENGTH);
        YNode n = fields.node(key);
        if (n == null) {
            diagnostics.error(fields.pos(), "missing '" + key + "'", "a length such as 10, 10pt, 15mm, 1.5cm or 0.5in");
            return 0;
        }
        if (n instanceof YNode.Scalar s) {
            Matcher m = LENGTH.matcher(s.text().strip());
            if (m.matches()) {
                float v = Float.parseFloat(m.group(1));
                String unit = m.group(2) == null ? "pt" : m.group(2);
                float pts = switch (unit) {
                    case "mm" -> v * 72f / 25.4f;
                    case "cm" -> v * 72f / 2.54f;
                    case "in" -> v * 72f;
                    default -> v;
                };
                if (pts > 1000) {
                    diagnostics.error(s.pos(), "'" + key + "' is larger than a page", "a length in points, or with a unit: 15mm");
                }
                return pts;
            }
        }
        diagnostics.error(n.pos(), "'" + key + "' must be a length such as 10, 10pt, 15mm, 1.5cm or 0.5in",
                "a number of points, or a number with pt, mm, cm or in");
        return 0;
    }

    /** A font size: a length larger than zero. */
    float size(String key) {
        float v = length(key);
        if (v <= 0 && fields.node(key) instanceof YNode.Scalar s && LENGTH.matcher(s.text().strip()).matches()) {
            diagnostics.error(s.pos(), "'" + key + "' must be larger than 0", "a size in points, such as 10");
            return 1;
        }
        return v;
    }

    /** A number from {@code min} to {@code max}. */
    float number(String key, float min, float max) {
        declared(key, Kind.NUMBER);
        YNode n = fields.node(key);
        String range = "a number from " + min + " to " + max;
        if (n == null) {
            diagnostics.error(fields.pos(), "missing '" + key + "'", range);
            return min;
        }
        if (n instanceof YNode.Scalar s) {
            try {
                float v = Float.parseFloat(s.text().strip());
                if (v >= min && v <= max) {
                    return v;
                }
                diagnostics.error(s.pos(), "'" + key + "' must be between " + min + " and " + max, range);
                return min;
            } catch (NumberFormatException ex) {
                // reported below
            }
        }
        diagnostics.error(n.pos(), "'" + key + "' must be a number", range);
        return min;
    }

    /** A tightening factor of {@code fit}: more than 0, at most 1 (never tighten). */
    float factor(String key) {
        declared(key, Kind.FACTOR);
        YNode n = fields.node(key);
        if (n == null) {
            diagnostics.error(fields.pos(), "missing '" + key + "' in 'fit'", "a factor such as 0.8; 1 never tightens it");
            return 1;
        }
        if (n instanceof YNode.Scalar s) {
            try {
                float v = Float.parseFloat(s.text().strip());
                if (v > 0 && v <= 1) {
                    return v;
                }
                diagnostics.error(s.pos(), "'" + key + "' of 'fit' must be more than 0 and at most 1, not " + s.text().strip(),
                        "it is the least factor a page limit may scale it by: 0.8 lets it shrink by a fifth; 1 never tightens it");
                return 1;
            } catch (NumberFormatException ex) {
                // reported below
            }
        }
        diagnostics.error(n.pos(), "'" + key + "' of 'fit' must be a number", "a factor such as 0.8; 1 never tightens it");
        return 1;
    }

    String color(String key) {
        declared(key, Kind.COLOR);
        String v = fields.string(key);
        if (v == null) {
            diagnostics.error(fields.pos(), "missing colour '" + key + "'",
                    "write a colour in quotes, as \"#1f4e79\": unquoted, # starts a YAML comment");
            return "#000000";
        }
        if (!v.strip().matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
            diagnostics.error(fields.node(key).pos(), "'" + v + "' is not a colour",
                    "write a colour as \"#1f4e79\" (quoted: # starts a YAML comment)");
            return "#000000";
        }
        return v.strip();
    }

    /** How a value of an enum is written: lower case, - between words. */
    static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The values of {@code type} as written, checked against the declaration's. */
    private <E extends Enum<E>> List<String> names(Field f, Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            names.add(spelling(c));
        }
        if (!names.equals(f.examples())) {
            throw new IllegalStateException(path + f.key() + ": ThemeFormat declares " + f.examples() + ", " + type.getSimpleName()
                    + " has " + names);
        }
        return names;
    }

    private static String normal(String v) {
        return v.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        List<String> names = names(declared(key, Kind.ENUM), type);
        String v = fields.string(key);
        if (v == null) {
            diagnostics.error(fields.pos(), "missing '" + key + "'", "one of: " + Suggest.list(names));
            return type.getEnumConstants()[0];
        }
        int i = names.indexOf(normal(v));
        if (i < 0) {
            String close = Suggest.closest(normal(v), names);
            diagnostics.error(fields.node(key).pos(), "'" + v + "' is not a valid " + key.replace('_', ' ')
                    + (close != null ? "; did you mean '" + close + "'?" : ""), "one of: " + Suggest.list(names));
            return type.getEnumConstants()[0];
        }
        return type.getEnumConstants()[i];
    }

    /** A list of values of {@code type}: `[paragraphs, abstracts]`; each unknown one is an error with the closest. */
    <E extends Enum<E>> Set<E> choices(String key, Class<E> type, String noun) {
        List<String> names = names(declared(key, Kind.ENUMS), type);
        Set<E> out = EnumSet.noneOf(type);
        YNode n = fields.node(key);
        if (n == null) {
            diagnostics.error(fields.pos(), "missing '" + key + "'", "a list of: " + Suggest.list(names));
            return out;
        }
        List<YNode> items = n instanceof YNode.Seq seq ? seq.items() : List.of(n);
        for (YNode item : items) {
            if (item instanceof YNode.Scalar sc && sc.isNull()) {
                continue;
            }
            String v = item instanceof YNode.Scalar sc ? normal(sc.text()) : "";
            int i = names.indexOf(v);
            if (i >= 0) {
                out.add(type.getEnumConstants()[i]);
            } else {
                String close = Suggest.closest(v, names);
                String what = item instanceof YNode.Scalar sc ? "'" + sc.text().strip() + "'" : item.describe();
                diagnostics.error(item.pos(), what + " is not " + noun + " that '" + key + "' can name",
                        (close != null ? "did you mean '" + close + "'? " : "") + "one of: " + Suggest.list(names));
            }
        }
        return out;
    }

    /** A font, stripped; null when not given. An empty name (`""`) is an error here, not a font to look for. */
    String font(String key) {
        declared(key, Kind.FONT);
        String v = fields.string(key);
        if (v != null && v.isBlank()) {
            diagnostics.error(fields.node(key).pos(), "'" + key + "' names no font: it is empty", FONT_HINT);
            return null;
        }
        return v == null ? null : v.strip();
    }

    List<String> fonts(String key) {
        declared(key, Kind.FONTS);
        List<String> out = new ArrayList<>();
        for (YNode item : fields.list(key, true)) {
            if (item instanceof YNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(s.text().strip());
            } else {
                diagnostics.error(item.pos(), "each item of '" + key + "' must name a font, found "
                        + (item instanceof YNode.Scalar ? "an empty value" : item.describe()), FONT_HINT);
            }
        }
        return out;
    }

    static final String FONT_HINT = "name a font file (.ttf, .otf, .ttc or .otc), such as dejavu/DejaVuSans.ttf, or an installed"
            + " font's family, such as \"Noto Serif CJK SC\"";

    /**
     * Reports unknown keys, each with the closest declared one as its hint, and retired keys with
     * what to write now; fails when the binder did not read a key the declaration
     * has, which would be a key the theme accepts and ignores.
     */
    void finish() {
        List<String> unread = new ArrayList<>();
        for (Field f : shape.fields()) {
            if (!read.contains(f.key())) {
                unread.add(f.key());
            }
        }
        if (!unread.isEmpty()) {
            throw new IllegalStateException("the theme binder does not read " + path + unread);
        }
        List<String> keys = shape.keys();
        for (YNode.Entry e : map.entries()) {
            ThemeFormat.Retired retired = retired(e.key());
            if (retired != null) {
                diagnostics.error(e.keyPos(), retired.message(), retired.hint());
            } else if (!keys.contains(e.key())) {
                String close = Suggest.closest(e.key(), keys);
                diagnostics.error(e.keyPos(), "unknown key '" + e.key() + "' in " + noun,
                        close != null ? "did you mean '" + close + "'?" : "valid keys here: " + Suggest.list(keys));
            }
        }
    }

    private ThemeFormat.Retired retired(String key) {
        for (ThemeFormat.Retired r : ThemeFormat.RETIRED) {
            if (r.group().equals(path) && r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }
}
