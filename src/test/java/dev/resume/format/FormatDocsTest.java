package dev.resume.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The key tables of docs/format.md say what the declaration says: each table between
 * {@code <!-- keys: NAME -->} and {@code <!-- /keys -->} lists every key of the shape NAME (one row
 * a key, or one row for several optional keys: {@code dates, `bullets`}), and each row's type and
 * required flag are the declaration's. The prose (the meaning column, the other columns) is the
 * page's own. {@code RESUME_UPDATE_DOCS=1 mvn test -Dtest=FormatDocsTest} rewrites the tables
 * from the declaration: types and required flags set, keys it no longer has removed, new keys
 * added with their description from the declaration (to be edited into the page's words).
 */
class FormatDocsTest {
    private static final Path DOCS = Path.of("docs/format.md");
    private static final Pattern OPEN = Pattern.compile("<!-- keys: ([A-Za-z.]+) -->");
    private static final String CLOSE = "<!-- /keys -->";
    /** A key in a key cell, or "dates": the date keys, which "Dates" describes. */
    private static final Pattern KEY = Pattern.compile("`([a-z_]+)`|\\bdates\\b");

    /** Shapes whose keys the page describes in its prose and examples rather than in a table. */
    private static final Set<String> IN_PROSE = Set.of("role", "publicationLinks", "bullet", "nestedBullet", "select",
            "variant", "sectionPatch", "letterParagraph", "letterPatch");

    /**
     * The keys the table {@code name} documents. An entry's id, tags and page keys are described
     * once, under "Sections", for every kind; a contact item's label and text under its table.
     */
    static List<Field> documented(String name) {
        return switch (name) {
            case "resume" -> CommonKeys.concat(FormatSpec.RESUME.fields(), List.of(FormatSpec.VARIANT.field("extends")));
            case "section.content" -> fields(FormatSpec.SECTION, FormatSpec.SECTION.kindKeys());
            case "section" -> FormatSpec.SECTION.fields().stream()
                    .filter(f -> !FormatSpec.SECTION.kindKeys().contains(f.key())).toList();
            case "contactItem" -> fields(FormatSpec.CONTACT, FormatSpec.CONTACT.kindKeys());
            default -> shape(name).fields().stream().filter(f -> !CommonKeys.ENTRY_KEYS.contains(f)).toList();
        };
    }

    private static List<Field> fields(Shape shape, List<String> keys) {
        return keys.stream().map(shape::field).toList();
    }

    private static Shape shape(String name) {
        for (Shape s : FormatSpec.SHAPES) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("docs/format.md has a key table of '" + name + "', which is no shape of the declaration");
    }

    /** How the page calls the kind of a value. */
    static String typeName(Field f) {
        return switch (f.kind()) {
            case TEXT -> "text";
            case STRING -> "string";
            case DATE -> "date";
            case URL -> "URL";
            case EMAIL -> "e-mail address";
            case PHONE -> "phone number";
            case ARXIV -> "arXiv id or URL";
            case DOI -> "DOI or URL";
            case INTEGER -> "whole number";
            case BOOLEAN -> "boolean";
            case BOOLEAN_OR_SHAPE -> "boolean or mapping";
            case STRINGS -> "list of strings";
            case LIST -> "list of " + f.shape().noun().replaceFirst("^(an?|the) ", "") + "s";
            case SHAPE, CHANGES -> "mapping";
            case PARAGRAPHS -> "text or list of texts";
            case BULLETS -> "bullets";
            case ENTRIES -> "list of entries";
            case PAPER -> "paper size";
            case LENGTH, NUMBER, FACTOR, COLOR, ENUM, ENUMS, FONT, FONTS ->
                    throw new IllegalStateException(f.key() + ": a theme's kind of value, in a résumé shape");
        };
    }

    /** The page with its key tables made to agree with the declaration, and what disagreed. */
    record Checked(String text, List<String> problems, Set<String> tables) {}

    static Checked check(String page) {
        List<String> problems = new ArrayList<>();
        page = withNewKinds(page, problems);
        Set<String> tables = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher open = OPEN.matcher(page);
        while (open.find(at)) {
            int close = page.indexOf(CLOSE, open.end());
            assertTrue(close > 0, "an unclosed " + open.group());
            String name = open.group(1);
            tables.add(name);
            out.append(page, at, open.end());
            out.append(table(name, page.substring(open.end(), close), problems));
            at = close;
        }
        out.append(page.substring(at));
        return new Checked(out.toString(), problems, tables);
    }

    /** Where the tables of entry kinds the page does not describe yet are added, at the end of the kinds. */
    static final String NEW_KINDS = "<!-- new entry kinds go above this line -->";

    /**
     * The page with a section (a heading, an empty table to fill) for each kind of entry it has
     * no table of, so that a new kind's table is written from its declaration like the others.
     */
    private static String withNewKinds(String page, List<String> problems) {
        if (!page.contains(NEW_KINDS)) {
            return page; // a piece of a page, as the tests below give
        }
        StringBuilder added = new StringBuilder();
        for (EntryFormat kind : EntryFormats.all()) {
            Shape shape = kind.content().shape();
            if (shape == null || page.contains("<!-- keys: " + shape.name() + " -->") || IN_PROSE.contains(shape.name())) {
                continue;
            }
            problems.add(shape.name() + ": no key table (RESUME_UPDATE_DOCS=1 adds one above \"" + NEW_KINDS + "\")");
            added.append("## ").append(kind.heading()).append(" (`").append(kind.content().key()).append("`)\n\n")
                    .append(kind.content().description()).append("\n\n<!-- keys: ").append(shape.name()).append(" -->\n")
                    .append(CLOSE).append("\n\n");
        }
        int at = page.indexOf(NEW_KINDS);
        if (added.isEmpty()) {
            return page;
        }
        return page.substring(0, at) + added + page.substring(at);
    }

    /** The required column of a key of the shape {@code name}: yes, no, or "unless `letter`" (a RequiredUnless rule). */
    private static String required(String name, Field f) {
        if (f.required()) {
            return "yes";
        }
        for (Shape s : FormatSpec.SHAPES) {
            if (s.name().equals(name)) {
                for (FormatSpec.Rule r : s.rules()) {
                    if (r instanceof FormatSpec.RequiredUnless u && u.key().equals(f.key())) {
                        return "unless `" + u.other() + "`";
                    }
                }
            }
        }
        return "no";
    }

    /** One table, agreeing with the declaration; its disagreements added to {@code problems}. */
    private static String table(String name, String written, List<String> problems) {
        List<Field> documented = documented(name);
        List<String> lines = new ArrayList<>(written.lines().toList());
        int first = 0;
        while (first < lines.size() && !lines.get(first).startsWith("|")) {
            first++;
        }
        List<String> header = first < lines.size() ? cells(lines.get(first)) : List.of();
        if (header.isEmpty()) {
            header = List.of("key", "type", "meaning");
            lines.addAll(first, List.of(row(header), row(header.stream().map(h -> "---").toList())));
        }
        int typeColumn = header.indexOf("type");
        int requiredColumn = header.indexOf("required");
        int meaningColumn = header.indexOf("meaning");
        int end = first + 2;
        Set<String> seen = new TreeSet<>();
        for (int i = first + 2; i < lines.size() && lines.get(i).startsWith("|"); i++, end++) {
            List<String> cells = new ArrayList<>(cells(lines.get(i)));
            List<String> keys = keys(cells.get(0));
            List<Field> fields = new ArrayList<>();
            for (String key : keys) {
                Field f = documented.stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
                if (f == null) {
                    problems.add(name + ": `" + key + "` is no key this table documents");
                } else if (!seen.add(key)) {
                    problems.add(name + ": `" + key + "` has two rows");
                } else if (keys.size() > 1 && f.required()) {
                    problems.add(name + ": `" + key + "` is required: it needs a row of its own");
                    seen.remove(key);
                } else {
                    fields.add(f);
                    continue;
                }
                cells.set(0, without(cells.get(0), key));
            }
            if (fields.isEmpty()) {
                lines.remove(i--);
                end--;
                continue;
            }
            Field one = keys.size() == 1 ? fields.get(0) : null;
            set(cells, typeColumn, one == null ? "" : typeName(one) + (one.required() && requiredColumn < 0 ? ", required" : ""),
                    name, problems);
            set(cells, requiredColumn, one == null ? "no" : required(name, one), name, problems);
            lines.set(i, row(cells));
        }
        for (Field f : documented) {
            if (!seen.contains(f.key())) {
                problems.add(name + ": `" + f.key() + "` has no row");
                List<String> cells = new ArrayList<>(header.stream().map(h -> "").toList());
                cells.set(0, "`" + f.key() + "`");
                set(cells, typeColumn, typeName(f) + (f.required() && requiredColumn < 0 ? ", required" : ""), name, null);
                set(cells, requiredColumn, required(name, f), name, null);
                cells.set(meaningColumn >= 0 ? meaningColumn : cells.size() - 1, f.description());
                lines.add(end++, row(cells));
            }
        }
        return String.join("\n", lines) + (written.endsWith("\n") ? "\n" : "");
    }

    private static void set(List<String> cells, int column, String value, String table, List<String> problems) {
        if (column < 0) {
            return;
        }
        if (problems != null && !cells.get(column).equals(value)) {
            problems.add(table + ": " + cells.get(0) + " is '" + value + "' in the declaration, '" + cells.get(column)
                    + "' in the page");
        }
        cells.set(column, value);
    }

    /** The keys a key cell names; "dates" stands for the date keys. */
    private static List<String> keys(String cell) {
        List<String> keys = new ArrayList<>();
        Matcher m = KEY.matcher(cell);
        while (m.find()) {
            if (m.group(1) != null) {
                keys.add(m.group(1));
            } else {
                CommonKeys.DATES.forEach(d -> keys.add(d.key()));
            }
        }
        return keys;
    }

    /** A key cell without {@code key} and the separator next to it. */
    private static String without(String cell, String key) {
        String k = "`" + key + "`";
        for (String form : List.of(k + ", ", ", " + k, k + " / ", " / " + k, k)) {
            if (cell.contains(form)) {
                return cell.replace(form, "");
            }
        }
        return cell;
    }

    /** The cells of a table row; a {@code |} between backticks is part of its cell. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    private static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(c.isEmpty() ? " " : " " + c + " ").append('|');
        }
        return sb.toString();
    }

    // ---- the tests ---------------------------------------------------------------------------

    @Test
    void theKeyTablesOfTheFormatPageAreTheDeclarations() throws IOException {
        String page = Files.readString(DOCS, StandardCharsets.UTF_8);
        assertTrue(page.contains(NEW_KINDS), "docs/format.md keeps the line " + NEW_KINDS);
        Checked checked = check(page);
        if ("1".equals(System.getenv("RESUME_UPDATE_DOCS"))) {
            if (!checked.text().equals(page)) {
                Files.writeString(DOCS, checked.text(), StandardCharsets.UTF_8);
            }
            return;
        }
        assertEquals(List.of(), checked.problems(), "docs/format.md differs from the declaration; fix the page, or rewrite its"
                + " tables with RESUME_UPDATE_DOCS=1 mvn test -Dtest=FormatDocsTest and put what it adds in the page's words");
        assertEquals(page, checked.text(), "the tables agree, and rewriting them changes nothing");
    }

    @Test
    void everyShapeHasATableOrIsDescribedInProse() throws IOException {
        Set<String> tables = check(Files.readString(DOCS, StandardCharsets.UTF_8)).tables();
        for (Shape s : FormatSpec.SHAPES) {
            assertTrue(tables.contains(s.name()) != IN_PROSE.contains(s.name()),
                    s.name() + ": a key table in docs/format.md (<!-- keys: " + s.name() + " -->), or prose (IN_PROSE)");
        }
    }

    @Test
    void aTableThatDiffersFromTheDeclarationIsFoundAndRewritten() {
        String page = "<!-- keys: awardEntry -->\n\n| key | type | meaning |\n|---|---|---|\n"
                + "| `title` | text | The award. |\n"
                + "| `issuer` | string | Who gave it. |\n"
                + "| `prize` | text | Gone. |\n"
                + "| dates, `tags` | | See *Dates*. |\n"
                + "\n<!-- /keys -->\n";
        Checked checked = check(page);
        assertEquals(List.of("awardEntry: `title` is 'text, required' in the declaration, 'text' in the page",
                "awardEntry: `issuer` is 'text' in the declaration, 'string' in the page",
                "awardEntry: `prize` is no key this table documents",
                "awardEntry: `tags` is no key this table documents",
                "awardEntry: `description` has no row"), checked.problems());
        assertEquals("<!-- keys: awardEntry -->\n\n| key | type | meaning |\n|---|---|---|\n"
                + "| `title` | text, required | The award. |\n"
                + "| `issuer` | text | Who gave it. |\n"
                + "| dates | | See *Dates*. |\n"
                + "| `description` | text | " + AwardFormat.DESCRIPTION.description() + " |\n"
                + "\n<!-- /keys -->\n", checked.text());
        assertTrue(check(checked.text()).problems().isEmpty(), "a rewritten table agrees");
        assertFalse(check("<!-- keys: skillLine -->\n<!-- /keys -->\n").problems().isEmpty(), "an empty table lacks its keys");
    }

    @Test
    void aKindThePageLacksGetsASectionAndItsTableFromTheDeclaration() {
        Checked checked = check("# Entries\n\n" + NEW_KINDS + "\n");
        assertTrue(checked.problems().contains("awardEntry: no key table (RESUME_UPDATE_DOCS=1 adds one above \"" + NEW_KINDS + "\")"),
                checked.problems().toString());
        assertTrue(checked.text().contains("## Awards (`awards`)\n\n" + AwardFormat.FORMAT.content().description()), checked.text());
        assertTrue(checked.text().contains("| `title` | text, required | " + AwardFormat.TITLE.description() + " |"), checked.text());
        assertTrue(checked.text().indexOf("<!-- keys: awardEntry -->") < checked.text().indexOf(NEW_KINDS));
        assertEquals(List.of(), check(checked.text()).problems(), "the page written agrees");
    }
}
