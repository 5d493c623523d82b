package dev.resume.theme;

import dev.resume.format.LocaleValue;
import dev.resume.text.LanguageTag;
import dev.resume.format.FormatSpec;
import dev.resume.layout.PageSetup;
import dev.resume.text.PageTemplate;
import dev.resume.syntax.SourceFile;
import dev.resume.syntax.YNode;
import dev.resume.syntax.YamlReader;

import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            if (Files.isDirectory(file)) {
                throw InvalidInputException.of(refPos, "'" + file + "' is a folder, not a theme file",
                        "name a .yml theme file inside it, or a built-in theme: " + Suggest.list(BUILT_IN));
            }
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
        } else if (ext != null && !(ext.value() instanceof YNode.Scalar)) {
            throw InvalidInputException.of(ext.value().pos(), "'extends' names one theme, not " + ext.value().describe(),
                    "write a built-in name (" + Suggest.list(BUILT_IN) + ") or the path of a theme file");
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

    /**
     * The footer stands at least {@link PageSetup#FOOTER_EDGE} above the paper's edge, where
     * printers still print, and the running header as far below the top edge, each wholly in its
     * margin: a margin too small to hold it there beside the text is warned about where the
     * margin is set.
     *
     * @param side "bottom" (the footer's) or "top" (the header's)
     */
    private void checkRoom(ThemeFields t, String side, float margin, Theme.Sizes sizes, String what, String key) {
        float needed = PageSetup.marginRoom(sizes.footer());
        if (margin >= needed) {
            return;
        }
        SourcePos at = t.node("margins") instanceof YNode.Map m && m.get(side) != null ? m.get(side).value().pos()
                : t.keyPos("margins");
        diagnostics.warning(at, String.format(Locale.ROOT, "the %s margin (%.1f pt) is too small for the %s: printers clip"
                        + " within 0.25 in (18 pt) of the paper's edge, and %s that the %s reaches into the text", side, margin, what,
                        side.equals("top") ? "below" : "above", what),
                String.format(Locale.ROOT, "make margins.%s at least %.0f pt (%.1fmm), or set `%s: \"\"` for none",
                        side, Math.ceil(needed), Math.ceil(needed) / 72 * 25.4, key));
    }

    /** The theme's paper, in any of its forms ({@link Papers}); an error at its place otherwise (A4 then). */
    private Theme.Paper paper(ThemeFields t) {
        YNode node = t.paperNode("paper");
        if (node == null) {
            diagnostics.error(t.keyPos("paper"), "missing 'paper'", "write " + Theme.Paper.FORMS);
            return Theme.Paper.A4;
        }
        Theme.Paper p = Papers.read(node, diagnostics);
        return p != null ? p : Theme.Paper.A4;
    }

    /** The merged tree as a theme, read by its declaration ({@link ThemeFormat}). */
    private Theme bind(YNode.Map tree, Path folder) {
        ThemeFields t = ThemeFields.root(tree, diagnostics);
        String name = t.string("name");
        String description = t.string("description");
        t.string("extends"); // merged away: the tree holds the whole chain
        Theme.Paper paper = paper(t);
        LanguageTag locale = LocaleValue.read(t.stringNode("locale"), diagnostics);
        Theme.Margins margins = ThemeFormat.MARGINS.bind(t);
        Theme.Fonts fonts = ThemeFormat.FONTS.bind(t);
        Theme.Sizes sizes = ThemeFormat.SIZES.bind(t);
        Theme.Colors colors = ThemeFormat.COLORS.bind(t);
        Theme.Columns layout = ThemeFormat.LAYOUT.bind(t);
        Theme.Spacing spacing = ThemeFormat.SPACING.bind(t);
        Theme.Header header = ThemeFormat.HEADER.bind(t);
        Theme.SectionTitle sectionTitle = ThemeFormat.SECTION_TITLE.bind(t);
        Theme.Entries entries = ThemeFormat.ENTRIES.bind(t);
        if (entries.dates() == Theme.DatesPlacement.COLUMN && layout.column() <= 0) {
            YNode group = t.node("entries");
            SourcePos at = group instanceof YNode.Map m && m.get("dates") != null ? m.get("dates").keyPos() : t.keyPos("entries");
            diagnostics.error(at, "'dates: column' needs a left column", "set layout.column, e.g. `layout: {column: 25mm}`");
        }
        Theme.Links links = ThemeFormat.LINKS.bind(t);
        Theme.DateStyle dates = ThemeFormat.DATES.bind(t);
        Theme.Publications publications = ThemeFormat.PUBLICATIONS.bind(t);
        java.util.Map<dev.resume.text.Phrase, String> phrases = ThemeFormat.PHRASES.bind(t);
        YNode footerNode = t.stringNode("footer");
        // An empty footer is the language's "Page {page} of {pages}"; "" is none.
        boolean localeFooter = footerNode == null || footerNode instanceof YNode.Scalar fs && fs.isNull();
        PageTemplate footer = PageTexts.read(footerNode, "footer", diagnostics);
        PageTemplate pageHeader = PageTexts.read(t.stringNode("page_header"), "page_header", diagnostics);
        Theme.Fit fit = ThemeFormat.FIT.bind(t);
        Theme.Typography typography = ThemeFormat.TYPOGRAPHY.bind(t);
        Theme.Photo photo = ThemeFormat.PHOTO.bind(t);
        Theme.Pdf pdf = ThemeFormat.PDF.bind(t);
        if (footer != null || localeFooter) {
            checkRoom(t, "bottom", margins.bottom(), sizes, "footer", "footer");
        }
        if (pageHeader != null) {
            checkRoom(t, "top", margins.top(), sizes, "page header", "page_header");
        }
        t.finish();
        return new Theme(name, description, folder, paper, margins, fonts, sizes, colors, layout, spacing, header, sectionTitle,
                entries, links, dates, publications, footer, pageHeader, fit, typography,
                photo, locale, new Theme.Wording(phrases, localeFooter), pdf);
    }
}
