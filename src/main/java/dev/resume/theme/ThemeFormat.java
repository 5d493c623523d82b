package dev.resume.theme;

import dev.resume.diag.SourcePos;
import dev.resume.format.FormatSpec;
import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.format.SchemaWriter;
import dev.resume.syntax.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The theme format, declared once: every key of a theme file, its kind, what it means and how
 * it binds into {@link Theme}. {@link ThemeLoader} accepts the keys declared here and no other,
 * reads each by its kind ({@link ThemeFields}), and {@link #schema()} is the JSON Schema that
 * editors use; docs/themes.md's key tables are checked against it (ThemeDocsTest).
 *
 * <p>No key is required in a file: a theme extends {@code classic} (themes/classic.yml), which
 * gives every key its default. The schema and the loader differ where a schema cannot follow:
 * the loader alone checks a leading from 0.8 to 3, a font size larger than 0, a length with a
 * unit of at most 1000 pt, margins that leave room for the text, {@code dates: column} with a
 * left column, and that the fonts exist; it also refuses an empty {@code fonts.icons}, which
 * would leave the contact line without icons.
 */
public final class ThemeFormat {
    private ThemeFormat() {}

    /** The schema's identifier. A URN: nothing is to be fetched from it. */
    public static final String ID = "urn:dev-resume:schema:theme";

    /**
     * A mapping under the theme's root: its key (a field of kind {@link Kind#SHAPE}) and how its
     * values make its part of the theme.
     */
    record Group<T>(Field field, Function<ThemeFields, T> binder) {
        /** Binds the mapping of this group under {@code root}, reporting its unknown keys. */
        T bind(ThemeFields root) {
            ThemeFields f = root.group(field.key());
            T value = binder.apply(f);
            f.finish();
            return value;
        }
    }

    /** A key that was once a theme key: reported with what to write now, rather than as unknown. */
    record Retired(String group, String key, String message, String hint) {}

    static final List<Retired> RETIRED = List.of(
            new Retired("entries.", "justify", "'entries.justify' is now 'typography.justify', a list of the kinds of text to justify",
                    "write `typography: {justify: [paragraphs, abstracts]}` (or `justify: []` for ragged right everywhere)"));

    // ---- building blocks -----------------------------------------------------------------------

    private static Field field(String key, Kind kind, String description) {
        return new Field(key, kind, null, false, description, null, List.of());
    }

    private static <E extends Enum<E>> Field choice(String key, Class<E> type, Kind kind, String description) {
        List<String> values = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            values.add(ThemeFields.spelling(c));
        }
        return field(key, kind, description).withExamples(values);
    }

    private static <E extends Enum<E>> Field choice(String key, Class<E> type, String description) {
        return choice(key, type, Kind.ENUM, description);
    }

    private static Shape shape(String name, String noun, String description, List<Field> fields) {
        return new Shape(name, noun, description, false, fields, List.of());
    }

    private static <T> Group<T> group(String key, String description, List<Field> fields, Function<ThemeFields, T> binder) {
        Shape shape = shape(key, "'" + key + "' of the theme", description, fields);
        return new Group<>(new Field(key, Kind.SHAPE, shape, false, description, null, List.of()), binder);
    }

    // ---- the groups ----------------------------------------------------------------------------

    static final Group<Theme.Margins> MARGINS = group("margins", "Page margins. The footer sits in the bottom margin.", List.of(
                    field("top", Kind.LENGTH, "Above the text; a page header is centred in it, as the footer in the bottom one, with the same least size."),
                    field("bottom", Kind.LENGTH, "Below the text; the footer is centred in it, but never nearer the paper's edge than 0.25 in (18 pt), where printers clip: at least 18 pt and the footer's size, else a warning."),
                    field("left", Kind.LENGTH, "Left of the text."),
                    field("right", Kind.LENGTH, "Right of the text.")),
            ThemeFormat::margins);

    /** The least width and height, in points, that the margins must leave for the text. */
    public static final float MIN_TEXT = 72;

    private static Theme.Margins margins(ThemeFields f) {
        Theme.Margins m = new Theme.Margins(f.length("top"), f.length("bottom"), f.length("left"), f.length("right"));
        // Checked against A4 and Letter here; a smaller paper chosen later is checked when it is (Renderer).
        if (m.left() + m.right() > Theme.Paper.A4.width() - MIN_TEXT || m.top() + m.bottom() > Theme.Paper.LETTER.height() - MIN_TEXT) {
            f.error(f.pos(), "the margins leave less than " + (int) MIN_TEXT + " pt for the text", "make them smaller");
        }
        return m;
    }

    /** A font family: a face for each style. */
    public static final Shape FAMILY = new Shape("fontFamily", "a font family",
            "A font family: a font for each style; the styles not given use regular. Replaced whole, not style by style, when a"
                    + " theme names it.", false, List.of(
                    field("regular", Kind.FONT, "The regular face: a font file (dejavu/DejaVuSans.ttf), a face of a collection"
                            + " (NotoSerifCJK-Regular.ttc,2) or an installed family's name (\"Noto Serif CJK SC\").")
                            .asRequired("such as regular: dejavu/DejaVuSans.ttf"),
                    field("bold", Kind.FONT, "The bold face; regular when not given."),
                    field("italic", Kind.FONT, "The italic face; regular when not given."),
                    field("bold_italic", Kind.FONT, "The bold italic face; bold, else regular, when not given.")),
            List.of());

    private static Field family(String key, String description) {
        return new Field(key, Kind.SHAPE, FAMILY, false, description, null, List.of());
    }

    static final Group<Theme.Fonts> FONTS = group("fonts", "The fonts: files under fonts/, in the theme's folder or in fonts/"
                    + " beside the résumé, or installed families.", List.of(
                    family("body", "The text face. Serif or sans here decides the style of the installed fonts chosen for other"
                            + " scripts."),
                    family("heading", "Name and section titles; the body family when not given."),
                    family("mono", "`code` in text."),
                    field("fallback", Kind.FONTS, "Faces tried in order for characters the text face lacks (★, →, Greek…)."),
                    field("fallback_bold", Kind.FONTS, "The same, for bold text."),
                    field("icons", Kind.FONT, "The icon font of the contact line (Fork Awesome).")),
            ThemeFormat::fonts);

    private static Theme.Fonts fonts(ThemeFields f) {
        Theme.FamilyFiles body = family(f.group("body"), "body");
        ThemeFields heading = f.optionalGroup("heading");
        Theme.FamilyFiles mono = family(f.group("mono"), "mono");
        String icons = f.font("icons");
        if (icons == null) {
            f.error(f.keyPos("icons"), "the theme needs an 'icons' font file", "such as icons: fork-awesome/forkawesome-webfont.ttf");
        }
        return new Theme.Fonts(body, heading == null ? body : family(heading, "heading"), mono, f.fonts("fallback"),
                f.fonts("fallback_bold"), icons, fontPlaces(f));
    }

    private static Theme.FamilyFiles family(ThemeFields f, String key) {
        String regular = f.font("regular");
        if (regular == null && !f.has("regular")) {
            f.error(f.pos(), "font family '" + key + "' needs a 'regular' font file", "such as regular: dejavu/DejaVuSans.ttf");
        }
        String bold = f.font("bold");
        String italic = f.font("italic");
        String boldItalic = f.font("bold_italic");
        f.finish();
        return new Theme.FamilyFiles(regular, bold != null ? bold : regular, italic != null ? italic : regular,
                boldItalic != null ? boldItalic : bold != null ? bold : regular);
    }

    /**
     * Where each font name under {@code fonts} is written (the first place, when a name comes
     * twice), so that a font that cannot be loaded is reported there.
     */
    private static Map<String, SourcePos> fontPlaces(ThemeFields fonts) {
        Map<String, SourcePos> out = new LinkedHashMap<>();
        for (String key : FONTS.field().shape().keys()) {
            YNode n = fonts.node(key);
            if (n != null) {
                placesOf(n, out);
            }
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

    static final Group<Theme.Sizes> SIZES = group("sizes", "Font sizes, in points (or with a unit).", List.of(
                    field("body", Kind.LENGTH, "Text size."),
                    field("name", Kind.LENGTH, "The name at the top."),
                    field("headline", Kind.LENGTH, "The line under the name."),
                    field("contact", Kind.LENGTH, "The contact line."),
                    field("section", Kind.LENGTH, "Section titles."),
                    field("small", Kind.LENGTH, "Abstracts and subject tags."),
                    field("footer", Kind.LENGTH, "The footer (\"Page 1 of 2\") and the page header.")),
            f -> new Theme.Sizes(f.size("body"), f.size("name"), f.size("headline"), f.size("contact"), f.size("section"),
                    f.size("small"), f.size("footer")));

    static final Group<Theme.Colors> COLORS = group("colors", "Colours, \"#rrggbb\" (quoted: # starts a YAML comment).", List.of(
                    field("text", Kind.COLOR, "Text."),
                    field("accent", Kind.COLOR, "Icons, bullets, link labels, highlighted letters."),
                    field("muted", Kind.COLOR, "Headline, separators, notes, award descriptions, footer, page header."),
                    field("rule", Kind.COLOR, "Section rules and bars."),
                    field("link", Kind.COLOR, "Linked text.")),
            f -> new Theme.Colors(f.color("text"), f.color("accent"), f.color("muted"), f.color("rule"), f.color("link")));

    static final Group<Theme.Columns> LAYOUT = group("layout", "A left column for dates and section bars, as in moderncv.", List.of(
                    field("column", Kind.LENGTH, "Width of a left column (dates, section bars); 0 for a single column."),
                    field("column_gap", Kind.LENGTH, "Space between the left column and the content.")),
            f -> new Theme.Columns(f.length("column"), f.length("column_gap")));

    static final Group<Theme.Spacing> SPACING = group("spacing", "Vertical spacing and bullet indents, in points (or with a unit).",
            List.of(
                    field("leading", Kind.NUMBER, "Baseline to baseline, times the font size (0.8–3)."),
                    field("header_after", Kind.LENGTH, "Below the contact line."),
                    field("section_before", Kind.LENGTH, "Above a section title."),
                    field("section_after", Kind.LENGTH, "Below a section title (or its rule)."),
                    field("entry_before", Kind.LENGTH, "Between entries."),
                    field("bullet_indent", Kind.LENGTH, "From the content's left edge to a bullet's text."),
                    field("bullet_gap", Kind.LENGTH, "Between a bullet glyph and its text."),
                    field("paragraph_gap", Kind.LENGTH, "Between paragraphs and above bullets.")),
            f -> new Theme.Spacing(f.number("leading", 0.8f, 3f), f.length("header_after"), f.length("section_before"),
                    f.length("section_after"), f.length("entry_before"), f.length("bullet_indent"), f.length("bullet_gap"),
                    f.length("paragraph_gap")));

    static final Group<Theme.Header> HEADER = group("header", "The name and the contact line.", List.of(
                    choice("align", Theme.Align.class, "Where the name and the contact line stand."),
                    field("separator", Kind.STRING, "Between contact items."),
                    field("icons", Kind.BOOLEAN, "An icon before each contact item (a `label:` in the résumé replaces it)."),
                    field("name_bold", Kind.BOOLEAN, "The name in bold."),
                    field("name_small_caps", Kind.BOOLEAN, "The name in small capitals."),
                    field("name_last_bold", Kind.BOOLEAN, "Given names regular, family name bold (\"Zhifei **Li**\")."),
                    field("name_color", Kind.COLOR, "The name's colour.")),
            f -> new Theme.Header(f.choice("align", Theme.Align.class), f.drawn("separator"), f.bool("icons"), f.bool("name_bold"),
                    f.bool("name_small_caps"), f.bool("name_last_bold"), f.color("name_color")));

    static final Group<Theme.SectionTitle> SECTION_TITLE = group("section_title", "How section titles look.", List.of(
                    choice("case", Theme.Case.class, "As written, in capitals, or in small capitals."),
                    field("bold", Kind.BOOLEAN, "Titles in bold."),
                    field("color", Kind.COLOR, "Titles' colour."),
                    field("highlight_letters", Kind.INTEGER, "The first N letters in `colors.accent`."),
                    choice("rule", Theme.RulePlacement.class, "No rule, `below` the title, `after` it to the margin, or `left` (a bar"
                            + " in the left column)."),
                    field("rule_thickness", Kind.LENGTH, "The rule's or bar's thickness.")),
            f -> new Theme.SectionTitle(f.choice("case", Theme.Case.class), f.bool("bold"), f.color("color"),
                    f.integer("highlight_letters"), f.choice("rule", Theme.RulePlacement.class), f.length("rule_thickness")));

    static final Group<Theme.Entries> ENTRIES = group("entries", "How entries look.", List.of(
                    field("bullet", Kind.STRING, "Bullet glyph."),
                    field("sub_bullet", Kind.STRING, "Glyph of nested bullets."),
                    choice("subtitle", Theme.TextLook.class, "How degrees and roles look."),
                    field("subtitle_color", Kind.COLOR, "Their colour."),
                    choice("right", Theme.TextLook.class, "How dates and places look."),
                    field("right_color", Kind.COLOR, "The colour of places (and a project's note) at the right."),
                    field("date_color", Kind.COLOR, "The colour of dates."),
                    choice("dates", Theme.DatesPlacement.class, "`right` (flush right) or `column` (in the left column; needs"
                            + " `layout.column`)."),
                    choice("dates_row", Theme.DatesRow.class, "With dates flush right: on the title's row (`first`, places below) or"
                            + " the subtitle's (`second`, places above).")),
            f -> new Theme.Entries(f.drawn("bullet"), f.drawn("sub_bullet"), f.choice("subtitle", Theme.TextLook.class),
                    f.color("subtitle_color"), f.choice("right", Theme.TextLook.class), f.color("right_color"),
                    f.color("date_color"), f.choice("dates", Theme.DatesPlacement.class), f.choice("dates_row", Theme.DatesRow.class)));

    static final Group<Theme.Links> LINKS = group("links", "How linked text is drawn; its colour is `colors.link` (a paper's"
                    + " labels, [arXiv], take `colors.accent`).", List.of(
                    choice("underline", Theme.LinkUnderline.class, "`none`, or `underline`: a line under the link's text,"
                            + " broken where a letter's descender (g, j, p, q, y, a comma) would cross it.")),
            f -> new Theme.Links(f.choice("underline", Theme.LinkUnderline.class)));

    static final Group<Theme.Pdf> PDF = group("pdf", "What kind of PDF file is written. Every PDF is tagged and"
                    + " accessible (PDF/UA-1: its structure, reading order, alternate texts); `render --pdfa` asks for"
                    + " PDF/A-2b whatever the theme says.", List.of(
                    choice("standard", Theme.PdfStandard.class, "`ua-1` (tagged, accessible), or `a-2b`: archival PDF/A-2b"
                            + " as well (an sRGB output intent; what PDF/A forbids left out).")),
            f -> new Theme.Pdf(f.choice("standard", Theme.PdfStandard.class)));

    static final Group<Theme.DateStyle> DATES = group("dates", "How dates are written: every kind of date (ranges, single"
                    + " dates, publications', the footer's {date} and {updated}) in the same pattern, the résumé's language's"
                    + " (CLDR's order and words; docs/format.md, Languages and locales).", List.of(
                    choice("months", Theme.Months.class, "`short` (Sep 2023, Sept. 2023 in German, 2023年9月 in Japanese),"
                            + " `long` (September 2023, septembre 2023), `numeric` (09/2023, 2023/09 in Japanese), `iso`"
                            + " (2023-09) or `year` (2023)."),
                    field("present", Kind.STRING, "The word for an ongoing end; empty for the language's (Present, heute,"
                            + " présent, 至今)."),
                    field("separator", Kind.STRING, "Between the start and the end."),
                    field("expected", Kind.STRING, "After an expected end; empty for the language's ((expected)), `\"\"`"
                            + " for nothing.")),
            f -> new Theme.DateStyle(f.choice("months", Theme.Months.class), f.string("present"), f.drawn("separator"),
                    f.string("expected")));

    static final Group<Theme.Publications> PUBLICATIONS = group("publications", "How publications look.", List.of(
                    choice("owner", Theme.OwnerStyle.class, "How your name shows in author lists."),
                    field("show_abstracts", Kind.BOOLEAN, "Abstracts and subject tags under each paper."),
                    field("show_date", Kind.BOOLEAN, "The paper's date (or year) at the right of its title, or in the left column."),
                    field("group", Kind.BOOLEAN, "Keep each paper on one page when it is short (an eighth of a page at most: one without its abstract); a taller one (with its abstract) breaks between its lines."),
                    field("max_authors", Kind.INTEGER, "The most names an author list shows, yours always among them (\"A, B,"
                            + " …, You, et al.\"); 0 for all. A résumé's or a section's `authors: {max: N}` wins."),
                    field("last_author", Kind.BOOLEAN, "A shortened author list keeps its last author too (\"A, …, You, …, Z\")."
                            + " A résumé's or a section's `authors: {last: …}` wins."),
                    field("editor", Kind.STRING, "After the editor of an edited volume (`edited: true`, or a BibTeX entry with"
                            + " an editor and no author): \"(Ed.)\", \"(Hrsg.)\"; empty for the language's, `\"\"` for nothing."),
                    field("editors", Kind.STRING, "The same after two editors or more: \"(Eds.)\"; empty for the language's.")),
            f -> new Theme.Publications(f.choice("owner", Theme.OwnerStyle.class), f.bool("show_abstracts"), f.bool("show_date"),
                    f.bool("group"), Math.max(0, f.integer("max_authors")), f.bool("last_author"), f.string("editor"),
                    f.string("editors")));

    /** The theme's words over the résumé's language's: one key a phrase, empty for the language's. */
    static final Group<java.util.Map<dev.resume.text.Phrase, String>> PHRASES;

    static {
        List<Field> phrases = new ArrayList<>();
        for (dev.resume.text.Phrase p : dev.resume.text.Phrase.values()) {
            phrases.add(field(p.key(), Kind.STRING, p.description() + " Empty for the language's."));
        }
        PHRASES = group("phrases", "The words the typesetter writes itself, instead of the résumé's language's (docs/format.md,"
                + " Languages and locales); a résumé's `phrases:` wins, and a key of `dates` or `publications` that"
                + " names the same word wins over these.", phrases, f -> {
                    java.util.Map<dev.resume.text.Phrase, String> out = new java.util.EnumMap<>(dev.resume.text.Phrase.class);
                    for (dev.resume.text.Phrase p : dev.resume.text.Phrase.values()) {
                        String v = f.string(p.key());
                        if (v != null && !v.isEmpty()) {
                            out.put(p, v);
                            if (p == dev.resume.text.Phrase.PAGE_FOOTER) {
                                PageTexts.read(f.stringNode(p.key()), p.key(), f.diagnostics());
                            }
                        }
                    }
                    return out;
                });
    }

    static final Group<Theme.Fit> FIT = group("fit", "How far a page limit (max_pages) may tighten the theme, and the pull-back of"
                    + " a short last page its spacing and leading: the least factor for each kind of length, in (0, 1]; 1 never"
                    + " tightens it.", List.of(
                    field("spacing", Kind.FACTOR, "The least factor a page limit (or a short last page's pull-back) may scale"
                            + " `header_after`, `section_before`, `section_after`, `entry_before` and `paragraph_gap` by."),
                    field("leading", Kind.FACTOR, "The same for `spacing.leading`."),
                    field("margins", Kind.FACTOR, "The same for the four margins."),
                    field("font_size", Kind.FACTOR, "The same for every size in `sizes`.")),
            f -> new Theme.Fit(f.factor("spacing"), f.factor("leading"), f.factor("margins"), f.factor("font_size")));

    static final Group<Theme.Typography> TYPOGRAPHY = group("typography", "How running text is set, and the typographer's"
                    + " corrections of typed text.", List.of(
                    choice("justify", Theme.TextKind.class, Kind.ENUMS, "The kinds of running text set justified: `paragraphs`"
                            + " (text sections: research interests, a summary), `abstracts`, `bullets`; the others are ragged right."
                            + " `[]` sets everything ragged right (compact does)."),
                    field("hyphenate", Kind.BOOLEAN, "Words of justified text may break at the TeX hyphenation points of their"
                            + " language (see Hyphenation below; none for a language without patterns) when a paragraph cannot be set evenly without (never in titles, names, links, code, URLs or words"
                            + " with digits; a compound only at its own hyphens; at most two lines in a row end in a hyphen where the"
                            + " paragraph can be set so). A soft hyphen (U+00AD) in the résumé is a break point either way."),
                    field("hyphenate_ragged", Kind.BOOLEAN, "Words of ragged-right running text (bullets, descriptions, and the"
                            + " kinds `justify` leaves out) may break so too. Off, as in LaTeX's and Typst's ragged text."),
                    field("hyphenate_min_word", Kind.INTEGER, "The shortest word the patterns may break, in letters (besides, a break"
                            + " keeps the letters its language's TeX data asks for before and after it: two and three in English)."),
                    field("dashes", Kind.BOOLEAN, "`2019-2023` and `2023-present` take an en dash (not `2023-05`, a month), as do"
                            + " page ranges (`pp. 12-15`) and a hyphen with a space on each side; `--` is –, `---` is —."),
                    field("quotes", Kind.BOOLEAN, "Straight quotes become “curly” ones and apostrophes ’."),
                    field("ellipsis", Kind.BOOLEAN, "`...` is …."),
                    field("nonbreaking_spaces", Kind.BOOLEAN, "No line break after Prof., Dr., Fig., Sec., No., pp. and the like,"
                            + " before the number in \"Table 2\", nor inside \"et al.\"."),
                    field("thin_spaces", Kind.BOOLEAN, "A thin space on each side of an em dash (\"systems — models\")."),
                    field("protrusion", Kind.BOOLEAN, "In justified text, a line's end glyphs hang into the margins by their"
                            + " optical amount (full stops, commas, hyphens, dashes and quotes most, a few letters a little), so"
                            + " that the margins look straight, as pdfTeX's microtype does."),
                    field("expansion", Kind.NUMBER, "In justified text, the most a line's glyphs may be widened or narrowed"
                            + " by, as a share of their width (0.02: 2 %, in steps of 0.005), so that its word spaces stretch"
                            + " less; 0 for none. The characters are unchanged: the glyphs are drawn scaled.")),
            f -> new Theme.Typography(f.choices("justify", Theme.TextKind.class, "a kind of text"), f.bool("hyphenate"),
                    f.bool("hyphenate_ragged"), f.integer("hyphenate_min_word"), new dev.resume.text.Typography.Options(f.bool("dashes"), f.bool("quotes"), f.bool("ellipsis"),
                            f.bool("nonbreaking_spaces"), f.bool("thin_spaces")), f.bool("protrusion"),
                    f.number("expansion", 0, 0.05f)));

    static final Group<Theme.Photo> PHOTO = group("photo", "The photo in the header, when the résumé has one (`photo: me.jpg`):"
                    + " its box, crop and side. The header's text is set beside it, never over it.", List.of(
                    field("width", Kind.LENGTH, "The box's width."),
                    field("height", Kind.LENGTH, "The box's height. The picture fills the box, centred, its aspect kept: what"
                            + " sticks out is cut off (as CSS's object-fit: cover)."),
                    choice("shape", Theme.PhotoShape.class, "`rectangle`, `rounded` (corners of `radius`) or `circle` (as wide as"
                            + " the box's smaller side). A résumé's `photo: {file: …, shape: …}` wins."),
                    field("radius", Kind.LENGTH, "The corners' radius of the `rounded` shape."),
                    choice("side", Theme.Side.class, "The side of the header it stands on: `left` or `right`."),
                    field("gap", Kind.LENGTH, "Between the photo and the header's text."),
                    field("border", Kind.LENGTH, "A frame's line width around the shape; 0 for none."),
                    field("border_color", Kind.COLOR, "The frame's colour.")),
            ThemeFormat::photo);

    /** The widest a photo and its gap may be: the header's text needs the rest of the line. */
    private static final float MAX_PHOTO_WIDTH = 200;

    private static Theme.Photo photo(ThemeFields f) {
        Theme.Photo p = new Theme.Photo(f.size("width"), f.size("height"), f.choice("shape", Theme.PhotoShape.class),
                f.length("radius"), f.choice("side", Theme.Side.class), f.length("gap"), f.length("border"),
                f.color("border_color"));
        if (p.width() + p.gap() > MAX_PHOTO_WIDTH) {
            f.error(f.keyPos("width"), "the photo and its gap are wider than " + (int) MAX_PHOTO_WIDTH + " pt (70 mm), which leaves"
                    + " the header's text too little room", "make photo.width or photo.gap smaller");
        }
        return p;
    }

    // ---- the root ------------------------------------------------------------------------------

    static final Field NAME = field("name", Kind.STRING, "The theme's name.");
    static final Field DESCRIPTION = field("description", Kind.STRING, "One line, shown by `resume themes`.");
    static final Field EXTENDS = field("extends", Kind.STRING, "The base theme: a built-in name or a path relative to this file;"
            + " classic when not given.").withExamples(FormatSpec.BUILT_IN_THEMES);
    static final Field PAPER = field("paper", Kind.PAPER, "The paper size: a4, letter, a5, legal, any \"WIDTH x HEIGHT\""
            + " with units (148mm x 210mm, 6in x 9in), or a mapping {width: 148mm, height: 210mm}; `--paper` and the"
            + " résumé's `paper:` override it. The margins stay as the theme gives them.")
            .withExamples(List.of("a4", "letter", "a5", "legal", "148mm x 210mm"));
    static final Field LOCALE = field("locale", Kind.STRING, "The language of the résumés set in this theme, a BCP 47 tag"
            + " (en, de, zh-Hans, pt-BR): their dates, words, hyphenation, direction and the PDF's language; the résumé's"
            + " `locale:` and `--locale` override it; English when none says.")
            .withExamples(List.of("en", "de", "fr", "zh-Hans", "ja", "ar"));
    static final Field FOOTER = field("footer", Kind.STRING, "The text centred in the bottom margin, with placeholders: {name},"
            + " {page}, {pages}, {date} (the build date), {updated} (the résumé's last change); {{ and }} for braces. A text"
            + " with {page} or {pages} shows when there is more than one page, any other on every page; `\"\"` for none;"
            + " empty for the language's (Page {page} of {pages}, Seite {page} von {pages}); the résumé's `footer:` overrides it.");
    static final Field PAGE_HEADER = field("page_header", Kind.STRING, "A running header centred in the top margin, in the"
            + " footer's size and colour, with the footer's placeholders and rule for one page; `\"\"` for none; the"
            + " résumé's `page_header:` overrides it.");

    /** The groups, in the order of the root's keys. */
    static final List<Group<?>> GROUPS = List.of(MARGINS, FONTS, SIZES, COLORS, LAYOUT, SPACING, HEADER, SECTION_TITLE, ENTRIES,
            LINKS, DATES, PUBLICATIONS, PHRASES, FIT, TYPOGRAPHY, PHOTO, PDF);

    /** A theme file. */
    public static final Shape THEME;

    static {
        List<Field> fields = new ArrayList<>(List.of(NAME, DESCRIPTION, EXTENDS, PAPER, LOCALE));
        for (Group<?> g : GROUPS) {
            fields.add(g.field());
            if (g == PHRASES) {
                fields.add(FOOTER);
                fields.add(PAGE_HEADER);
            }
        }
        THEME = shape("theme", "the theme", "A theme for the resume typesetter (docs/themes.md): the look of a résumé, as data."
                + " A theme extends classic unless it names another base, and sets only what it changes.", fields);
    }

    /** Every shape, the theme first, each once. */
    public static final List<Shape> SHAPES;

    static {
        List<Shape> shapes = new ArrayList<>(List.of(THEME));
        for (Group<?> g : GROUPS) {
            shapes.add(g.field().shape());
            if (g == FONTS) {
                shapes.add(FAMILY);
            }
        }
        SHAPES = List.copyOf(shapes);
    }

    /** The theme's JSON Schema (draft 2020-12), as nested maps and lists. */
    public static Map<String, Object> schema() {
        return SchemaWriter.schema(ID, "Résumé theme", THEME, SHAPES);
    }

    /** The theme's JSON Schema as JSON text ending with a newline. */
    public static String schemaText() {
        return SchemaWriter.write(schema());
    }
}
