package dev.resume.input;

import dev.resume.syntax.YNode;

import dev.resume.format.EntryFormats;
import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.model.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * The names variants use for sections and entries. A section is named by its {@code id}, else by
 * its title in lower case with dashes ("Selected Publications" is {@code selected-publications});
 * an entry by its {@code id}, else by the field that names it (an education entry by its
 * institution, an experience entry by its organisation, a publication by its title...). A
 * reference may also be the first words of a name ({@code skyrl} for
 * {@code skyrl-a-modular-full-stack-rl-library-for-llms}) when only one entry starts with them.
 */
final class EntryIds {
    private EntryIds() {}

    /** The kind of a section mapping: its first content key; null when it has none. */
    static Entry.Kind kindOf(YNode.Map section) {
        for (YNode.Entry e : section.entries()) {
            for (Entry.Kind k : Entry.Kind.values()) {
                if (k.key().equals(e.key())) {
                    return k;
                }
            }
        }
        return null;
    }

    /** A section's id: its {@code id:}, else its title as a slug; null when it has neither. */
    static String sectionId(YNode.Map section) {
        String id = scalar(section, "id");
        if (id != null) {
            return id;
        }
        String title = scalar(section, "title");
        return title == null ? null : ResumeLoader.slug(title);
    }

    /**
     * The tree with an {@code id:} written into each section whose title is in several languages
     * and that has none: its first language's title, as {@link #sectionId} names it. The
     * language view then replaces the title, and the section keeps its name in every language
     * (for bookmarks, {@code --only} and links to it).
     */
    static YNode namedSections(YNode root) {
        if (!(root instanceof YNode.Map top) || !(top.get("sections") != null && top.get("sections").value() instanceof YNode.Seq seq)) {
            return root;
        }
        List<YNode> sections = new ArrayList<>();
        boolean changed = false;
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Map m && m.get("id") == null && m.get("title") != null
                    && m.get("title").value() instanceof YNode.Map title && dev.resume.format.LanguageView.isLanguageMap(title)) {
                String id = sectionId(m);
                if (id != null) {
                    List<YNode.Entry> entries = new ArrayList<>(m.entries());
                    YNode.Entry t = m.get("title");
                    entries.add(new YNode.Entry("id", t.keyPos(), new YNode.Scalar(id, false, false, false, t.value().pos())));
                    item = new YNode.Map(List.copyOf(entries), m.pos());
                    changed = true;
                }
            }
            sections.add(item);
        }
        if (!changed) {
            return root;
        }
        List<YNode.Entry> entries = new ArrayList<>();
        for (YNode.Entry e : top.entries()) {
            entries.add(e.key().equals("sections") ? new YNode.Entry(e.key(), e.keyPos(), new YNode.Seq(List.copyOf(sections), seq.pos())) : e);
        }
        return new YNode.Map(List.copyOf(entries), top.pos());
    }

    /** An entry's id, or null when nothing names it. Bullets and paragraphs written as bare texts are named by their text. */
    static String entryId(Entry.Kind kind, YNode entry) {
        if (entry instanceof YNode.Map m && dev.resume.format.LanguageView.isLanguageMap(m)) {
            // A bullet or a paragraph in several languages: named by its first language's text.
            entry = dev.resume.format.LanguageView.first(m);
        }
        if (entry instanceof YNode.Scalar s) {
            return s.isNull() ? null : ResumeLoader.slug(s.text());
        }
        if (entry instanceof YNode.Map m) {
            String id = scalar(m, "id");
            if (id != null) {
                return id;
            }
            String key = EntryFormats.of(kind).nameKey();
            String name = key == null ? null : scalar(m, key);
            return name == null ? null : ResumeLoader.slug(name);
        }
        return null;
    }

    static List<String> entryIds(Entry.Kind kind, List<YNode> entries) {
        List<String> ids = new ArrayList<>();
        for (YNode e : entries) {
            ids.add(entryId(kind, e));
        }
        return ids;
    }

    /**
     * The index of the one entry {@code ref} names among {@code ids}, or -1 after reporting
     * why none or several do.
     *
     * @param where "the base section 'experience'", for messages
     */
    static int find(String ref, List<String> ids, SourcePos pos, String where, Diagnostics diagnostics) {
        List<Integer> exact = new ArrayList<>();
        List<Integer> prefix = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            if (id.equals(ref)) {
                exact.add(i);
            } else if (id.startsWith(ref + "-")) {
                prefix.add(i);
            }
        }
        List<Integer> found = !exact.isEmpty() ? exact : prefix;
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            List<String> known = ids.stream().filter(java.util.Objects::nonNull).toList();
            String close = Suggest.closest(ref, known);
            diagnostics.error(pos, where + " has no entry '" + ref + "'",
                    close != null ? "did you mean '" + close + "'?" : known.isEmpty() ? null : "its entries: " + Suggest.list(known));
            return -1;
        }
        List<String> names = found.stream().map(ids::get).distinct().toList();
        diagnostics.error(pos, "'" + ref + "' names " + found.size() + " entries of " + where + ": " + Suggest.list(names),
                exact.size() > 1 ? "give each of them its own `id:` in the base" : "write more of the name");
        return -1;
    }

    /**
     * The text of a scalar value, stripped; null when absent, empty or not a scalar. A text in
     * several languages gives its first language's text, so that a section's or an entry's name
     * is the same in every language the file is rendered in.
     */
    static String scalar(YNode.Map map, String key) {
        YNode.Entry e = map.get(key);
        if (e != null && e.value() instanceof YNode.Map m && dev.resume.format.LanguageView.isLanguageMap(m)) {
            e = new YNode.Entry(key, e.keyPos(), dev.resume.format.LanguageView.first(m));
        }
        if (e != null && e.value() instanceof YNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return s.text().strip();
        }
        return null;
    }
}
