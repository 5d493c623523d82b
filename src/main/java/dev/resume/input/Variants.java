package dev.resume.input;

import dev.resume.syntax.SourceFile;
import dev.resume.format.Fields;
import dev.resume.format.FormatSpec;
import dev.resume.syntax.YNode;
import dev.resume.syntax.YamlReader;

import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.model.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resolves {@code extends:}: reads the base résumé (and its own base, and so on) and merges the
 * variant into it, on the located YAML trees, so that whatever is wrong after the merge is still
 * reported in the file and at the line where it was written. The rules (docs/format.md,
 * "Variants"):
 * <ul>
 *   <li>a key of the variant replaces the base's; {@code show}, {@code dates}, {@code authors} and {@code select} are merged key
 *       by key; an empty value removes the base's;</li>
 *   <li>a section of the variant that names a section of the base (by id, or by title) changes
 *       it: its keys replace the base section's; a content key ({@code publications:}) replaces
 *       the entries; {@code remove}, {@code change}, {@code prepend} and {@code append} edit
 *       them, in that order;</li>
 *   <li>any other section of the variant is added at the end; {@code order} rearranges the
 *       sections.</li>
 * </ul>
 */
final class Variants {
    /** Deeper chains are mistakes, not designs. */
    static final int MAX_DEPTH = 16;

    /** The résumé tree with its bases merged in, and the files it came from (itself first). */
    record Resolved(YNode root, List<Path> sources) {}

    private final Diagnostics diagnostics;
    private final BibImport bib;

    /** {@code bib} turns each base's {@code bib:} sections into publications as the base is read. */
    Variants(Diagnostics diagnostics, BibImport bib) {
        this.diagnostics = diagnostics;
        this.bib = bib;
    }

    Resolved resolve(Path file, YNode root) {
        if (!(root instanceof YNode.Map map) || map.get("extends") == null) {
            return new Resolved(root, List.of(file));
        }
        List<Path> chain = new ArrayList<>();
        chain.add(file.toAbsolutePath().normalize());
        return variant(file, map, chain);
    }

    private Resolved variant(Path file, YNode.Map variant, List<Path> chain) {
        Fields f = Fields.of(variant, FormatSpec.VARIANT, diagnostics);
        f.finish();
        YNode.Entry ext = variant.get("extends");
        if (!(ext.value() instanceof YNode.Scalar s) || s.isNull() || s.text().isBlank()) {
            diagnostics.error(ext.value().pos(), "'extends' must name the base résumé file, found " + ext.value().describe(),
                    "write `extends: cv.yml`, a path relative to this file");
            diagnostics.throwIfErrors();
            throw new IllegalStateException();
        }
        Path folder = parent(file);
        Path base = folder.resolve(s.text().strip()).normalize();
        Path key = base.toAbsolutePath().normalize();
        // Without its base a variant cannot be checked further: stop at these, but only at these.
        boolean noBase = true;
        if (chain.contains(key)) {
            List<String> names = new ArrayList<>();
            for (Path p : chain.subList(chain.indexOf(key), chain.size())) {
                names.add(p.getFileName().toString());
            }
            names.add(key.getFileName().toString());
            diagnostics.error(s.pos(), "a loop of extends: " + String.join(" → ", names),
                    "a résumé cannot extend itself, or one of its own variants");
        } else if (chain.size() > MAX_DEPTH) {
            diagnostics.error(s.pos(), "more than " + MAX_DEPTH + " résumés extend one another here", "is there a loop of links?");
        } else if (!Files.isRegularFile(base)) {
            diagnostics.error(s.pos(), "cannot find the base résumé '" + s.text().strip() + "'" + (Files.isDirectory(base)
                    ? " (it is a folder)" : ""), hintForMissing(folder, s.text().strip()));
        } else {
            noBase = false;
        }
        if (noBase) {
            diagnostics.throwIfErrors();
        }
        YNode baseRoot;
        int before = diagnostics.all().size();
        try {
            baseRoot = new YamlReader(base, diagnostics).read(SourceFile.read(base));
        } catch (IOException e) {
            diagnostics.error(s.pos(), "cannot read the base résumé '" + s.text().strip() + "': " + e.getMessage(), null);
            diagnostics.throwIfErrors();
            throw new IllegalStateException(e);
        }
        if (diagnostics.all().size() > before) {
            diagnostics.throwIfErrors();
        }
        baseRoot = bib.expand(base, baseRoot);
        if (!(baseRoot instanceof YNode.Map baseMap)) {
            diagnostics.error(baseRoot.pos(), "a résumé is a mapping of keys (name:, sections: …), found " + baseRoot.describe(),
                    null);
            diagnostics.throwIfErrors();
            throw new IllegalStateException();
        }
        Resolved resolved;
        if (baseMap.get("extends") != null) {
            List<Path> longer = new ArrayList<>(chain);
            longer.add(key);
            resolved = variant(base, baseMap, longer);
        } else {
            resolved = new Resolved(baseMap, List.of(base));
        }
        List<Path> sources = new ArrayList<>();
        sources.add(file);
        sources.addAll(resolved.sources());
        return new Resolved(merge((YNode.Map) resolved.root(), variant, base), List.copyOf(sources));
    }

