package dev.resume.theme;

import dev.resume.format.FormatSpec;
import dev.resume.syntax.SourceFile;
import dev.resume.format.Fields;
import dev.resume.syntax.YNode;
import dev.resume.syntax.YamlReader;

import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads a theme, built-in by name or from a file. A theme names a base with {@code extends}
 * (every theme but {@code classic} extends {@code classic} unless it says otherwise) and
 * overrides single keys; the merged tree is then validated like a résumé, with positions.
 */
public final class ThemeLoader {
    public static final String DEFAULT = "classic";
    public static final List<String> BUILT_IN = FormatSpec.BUILT_IN_THEMES;

    private static final java.util.regex.Pattern LENGTH = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in)?");
    /** The least width and height, in points, that the margins must leave for the text. */
    private static final float MIN_TEXT = 72;

    private final Diagnostics diagnostics;

    public ThemeLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** True when {@code ref} names a theme file rather than a built-in theme. */
    public static boolean isPath(String ref) {
        return FormatSpec.isThemePath(ref);
    }

    /**
     * Loads {@code ref}: a built-in name, or a path (resolved against {@code relativeTo} when
     * relative). {@code refPos} is where the reference was written, for errors.
     */
    public Theme load(String ref, Path relativeTo, SourcePos refPos) throws IOException {
        YNode.Map tree = resolve(ref, relativeTo, refPos, new HashSet<>());
        diagnostics.throwIfErrors();
        Path folder = isPath(ref) ? resolvePath(ref, relativeTo).toAbsolutePath().getParent() : null;
        Theme theme = bind(tree, folder);
        diagnostics.throwIfErrors();
        return theme;
    }

    private static Path resolvePath(String ref, Path relativeTo) {
        Path p = Path.of(ref);
        return p.isAbsolute() || relativeTo == null ? p : relativeTo.resolve(p);
    }

    private YNode.Map resolve(String ref, Path relativeTo, SourcePos refPos, Set<String> seen) throws IOException {
        String text;
        Path file;
        Path baseDir;
        if (isPath(ref)) {
            file = resolvePath(ref, relativeTo);
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of(refPos, "theme file '" + file + "' not found",
                        "built-in themes: " + Suggest.list(BUILT_IN));
            }
            text = SourceFile.read(file);
            baseDir = file.toAbsolutePath().getParent();
        } else {
            String name = ref.toLowerCase(Locale.ROOT);
            if (!BUILT_IN.contains(name)) {
                String close = Suggest.closest(name, BUILT_IN);
                throw InvalidInputException.of(refPos, "unknown theme '" + ref + "'",
                        (close != null ? "did you mean '" + close + "'? " : "") + "built-in themes: " + Suggest.list(BUILT_IN)
                                + "; or give a path to a theme file");
            }
            file = Path.of("themes", name + ".yml");
            try (InputStream in = ThemeLoader.class.getResourceAsStream("/themes/" + name + ".yml")) {
                if (in == null) {
                    throw new IOException("built-in theme " + name + " is missing from the tool");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            baseDir = relativeTo;
        }
        String key = file.toAbsolutePath().normalize().toString();
        if (!seen.add(key)) {
            throw InvalidInputException.of(refPos, "themes extend each other in a cycle (" + ref + ")", "remove one `extends:`");
        }
        YNode root = new YamlReader(file, diagnostics).read(text);
        diagnostics.throwIfErrors();
        if (!(root instanceof YNode.Map map)) {
            throw InvalidInputException.of(root.pos(), "a theme must be a mapping of keys", "see docs/themes.md");
        }
        YNode.Entry ext = map.get("extends");
        String base = null;
        SourcePos basePos = refPos;
        if (ext != null && ext.value() instanceof YNode.Scalar s && !s.isNull()) {
            base = s.text();
            basePos = s.pos();
        } else if (!ref.equalsIgnoreCase(DEFAULT)) {
            base = DEFAULT;
        }
        if (base == null) {
            return map;
        }
        YNode.Map parent = resolve(base, baseDir, basePos, seen);
        return merge(parent, map);
    }

    /**
     * Overlays {@code top} on {@code base}: mappings merge key by key, an empty value over a
     * mapping keeps it, anything else replaces.
     */
    static YNode.Map merge(YNode.Map base, YNode.Map top) {
        return merge(base, top, "");
    }

    /**
     * A font family is replaced whole, not merged style by style: a theme that names only a
     * regular face means that face for every style, not the base theme's bold and italic.
     */
    private static boolean replacedWhole(String path) {
        return path.startsWith("fonts.") && !path.equals("fonts.");
    }

    private static YNode.Map merge(YNode.Map base, YNode.Map top, String path) {
        Map<String, YNode.Entry> out = new LinkedHashMap<>();
        for (YNode.Entry e : base.entries()) {
            out.put(e.key(), e);
        }
        for (YNode.Entry e : top.entries()) {
            YNode.Entry old = out.get(e.key());
            String here = path + e.key();
            if (old != null && old.value() instanceof YNode.Map om && e.value() instanceof YNode.Map nm && !replacedWhole(here)) {
                out.put(e.key(), new YNode.Entry(e.key(), e.keyPos(), merge(om, nm, here + ".")));
            } else if (old != null && old.value() instanceof YNode.Map && e.value() instanceof YNode.Scalar sc && sc.isNull()) {
                // A group left empty (`entries:` with its lines commented out) changes nothing,
                // rather than taking away every key the base theme gave it.
                continue;
            } else {
                out.put(e.key(), e);
            }
        }
        out.remove("extends");
        return new YNode.Map(List.copyOf(out.values()), top.pos());
    }

    private Theme bind(YNode.Map tree, Path folder) {
        Fields t = new Fields(tree, "the theme", List.of("name", "description", "extends", "paper", "margins", "fonts", "sizes",
                "colors", "layout", "spacing", "header", "section_title", "entries", "dates", "publications", "footer", "fit", "typography"),
                diagnostics);
        String name = t.string("name");
        String description = t.string("description");
        Theme.Paper paper = choice(t, "paper", Theme.Paper.class);
        Fields m = sub(t, "margins", List.of("top", "bottom", "left", "right"));
        Theme.Margins margins = new Theme.Margins(length(m, "top"), length(m, "bottom"), length(m, "left"), length(m, "right"));
        // Checked against the narrowest and the shortest paper, as --paper may change it.
        if (margins.left() + margins.right() > Theme.Paper.A4.width - MIN_TEXT
                || margins.top() + margins.bottom() > Theme.Paper.LETTER.height - MIN_TEXT) {
            diagnostics.error(m.pos(), "the margins leave less than " + (int) MIN_TEXT + " pt for the text", "make them smaller");
        }
        Fields f = sub(t, "fonts", List.of("body", "heading", "mono", "fallback", "fallback_bold", "icons"));
        Theme.FamilyFiles body = family(f, "body");
        Theme.FamilyFiles heading = f.has("heading") ? family(f, "heading") : body;
        Theme.FamilyFiles mono = family(f, "mono");
        String iconFont = f.string("icons");
        if (iconFont == null) {
            diagnostics.error(f.keyPos("icons"), "the theme needs an 'icons' font file", "such as icons: fork-awesome/forkawesome-webfont.ttf");
        }
        Theme.Fonts fonts = new Theme.Fonts(body, heading, mono, f.strings("fallback"), f.strings("fallback_bold"), iconFont,
                fontPlaces(t.node("fonts")));
        f.finish();
        Fields s = sub(t, "sizes", List.of("body", "name", "headline", "contact", "section", "small", "footer"));
        Theme.Sizes sizes = new Theme.Sizes(size(s, "body"), size(s, "name"), size(s, "headline"), size(s, "contact"),
                size(s, "section"), size(s, "small"), size(s, "footer"));
        Fields c = sub(t, "colors", List.of("text", "accent", "muted", "rule", "link"));
        Theme.Colors colors = new Theme.Colors(color(c, "text"), color(c, "accent"), color(c, "muted"), color(c, "rule"),
                color(c, "link"));
        Fields lay = sub(t, "layout", List.of("column", "column_gap"));
        Theme.Columns layout = new Theme.Columns(length(lay, "column"), length(lay, "column_gap"));
        Fields sp = sub(t, "spacing", List.of("leading", "header_after", "section_before", "section_after", "entry_before",
                "bullet_indent", "bullet_gap", "paragraph_gap"));
        Theme.Spacing spacing = new Theme.Spacing(number(sp, "leading", 0.8f, 3f), length(sp, "header_after"),
                length(sp, "section_before"), length(sp, "section_after"), length(sp, "entry_before"), length(sp, "bullet_indent"),
                length(sp, "bullet_gap"), length(sp, "paragraph_gap"));
        Fields h = sub(t, "header", List.of("align", "separator", "icons", "name_bold", "name_small_caps", "name_last_bold",
                "name_color"));
        Theme.Header header = new Theme.Header(choice(h, "align", Theme.Align.class), drawn(h, "separator"), h.bool("icons"),
                h.bool("name_bold"), h.bool("name_small_caps"), h.bool("name_last_bold"), color(h, "name_color"));
        Fields st = sub(t, "section_title", List.of("case", "bold", "color", "highlight_letters", "rule", "rule_thickness"));
        Integer highlight = st.integer("highlight_letters");
        Theme.SectionTitle sectionTitle = new Theme.SectionTitle(choice(st, "case", Theme.Case.class), st.bool("bold"),
                color(st, "color"), highlight == null ? 0 : highlight, choice(st, "rule", Theme.RulePlacement.class),
                length(st, "rule_thickness"));
        Fields e = sub(t, "entries", List.of("bullet", "sub_bullet", "justify", "subtitle", "subtitle_color", "right",
                "right_color", "dates", "dates_row"));
        if (e.has("justify")) {
            diagnostics.error(e.keyPos("justify"), "'entries.justify' is now 'typography.justify', a list of the kinds of text to justify",
                    "write `typography: {justify: [paragraphs, abstracts]}` (or `justify: []` for ragged right everywhere)");
        }
        Theme.Entries entries = new Theme.Entries(drawn(e, "bullet"), drawn(e, "sub_bullet"),
                choice(e, "subtitle", Theme.TextLook.class), color(e, "subtitle_color"), choice(e, "right", Theme.TextLook.class),
                color(e, "right_color"), choice(e, "dates", Theme.DatesPlacement.class), choice(e, "dates_row", Theme.DatesRow.class));
        if (entries.dates() == Theme.DatesPlacement.COLUMN && layout.column() <= 0) {
            diagnostics.error(e.keyPos("dates"), "'dates: column' needs a left column", "set layout.column, e.g. `layout: {column: 25mm}`");
        }
        Fields d = sub(t, "dates", List.of("months", "present", "separator", "expected"));
        Theme.DateStyle dates = new Theme.DateStyle(choice(d, "months", Theme.Months.class), drawn(d, "present"),
                drawn(d, "separator"), d.string("expected"));
        Fields p = sub(t, "publications", List.of("owner", "show_abstracts", "show_date", "group"));
        Theme.Publications publications = new Theme.Publications(choice(p, "owner", Theme.OwnerStyle.class),
                p.bool("show_abstracts"), p.bool("show_date"), p.bool("group"));
        Fields ft = sub(t, "fit", List.of("spacing", "leading", "margins", "font_size"));
        Theme.Fit fit = new Theme.Fit(factor(ft, "spacing"), factor(ft, "leading"), factor(ft, "margins"),
                factor(ft, "font_size"));
        Fields ty = sub(t, "typography", List.of("justify", "hyphenate", "dashes", "quotes", "ellipsis", "nonbreaking_spaces",
                "thin_spaces"));
        Theme.Typography typography = new Theme.Typography(textKinds(ty, "justify"), ty.bool("hyphenate"),
                new dev.resume.text.Typography.Options(ty.bool("dashes"), ty.bool("quotes"), ty.bool("ellipsis"),
                        ty.bool("nonbreaking_spaces"), ty.bool("thin_spaces")));
        String footer = t.string("footer");
        for (Fields x : List.of(m, s, c, lay, sp, h, st, e, d, p, ft, ty)) {
            x.finish();
        }
        t.finish();
        return new Theme(name, description, folder, paper, margins, fonts, sizes, colors, layout, spacing, header, sectionTitle,
                entries, dates, publications, footer == null || footer.isBlank() ? null : footer, fit, typography);
    }

    /** A list of kinds of text: `[paragraphs, abstracts]`; each unknown one is an error with the closest. */
    private java.util.Set<Theme.TextKind> textKinds(Fields f, String key) {
        java.util.Set<Theme.TextKind> out = java.util.EnumSet.noneOf(Theme.TextKind.class);
        List<String> names = new ArrayList<>();
        for (Theme.TextKind k : Theme.TextKind.values()) {
            names.add(k.name().toLowerCase(Locale.ROOT));
        }
        YNode n = f.node(key);
        if (n == null) {
            diagnostics.error(f.pos(), "missing '" + key + "'", "a list of: " + Suggest.list(names));
            return out;
        }
        List<YNode> items = n instanceof YNode.Seq seq ? seq.items() : List.of(n);
        for (YNode item : items) {
            if (item instanceof YNode.Scalar sc && sc.isNull()) {
                continue;
            }
            String v = item instanceof YNode.Scalar sc ? sc.text().strip().toLowerCase(Locale.ROOT) : "";
            int i = names.indexOf(v);
            if (i >= 0) {
                out.add(Theme.TextKind.values()[i]);
            } else {
                String close = Suggest.closest(v, names);
                String what = item instanceof YNode.Scalar sc ? "'" + sc.text().strip() + "'" : item.describe();
                diagnostics.error(item.pos(), what + " is not a kind of text that '" + key + "' can name",
                        (close != null ? "did you mean '" + close + "'? " : "") + "one of: " + Suggest.list(names));
            }
        }
        return out;
    }

    private Fields sub(Fields parent, String key, List<String> keys) {
        YNode n = parent.node(key);
        if (n == null) {
            diagnostics.error(parent.pos(), "the theme has no '" + key + "'", "extend a built-in theme to inherit its values");
            return new Fields(new YNode.Map(List.of(), parent.pos()), "'" + key + "' of the theme", keys, diagnostics);
        }
        Fields f = Fields.of(n, "'" + key + "' of the theme", keys, diagnostics);
        return f != null ? f : new Fields(new YNode.Map(List.of(), n.pos()), key, keys, diagnostics);
    }

    /**
     * Where each font name under {@code fonts} is written (the first place, when a name comes
     * twice), so that a font that cannot be loaded is reported there.
     */
    private static Map<String, SourcePos> fontPlaces(YNode fonts) {
        Map<String, SourcePos> out = new LinkedHashMap<>();
        if (fonts != null) {
            placesOf(fonts, out);
        }
        return out;
    }

    private static void placesOf(YNode node, Map<String, SourcePos> out) {
        switch (node) {
            case YNode.Scalar s when !s.isNull() -> out.putIfAbsent(s.text().strip(), s.pos());
            case YNode.Map m -> m.entries().forEach(e -> placesOf(e.value(), out));
            case YNode.Seq q -> q.items().forEach(i -> placesOf(i, out));
            default -> { }
        }
    }

    private Theme.FamilyFiles family(Fields parent, String key) {
        Fields f = sub(parent, key, List.of("regular", "bold", "italic", "bold_italic"));
        String regular = f.string("regular");
        if (regular == null) {
            diagnostics.error(f.pos(), "font family '" + key + "' needs a 'regular' font file", null);
        }
        String bold = f.string("bold");
        String italic = f.string("italic");
        String boldItalic = f.string("bold_italic");
        f.finish();
        return new Theme.FamilyFiles(regular, bold != null ? bold : regular, italic != null ? italic : regular,
                boldItalic != null ? boldItalic : bold != null ? bold : regular);
    }

    /** A text the styler always draws: an empty value (`bullet:`) is an empty text, not none. */
    private static String drawn(Fields f, String key) {
        String v = f.string(key);
        return v == null ? "" : v;
    }

    private <E extends Enum<E>> E choice(Fields f, String key, Class<E> type) {
        String v = f.string(key);
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (v == null) {
            diagnostics.error(f.pos(), "missing '" + key + "'", "one of: " + Suggest.list(names));
            return type.getEnumConstants()[0];
        }
        String norm = v.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int i = names.indexOf(norm);
        if (i < 0) {
            String close = Suggest.closest(norm, names);
            diagnostics.error(f.node(key).pos(), "'" + v + "' is not a valid " + key.replace('_', ' ')
                    + (close != null ? "; did you mean '" + close + "'?" : ""), "one of: " + Suggest.list(names));
            return type.getEnumConstants()[0];
        }
        return type.getEnumConstants()[i];
    }

    private String color(Fields f, String key) {
        String v = f.string(key);
        if (v == null) {
            diagnostics.error(f.pos(), "missing colour '" + key + "'", "write a colour in quotes, as \"#1f4e79\": unquoted, # starts a YAML comment");
            return "#000000";
        }
        if (!v.strip().matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
            diagnostics.error(f.node(key).pos(), "'" + v + "' is not a colour", "write a colour as \"#1f4e79\" (quoted: # starts a YAML comment)");
            return "#000000";
        }
        return v.strip();
    }

    private float number(Fields f, String key, float min, float max) {
        YNode n = f.node(key);
        if (n == null) {
            diagnostics.error(f.pos(), "missing '" + key + "'", null);
            return min;
        }
        if (n instanceof YNode.Scalar s) {
            try {
                float v = Float.parseFloat(s.text().strip());
                if (v >= min && v <= max) {
                    return v;
                }
                diagnostics.error(s.pos(), "'" + key + "' must be between " + min + " and " + max, null);
                return min;
            } catch (NumberFormatException ex) {
                // reported below
            }
        }
        diagnostics.error(n.pos(), "'" + key + "' must be a number", null);
        return min;
    }

    /** A tightening factor of {@code fit}: more than 0, at most 1 (never tighten). */
    private float factor(Fields f, String key) {
        YNode n = f.node(key);
        if (n == null) {
            diagnostics.error(f.pos(), "missing '" + key + "' in 'fit'", "a factor such as 0.8; 1 never tightens it");
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

    /** A font size: a length larger than zero. */
    private float size(Fields f, String key) {
        float v = length(f, key);
        YNode n = f.node(key);
        if (v <= 0 && n instanceof YNode.Scalar s && LENGTH.matcher(s.text().strip()).matches()) {
            diagnostics.error(n.pos(), "'" + key + "' must be larger than 0", null);
            return 1;
        }
        return v;
    }

    /** A length: a number of points, or a number with a unit (pt, mm, cm, in). */
    private float length(Fields f, String key) {
        YNode n = f.node(key);
        if (n == null) {
            diagnostics.error(f.pos(), "missing '" + key + "'", null);
            return 0;
        }
        if (n instanceof YNode.Scalar s) {
            var m = LENGTH.matcher(s.text().strip());
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
                    diagnostics.error(s.pos(), "'" + key + "' is larger than a page", null);
                }
                return pts;
            }
        }
        diagnostics.error(n.pos(), "'" + key + "' must be a length such as 10, 10pt, 15mm, 1.5cm or 0.5in", null);
        return 0;
    }
}
