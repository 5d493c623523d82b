package dev.resume.theme;

import dev.resume.text.LanguageTag;
import dev.resume.text.PageTemplate;
import java.nio.file.Path;
import java.util.List;

/**
 * A theme: everything about the look of a résumé, as data. Lengths are in points. Loaded from
 * a YAML file whose keys {@link ThemeFormat} declares (see docs/themes.md); every field has a
 * default in {@code themes/classic.yml}.
 *
 * @param folder the folder of the theme file, searched first for the fonts it names (null for
 *     built-in themes)
 * @param footer the text in the bottom margin, null for none (or for the language's, as {@code wording} says)
 * @param pageHeader the running header's text, in the top margin, null for none
 * @param locale the language of the résumés set in it, or null when the theme does not say
 * @param wording the words the theme gives instead of the language's, and whether its footer is the language's
 * @param pdf which PDF standards the files claim
 */
public record Theme(String name, String description, Path folder, Paper paper, Margins margins, Fonts fonts,
        Sizes sizes, Colors colors, Columns layout, Spacing spacing, Header header, SectionTitle sectionTitle,
        Entries entries, Links links, DateStyle dates, Publications publications, PageTemplate footer, PageTemplate pageHeader, Fit fit,
        Typography typography, Photo photo, LanguageTag locale, Wording wording, Pdf pdf) {

    // Withers for what is derived from a loaded theme (a page limit tightens its lengths); the
    // loader alone builds one from nothing, from named parts.

    public Theme withMargins(Margins m) {
        return new Theme(name, description, folder, paper, m, fonts, sizes, colors, layout, spacing, header, sectionTitle, entries,
                links, dates, publications, footer, pageHeader, fit, typography, photo, locale, wording, pdf);
    }

    public Theme withSizes(Sizes z) {
        return new Theme(name, description, folder, paper, margins, fonts, z, colors, layout, spacing, header, sectionTitle, entries,
                links, dates, publications, footer, pageHeader, fit, typography, photo, locale, wording, pdf);
    }

    public Theme withSpacing(Spacing p) {
        return new Theme(name, description, folder, paper, margins, fonts, sizes, colors, layout, p, header, sectionTitle, entries,
                links, dates, publications, footer, pageHeader, fit, typography, photo, locale, wording, pdf);
    }

    /**
     * A paper size in points: a named one (a4, letter, a5, legal) or any width and height. Its
     * name is what the user wrote, for messages.
     */
    public record Paper(String name, float width, float height) {
        public static final Paper A4 = new Paper("a4", 595.28f, 841.89f);
        public static final Paper LETTER = new Paper("letter", 612f, 792f);
        public static final Paper A5 = new Paper("a5", 419.53f, 595.28f);
        public static final Paper LEGAL = new Paper("legal", 612f, 1008f);
        public static final List<Paper> NAMED = List.of(A4, LETTER, A5, LEGAL);
        /** The smallest and largest side accepted: a business card's, and PDF's own limit (200 in). */
        public static final float MIN_SIDE = dev.resume.format.FormatSpec.PAPER_MIN_SIDE;
        public static final float MAX_SIDE = dev.resume.format.FormatSpec.PAPER_MAX_SIDE;

        private static final java.util.regex.Pattern LENGTH = java.util.regex.Pattern.compile(
                "(\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in)?");
        private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile(
                "([0-9.]+\\s*(?:pt|mm|cm|in)?)\\s*[x×,]\\s*([0-9.]+\\s*(?:pt|mm|cm|in)?)");

        /**
         * A paper by name ("a5", any case) or as "WIDTH x HEIGHT" with units as the theme's lengths
         * take them ("148mm x 210mm", "6in x 9in"); null when it is neither, or a side is outside
         * {@link #MIN_SIDE} to {@link #MAX_SIDE}.
         */
        public static Paper parse(String text) {
            String v = text.strip().toLowerCase(java.util.Locale.ROOT);
            for (Paper p : NAMED) {
                if (p.name.equals(v)) {
                    return p;
                }
            }
            java.util.regex.Matcher m = SIZE.matcher(v);
            if (!m.matches()) {
                return null;
            }
            return of(text.strip(), points(m.group(1)), points(m.group(2)));
        }

        /** A paper of this width and height in points, or null if a side is out of range. */
        public static Paper of(String name, float width, float height) {
            boolean ok = width >= MIN_SIDE && width <= MAX_SIDE && height >= MIN_SIDE && height <= MAX_SIDE;
            return ok ? new Paper(name, width, height) : null;
        }

        /** A length in points: a number, or a number with pt, mm, cm or in; NaN if it is none. */
        public static float points(String length) {
            java.util.regex.Matcher m = LENGTH.matcher(length.strip());
            if (!m.matches()) {
                return Float.NaN;
            }
            float v = Float.parseFloat(m.group(1));
            return switch (m.group(2) == null ? "pt" : m.group(2)) {
                case "mm" -> v * 72f / 25.4f;
                case "cm" -> v * 72f / 2.54f;
                case "in" -> v * 72f;
                default -> v;
            };
        }

        /** "a4, letter, a5, legal or WIDTH x HEIGHT": for messages about a paper given as one string (--paper). */
        public static final String WRITTEN = "a4, letter, a5, legal, or WIDTH x HEIGHT such as 148mm x 210mm";
        /** Every form a file may give, the mapping too: for messages. */
        public static final String FORMS = "a4, letter, a5, legal, WIDTH x HEIGHT such as 148mm x 210mm, or"
                + " {width: 148mm, height: 210mm}";
    }

    public record Margins(float top, float bottom, float left, float right) {
        /** All four times {@code f}. */
        public Margins scaled(float f) {
            return new Margins(top * f, bottom * f, left * f, right * f);
        }
    }

    /** Font files of one family, by style. Missing styles fall back to regular. */
    public record FamilyFiles(String regular, String bold, String italic, String boldItalic) {}

    /**
     * The theme's fonts, each a file ("dejavu/DejaVuSans.ttf", "NotoSerifCJK-Regular.ttc,2") or
     * an installed family's name; {@code places} says where each name is written, for errors.
     */
    public record Fonts(FamilyFiles body, FamilyFiles heading, FamilyFiles mono, List<String> fallback,
            List<String> fallbackBold, String icons, java.util.Map<String, dev.resume.diag.SourcePos> places) {
        public Fonts {
            places = java.util.Map.copyOf(places);
        }

        public Fonts(FamilyFiles body, FamilyFiles heading, FamilyFiles mono, List<String> fallback, List<String> fallbackBold,
                String icons) {
            this(body, heading, mono, fallback, fallbackBold, icons, java.util.Map.of());
        }
    }

    public record Sizes(float body, float name, float headline, float contact, float section, float small, float footer) {
        /** Every size times {@code f}. */
        public Sizes scaled(float f) {
            return new Sizes(body * f, name * f, headline * f, contact * f, section * f, small * f, footer * f);
        }
    }

    public record Colors(String text, String accent, String muted, String rule, String link) {}

    /**
     * A left column {@code column} wide (0 for none), {@code gap} before the content: dates and
     * section bars stand in it, as in moderncv.
     */
    public record Columns(float column, float gap) {
        public float contentStart() {
            return column > 0 ? column + gap : 0;
        }
    }

    public record Spacing(float leading, float headerAfter, float sectionBefore, float sectionAfter, float entryBefore,
            float bulletIndent, float bulletGap, float paragraphGap) {
        /**
         * The leading times {@code leadingFactor}, the space around the header, sections, entries
         * and paragraphs times {@code spaceFactor}; a bullet's indent and gap keep their size
         * (they align text, they do not space it).
         */
        public Spacing scaled(float leadingFactor, float spaceFactor) {
            return new Spacing(leading * leadingFactor, headerAfter * spaceFactor, sectionBefore * spaceFactor,
                    sectionAfter * spaceFactor, entryBefore * spaceFactor, bulletIndent, bulletGap, paragraphGap * spaceFactor);
        }
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /**
     * @param nameLastBold the family name (the last word) bold and the given names not, as in
     *     Awesome-CV
     */
    public record Header(Align align, String separator, boolean icons, boolean nameBold, boolean nameSmallCaps,
            boolean nameLastBold, String nameColor) {}

    public enum Case { AS_WRITTEN, UPPER, SMALL_CAPS }

    /** Where a section title's rule goes: under it, after its text to the margin, or as a bar in the left column. */
    public enum RulePlacement { NONE, BELOW, AFTER, LEFT }

    /** @param highlightLetters how many first letters of the title are set in the accent colour */
    public record SectionTitle(Case textCase, boolean bold, String color, int highlightLetters, RulePlacement rule,
            float ruleThickness) {}

    public enum TextLook { PLAIN, ITALIC, SMALL_CAPS }

    /** Where an entry's dates go: flush right, or in the left column. */
    public enum DatesPlacement { RIGHT, COLUMN }

    /** Which row of an entry's heading holds the dates when they are flush right. */
    public enum DatesRow { FIRST, SECOND }

    /**
     * @param subtitle how a subtitle (degree, role) looks
     * @param right how the text at the right (dates, places) looks
     * @param rightColor the colour of places and notes at the right
     * @param dateColor the colour of dates, at the right or in the left column (Awesome-CV sets
     *     places in the accent colour and dates in grey)
     */
    public record Entries(String bullet, String subBullet, TextLook subtitle, String subtitleColor,
            TextLook right, String rightColor, String dateColor, DatesPlacement dates, DatesRow datesRow) {}

    /** How a link's text is marked, besides its colour: not at all, or underlined (the line broken around descenders). */
    public enum LinkUnderline { NONE, UNDERLINE }

    /** How linked text is drawn. */
    public record Links(LinkUnderline underline) {}

    /** The standards a PDF claims: PDF/UA-1 (tagged, accessible) always; PDF/A-2b (archival) too, or not. */
    public enum PdfStandard { UA_1, A_2B }

    /** What kind of PDF file is written. */
    public record Pdf(PdfStandard standard) {
        public boolean archival() {
            return standard == PdfStandard.A_2B;
        }
    }

    /** Kinds of running text, each set justified or ragged right as the theme says. */
    public enum TextKind { PARAGRAPHS, ABSTRACTS, BULLETS }

    /**
     * How running text is set.
     *
     * @param justify the kinds of text set justified; the others are ragged right
     * @param hyphenate whether words of justified text may break by the hyphenation patterns
     * @param hyphenateRagged whether words of ragged-right running text may too
     * @param hyphenateMinWord the shortest word the patterns may break, in letters
     * @param corrections the typographer's corrections of typed text (dashes, quotes, ties)
     * @param protrusion whether justified lines hang punctuation, hyphens and dashes into the margins
     * @param expansion the most justified lines' glyphs may be widened or narrowed by, as a share
     *     of their width (0.02: 2 %); 0 for none
     */
    public record Typography(java.util.Set<TextKind> justify, boolean hyphenate, boolean hyphenateRagged, int hyphenateMinWord,
            dev.resume.text.Typography.Options corrections, boolean protrusion, float expansion) {
        public Typography {
            justify = justify.isEmpty() ? java.util.EnumSet.noneOf(TextKind.class) : java.util.EnumSet.copyOf(justify);
        }

        public boolean justifies(TextKind kind) {
            return justify.contains(kind);
        }
    }

    /** A photo's crop: the box itself, the box with rounded corners, or the largest circle in it. */
    public enum PhotoShape { RECTANGLE, ROUNDED, CIRCLE }

    /** Which side of the header a photo stands on. */
    public enum Side { LEFT, RIGHT }

    /**
     * Where and how a résumé's photo shows: a box {@code width} × {@code height} at the header's
     * {@code side}, {@code gap} from its text, the picture filling it (cropped, centred, its
     * aspect kept) and cut to {@code shape}; a {@code border} line in {@code borderColor} around it,
     * 0 for none. A circle is as wide as the box's smaller side.
     */
    public record Photo(float width, float height, PhotoShape shape, float radius, Side side, float gap, float border,
            String borderColor) {
        public Photo withShape(PhotoShape s) {
            return new Photo(width, height, s, radius, side, gap, border, borderColor);
        }

        /**
         * This look with a résumé's {@code shape} ({@code rectangle}, {@code rounded}, {@code
         * circle}, or null for the theme's) over the theme's; a circle as wide as the box's
         * smaller side. What the PDF and the Word document both place.
         */
        public Photo forShape(String shape) {
            Photo p = shape == null ? this : withShape(PhotoShape.valueOf(shape.toUpperCase(java.util.Locale.ROOT)));
            if (p.shape() == PhotoShape.CIRCLE) {
                float side = Math.min(p.width(), p.height());
                p = new Photo(side, side, p.shape(), p.radius(), p.side(), p.gap(), p.border(), p.borderColor());
            }
            return p;
        }
    }

    /** How every date is written: the month's name short or long, numeric, ISO 8601, or the year alone. */
    public enum Months { SHORT, LONG, NUMERIC, ISO, YEAR }

    /**
     * @param present the word for an ongoing end, or null for the language's
     * @param expected after an end not yet reached, or null for the language's ("" for nothing)
     */
    public record DateStyle(Months months, String present, String separator, String expected) {}

    public enum OwnerStyle { BOLD, ITALIC, UNDERLINE }

    /**
     * The theme's own words over the language's: its {@code phrases:} (a phrase left empty is
     * the language's), and whether its footer is the language's "Page {page} of {pages}" (a
     * {@code footer:} left empty) rather than its own text or none ({@code ""}).
     */
    public record Wording(java.util.Map<dev.resume.text.Phrase, String> phrases, boolean localeFooter) {
        public static final Wording LANGUAGE = new Wording(java.util.Map.of(), true);

        public Wording {
            phrases = java.util.Map.copyOf(phrases);
        }
    }

    /**
     * @param maxAuthors the most names an author list shows, the owner's always among them; 0 for all
     * @param lastAuthor a shortened list keeps its last author too
     * @param editor after the one editor of an edited volume, written as its authors: "(Ed.)"; null for the language's
     * @param editors after its editors: "(Eds.)"; either empty for nothing, null for the language's
     */
    public record Publications(OwnerStyle owner, boolean showAbstracts, boolean showDate, boolean group, int maxAuthors,
            boolean lastAuthor, String editor, String editors) {}

    /**
     * How far a page limit ({@code max_pages}) may tighten the theme: the least factor for each
     * kind of length, in (0, 1]; 1 never tightens it. The theme's author knows how dense its look
     * can get before it looks cramped, so the bounds are the theme's, not the résumé's.
     *
     * @param spacing space around sections, between entries and paragraphs, below the header
     * @param leading the baseline skip of text
     * @param margins all four page margins
     * @param fontSize every font size
     */
    public record Fit(float spacing, float leading, float margins, float fontSize) {}
}