    private static String hintForMissing(Path folder, String written) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml") || n.endsWith(".yaml")).forEach(names::add);
        } catch (IOException e) {
            // no suggestion, then
        }
        String close = Suggest.closest(written, names);
        return close != null ? "did you mean '" + close + "'?" : "extends is a path relative to this file's folder (" + folder + ")";
    }

    private static Path parent(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("");
    }

    // ---- merging -------------------------------------------------------------------------------

    private YNode.Map merge(YNode.Map base, YNode.Map variant, Path baseFile) {
        List<YNode.Entry> out = new ArrayList<>(base.entries());
        List<String> known = FormatSpec.VARIANT.keys();
        YNode.Entry order = null;
        for (YNode.Entry e : variant.entries()) {
            switch (e.key()) {
                case "extends" -> { }
                case "order" -> order = e;
                case "sections" -> {
                    YNode.Entry b = base.get("sections");
                    put(out, b == null ? e : new YNode.Entry("sections", e.keyPos(), sections(b.value(), e.value(), baseFile)));
                }
                case "letter" -> {
                    // A letter per application names only what differs: its keys replace the
                    // base letter's one by one, and the recipient's too.
                    YNode.Entry b = base.get(e.key());
                    if (b != null && b.value() instanceof YNode.Map bm && e.value() instanceof YNode.Map vm) {
                        YNode.Map letter = mergeKeys(bm, vm);
                        YNode.Entry br = bm.get("recipient");
                        YNode.Entry vr = vm.get("recipient");
                        if (br != null && vr != null && br.value() instanceof YNode.Map brm && vr.value() instanceof YNode.Map vrm) {
                            List<YNode.Entry> keys = new ArrayList<>(letter.entries());
                            put(keys, new YNode.Entry("recipient", vr.keyPos(), mergeKeys(brm, vrm)));
                            letter = new YNode.Map(keys, letter.pos());
                        }
                        put(out, new YNode.Entry(e.key(), e.keyPos(), letter));
                    } else {
                        put(out, e);
                    }
                }
                case "show", "dates", "authors", "select" -> {
                    YNode.Entry b = base.get(e.key());
                    put(out, b != null && b.value() instanceof YNode.Map bm && e.value() instanceof YNode.Map vm
                            ? new YNode.Entry(e.key(), e.keyPos(), mergeKeys(bm, vm)) : e);
                }
                default -> {
                    if (known.contains(e.key())) {
                        put(out, e);
                    }
                }
            }
        }
        YNode.Map merged = new YNode.Map(out, variant.pos());
        return order == null ? merged : reorder(merged, order);
    }

    /** Replaces the entry of the same key, or adds it at the end. */
    private static void put(List<YNode.Entry> entries, YNode.Entry e) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(e.key())) {
                entries.set(i, e);
                return;
            }
        }
        entries.add(e);
    }

    private static YNode.Map mergeKeys(YNode.Map base, YNode.Map over) {
        List<YNode.Entry> out = new ArrayList<>(base.entries());
        for (YNode.Entry e : over.entries()) {
            put(out, e);
        }
        return new YNode.Map(out, over.pos());
    }

    private YNode sections(YNode base, YNode variant, Path baseFile) {
        if (!(base instanceof YNode.Seq baseSeq)) {
            return variant;
        }
        if (!(variant instanceof YNode.Seq seq)) {
            diagnostics.error(variant.pos(), "'sections' of a variant must be a list, found " + variant.describe(),
                    "list the sections to change, each with its id: `- id: publications`");
            return base;
        }
        List<YNode> result = new ArrayList<>(baseSeq.items());
        List<String> ids = new ArrayList<>();
        for (YNode item : result) {
            ids.add(item instanceof YNode.Map m ? EntryIds.sectionId(m) : null);
        }
        Set<String> changed = new HashSet<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Map written)) {
                diagnostics.error(item.pos(), "a section of a variant is a mapping, found " + item.describe(),
                        "name the base's section to change with `id:`, or write a whole new section");
                continue;
            }
            Fields.of(written, FormatSpec.SECTION_PATCH, diagnostics).finish();
            YNode.Map patch = known(written, FormatSpec.SECTION_PATCH);
            String id = EntryIds.sectionId(patch);
            int at = id == null ? -1 : ids.indexOf(id);
            boolean edits = FormatSpec.PATCH_KEYS.stream().anyMatch(k -> patch.get(k) != null) || EntryIds.kindOf(patch) == null;
            if (at >= 0) {
                if (!changed.add(id)) {
                    diagnostics.error(patch.pos(), "the section '" + id + "' is changed twice in this variant", "merge the two");
                    continue;
                }
                result.set(at, patchSection((YNode.Map) result.get(at), patch, id));
            } else if (edits) {
                List<String> known = ids.stream().filter(java.util.Objects::nonNull).toList();
                String close = id == null ? null : Suggest.closest(id, known);
                SourcePos pos = patch.get("id") != null ? patch.get("id").value().pos()
                        : patch.get("title") != null ? patch.get("title").value().pos() : patch.pos();
                diagnostics.error(pos, id == null ? "this section names no section of the base: give its `id:`"
                                : "the base (" + baseFile.getFileName() + ") has no section '" + id + "'",
                        close != null ? "did you mean '" + close + "'?" : "its sections: " + Suggest.list(known));
            } else {
                result.add(patch);
                ids.add(id);
            }
        }
        return new YNode.Seq(result, seq.pos());
    }

    /** The mapping without the keys {@code shape} does not declare (reported already). */
    private static YNode.Map known(YNode.Map map, FormatSpec.Shape shape) {
        List<String> keys = shape.keys();
        if (map.entries().stream().allMatch(e -> keys.contains(e.key()))) {
            return map;
        }
        return new YNode.Map(map.entries().stream().filter(e -> keys.contains(e.key())).toList(), map.pos());
    }

    private YNode.Map patchSection(YNode.Map base, YNode.Map patch, String id) {
        Entry.Kind baseKind = EntryIds.kindOf(base);
        Entry.Kind newKind = EntryIds.kindOf(patch);
        List<String> edits = FormatSpec.PATCH_KEYS.stream().filter(k -> patch.get(k) != null).toList();
        if (newKind != null && !edits.isEmpty()) {
            diagnostics.error(patch.get(edits.get(0)).keyPos(), "'" + newKind.key() + "' replaces the entries of '" + id
                    + "', so '" + edits.get(0) + "' has nothing to act on", "keep one or the other");
        }
        List<YNode.Entry> out = new ArrayList<>();
        for (YNode.Entry e : base.entries()) {
            boolean content = isContentKey(e.key());
            if (content && newKind != null) {
                if (e.key().equals(newKind.key())) {
                    out.add(patch.get(e.key()));
                }
                continue;
            }
            if (content && e.key().equals(baseKind == null ? null : baseKind.key()) && !edits.isEmpty()) {
                out.add(new YNode.Entry(e.key(), e.keyPos(), editEntries(baseKind, e.value(), patch, id)));
                continue;
            }
            YNode.Entry over = patch.get(e.key());
            out.add(over != null ? over : e);
        }
        for (YNode.Entry e : patch.entries()) {
            if (base.get(e.key()) == null && !FormatSpec.PATCH_KEYS.contains(e.key())) {
                out.add(e);
            }
        }
        if (baseKind == null && !edits.isEmpty()) {
            diagnostics.error(patch.get(edits.get(0)).keyPos(), "the base section '" + id + "' has no entries to edit", null);
        }
        return new YNode.Map(out, base.pos());
    }

    private static boolean isContentKey(String key) {
        for (Entry.Kind k : Entry.Kind.values()) {
            if (k.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The base's entries with the patch's remove, change, prepend and append applied, in that order. */
    private YNode editEntries(Entry.Kind kind, YNode content, YNode.Map patch, String id) {
        List<YNode> entries;
        if (content instanceof YNode.Seq seq) {
            entries = new ArrayList<>(seq.items());
        } else if (content instanceof YNode.Scalar s && !s.isNull()) {
            entries = new ArrayList<>(List.of(content));
        } else {
            return content;
        }
        String where = "the base section '" + id + "'";
        List<String> ids = EntryIds.entryIds(kind, entries);
        Set<Integer> removed = new HashSet<>();
        YNode.Entry remove = patch.get("remove");
        if (remove != null) {
            List<YNode> refs = remove.value() instanceof YNode.Seq s ? s.items() : List.of(remove.value());
            for (YNode ref : refs) {
                if (ref instanceof YNode.Scalar r && !r.isNull()) {
                    int at = EntryIds.find(r.text().strip(), ids, r.pos(), where, diagnostics);
                    if (at >= 0) {
                        removed.add(at);
                    }
                } else {
                    diagnostics.error(ref.pos(), "each item of 'remove' is the id of an entry, found " + ref.describe(), null);
                }
            }
        }
        YNode.Entry change = patch.get("change");
        if (change != null) {
            if (change.value() instanceof YNode.Map changes) {
                for (YNode.Entry c : changes.entries()) {
                    int at = EntryIds.find(c.key(), ids, c.keyPos(), where, diagnostics);
                    if (at < 0) {
                        continue;
                    }
                    if (removed.contains(at)) {
                        diagnostics.error(c.keyPos(), "'" + c.key() + "' is removed and changed", "keep one or the other");
                    } else if (!(c.value() instanceof YNode.Map keys)) {
                        diagnostics.error(c.value().pos(), "a change is a mapping of the keys to replace, found "
                                + c.value().describe(), "for example `" + c.key() + ": {note: Spotlight}`");
                    } else if (kind == Entry.Kind.TEXT) {
                        diagnostics.error(c.keyPos(), "a paragraph has no keys to change", "remove it and append the new text");
                    } else {
                        entries.set(at, changeEntry(entries.get(at), keys));
                    }
                }
            } else {
                diagnostics.error(change.value().pos(), "'change' maps entry ids to the keys that replace theirs, found "
                        + change.value().describe(), "for example `change: {sky-computing: {note: Spotlight}}`");
            }
        }
        List<YNode> result = new ArrayList<>(entries(patch.get("prepend")));
        for (int i = 0; i < entries.size(); i++) {
            if (!removed.contains(i)) {
                result.add(entries.get(i));
            }
        }
        result.addAll(entries(patch.get("append")));
        return new YNode.Seq(result, content.pos());
    }

    private List<YNode> entries(YNode.Entry e) {
        if (e == null || e.value() instanceof YNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (e.value() instanceof YNode.Seq seq) {
            return seq.items();
        }
        diagnostics.error(e.value().pos(), "'" + e.key() + "' must be a list of entries, found " + e.value().describe(),
                "write each entry on its own line, starting with '- '");
        return List.of();
    }

    /** An entry with some keys replaced; an entry written as a bare text (a bullet) is its {@code text}. */
    private static YNode changeEntry(YNode entry, YNode.Map keys) {
        YNode.Map base = entry instanceof YNode.Map m ? m
                : new YNode.Map(List.of(new YNode.Entry("text", entry.pos(), entry)), entry.pos());
        return mergeKeys(base, keys);
    }

    private YNode.Map reorder(YNode.Map root, YNode.Entry order) {
        YNode.Entry sections = root.get("sections");
        if (sections == null || !(sections.value() instanceof YNode.Seq seq)) {
            return root;
        }
        List<YNode> items = new ArrayList<>(seq.items());
        List<String> ids = new ArrayList<>();
        for (YNode item : items) {
            ids.add(item instanceof YNode.Map m ? EntryIds.sectionId(m) : null);
        }
        List<YNode> front = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        List<YNode> refs = order.value() instanceof YNode.Seq s ? s.items() : List.of(order.value());
        for (YNode ref : refs) {
            if (!(ref instanceof YNode.Scalar r) || r.isNull()) {
                diagnostics.error(ref.pos(), "each item of 'order' is a section id, found " + ref.describe(), null);
                continue;
            }
            int at = ids.indexOf(r.text().strip());
            if (at < 0) {
                String close = Suggest.closest(r.text().strip(), ids.stream().filter(java.util.Objects::nonNull).toList());
                diagnostics.error(r.pos(), "no section '" + r.text().strip() + "' to put in order",
                        close != null ? "did you mean '" + close + "'?" : "sections: " + Suggest.list(ids.stream()
                                .filter(java.util.Objects::nonNull).toList()));
            } else if (!taken.add(at)) {
                diagnostics.error(r.pos(), "'" + r.text().strip() + "' is named twice in 'order'", null);
            } else {
                front.add(items.get(at));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (!taken.contains(i)) {
                front.add(items.get(i));
            }
        }
        List<YNode.Entry> out = new ArrayList<>(root.entries());
        put(out, new YNode.Entry("sections", sections.keyPos(), new YNode.Seq(front, seq.pos())));
        return new YNode.Map(out, root.pos());
    }
}
