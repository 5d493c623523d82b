package dev.resume.format;

import dev.resume.format.FormatSpec.Excludes;
import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Requires;
import dev.resume.format.FormatSpec.Rule;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.model.PageControl;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys that many mappings share (the dates, an entry's id, tags and page keys, bullets), and
 * the builders the declarations are written with. Apart from {@link FormatSpec}, so that the
 * entry kinds' declarations, which {@code FormatSpec} is built from, can use them.
 */
public final class CommonKeys {
    private CommonKeys() {}

    static Field field(String key, Kind kind, String description) {
        return new Field(key, kind, null, false, description, null, List.of());
    }

    static Field field(String key, Kind kind, Shape shape, String description) {
        return new Field(key, kind, shape, false, description, null, List.of());
    }

    static Shape shape(String name, String noun, String description, List<Field> fields, List<Rule> rules) {
        return new Shape(name, noun, description, false, fields, rules);
    }

    @SafeVarargs
    static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }

    // ---- dates ---------------------------------------------------------------------------------

    public static final Field DATE = field("date", Kind.DATE, "One point in time: 2024, 2024-05 or 2024-05-17. Not with start/end.");
    public static final Field START = field("start", Kind.DATE, "The start of a range: 2024, 2024-05 or 2024-05-17. Without end,"
            + " a single date.");
    public static final Field END = field("end", Kind.DATE, "The end of a range: a date, or present for an ongoing one. Needs start.");
    public static final Field EXPECTED = field("expected", Kind.BOOLEAN, "true marks an end not yet reached: printed as"
            + " \"(expected)\".");
    public static final Field WHEN = field("when", Kind.TEXT, "Free text instead of dates: \"Fall 2024, Spring 2025\". Not with"
            + " date or start.");

    /** The keys that date an entry; see docs/format.md, "Dates". */
    public static final List<Field> DATES = List.of(DATE, START, END, EXPECTED, WHEN);

    /** What the loader checks between the date keys (Fields.dates()). */
    public static final List<Rule> DATE_RULES = List.of(
            new Excludes(DATE.key(), List.of(START.key(), END.key())),
            new Requires(END.key(), START.key()),
            new Excludes(WHEN.key(), List.of(DATE.key(), START.key())));

    // ---- what variants, selections and the page breaker use -------------------------------------

    public static final Field TAGS = field("tags", Kind.STRINGS, "Tags for selections: with select: {tags: [...]} or"
            + " --tags, only entries and sections that carry one of the selected tags, or none, are kept.");

    public static final Field ID = field("id", Kind.STRING, "A stable name that variants use to change or remove the entry"
            + " (default: its title, name or organisation in lower case with dashes).");
    public static final Field NEW_PAGE = field("new_page", Kind.BOOLEAN, "true starts the entry on a new page.");
    public static final Field KEEP_TOGETHER = field("keep_together", Kind.BOOLEAN, "true keeps the entry on one page (when it"
            + " fits on one); false lets it break anywhere. The theme sets the default.");

    /**
     * An item's language: in a file in several languages, the item is kept only when the file is
     * rendered in it. The language view ({@link LanguageView}) reads and checks it before any
     * binder sees the item; the binders accept it.
     */
    public static final Field LANG = field(LanguageView.LANG, Kind.STRINGS, "The item's language (zh, or a list [en, de]): it is"
            + " left out when the file is rendered in another (docs/format.md, \"Several languages in one file\").")
            .withExamples(LanguageTags.EXAMPLES);

    /** The keys every entry may carry: its id, its tags, its language, and what it asks of the page breaker. */
    public static final List<Field> ENTRY_KEYS = List.of(ID, TAGS, LANG, NEW_PAGE, KEEP_TOGETHER);

    /** What a mapping with {@code new_page} and {@code keep_together} asks of the page breaker. */
    public static PageControl pageControl(Fields f) {
        Boolean newPage = f.has(NEW_PAGE.key()) ? f.bool(NEW_PAGE.key()) : null;
        Boolean together = f.has(KEEP_TOGETHER.key()) ? f.bool(KEEP_TOGETHER.key()) : null;
        return newPage == null && together == null ? PageControl.DEFAULT : new PageControl(newPage, together);
    }

    // ---- bullets -------------------------------------------------------------------------------

    public static final Field BULLET_TEXT = field("text", Kind.TEXT, "The bullet's text.").asRequired();

    /** A bullet under a bullet: bullets nest one level deep. */
    public static final Shape NESTED_BULLET = new Shape("nestedBullet", "a bullet",
            "A nested bullet: a text, or a mapping with text. Bullets nest one level deep only.", true,
            List.of(BULLET_TEXT, TAGS, LANG), List.of());

    public static final Shape BULLET = new Shape("bullet", "a bullet",
            "A bullet: a text, or a mapping with text and nested bullets (one level deep).", true,
            List.of(BULLET_TEXT,
                    field("bullets", Kind.BULLETS, NESTED_BULLET, "Bullets nested under this one (one level deep)."),
                    field("id", Kind.STRING, "A stable name that variants use to change or remove the bullet"
                            + " (default: its text in lower case with dashes)."),
                    TAGS, LANG),
            List.of());

    /** The shapes every kind with bullets shares: the schema lists them after the entries'. */
    public static final List<Shape> SHARED_SHAPES = List.of(BULLET, NESTED_BULLET);

    /** An entry's {@code bullets}. */
    static Field bullets(String description) {
        return field("bullets", Kind.BULLETS, BULLET, description);
    }
}
