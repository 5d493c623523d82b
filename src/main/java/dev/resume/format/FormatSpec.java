package dev.resume.format;


import static dev.resume.format.CommonKeys.TAGS;
import static dev.resume.format.CommonKeys.concat;
import static dev.resume.format.CommonKeys.field;
import static dev.resume.format.CommonKeys.shape;

import dev.resume.model.ContactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The résumé format, declared once: every mapping of the file (a {@link Shape}) with its keys
 * ({@link Field}s), their kinds, which are required, and the rules between keys. The document's
 * mappings are declared here, each kind of entry in its own declaration ({@link EntryFormats}), and
 * the keys many mappings share in {@link CommonKeys}. The loader takes
 * the keys it accepts and the keys it requires from here, and {@link SchemaWriter} turns the same
 * declarations into the JSON Schema that editors use, so the two cannot drift apart on keys.
 * Adding a key here is what makes the loader accept it (its binder must then read it: SchemaTest
 * checks that it does, and that the loader and the schema agree on values of every kind).
 *
 * <p>Descriptions are short, taken from docs/format.md; editors show them on hover.
 */
public final class FormatSpec {
    private FormatSpec() {}

    /** The themes built into the tool, the first the default: the values the {@code theme} key offers. */
    public static final List<String> BUILT_IN_THEMES = List.of("classic", "modern", "compact", "columns");

    /** True when a {@code theme:} value names a theme file rather than a built-in theme. */
    public static boolean isThemePath(String ref) {
        return ref.endsWith(".yml") || ref.endsWith(".yaml") || ref.contains("/") || ref.contains("\\");
    }

    /** What a value is. */
    /** The papers known by name (theme.Theme.Paper holds their sizes), and the least and most a side may be, in points. */
    public static final List<String> PAPER_NAMES = List.of("a4", "letter", "a5", "legal");
    public static final float PAPER_MIN_SIDE = 144;
    public static final float PAPER_MAX_SIDE = 14400;

    public enum Kind {
        /** Inline Markdown text. Any scalar is read as written ({@code 2024} stays "2024"). */
        TEXT,
        /** A plain string, not Markdown (an id, a label, a theme name). Any scalar. */
        STRING,
        /** {@code 2024}, {@code 2024-05}, {@code 2024-05-17} or {@code present}. */
        DATE,
        /** A link: http(s), mailto: or tel:, or a bare domain ({@code https://} is added). */
        URL,
        /** An e-mail address. */
        EMAIL,
        /** A phone number: at least five digits. */
        PHONE,
        /** An arXiv id ({@code 2404.09526}) or a link. */
        ARXIV,
        /** A DOI ({@code 10.1145/...}) or a link. */
        DOI,
        /** A whole number. */
        INTEGER,
        /** {@code true} or {@code false} ({@code yes} and {@code no} too). */
        BOOLEAN,
        /** A list of strings; a single string is a list of one. */
        STRINGS,
        /** A list of mappings of {@link Field#shape()}; it must be a list. */
        LIST,
        /** One mapping of {@link Field#shape()}. */
        SHAPE,
        /**
         * {@code true} or {@code false} as {@link #BOOLEAN}, or a mapping of {@link Field#shape()},
         * which means true and says how ({@code show: {authors: {max: 3}}}).
         */
        BOOLEAN_OR_SHAPE,
        /** A text, or a list of texts (paragraphs). */
        PARAGRAPHS,
        /** A list of bullets of {@link Field#shape()}; a single text is a list of one. */
        BULLETS,
        /** A list of entries of whatever kind the section holds (a variant's prepend and append). */
        ENTRIES,
        /** A mapping from entry ids to mappings of keys that replace the entry's (a variant's change). */
        CHANGES,
        // The theme's kinds (theme.ThemeFormat). An empty value is missing, an error, except for FONT and FONTS.
        /** A length: a number of points, or a number with pt, mm, cm or in ({@code 15mm}). */
        LENGTH,
        /** A number ({@code 1.2}). */
        NUMBER,
        /** A factor more than 0 and at most 1 ({@code 0.8}). */
        FACTOR,
        /** A colour, {@code "#rrggbb"} or {@code "#rgb"}. */
        COLOR,
        /** One of {@link Field#examples()}, in any case, with - or _ between words. */
        ENUM,
        /** A list of values of {@link Field#examples()}; a single value is a list of one. */
        ENUMS,
        /** A font: a file ({@code dejavu/DejaVuSans.ttf}, {@code NotoSerifCJK-Regular.ttc,2}) or an installed family's name. */
        FONT,
        /** A list of fonts; a single font is a list of one. */
        FONTS,
        /**
         * A paper size, in a theme and a résumé: a name ({@code a4}, {@code letter}, {@code a5},
         * {@code legal}), {@code "WIDTH x HEIGHT"}, or a mapping {@code {width: 148mm, height: 210mm}}.
         */
        PAPER
    }

