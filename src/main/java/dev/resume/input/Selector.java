package dev.resume.input;

import dev.resume.format.Fields;
import dev.resume.format.CommonKeys;
import dev.resume.format.EntryFormats;
import dev.resume.format.ExperienceFormat;
import dev.resume.format.FormatSpec;
import dev.resume.format.LetterFormat;
import dev.resume.syntax.YNode;

import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.model.Entry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the sections and entries a render asks for, on the located YAML tree (after the
 * variant's base is merged in): by tags (a section's {@code limit} is checked here, and applied by the
 * loader after the section's {@code sort}), then the sections
 * named by {@code only} and {@code omit}. The rules (docs/format.md, "Selecting"):
 * <ul>
 *   <li>with tags selected, an entry, a role, a bullet or a section that carries tags is kept
 *       when one of them is selected; one that carries none is always kept (it is for every
 *       reader);</li>
 *   <li>a section whose entries are all left out is left out too;</li>
 *   <li>{@code only} keeps the sections it names, in its order (a hidden one shows);
 *       {@code omit} leaves out those it names;</li>
 *   <li>the command line's {@code --tags}, {@code --only} and {@code --omit} replace the file's.</li>
 * </ul>
 * It also checks the keys it reads ({@code tags}, {@code limit}, {@code id}) in every file, selected or not.
 */
final class Selector {
    private final Diagnostics diagnostics;
    private final Selection cli;
    private final Path file;
    /** The selected tags in lower case, or null for no tag selection. */
    private Set<String> tags;
    private final Set<String> tagsInUse = new LinkedHashSet<>();

    Selector(Diagnostics diagnostics, Selection cli, Path file) {
        this.diagnostics = diagnostics;
        this.cli = cli;
        this.file = file;
    }

    private record Choice(List<String> values, List<SourcePos> places) {}

    YNode apply(YNode root) {
        if (!(root instanceof YNode.Map map)) {
            return root;
        }
        Choice fileTags = null;
        Choice only = null;
        Choice omit = null;
        YNode.Entry select = map.get("select");
        if (select != null && !(select.value() instanceof YNode.Scalar s && s.isNull())) {
            Fields f = Fields.of(select.value(), FormatSpec.SELECT, diagnostics);
            if (f != null) {
                fileTags = choice(f, "tags");
                only = choice(f, "only");
                omit = choice(f, "omit");
                f.finish();
            }
        }
        Choice tagChoice = cli.tags() != null ? fromCli(cli.tags()) : fileTags;
        if (cli.only() != null) {
            only = fromCli(cli.only());
        }
        if (cli.omit() != null) {
            omit = fromCli(cli.omit());
        }
        if (tagChoice != null) {
            tags = new LinkedHashSet<>();
            for (String t : tagChoice.values()) {
                tags.add(t.toLowerCase(Locale.ROOT));
            }
        }
        List<YNode.Entry> out = new ArrayList<>();
        for (YNode.Entry e : map.entries()) {
            if (e.key().equals("select")) {
                continue;
            }
            if (e.key().equals("sections") && e.value() instanceof YNode.Seq seq) {
                out.add(new YNode.Entry(e.key(), e.keyPos(), sections(seq, only, omit)));
            } else if (e.key().equals("letter") && e.value() instanceof YNode.Map letter) {
                out.add(new YNode.Entry(e.key(), e.keyPos(), letter(letter)));
            } else {
                out.add(e);
            }
        }
        if (tagChoice != null) {
            for (int i = 0; i < tagChoice.values().size(); i++) {
                String t = tagChoice.values().get(i);
                if (!tagsInUse.contains(t.toLowerCase(Locale.ROOT))) {
                    String close = Suggest.closest(t.toLowerCase(Locale.ROOT), tagsInUse);
                    diagnostics.warning(tagChoice.places().get(i), "no entry or section has the tag '" + t + "'",
                            close != null ? "did you mean '" + close + "'?"
                                    : tagsInUse.isEmpty() ? "add `tags: [" + t + "]` to the entries it should keep"
                                    : "tags in use: " + Suggest.list(tagsInUse));
                }
            }
        }
        return new YNode.Map(out, map.pos());
    }

    private Choice choice(Fields f, String key) {
        if (!f.has(key)) {
            return null;
        }
        List<String> values = f.strings(key);
        List<SourcePos> places = new ArrayList<>();
        YNode n = f.node(key);
        List<YNode> items = n instanceof YNode.Seq s ? s.items() : List.of(n);
        for (int i = 0; i < values.size(); i++) {
            places.add(i < items.size() ? items.get(i).pos() : n.pos());
        }
        return new Choice(values, places);
    }

    private Choice fromCli(List<String> values) {
        return new Choice(values, values.stream().map(v -> SourcePos.unknown(file)).toList());
    }

    private YNode sections(YNode.Seq seq, Choice only, Choice omit) {
        List<YNode> kept = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> allIds = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Map m)) {
                kept.add(item);
                ids.add(null);
                continue;
            }
            String id = EntryIds.sectionId(m);
            allIds.add(id);
            YNode section = section(m);
            if (section != null) {
                kept.add(section);
                ids.add(id);
            }
        }
        if (omit != null) {
            for (int i = 0; i < omit.values().size(); i++) {
                String id = omit.values().get(i);
                if (known(id, allIds, omit.places().get(i), cli.omit() != null ? "--omit" : "omit")) {
                    int at;
                    while ((at = ids.indexOf(id)) >= 0) {
                        ids.remove(at);
                        kept.remove(at);
                    }
                }
            }
        }
        if (only != null) {
            List<YNode> chosen = new ArrayList<>();
            for (int i = 0; i < only.values().size(); i++) {
                String id = only.values().get(i);
                if (!known(id, allIds, only.places().get(i), cli.only() != null ? "--only" : "only")) {
                    continue;
                }
                int at = ids.indexOf(id);
                if (at >= 0) {
                    chosen.add(shown((YNode.Map) kept.get(at)));
                }
            }
            kept = chosen;
        }
        return new YNode.Seq(kept, seq.pos());
    }

    private boolean known(String id, List<String> ids, SourcePos pos, String option) {
        if (ids.contains(id)) {
            return true;
        }
        List<String> known = ids.stream().filter(java.util.Objects::nonNull).toList();
        String close = Suggest.closest(id, known);
        diagnostics.error(pos, option + " names no section '" + id + "'",
                close != null ? "did you mean '" + close + "'?" : "sections: " + Suggest.list(known));
        return false;
    }

    /** A hidden section named by {@code only} shows. */
    private static YNode.Map shown(YNode.Map section) {
        if (section.get("hidden") == null) {
            return section;
        }
        return new YNode.Map(section.entries().stream().filter(e -> !e.key().equals("hidden")).toList(), section.pos());
    }

    /** The section with its entries selected, or null when it is left out. */
    private YNode section(YNode.Map section) {
        Fields f = Fields.of(section, FormatSpec.SECTION, diagnostics);
        if (!keep(f)) {
            return null;
        }
        Integer limit = f.integer("limit");
        if (limit != null && limit < 1) {
            diagnostics.error(f.keyPos("limit"), "'limit' must be 1 or more", "leave the section out with select: {omit: [...]}");
            limit = null;
        }
        Entry.Kind kind = EntryIds.kindOf(section);
        if (kind == null) {
            return section;
        }
        YNode.Entry content = section.get(kind.key());
        if (!(content.value() instanceof YNode.Seq seq)) {
            return section;
        }
        FormatSpec.Shape shape = EntryFormats.of(kind).shape();
        List<YNode> kept = new ArrayList<>();
        Set<String> explicitIds = new java.util.HashSet<>();
        for (YNode entry : seq.items()) {
            if (shape == null || !(entry instanceof YNode.Map m)) {
                kept.add(entry);
                continue;
            }
            Fields ef = Fields.of(m, shape, diagnostics);
            String id = ef.string("id");
            if (id != null && !id.isBlank() && !explicitIds.add(id.strip())) {
                diagnostics.error(ef.keyPos("id"), "two entries of this section have the id '" + id.strip() + "'",
                        "give each its own id");
            }
            if (keep(ef)) {
                kept.add(inner(m));
            }
        }
        // The limit itself is applied by the loader, after the section's sort: "the five newest".
        if (kept.isEmpty() && !seq.items().isEmpty()) {
            return null;
        }
        List<YNode.Entry> out = new ArrayList<>();
        for (YNode.Entry e : section.entries()) {
            out.add(e == content ? new YNode.Entry(e.key(), e.keyPos(), new YNode.Seq(kept, seq.pos())) : e);
        }
        return new YNode.Map(out, section.pos());
    }

    /** An entry with its roles and bullets selected. */
    private YNode inner(YNode.Map entry) {
        List<YNode.Entry> out = null;
        for (int i = 0; i < entry.entries().size(); i++) {
            YNode.Entry e = entry.entries().get(i);
            FormatSpec.Shape shape = switch (e.key()) {
                case "roles" -> ExperienceFormat.ROLE_SHAPE;
                case "bullets" -> CommonKeys.BULLET;
                default -> null;
            };
            if (shape == null || !(e.value() instanceof YNode.Seq seq)) {
                continue;
            }
            List<YNode> kept = new ArrayList<>();
            for (YNode item : seq.items()) {
                if (!(item instanceof YNode.Map m)) {
                    kept.add(item);
                    continue;
                }
                Fields f = Fields.of(m, shape, diagnostics);
                if (shape == CommonKeys.BULLET) {
                    f.string("id");
                }
                if (keep(f)) {
                    kept.add(inner(m));
                }
            }
            if (kept.size() != seq.items().size()) {
                if (out == null) {
                    out = new ArrayList<>(entry.entries());
                }
                out.set(i, new YNode.Entry(e.key(), e.keyPos(), new YNode.Seq(kept, seq.pos())));
            }
        }
        return out == null ? entry : new YNode.Map(out, entry.pos());
    }

    /**
     * The letter with its body's paragraphs selected by their tags, as entries are: one letter
     * can hold the paragraph for each kind of application.
     */
    private YNode letter(YNode.Map letter) {
        YNode.Entry body = letter.get("body");
        if (body == null || !(body.value() instanceof YNode.Seq seq)) {
            return letter;
        }
        List<YNode> kept = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Map m) || keep(Fields.of(m, LetterFormat.PARAGRAPH, diagnostics))) {
                kept.add(item);
            }
        }
        if (kept.size() == seq.items().size()) {
            return letter;
        }
        List<YNode.Entry> out = new ArrayList<>();
        for (YNode.Entry e : letter.entries()) {
            out.add(e == body ? new YNode.Entry(e.key(), e.keyPos(), new YNode.Seq(kept, seq.pos())) : e);
        }
        return new YNode.Map(out, letter.pos());
    }

    /** Whether a mapping's tags let it stay; records the tags it carries. */
    private boolean keep(Fields f) {
        if (f == null || !f.has("tags")) {
            return true;
        }
        List<String> own = f.strings("tags");
        boolean match = false;
        for (String t : own) {
            String lower = t.toLowerCase(Locale.ROOT);
            tagsInUse.add(lower);
            match |= tags != null && tags.contains(lower);
        }
        return tags == null || own.isEmpty() || match;
    }
}
