package dev.resume.input.bib;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a .bib file as BibTeX does: entries {@code @type{key, name = value, …}} (or with
 * parentheses), values in braces, in quotes, numbers or {@code @string} names joined by
 * {@code #}; {@code @string} defines a name, {@code @comment} and {@code @preamble} are skipped,
 * and text between entries is a comment. Every problem is reported at its line and column in the
 * .bib file, with a hint, and reading goes on at the next entry so that a file's problems are
 * all found in one run.
 *
 * <p>Written by hand rather than with jbibtex: jbibtex reports a syntax error as a parser
 * exception without a line and column that we could print the way we print YAML errors, stops
 * at the first one, and gives fields no positions at all, so nothing found later (an unknown
 * macro, a bad month, a link that is not one) could point into the .bib file.
 */
public final class BibParser {
    /** BibTeX's own macros: the months. */
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    /** A line that starts a field: what a value that runs over the fields after it contains. */
    private static final Pattern FIELD_LINE = Pattern.compile("(?m)^[ \\t]*[A-Za-z][\\w:.+-]*[ \\t]*=[ \\t]*[{\"0-9A-Za-z]");

    private final BibSource src;
    private final String s;
    private final Diagnostics diagnostics;
    private int i;
    /** Where the last value read ends, before the spaces after it: where a missing comma belongs. */
    private int valueEnd;
    private final Map<String, BibText> macros = new HashMap<>();
    private final Map<String, SourcePos> keys = new HashMap<>();
    private final List<BibEntry> entries = new ArrayList<>();

    private BibParser(BibSource src, Diagnostics diagnostics) {
        this.src = src;
        this.s = src.text();
        this.diagnostics = diagnostics;
    }

    /** Parses the file, reporting its problems to {@code diagnostics}; returns the entries that could be read. */
    public static BibFile parse(BibSource src, Diagnostics diagnostics) {
        BibParser p = new BibParser(src, diagnostics);
        p.file();
        return new BibFile(src, p.entries);
    }

    // ---- the file: entries and the comments between them ---------------------------------------

    private void file() {
        boolean afterEntry = false;
        String lastKey = null;
        while (i < s.length()) {
            char c = s.charAt(i);
            // An '@' starts an entry when it is the first thing on its line or is followed by a type and a brace;
            // elsewhere (an e-mail address in a comment) it is comment text.
            if (c == '@' && (atEntryStart(i) || firstOnLine(i))) {
                lastKey = entry();
                afterEntry = lastKey != null;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '%') {
                skipLine();
                continue;
            }
            // Text between entries is a comment; but a field or a '}' there is a mistake in the entry before.
            if (afterEntry && (c == ',' || fieldStartsAt(i))) {
                diagnostics.error(src.pos(i), "a field after the end of the entry '" + lastKey + "'",
                        "is there a '}' too many in that entry? Its first '}' at depth 0 ends it");
                skipToNextEntry();
            } else if (c == '}' || c == ')') {
                diagnostics.error(src.pos(i), "a '" + c + "' outside any entry",
                        afterEntry ? "is there a '" + c + "' too many in the entry '" + lastKey + "'?" : "delete it");
                i++;
            } else {
                skipLine();
            }
            afterEntry = false;
        }
    }

    private boolean firstOnLine(int at) {
        int j = at;
        while (j > 0 && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t')) {
            j--;
        }
        return j == 0 || s.charAt(j - 1) == '\n' || s.charAt(j - 1) == '\r';
    }

    /** Whether a field name followed by '=' starts at {@code at}. */
    private boolean fieldStartsAt(int at) {
        int j = at;
        while (j < s.length() && isNameChar(s.charAt(j))) {
            j++;
        }
        if (j == at || !Character.isLetter(s.charAt(at))) {
            return false;
        }
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '=';
    }

    /**
     * One {@code @…} item, {@code i} at its '@'. Returns the key of a regular entry read to its
     * end, null otherwise.
     */
    private String entry() {
        int at = i;
        i++;
        skipWs();
        String type = name();
        if (type.isEmpty()) {
            diagnostics.error(src.pos(at), "'@' starts an entry, but no entry type follows it",
                    "write @article{key, …}; outside entries, write 'at' instead of '@' in comments");
            return null;
        }
        type = type.toLowerCase(Locale.ROOT);
        skipWs();
        if (i >= s.length() || s.charAt(i) != '{' && s.charAt(i) != '(') {
            diagnostics.error(src.pos(i), "expected '{' after @" + type, "write @" + type + "{key, title = {…}, …}");
            skipToNextEntry();
            return null;
        }
        char close = s.charAt(i) == '{' ? '}' : ')';
        int open = i;
        i++;
        switch (type) {
            case "comment" -> {
                i = open;
                if (close == '}') {
                    braced(null);
                } else {
                    skipLine();
                }
                return null;
            }
            case "preamble" -> {
                value("@preamble");
                closeItem(at, close, "@preamble");
                return null;
            }
            case "string" -> {
                stringMacro(at, close);
                return null;
            }
            default -> {
                return regular(type, at, close);
            }
        }
    }

    private void stringMacro(int at, char close) {
        skipWs();
        String name = name();
        if (name.isEmpty()) {
            diagnostics.error(src.pos(i), "expected a name after @string{", "write @string{acl = {Association for Computational Linguistics}}");
            skipToNextEntry();
            return;
        }
        skipWs();
        if (!expect('=', "expected '=' after the @string name '" + name + "'", "write @string{" + name + " = {…}}")) {
            return;
        }
        BibText v = value(name);
        if (v == null) {
            skipToNextEntry();
            return;
        }
        macros.put(name.toLowerCase(Locale.ROOT), v);
        closeItem(at, close, "@string{" + name + "}");
    }

    /** After the one value of @string or @preamble: an optional comma, then the closing brace. */
    private void closeItem(int at, char close, String what) {
        skipWs();
        if (i < s.length() && s.charAt(i) == ',') {
            i++;
            skipWs();
        }
        if (i < s.length() && s.charAt(i) == close) {
            i++;
            return;
        }
        diagnostics.error(i < s.length() ? src.pos(i) : src.pos(at), what + " is not closed", "add '" + close + "' after its value");
        skipToNextEntry();
    }

    private String regular(String type, int at, char close) {
        skipWs();
        int keyAt = i;
        while (i < s.length() && isKeyChar(s.charAt(i), close)) {
            i++;
        }
        String key = s.substring(keyAt, i);
        if (key.isEmpty()) {
            diagnostics.error(src.pos(keyAt), "the @" + type + " entry has no citation key",
                    "write @" + type + "{key, title = {…}, …}: the key names the entry");
            skipToNextEntry();
            return null;
        }
        SourcePos keyPos = src.pos(keyAt);
        SourcePos first = keys.putIfAbsent(key.toLowerCase(Locale.ROOT), keyPos);
        if (first != null) {
            diagnostics.error(keyPos, "the key '" + key + "' is used twice; first at " + first.line() + ":" + first.column(),
                    "citation keys are unique (case does not count): rename one of them");
        }
        Map<String, BibField> fields = new LinkedHashMap<>();
        int before = diagnostics.all().size();
        boolean closed = fields(key, at, close, fields);
        if (first == null) {
            entries.add(new BibEntry(type, key, src.pos(at), keyPos, fields, entries.size(),
                    closed && diagnostics.all().size() == before));
        }
        return closed ? key : null;
    }

    /** The fields of an entry, {@code i} just after its key. Returns whether the entry was closed as it should be. */
    private boolean fields(String key, int at, char close, Map<String, BibField> fields) {
        skipWs();
        if (i < s.length() && s.charAt(i) == close) {
            i++;
            return true;
        }
        if (i < s.length() && s.charAt(i) == ',') {
            i++;
        } else if (i < s.length() && Character.isLetter(s.charAt(i))) {
            diagnostics.error(src.pos(i), "a ',' is missing after the key '" + key + "'", "write @type{" + key + ", title = {…}}");
        } else {
            return notClosed(key, at, close, null);
        }
        BibField last = null;
        while (true) {
            skipWs();
            if (i >= s.length() || atEntryStart(i)) {
                return notClosed(key, at, close, last);
            }
            if (s.charAt(i) == close) {
                i++;
                return true;
            }
            int nameAt = i;
            String name = name();
            if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
                diagnostics.error(src.pos(nameAt), "expected a field name in '" + key + "', found '" + show(nameAt) + "'",
                        "write fields as name = {value}, separated by commas");
                skipToNextEntry();
                return false;
            }
            skipWs();
            if (!expect('=', "expected '=' after the field name '" + name + "'", "write " + name + " = {…}")) {
                return false;
            }
            skipWs();
            int valueAt = i;
            BibText v = value(name);
            if (v == null) {
                skipToNextEntry();
                return false;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            BibField f = new BibField(lower, src.pos(nameAt), v, src.pos(valueAt));
            if (fields.containsKey(lower)) {
                BibField earlier = fields.get(lower);
                diagnostics.error(src.pos(nameAt), "the field '" + lower + "' is given twice in '" + key + "'; first at "
                        + earlier.namePos().line() + ":" + earlier.namePos().column(), "keep one of them");
            } else {
                fields.put(lower, f);
            }
            last = f;
            int end = valueEnd;
            skipWs();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
            } else if (i < s.length() && s.charAt(i) == close) {
                i++;
                return true;
            } else if (i >= s.length() || atEntryStart(i)) {
                return notClosed(key, at, close, last);
            } else if (Character.isLetter(s.charAt(i))) {
                diagnostics.error(src.pos(end), "a ',' is missing after the value of '" + lower + "'",
                        "fields are separated by commas: " + lower + " = {…}, " + peekName() + " = {…}");
            } else {
                diagnostics.error(src.pos(i), "unexpected '" + show(i) + "' after the value of '" + lower + "'",
                        "expected ',' before the next field, or '" + close + "' to end the entry");
                skipToNextEntry();
                return false;
            }
        }
    }

    /** Reports an entry that runs into the next one or the end of the file. */
    private boolean notClosed(String key, int at, char close, BibField last) {
        if (last != null && last.value().text().indexOf('\n') >= 0 && FIELD_LINE.matcher(last.value().text()).find()) {
            diagnostics.error(last.valuePos(), "the value of '" + last.name() + "' runs over the fields after it",
                    "a '}' is missing in it: its braces close only at the end of the entry '" + key + "'");
        } else {
            diagnostics.error(src.pos(at), "the entry '" + key + "' is not closed", "add '" + close + "' after its last field");
        }
        return false;
    }

    // ---- values ------------------------------------------------------------------------------

    /** A value: pieces joined by '#'. Null after reporting a problem. */
    private BibText value(String field) {
        StringBuilder text = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        while (true) {
            skipWs();
            if (i >= s.length()) {
                diagnostics.error(src.pos(i), "the file ends where the value of '" + field + "' should be", null);
                return null;
            }
            char c = s.charAt(i);
            BibText piece;
            if (c == '{') {
                piece = braced(field);
            } else if (c == '"') {
                piece = quoted(field);
            } else if (Character.isDigit(c)) {
                int from = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                piece = literal(from, i);
            } else if (Character.isLetter(c)) {
                piece = macro(field);
            } else {
                diagnostics.error(src.pos(i), "expected the value of '" + field + "', found '" + show(i) + "'",
                        "write the value in braces: " + field + " = {…}");
                return null;
            }
            if (piece == null) {
                return null;
            }
            text.append(piece.text());
            for (int k = 0; k < piece.text().length(); k++) {
                offsets.add(piece.offset(k));
            }
            valueEnd = i;
            skipWs();
            if (i < s.length() && s.charAt(i) == '#') {
                i++;
                continue;
            }
            return new BibText(text.toString(), offsets.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private BibText literal(int from, int to) {
        int[] offsets = new int[to - from];
        for (int k = 0; k < offsets.length; k++) {
            offsets[k] = from + k;
        }
        return new BibText(s.substring(from, to), offsets);
    }

    private BibText macro(String field) {
        int at = i;
        String name = name();
        String lower = name.toLowerCase(Locale.ROOT);
        BibText defined = macros.get(lower);
        String text;
        if (defined != null) {
            text = defined.text();
        } else {
            int month = List.of(MONTHS).indexOf(lower);
            if (month < 0) {
                String close = closest(lower);
                diagnostics.error(src.pos(at), "unknown @string macro '" + name + "'",
                        close != null ? "did you mean '" + close + "'?"
                                : "define it before this entry with @string{" + name + " = {…}}, or write the value in braces: {"
                                        + name + "}");
                return null;
            }
            text = MONTH_NAMES[month];
        }
        // The macro's text stands where the macro is used.
        int[] offsets = new int[text.length()];
        java.util.Arrays.fill(offsets, at);
        return new BibText(text, offsets);
    }

    private String closest(String name) {
        String best = null;
        int bestDistance = 3;
        for (String m : macros.keySet()) {
            int d = distance(name, m);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int x = 1; x <= a.length(); x++) {
            cur[0] = x;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(x - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * A value in braces, {@code i} at its '{': the text inside the outer braces (inner braces
     * kept). A brace never closed is reported at the innermost '{' still open: at the next entry
     * (an '@' starting a line, which no value holds in practice) or at the end of the file.
     * {@code field} null: a @comment, skipped.
     */
    private BibText braced(String field) {
        int from = i + 1;
        List<Integer> open = new ArrayList<>();
        open.add(i);
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '{') {
                open.add(j);
            } else if (c == '}') {
                open.remove(open.size() - 1);
                if (open.isEmpty()) {
                    i = j + 1;
                    return literal(from, j);
                }
            } else if (c == '\\' && j + 1 < s.length() && (s.charAt(j + 1) == '{' || s.charAt(j + 1) == '}')) {
                j++;
            } else if (c == '\n' && field != null && atEntryStart(j + 1)) {
                break;
            }
            j++;
        }
        unclosed(open.get(open.size() - 1), '{', field, j);
        return null;
    }

    /** A value in quotes, {@code i} at its '"'. Braces inside must balance; a '"' inside braces is text. */
    private BibText quoted(String field) {
        int from = i + 1;
        List<Integer> open = new ArrayList<>();
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '{') {
                open.add(j);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    diagnostics.error(src.pos(j), "a '}' without its '{' in the value of '" + field + "'",
                            "delete it, or add the '{' it closes");
                    i = j;
                    return null;
                }
                open.remove(open.size() - 1);
            } else if (c == '\\' && j + 1 < s.length() && (s.charAt(j + 1) == '{' || s.charAt(j + 1) == '}')) {
                j++;
            } else if (c == '"' && open.isEmpty()) {
                i = j + 1;
                return literal(from, j);
            } else if (c == '\n' && atEntryStart(j + 1)) {
                break;
            }
            j++;
        }
        int at = open.isEmpty() ? i : open.get(open.size() - 1);
        unclosed(at, open.isEmpty() ? '"' : '{', field, j);
        return null;
    }

    private void unclosed(int at, char what, String field, int stop) {
        String where = stop >= s.length() ? "the end of the file" : "the next entry, at " + src.pos(stop + 1).line() + ":"
                + src.pos(stop + 1).column();
        String of = field == null ? "in the @comment" : "in the value of '" + field + "'";
        diagnostics.error(src.pos(at), "the '" + what + "' " + of + " is never closed",
                "add the missing '" + (what == '{' ? '}' : '"') + "': the value runs to " + where);
        i = stop;
    }

    // ---- small pieces ------------------------------------------------------------------------------

    /** Whether an entry starts at {@code at}: an '@' and a type, first on its line after spaces. */
    private boolean atEntryStart(int at) {
        int j = at;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '@') {
            return false;
        }
        int lineStart = j;
        while (lineStart > 0 && (s.charAt(lineStart - 1) == ' ' || s.charAt(lineStart - 1) == '\t')) {
            lineStart--;
        }
        if (lineStart > 0 && s.charAt(lineStart - 1) != '\n' && s.charAt(lineStart - 1) != '\r') {
            return false;
        }
        j++;
        int nameFrom = j;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j > nameFrom && j < s.length() && (s.charAt(j) == '{' || s.charAt(j) == '(');
    }

    private boolean expect(char c, String message, String hint) {
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        diagnostics.error(src.pos(i), message + (i < s.length() ? ", found '" + show(i) + "'" : ""), hint);
        skipToNextEntry();
        return false;
    }

    private String name() {
        int from = i;
        while (i < s.length() && isNameChar(s.charAt(i))) {
            i++;
        }
        return s.substring(from, i);
    }

    private String peekName() {
        int j = i;
        while (j < s.length() && isNameChar(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j);
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "_-:.+/".indexOf(c) >= 0);
    }

    private static boolean isKeyChar(char c, char close) {
        return !Character.isWhitespace(c) && c != ',' && c != '{' && c != '}' && c != '(' && c != close && c != '"' && c != '='
                && c != '#' && c != '%';
    }

    /** The character at {@code at}, as a message shows it. */
    private String show(int at) {
        if (at >= s.length()) {
            return "the end of the file";
        }
        int cp = s.codePointAt(at);
        return cp == '\n' || cp == '\r' ? "a line break" : new String(Character.toChars(cp));
    }

    private void skipWs() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private void skipLine() {
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
    }

    /** Goes on at the next line that starts an entry, or the end of the file. */
    private void skipToNextEntry() {
        while (i < s.length()) {
            if ((s.charAt(i) == '\n' || s.charAt(i) == '\r') && atEntryStart(i + 1)) {
                i++;
                while (s.charAt(i) != '@') {
                    i++;
                }
                return;
            }
            i++;
        }
    }
}