    /**
     * One key of a mapping.
     *
     * @param shape the mapping of the items ({@link Kind#LIST}, {@link Kind#BULLETS}) or of the
     *     value ({@link Kind#SHAPE}); null for the other kinds
     * @param missingHint the hint printed when a required key is missing; null for the default
     * @param examples values an editor may offer (for example the built-in theme names)
     */
    public record Field(String key, Kind kind, Shape shape, boolean required, String description, String missingHint,
            List<String> examples) {
        public Field {
            Objects.requireNonNull(key);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(description);
            examples = List.copyOf(examples);
            boolean needsShape = kind == Kind.LIST || kind == Kind.SHAPE || kind == Kind.BULLETS || kind == Kind.BOOLEAN_OR_SHAPE;
            if (needsShape != (shape != null)) {
                throw new IllegalArgumentException(key + ": a " + kind + " field " + (needsShape ? "needs" : "has no") + " shape");
            }
        }

        public Field asRequired(String hint) {
            return new Field(key, kind, shape, true, description, hint, examples);
        }

        public Field asRequired() {
            return asRequired(null);
        }

        /** The same key, not required: where a variant or a patch need not repeat it. */
        public Field asOptional() {
            return new Field(key, kind, shape, false, description, null, examples);
        }

        public Field withExamples(List<String> values) {
            return new Field(key, kind, shape, required, description, missingHint, values);
        }
    }

    /** A rule between the keys of one mapping. Keys with an empty value count as absent. */
    public sealed interface Rule permits ExactlyOne, Excludes, Requires, RequiredUnless {}

    /** Exactly one of {@code keys} is given: it names the kind of the mapping. */
    public record ExactlyOne(List<String> keys) implements Rule {
        public ExactlyOne {
            keys = List.copyOf(keys);
        }
    }

    /** When {@code key} is given, none of {@code others} may be. */
    public record Excludes(String key, List<String> others) implements Rule {
        public Excludes {
            others = List.copyOf(others);
        }
    }

    /** When {@code key} is given, {@code other} must be too. */
    public record Requires(String key, String other) implements Rule {}

    /**
     * {@code key} must be given unless {@code other} is (a letter's file needs no sections); the
     * message when neither is, is the one of a missing required key, with {@code key}'s hint.
     */
    public record RequiredUnless(String key, String other) implements Rule {}

    /**
     * A mapping of the format.
     *
     * @param name its name in the schema's {@code $defs}
     * @param noun how messages call it ("an education entry")
     * @param textForm whether a bare text may stand for it (a bullet)
     */
    public record Shape(String name, String noun, String description, boolean textForm, List<Field> fields, List<Rule> rules) {
        public Shape {
            fields = List.copyOf(fields);
            rules = List.copyOf(rules);
            List<String> keys = fields.stream().map(Field::key).toList();
            if (keys.stream().distinct().count() != keys.size()) {
                throw new IllegalArgumentException(name + " declares a key twice: " + keys);
            }
            for (Rule r : rules) {
                List<String> named = switch (r) {
                    case ExactlyOne e -> e.keys();
                    case Excludes e -> concat(List.of(e.key()), e.others());
                    case Requires e -> List.of(e.key(), e.other());
                    case RequiredUnless e -> List.of(e.key(), e.other());
                };
                if (!keys.containsAll(named)) {
                    throw new IllegalArgumentException(name + ": a rule names a key it does not declare: " + r);
                }
            }
        }

