package dev.resume.format;

import dev.resume.syntax.YNode;

import dev.resume.text.Urls;
import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.model.Dates;
import dev.resume.model.PartialDate;
import dev.resume.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fields of one YAML mapping, reporting wrong types and, at {@link #finish()},
 * unknown keys with the closest valid one.
 */
public final class Fields {
    private final YNode.Map map;
    private final String noun;
    private final List<String> allowed;
    /** The declared mapping, which says which keys are required; null for the theme's ad hoc mappings. */
    private final FormatSpec.Shape shape;
    private final Diagnostics diagnostics;
    private final List<String> missing = new ArrayList<>();
    /** What to say, and where, for a missing required key instead of "needs 'key'", by key. */
    private final java.util.Map<String, Missing> whenMissing = new java.util.HashMap<>();

    private record Missing(SourcePos pos, String message, String hint) {}

    public Fields(YNode.Map map, String noun, List<String> allowed, Diagnostics diagnostics) {
        this(map, noun, allowed, null, diagnostics);
    }

    private Fields(YNode.Map map, String noun, List<String> allowed, FormatSpec.Shape shape, Diagnostics diagnostics) {
        this.map = map;
        this.noun = noun;
        this.allowed = allowed;
        this.shape = shape;
        this.diagnostics = diagnostics;
    }

    /** Wraps a node that must be a mapping; reports and returns null otherwise. */
    public static Fields of(YNode node, String noun, List<String> allowed, Diagnostics diagnostics) {
        return of(node, noun, allowed, null, diagnostics);
    }

    /**
     * Wraps a node that must be a mapping of {@code shape}: its keys are the shape's, and
     * {@link #finish()} reports the shape's required keys that are missing.
     */
    public static Fields of(YNode node, FormatSpec.Shape shape, Diagnostics diagnostics) {
        return of(node, shape.noun(), shape.keys(), shape, diagnostics);
    }

    private static Fields of(YNode node, String noun, List<String> allowed, FormatSpec.Shape shape, Diagnostics diagnostics) {
        if (node instanceof YNode.Map m) {
            return new Fields(m, noun, allowed, shape, diagnostics);
        }
        diagnostics.error(node.pos(), "expected " + noun + " (a mapping of keys), found " + node.describe(),
                "valid keys here: " + Suggest.list(allowed));
        return null;
    }

    public SourcePos pos() {
       return map.pos();
    }

    public boolean has(String key) {
        YNode.Entry e = map.get(key);
        return e != null && !(e.value() instanceof YNode.Scalar s && s.isNull());
    }

    public YNode node(String key) {
        check(key);
        YNode.Entry e = map.get(key);
        if (e == null || (e.value() instanceof YNode.Scalar s && s.isNull())) {
            return null;
        }
        return e.value();
    }

    public SourcePos keyPos(String key) {
        YNode.Entry e = map.get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    public Text text(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s) {
            return text(s, diagnostics);
        }
        if (n instanceof YNode.Map m && LanguageView.explain(m, key, diagnostics)) {
            return null;
        }
        diagnostics.error(n.pos(), "'" + key + "' in " + noun + " must be a text, found " + n.describe(),
                n instanceof YNode.Map ? "a value containing ': ' must be quoted" : null);
        return null;
    }

    public Text requiredText(String key) {
        if (shape != null && (shape.field(key) == null || !shape.field(key).required())) {
            throw new IllegalStateException("binder reads " + key + " of " + noun + " as required; FormatSpec does not");
        }
        Text t = text(key);
        if (t == null && node(key) == null) {
            // Reported by finish(), unless a misspelt key there is this one. A declared shape's
            // required keys are all checked there, read or not.
            if (shape == null) {
                missing.add(key);
            }
        } else if (t != null && t.isBlank()) {
            diagnostics.error(t.pos(), "'" + key + "' in " + noun + " is empty", null);
        }
        return t;
    }

    public String string(String key) {
        Text t = text(key);
        return t == null ? null : t.markdown();
    }

    public Integer integer(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s && s.text().strip().matches("\\d{1,9}")) {
            return Integer.parseInt(s.text().strip());
        }
        diagnostics.error(n.pos(), "'" + key + "' in " + noun + " must be a whole number", null);
        return null;
    }

    public boolean bool(String key) {
        YNode n = node(key);
        if (n == null) {
            return false;
        }
        if (n instanceof YNode.Scalar s) {
            String v = s.text().strip().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("yes")) {
                return true;
            }
            if (v.equals("false") || v.equals("no")) {
                return false;
            }
        }
        diagnostics.error(n.pos(), "'" + key + "' in " + noun + " must be true or false", null);
        return false;
    }

    /**
     * A key of kind {@link FormatSpec.Kind#BOOLEAN_OR_SHAPE}, as written: a switch, or a mapping,
     * which means true and says how. {@code fields} is the mapping's, to read and finish; null
     * for a switch.
     */
    public record Switch(boolean on, Fields fields) {}

    /** The switch or mapping under {@code key}; null when it is absent or neither (reported). */
    public Switch switchOrShape(String key) {
        FormatSpec.Field f = shape == null ? null : shape.field(key);
        if (f == null || f.kind() != FormatSpec.Kind.BOOLEAN_OR_SHAPE) {
            throw new IllegalStateException("binder reads " + key + " of " + noun + " as a switch or mapping; FormatSpec does not");
        }
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Map) {
            return new Switch(true, of(n, f.shape(), diagnostics));
        }
        if (n instanceof YNode.Scalar s) {
            String v = s.text().strip().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("yes") || v.equals("false") || v.equals("no")) {
                return new Switch(v.equals("true") || v.equals("yes"), null);
            }
        }
        diagnostics.error(n.pos(), "'" + key + "' in " + noun + " must be true or false, or " + f.shape().noun()
                + " (a mapping of keys), found " + n.describe(), "valid keys of the mapping: " + Suggest.list(f.shape().keys()));
        return null;
    }

    /** A list; a single scalar is accepted as a list of one where {@code scalarOk}. */
    public List<YNode> list(String key, boolean scalarOk) {
        YNode n = node(key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof YNode.Seq seq) {
            return seq.items();
        }
        if (scalarOk && n instanceof YNode.Scalar) {
            return List.of(n);
        }
        if (n instanceof YNode.Map m && LanguageView.explain(m, key, diagnostics)) {
            return List.of();
        }
        diagnostics.error(n.pos(), "'" + key + "' in " + noun + " must be a list, found " + n.describe(),
                "write each item on its own line, starting with '- '");
        return List.of();
    }

    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (YNode item : list(key, true)) {
            if (item instanceof YNode.Scalar s && !s.isNull()) {
                out.add(s.text().strip());
            } else {
                diagnostics.error(item.pos(), "each item of '" + key + "' must be a text, found " + item.describe(), null);
            }
        }
        return out;
    }

    public PartialDate date(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof YNode.Scalar s)) {
            diagnostics.error(n.pos(), "'" + key + "' must be a date, found " + n.describe(), null);
            return null;
        }
        return switch (DateParser.parse(s.text())) {
            case DateParser.Ok ok -> ok.date();
            case DateParser.Bad bad -> {
                diagnostics.error(s.pos(), bad.message(), bad.hint());
                yield null;
            }
        };
    }

    public Dates dates() {
        PartialDate date = date("date");
        PartialDate start = date("start");
        PartialDate end = date("end");
        boolean expected = bool("expected");
        Text when = text("when");
        if (date != null && (start != null || end != null)) {
            diagnostics.error(keyPos("date"), "give either 'date' or 'start'/'end', not both", null);
        }
        if (end != null && !has("start") && !has("date")) {
            diagnostics.error(keyPos("end"), "'end' without 'start'", "add `start:`, or write a single date as `date:`");
        }
        if (start != null && end != null && !end.present() && before(end, start)) {
            diagnostics.error(keyPos("end"), "'end' is before 'start'", null);
        }
        if (date != null && date.present()) {
            diagnostics.error(keyPos("date"), "'date: present' has no start", "write `start: 2024-01` and `end: present`");
        }
        if (when != null && (date != null || start != null)) {
            diagnostics.error(keyPos("when"), "give either 'when' (free text) or structured dates, not both", null);
        }
        if (expected && end == null && date == null) {
            diagnostics.error(keyPos("expected"), "'expected' needs an 'end' (or 'date') to qualify", null);
        }
        return new Dates(start != null ? start : date, end, expected, when);
    }

    /**
     * Whether {@code a} is surely before {@code b}, compared at the precision both give: an end
     * of {@code 2024} is not before a start of {@code 2024-05}.
     */
    public static boolean before(PartialDate a, PartialDate b) {
        if (b.present()) {
            return !a.present();
        }
        if (a.year() != b.year()) {
            return a.year() < b.year();
        }
        if (a.month() == 0 || b.month() == 0 || a.month() != b.month()) {
            return a.month() != 0 && b.month() != 0 && a.month() < b.month();
        }
        return a.day() != 0 && b.day() != 0 && a.day() < b.day();
    }

    /**
     * A scalar as a text field, its Markdown parsed once for every stage after. Links written in
     * it are checked here, so that they are reported with the rest of the file's errors.
     */
    public static Text text(YNode.Scalar s, Diagnostics diagnostics) {
        return Text.parsed(s.text(), s.pos(), diagnostics);
    }

    /** A link target; only web, mail and phone links are allowed. Adds https:// to bare domains. */
    public String url(String key) {
        Text t = text(key);
        if (t == null) {
            return null;
        }
        return Urls.check(t.markdown().strip(), t.pos(), diagnostics);
    }

    public void check(String key) {
        if (!allowed.contains(key)) {
            throw new IllegalStateException("binder reads undeclared key " + key + " of " + noun);
        }
    }

    /**
     * What {@link #finish()} says, and where, if the required {@code key} is missing: for a key
     * whose absence means something else in this file (a letter without a name and no CV).
     */
    public void whenMissing(String key, SourcePos pos, String message, String hint) {
        whenMissing.put(key, new Missing(pos, message, hint));
    }

    private void reportMissing(String key, String hint) {
        Missing d = whenMissing.get(key);
        if (d != null) {
            diagnostics.error(d.pos(), d.message(), d.hint());
        } else {
            diagnostics.error(map.pos(), noun + " needs '" + key + "'", hint);
        }
    }

    /** Reports every key that is not one of the allowed keys, and required keys that are missing. */
    public void finish() {
        List<String> suggested = new ArrayList<>();
        for (YNode.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                String close = Suggest.closest(e.key(), allowed);
                suggested.add(close);
                diagnostics.error(e.keyPos(), "unknown key '" + e.key() + "' in " + noun
                                + (close != null ? "; did you mean '" + close + "'?" : ""),
                        close != null ? null : "valid keys: " + Suggest.list(allowed));
            }
        }
        if (shape != null) {
            for (FormatSpec.Field f : shape.fields()) {
                if (f.required() && node(f.key()) == null && !suggested.contains(f.key())) {
                    reportMissing(f.key(), f.missingHint() != null ? f.missingHint() : "add `" + f.key() + ": …`");
                }
            }
            for (FormatSpec.Rule r : shape.rules()) {
                if (r instanceof FormatSpec.RequiredUnless u && node(u.key()) == null && node(u.other()) == null
                        && !suggested.contains(u.key()) && !suggested.contains(u.other())) {
                    String hint = shape.field(u.key()).missingHint();
                    reportMissing(u.key(), hint != null ? hint : "add `" + u.key() + ": …`");
                }
            }
        }
        for (String key : missing) {
            if (!suggested.contains(key)) {
                reportMissing(key, "add `" + key + ": …`");
            }
        }
        missing.clear();
    }
}