        /** The keys, in the order of declaration (the order hints list them in). */
        public List<String> keys() {
            return fields.stream().map(Field::key).toList();
        }

        public List<String> requiredKeys() {
            return fields.stream().filter(Field::required).map(Field::key).toList();
        }

        /** The field of {@code key}, or null. */
        public Field field(String key) {
            for (Field f : fields) {
                if (f.key().equals(key)) {
                    return f;
                }
            }
            return null;
        }

        /** The keys of the {@link ExactlyOne} rule: the keys that name the mapping's kind. */
        public List<String> kindKeys() {
            for (Rule r : rules) {
                if (r instanceof ExactlyOne e) {
                    return e.keys();
                }
            }
            return List.of();
        }

        /** The keys that {@code key} excludes. */
        public List<String> excludedBy(String key) {
            for (Rule r : rules) {
                if (r instanceof Excludes e && e.key().equals(key)) {
                    return e.others();
                }
            }
            return List.of();
        }
    }

    /** "now" → "[Nn][Oo][Ww]": a word in any case, for a regular expression without flags. */
    public static String anyCase(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            char up = Character.toUpperCase(c);
            char low = Character.toLowerCase(c);
            if (up != low) {
                sb.append('[').append(up).append(low).append(']');
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                throw new IllegalArgumentException("not a plain word: " + word);
            }
        }
        return sb.toString();
    }

    /** An e-mail address as the loader accepts it (after stripping spaces around it). */
    public static final String EMAIL_REGEX = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /** An arXiv identifier, with an optional {@code arXiv:} prefix and version. */
    public static final String ARXIV_ID_REGEX = "(?:arXiv:)?\\d{4}\\.\\d{4,5}(?:v\\d+)?";

    // ---- what a résumé or a section shows and keeps ----------------------------------------------

    public static final Shape AUTHOR_LIST = shape("authorList", "the author list settings",
            "How long publications' author lists may be: for the whole résumé, or for one section, over the theme's"
                    + " publications.max_authors (docs/format.md, \"Long author lists\").", List.of(
                    field("max", Kind.INTEGER, "The most names a list shows, yours always among them: \"A, B, …, You, et"
                            + " al.\"; 0 for all."),
                    field("last", Kind.BOOLEAN, "true keeps the last author too: \"A, …, You, …, Z\".")),
            List.of());

    public static final Shape SHOW = shape("show", "the show settings",
            "Which parts of the entries show, over the theme's choice: for the whole résumé, or for one section.", List.of(
                    field("abstracts", Kind.BOOLEAN, "Publications' abstracts."),
                    field("subjects", Kind.BOOLEAN, "Publications' subject tags, shown with the abstract."),
                    field("links", Kind.BOOLEAN, "Publications' links ([arXiv], [Code], …)."),
                    field("addresses", Kind.BOOLEAN, "Publications' links printed as their addresses"
                            + " (arxiv.org/abs/2404.09526) rather than as labels; a paper link too."),
                    field("dates", Kind.BOOLEAN, "The date at the right of a publication's title."),
                    field("authors", Kind.BOOLEAN_OR_SHAPE, AUTHOR_LIST, "Publications' author lists: true or false, or how"
                            + " long they may be ({max: 5}: shown, shortened), as authors: beside show says."),
                    field("owner", Kind.STRING, "How your name stands out in author lists, over the theme's:"
                            + " bold, italic or underline.").withExamples(List.of("bold", "italic", "underline")),
                    field("form", Kind.STRING, "full: whole entries; one-line: one line each (no bullets, descriptions or"
                            + " abstracts).").withExamples(List.of("full", "one-line"))),
            List.of());

    public static final Shape DATES = shape("dates", "the date settings",
            "How dates are written, over the theme's dates: for the whole résumé, or for one section.", List.of(
                    field("months", Kind.STRING, "short (Sep 2023), long (September 2023), numeric (09/2023), iso (2023-09)"
                            + " or year (2023), in the résumé's language's order and words (Sept. 2023, 2023年9月).")
                            .withExamples(List.of("short", "long", "numeric", "iso", "year")),
                    field("present", Kind.STRING, "The word for an ongoing end (end: present): \"Present\", \"Current\";"
                            + " without it, the language's (heute, présent, 至今)."),
                    field("separator", Kind.STRING, "Between the start and the end (\" – \")."),
                    field("expected", Kind.STRING, "After an expected end: \"(expected)\".")),
            List.of());

    /** The words the typesetter writes itself, each over the theme's and the language's ({@code phrases:}). */
    public static final Shape PHRASES;

    static {
        List<Field> fields = new ArrayList<>();
        for (dev.resume.text.Phrase p : dev.resume.text.Phrase.values()) {
            fields.add(field(p.key(), Kind.STRING, p.description()));
        }
        PHRASES = shape("phrases", "the phrases", "The words the typesetter writes itself, instead of the theme's and the"
                + " language's (docs/format.md, \"Languages and locales\"); dates: present and expected win over these.",
                fields, List.of());
    }

    /** The orders a section's entries may be sorted in ({@code sort:}). */
    public static final List<String> SORTS = List.of("newest", "oldest", "title");

    public static final Shape SELECT = shape("select", "the selection",
            "Which entries and sections to keep. --tags, --only and --omit on the command line win.", List.of(
                    field("tags", Kind.STRINGS, "Keep the entries and sections that carry one of these tags, and the"
                            + " untagged ones."),
                    field("only", Kind.STRINGS, "Keep only these sections (by id), in this order; names a hidden section"
                            + " to show it."),
                    field("omit", Kind.STRINGS, "Leave these sections (by id) out.")),
            List.of());

    // ---- sections ------------------------------------------------------------------------------

    /** What a section may say about its entries' selection, presentation and pages. */
    private static final List<Field> SECTION_KEYS = List.of(
            TAGS,
            field("limit", Kind.INTEGER, "Show only the first N entries (after the tag selection): \"the five most"
                    + " recent publications\"."),
            field("sort", Kind.STRING, "Sorts the entries (before limit): newest (by end date, ongoing first, then by start"
                    + " date), oldest (the reverse), or title (alphabetically, accents after their letter); undated entries"
                    + " keep their order after the dated ones.").withExamples(SORTS),
            field("show", Kind.SHAPE, SHOW, "Which parts of the entries show in this section, over the résumé's show."),
            field("authors", Kind.SHAPE, AUTHOR_LIST, "How long this section's author lists may be, over the résumé's"
                    + " authors: {max: 5}."),
            field("dates", Kind.SHAPE, DATES, "How this section's dates are written, over the résumé's dates."),
            field("new_page", Kind.BOOLEAN, "true starts the section on a new page."),
            field("keep_together", Kind.BOOLEAN, "true keeps the whole section on one page (when it fits on one)."));

    public static final Field SECTION_TITLE = field("title", Kind.TEXT, "The heading, as you want it printed.").asRequired();

    public static final Shape SECTION;

    static {
        List<Field> fields = new ArrayList<>(List.of(
                SECTION_TITLE,
                field("id", Kind.STRING, "A stable name for the section (default: the title in lower case with dashes,"
                        + " selected-publications). Used by variants and in PDF bookmarks."),
                field("hidden", Kind.BOOLEAN, "true keeps the section in the file but out of the PDF"
                        + " (a pool of entries that variants can show)."),
                CommonKeys.LANG));
        fields.addAll(SECTION_KEYS);
        List<String> kinds = new ArrayList<>();
        for (EntryFormat k : EntryFormats.all()) {
            // A kind's imports (bib: publications read from a .bib file) follow its content key.
            for (Field content : concat(List.of(k.content()), k.imports())) {
                fields.add(content);
                kinds.add(content.key());
            }
        }
        SECTION = shape("section", "a section", "A section: a title and exactly one content key, which names its kind.",
                fields, List.of(new ExactlyOne(kinds)));
    }

    /** The keys of a section in a variant that change the base's entries instead of replacing them. */
    public static final List<String> PATCH_KEYS = List.of("prepend", "append", "remove", "change");

    /**
     * A section in a variant: a section of the base changed (named by its id, or by its title),
     * or a new section.
     */
    public static final Shape SECTION_PATCH;

    static {
        List<Field> fields = new ArrayList<>();
        for (Field f : SECTION.fields()) {
            fields.add(f.asOptional());
        }
        fields.add(field("prepend", Kind.ENTRIES, "Entries added before the base section's."));
        fields.add(field("append", Kind.ENTRIES, "Entries added after the base section's."));
        fields.add(field("remove", Kind.STRINGS, "Ids of the base section's entries to leave out."));
        fields.add(field("change", Kind.CHANGES, "For an entry id, the keys that replace the entry's: note: Spotlight."
                + " An empty value removes the key."));
        SECTION_PATCH = shape("sectionPatch", "a section of a variant",
                "A section of the base, changed: named by id (or title), with the keys that replace the base's; its"
                        + " entries replaced by a content key, or changed by prepend, append, remove and change. A section"
                        + " the base has not is added.",
                fields, List.of());
    }

    // ---- the header ----------------------------------------------------------------------------

    /** The key of a contact item of this kind. */
    private static Field contact(ContactKind kind) {
        String key = kind.key();
        return switch (kind) {
            case EMAIL -> field(key, Kind.EMAIL, "An e-mail address, linked with mailto:.");
            case PHONE -> field(key, Kind.PHONE, "A phone number, shown as written (quote it: \"+44 20 7946 0000\"),"
                    + " linked with tel:.");
            case WEBSITE -> field(key, Kind.URL, "Your website: ada.example.org or a full URL (https:// is added when missing).");
            case LOCATION -> field(key, Kind.TEXT, "Where you are: \"London, UK\". Not linked.");
            case GITHUB -> field(key, Kind.TEXT, "A GitHub user name; links to https://github.com/NAME.");
            case LINKEDIN -> field(key, Kind.TEXT, "A LinkedIn profile name; links to https://www.linkedin.com/in/NAME.");
            case SCHOLAR -> field(key, Kind.TEXT, "A Google Scholar user id; shown as \"Google Scholar\".");
            case ORCID -> field(key, Kind.TEXT, "An ORCID iD such as 0000-0002-1825-0097; links to https://orcid.org/ID.");
            case GITLAB -> field(key, Kind.TEXT, "A GitLab user name; links to https://gitlab.com/NAME.");
            case RESEARCHGATE -> field(key, Kind.TEXT, "A ResearchGate profile name (Ada-Quillfeather); links to"
                    + " https://www.researchgate.net/profile/NAME.");
            case DBLP -> field(key, Kind.TEXT, "A DBLP person id (pid) such as 12/3456; links to https://dblp.org/pid/PID.html,"
                    + " shown as \"DBLP\".");
            case SEMANTIC_SCHOLAR -> field(key, Kind.TEXT, "A Semantic Scholar author id (digits); links to"
                    + " https://www.semanticscholar.org/author/ID, shown as \"Semantic Scholar\".");
            case STACK_OVERFLOW -> field(key, Kind.TEXT, "A Stack Overflow user id, or id/name (12345/ada); links to"
                    + " https://stackoverflow.com/users/ID, shown as the name, else \"Stack Overflow\".");
            case X -> field(key, Kind.TEXT, "An X (Twitter) handle, with or without @; links to https://x.com/NAME.");
            case TWITTER -> field(key, Kind.TEXT, "The same as x.");
            case MASTODON -> field(key, Kind.TEXT, "A Mastodon handle, @user@instance; links to https://instance/@user.");
            case BLUESKY -> field(key, Kind.TEXT, "A Bluesky handle (ada.bsky.social); links to https://bsky.app/profile/HANDLE.");
            case URL -> field(key, Kind.URL, "Any http(s) URL, shown without https://; icon: names its icon.");
        };
    }

    public static final Field CONTACT_LABEL = field("label", Kind.STRING, "A word drawn instead of the icon: label: Portfolio"
            + " gives \"Portfolio: ada.example.org\".");
    public static final Field CONTACT_TEXT = field("text", Kind.STRING, "What to show instead of the value.");
    public static final Field CONTACT_ICON = field("icon", Kind.STRING, "The icon, by its Fork Awesome name (rss, mastodon,"
            + " book; the fonts/fork-awesome/icons.txt list), instead of the kind's.");

    public static final Shape CONTACT;

    static {
        List<Field> fields = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (ContactKind k : ContactKind.values()) {
            fields.add(contact(k));
            kinds.add(k.key());
        }
        fields.add(CONTACT_LABEL);
        fields.add(CONTACT_TEXT);
        fields.add(CONTACT_ICON);
        fields.add(CommonKeys.LANG);
        CONTACT = shape("contactItem", "a contact item",
                "One item of the contact line: exactly one of " + String.join(", ", kinds)
                        + ", drawn with its icon and linked. Each network takes a bare handle or its whole profile URL.",
                fields, List.of(new ExactlyOne(kinds)));
    }

    /** The crop shapes of a photo, as the theme's {@code photo.shape} names them. */
    public static final List<String> PHOTO_SHAPES = List.of("rectangle", "rounded", "circle");

    public static final Shape PHOTO = new Shape("photo", "the photo", "A photo in the header: a JPEG or PNG file (a path relative"
            + " to this file), or a mapping with the file and the crop shape over the theme's.", true, List.of(
                    field("file", Kind.STRING, "The image: a JPEG or PNG file, relative to this file. Its EXIF orientation and"
                            + " colour profile are kept.").asRequired("such as file: me.jpg"),
                    field("shape", Kind.STRING, "The crop, over the theme's photo.shape: rectangle, rounded or circle.")
                            .withExamples(PHOTO_SHAPES)),
            List.of());

    public static final Field PHOTO_FIELD = field("photo", Kind.SHAPE, PHOTO, "A photo in the header, placed, sized and"
            + " cropped as the theme says: photo: me.jpg (JPEG or PNG, relative to this file), or photo: {file: me.jpg, shape:"
            + " circle}.");

    public static final Field NAME = field("name", Kind.TEXT, "Your name, set large at the top and used as the PDF's author.")
            .asRequired();
    public static final Field HEADLINE = field("headline", Kind.TEXT, "One line under the name (\"PhD student in computer"
            + " systems\"). Also the PDF's subject.");
    public static final Field CONTACTS = field("contact", Kind.LIST, CONTACT, "The contact line under the name, in this order.");
    /** Required, unless the file is a letter (RESUME's rule): a letter in a file of its own has none. */
    public static final Field SECTIONS = new Field("sections", Kind.LIST, SECTION, false, "The body of the CV, in this order"
            + " (a letter's file needs none).", "add `sections:` with at least one section (or `letter:` for a cover letter);"
            + " see docs/format.md", List.of());

    /** A file with this key is set as a cover letter under the résumé's header, not as a CV. */
    public static final Field LETTER = field("letter", Kind.SHAPE, LetterFormat.LETTER, "A cover letter: the file is set as a"
            + " letter under this résumé's header, in its theme (usually a file that extends the CV). See \"Cover letters\".");

    public static final Shape RESUME = shape("resume", "the résumé", "A résumé for the resume typesetter (docs/format.md).",
            List.of(NAME, HEADLINE,
                    field("aliases", Kind.STRINGS, "Other spellings of your name in author lists. \"S. Cao\", \"Cao, Shiyi\""
                            + " and \"Cao, S.\" are derived from name automatically; list only those that cannot be."),
                    CONTACTS,
                    PHOTO_FIELD,
                    SECTIONS,
                    field("theme", Kind.STRING, "A theme name (classic) or a path to a theme file, relative to this file."
                            + " --theme on the command line wins.").withExamples(BUILT_IN_THEMES),
                    field("keywords", Kind.STRINGS, "Written into the PDF's keywords metadata."),
                    field("paper", Kind.PAPER, "The paper size, instead of the theme's: a4, letter, a5, legal, any"
                            + " \"WIDTH x HEIGHT\" with units (148mm x 210mm, 6in x 9in), or {width: 148mm, height: 210mm}."
                            + " --paper wins.")
                            .withExamples(List.of("a4", "letter", "a5", "legal", "148mm x 210mm")),
                    field("locale", Kind.STRING, "The résumé's language, a BCP 47 tag (en, de, fr, zh-Hans, pt-BR, ar):"
                            + " its dates, words, hyphenation and text direction, and the PDF's language. Instead of the"
                            + " theme's; --locale wins; English when none says.")
                            .withExamples(List.of("en", "de", "fr", "zh-Hans", "ja", "ar", "ru", "pt-BR")),
                    field("footer", Kind.STRING, "The footer's text instead of the theme's, with its placeholders ({name},"
                            + " {page}, {pages}, {date}, {updated}; docs/themes.md); \"\" for none."),
                    field("page_header", Kind.STRING, "A running header's text instead of the theme's, with the same"
                            + " placeholders; \"\" for none."),
                    field("updated", Kind.DATE, "When the résumé last changed, for {updated} in the footer or page header:"
                            + " 2025-05-17, 2025-05 or 2025. Without it, the newest change of the résumé and the files it is"
                            + " made from (SOURCE_DATE_EPOCH when that is set)."),
                    field("max_pages", Kind.INTEGER, "The most pages: spacing, then font size, are tightened within the"
                            + " theme's bounds until the résumé fits. --max-pages wins."),
                    field("show", Kind.SHAPE, SHOW, "Which parts of the entries show (abstracts, links, one line each…),"
                            + " over the theme's choice."),
                    field("dates", Kind.SHAPE, DATES, "How dates are written (long month names, the word for present…),"
                            + " over the theme's."),
                    field("phrases", Kind.SHAPE, PHRASES, "The words the typesetter writes itself (present, page_footer,"
                            + " cv_title, et_al, quote_open…) instead of the theme's and the language's."),
                    field("authors", Kind.SHAPE, AUTHOR_LIST, "How long author lists may be ({max: 5}: five names, yours"
                            + " among them), over the theme's."),
                    field("select", Kind.SHAPE, SELECT, "Which entries and sections to keep: by tags, by section ids."),
                    field(LanguageView.LANGUAGES, Kind.STRINGS, "The file's languages, the default first: [en, zh]. Any text"
                            + " may then be a mapping from language to text ({en: Education, zh: 教育经历}); --lang picks one.")
                            .withExamples(LanguageTags.EXAMPLES),
                    field(LanguageView.LANG, Kind.STRING, "The language this file is rendered in (a variant's lang: zh),"
                            + " instead of the first of languages. --lang wins.").withExamples(LanguageTags.EXAMPLES),
                    LETTER),
            List.of(new RequiredUnless(SECTIONS.key(), LETTER.key())));

    /**
     * A variant: a résumé file that extends another and says only what differs. Its keys replace
     * the base's ({@code show} and {@code select} key by key); its sections change the base's.
     */
    public static final Shape VARIANT;

    static {
        List<Field> fields = new ArrayList<>();
        // Not required here: a file without extends is no variant (the schema's root tells them apart).
        fields.add(field("extends", Kind.STRING, "The résumé this one is a variant of: a path relative to this file."));
        for (Field f : RESUME.fields()) {
            if (f == LETTER) {
                fields.add(field(LETTER.key(), Kind.SHAPE, LetterFormat.LETTER_PATCH, "A letter, or what differs from the base's"
                        + " letter: its keys replace the base letter's one by one (the recipient's too)."));
            } else if (f == SECTIONS) {
                fields.add(field(SECTIONS.key(), Kind.LIST, SECTION_PATCH, "Sections of the base to change (named by id),"
                        + " and new sections (added at the end, or where order puts them)."));
            } else {
                fields.add(f.asOptional());
            }
        }
        fields.add(field("order", Kind.STRINGS, "Section ids in the order they are printed; sections not named follow"
                + " in the base's order."));
        VARIANT = shape("variant", "the variant", "A variant of a résumé: extends names the base; every other key"
                + " says what differs (docs/format.md, \"Variants\").", fields, List.of());
    }

    /** Every shape, the résumé first, each once. */
    public static final List<Shape> SHAPES;

    static {
        List<Shape> shapes = new ArrayList<>(List.of(RESUME, CONTACT, PHOTO, SECTION));
        for (EntryFormat k : EntryFormats.all()) {
            shapes.addAll(k.shapes());
        }
        shapes.addAll(CommonKeys.SHARED_SHAPES);
        shapes.addAll(List.of(SHOW, DATES, PHRASES, AUTHOR_LIST, SELECT, VARIANT, SECTION_PATCH));
        shapes.addAll(LetterFormat.SHAPES);
        SHAPES = List.copyOf(shapes);
    }
}
