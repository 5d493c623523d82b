package dev.resume.input;

import dev.resume.syntax.SourceFile;
import dev.resume.format.Fields;
import dev.resume.format.CommonKeys;
import dev.resume.format.FormatSpec;
import dev.resume.format.PublicationFormat;
import dev.resume.syntax.YNode;

import dev.resume.diag.Suggest;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.input.bib.BibEntry;
import dev.resume.input.bib.BibField;
import dev.resume.input.bib.BibFile;
import dev.resume.input.bib.BibNames;
import dev.resume.input.bib.BibParser;
import dev.resume.input.bib.BibSource;
import dev.resume.input.bib.BibText;
import dev.resume.input.bib.CrossRefs;
import dev.resume.input.bib.Latex;
import dev.resume.model.Entry;
import dev.resume.model.LinkKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a section's {@code bib:} into the {@code publications:} list it stands for, on the
 * located YAML tree of each file as it is read (before a variant is merged into its base), so
 * that imported entries are publication entries like any other from then on: a variant changes
 * or removes them by citation key, selections, {@code limit}, {@code show} and page control
 * apply to them, and whatever is wrong in them is reported at its line in the .bib file.
 * docs/format.md, "Publications from BibTeX", gives the mapping of fields.
 */
final class BibImport {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:/.*)?");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})?\\s*([-–]{1,2})?\\s*(\\d{4})?");
    private static final Pattern ARXIV_NEW = Pattern.compile("\\d{4}\\.\\d{4,5}(?:v\\d+)?");
    private static final Pattern ARXIV_OLD = Pattern.compile("[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] MONTH_SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final Map<String, String> PUBSTATE = Map.of("inpress", "in press", "submitted", "submitted",
            "forthcoming", "forthcoming", "inpreparation", "in preparation", "prepublished", "prepublished");
    /** Fields named as our links, as academic-site .bib files (al-folio) write them. */
    /** Links whose BibTeX field has the name of our key. */
    private static final List<LinkKind> LINK_FIELDS = List.of(LinkKind.CODE, LinkKind.SLIDES, LinkKind.VIDEO, LinkKind.WEBSITE,
            LinkKind.POSTER, LinkKind.PDF);
    private static final String BIB = PublicationFormat.BIB.key();
    private static final String SECTIONS = FormatSpec.SECTIONS.key();

    private final Diagnostics diagnostics;
    private final Map<Path, BibFile> cache = new HashMap<>();
    private final Set<Path> files = new LinkedHashSet<>();

    BibImport(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The .bib files read so far, each once. */
    List<Path> files() {
        return List.copyOf(files);
    }

    /** The tree of {@code file} with each section's {@code bib:} replaced by the publications it imports. */
    YNode expand(Path file, YNode root) {
        if (!(root instanceof YNode.Map map) || !(map.get(SECTIONS) instanceof YNode.Entry sections)
                || !(sections.value() instanceof YNode.Seq seq)) {
            return root;
        }
        List<YNode> items = new ArrayList<>();
        boolean changed = false;
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Map section && section.get(BIB) != null) {
                items.add(section(file, section));
                changed = true;
            } else {
                items.add(item);
            }
        }
        if (!changed) {
            return root;
        }
        List<YNode.Entry> out = new ArrayList<>();
        for (YNode.Entry e : map.entries()) {
            out.add(e == sections ? new YNode.Entry(e.key(), e.keyPos(), new YNode.Seq(items, seq.pos())) : e);
        }
        return new YNode.Map(out, map.pos());
    }

    /** The .bib files a résumé tree names, those that exist, for {@code resume deps} and {@code watch}. */
    static List<Path> references(Path file, YNode.Map root) {
        List<Path> out = new ArrayList<>();
        if (!(root.get(SECTIONS) instanceof YNode.Entry sections) || !(sections.value() instanceof YNode.Seq seq)) {
            return out;
        }
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Map section && section.get(BIB) != null) {
                YNode v = section.get(BIB).value();
                String ref = v instanceof YNode.Map m ? EntryIds.scalar(m, PublicationFormat.BIB_FILE.key())
                        : v instanceof YNode.Scalar s && !s.isNull() ? s.text().strip() : null;
                if (ref != null && !ref.isEmpty() && Files.isRegularFile(resolve(file, ref))) {
                    out.add(resolve(file, ref));
                }
            }
        }
        return out;
    }

    private static Path resolve(Path file, String ref) {
        return file.resolveSibling(ref).normalize();
    }

    // ---- a section -----------------------------------------------------------------------------

    private YNode.Map section(Path file, YNode.Map section) {
        YNode.Entry bib = section.get(BIB);
        for (YNode.Entry e : section.entries()) {
            for (Entry.Kind k : Entry.Kind.values()) {
                if (k.key().equals(e.key())) {
                    diagnostics.error(bib.keyPos(), "a section holds one kind of content; this one has '" + k.key() + "' and 'bib'",
                            "put the .bib entries in a section of their own");
                    return new YNode.Map(section.entries().stream().filter(x -> x != bib).toList(), section.pos());
                }
            }
        }
        List<YNode> entries = imported(file, bib.value());
        List<YNode.Entry> out = new ArrayList<>();
        for (YNode.Entry e : section.entries()) {
            out.add(e == bib ? new YNode.Entry(Entry.Kind.PUBLICATIONS.key(), e.keyPos(), new YNode.Seq(entries, e.value().pos())) : e);
        }
        return new YNode.Map(out, section.pos());
    }

    /** What {@code bib:} asks for. */
    private record Request(String file, SourcePos filePos, List<YNode.Scalar> keys, String years, SourcePos yearsPos,
            List<String> keywords, String sort, SourcePos sortPos, YNode change) {}

    private List<YNode> imported(Path file, YNode spec) {
        Request r = request(spec);
        if (r == null) {
            return List.of();
        }
        Path path = resolve(file, r.file());
        BibFile bib = load(path, r);
        if (bib == null) {
            return List.of();
        }
        List<BibEntry> chosen = choose(bib, r);
        List<Converted> converted = new ArrayList<>();
        for (BibEntry e : chosen) {
            Converted c = convert(bib.source(), e);
            if (c != null) {
                converted.add(c);
            }
        }
        Comparator<Converted> byDate = Comparator.comparingLong(Converted::sortKey);
        switch (r.sort()) {
            case "newest" -> converted.sort(byDate.reversed());
            case "oldest" -> converted.sort(byDate);
            default -> { }
        }
        change(bib, converted, r.change());
        return converted.stream().map(c -> (YNode) c.map()).toList();
    }

    private Request request(YNode spec) {
        if (spec instanceof YNode.Scalar s) {
            if (s.isNull() || s.text().isBlank()) {
                diagnostics.error(s.pos(), "a BibTeX import needs 'file'", "write `bib: publications.bib`, a path relative to this file");
                return null;
            }
            return new Request(s.text().strip(), s.pos(), List.of(), null, null, List.of(), "newest", null, null);
        }
        Fields f = Fields.of(spec, PublicationFormat.BIB_SHAPE, diagnostics);
        if (f == null) {
            return null;
        }
        var file = f.requiredText(PublicationFormat.BIB_FILE.key());
        List<YNode.Scalar> keys = new ArrayList<>();
        for (YNode k : f.list("keys", true)) {
            if (k instanceof YNode.Scalar s && !s.isNull()) {
                keys.add(s);
            } else {
                diagnostics.error(k.pos(), "each item of 'keys' is a citation key, found " + k.describe(), null);
            }
        }
        String years = f.string("years");
        List<String> keywords = f.strings("keywords");
        String sort = f.string("sort");
        String order = sort == null ? "newest" : sort.strip().toLowerCase(Locale.ROOT);
        if (!PublicationFormat.BIB_SORTS.contains(order)) {
            diagnostics.error(f.node("sort").pos(), "sort must be " + Suggest.list(PublicationFormat.BIB_SORTS) + ", not '" + sort.strip()
                    + "'", null);
            order = "newest";
        } else if (order.equals("keys") && keys.isEmpty()) {
            diagnostics.error(f.keyPos("sort"), "sort: keys orders the entries as 'keys' lists them, but there is no 'keys'",
                    "add `keys: [key1, key2]`, or sort by newest");
            order = "newest";
        }
        YNode change = f.node("change");
        SourcePos yearsPos = years == null ? null : f.node("years").pos();
        SourcePos sortPos = sort == null ? null : f.node("sort").pos();
        f.finish();
        if (file == null || file.isBlank()) {
            return null;
        }
        return new Request(file.markdown().strip(), file.pos(), keys, years, yearsPos, keywords, order, sortPos, change);
    }

    private BibFile load(Path path, Request r) {
        if (!Files.isRegularFile(path)) {
            diagnostics.error(r.filePos(), "cannot find the BibTeX file '" + r.file() + "'" + (Files.isDirectory(path) ? " (it is a folder)" : ""),
                    hintForMissing(path, r.file()));
            return null;
        }
        files.add(path);
        Path key = path.toAbsolutePath().normalize();
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        BibFile parsed = null;
        try {
            parsed = CrossRefs.resolve(BibParser.parse(new BibSource(path, SourceFile.read(path)), diagnostics), diagnostics);
        } catch (IOException e) {
            diagnostics.error(r.filePos(), "cannot read the BibTeX file '" + r.file() + "': " + e.getMessage(), null);
        } catch (InvalidInputException e) {
            e.diagnostics().forEach(diagnostics::add);
        }
        cache.put(key, parsed);
        return parsed;
    }

    private static String hintForMissing(Path path, String written) {
        Path folder = path.toAbsolutePath().getParent();
        List<String> names = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bib")).forEach(names::add);
            } catch (IOException e) {
                // no suggestion, then
            }
        }
        // "/" has no file name: nothing to compare.
        Path name = Path.of(written).getFileName();
        String close = name == null ? null : Suggest.closest(name.toString(), names);
        return close != null ? "did you mean '" + close + "'?" : "the path is relative to the résumé file's folder";
    }

    // ---- which entries, in which order ------------------------------------------------------------

    private List<BibEntry> choose(BibFile bib, Request r) {
        List<BibEntry> chosen;
        if (r.keys().isEmpty()) {
            // A volume that papers crossref is where their venue comes from, not a publication of the
            // owner's: it is listed only when 'keys' names it (an edited volume of one's own).
            Set<String> volumes = CrossRefs.targets(bib);
            chosen = new ArrayList<>(bib.entries().stream().filter(e -> !volumes.contains(e.key().toLowerCase(Locale.ROOT))).toList());
        } else {
            Set<BibEntry> named = new LinkedHashSet<>();
            for (YNode.Scalar k : r.keys()) {
                BibEntry e = bib.entry(k.text().strip());
                if (e == null) {
                    String close = Suggest.closest(k.text().strip(), bib.entries().stream().map(BibEntry::key).toList());
                    diagnostics.error(k.pos(), bib.source().file().getFileName() + " has no entry '" + k.text().strip() + "'",
                            close != null ? "did you mean '" + close + "'?" : "keys are the citation keys: @article{key, …}");
                } else if (!named.add(e)) {
                    diagnostics.error(k.pos(), "'" + k.text().strip() + "' is listed twice in 'keys'", "delete one");
                }
            }
            chosen = new ArrayList<>(named);
            if (!r.sort().equals("keys")) {
                chosen.sort(Comparator.comparingInt(BibEntry::index));
            }
        }
        if (r.years() != null) {
            int[] range = years(r.years(), r.yearsPos());
            if (range != null) {
                chosen.removeIf(e -> {
                    Integer y = year(e);
                    return y == null || y < range[0] || y > range[1];
                });
            }
        }
        if (!r.keywords().isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>();
            r.keywords().forEach(k -> wanted.add(k.toLowerCase(Locale.ROOT)));
            chosen.removeIf(e -> keywords(e).stream().noneMatch(k -> wanted.contains(k.toLowerCase(Locale.ROOT))));
        }
        return chosen;
    }

    /** "2024", "2019-2022", "2023-", "-2020" as [from, to]; null after reporting a bad one. */
    private int[] years(String written, SourcePos pos) {
        Matcher m = YEARS.matcher(written.strip());
        if (written.isBlank() || !m.matches() || m.group(1) == null && m.group(3) == null
                || m.group(2) == null && m.group(3) != null && m.group(1) != null) {
            diagnostics.error(pos, "'years' must be a year or a range of years, not '" + written.strip() + "'",
                    "write 2024, 2019-2022, 2023- (from 2023) or -2020 (until 2020)");
            return null;
        }
        int from = m.group(1) == null ? Integer.MIN_VALUE : Integer.parseInt(m.group(1));
        int to = m.group(3) != null ? Integer.parseInt(m.group(3)) : m.group(2) != null ? Integer.MAX_VALUE : from;
        if (from > to) {
            diagnostics.error(pos, "the range of years '" + written.strip() + "' ends before it starts", "write the earlier year first");
            return null;
        }
        return new int[] {from, to};
    }

    /** An entry's year, from its year field or its date; null when it has none. */
    private static Integer year(BibEntry e) {
        BibText y = e.value("year");
        if (y != null && YEAR.matcher(y.text()).matches()) {
            return Integer.parseInt(y.text());
        }
        BibText d = e.value("date");
        if (d != null) {
            Matcher m = ISO_DATE.matcher(d.text());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    private static List<String> keywords(BibEntry e) {
        BibText k = e.value("keywords");
        if (k == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : Latex.convert(k, Latex.Mode.PLAIN, null, null).split("[,;]")) {
            if (!w.isBlank()) {
                out.add(w.strip());
            }
        }
        return out;
    }

    /** An entry as a publication entry of the YAML tree, and where it sorts. */
    private record Converted(String key, YNode.Map map, long sortKey) {}

    // ---- an entry ----------------------------------------------------------------------------------

    private Converted convert(BibSource src, BibEntry e) {
        if (!e.complete()) {
            // Its syntax error is reported; a title or an author it seems to lack is a consequence of it.
            return null;
        }
        Map<String, YNode> out = new LinkedHashMap<>();
        Map<String, SourcePos> keyPos = new HashMap<>();
        out.put(CommonKeys.ID.key(), scalar(e.key(), e.keyPos()));
        keyPos.put(CommonKeys.ID.key(), e.keyPos());
        BibField title = e.field("title");
        String titleText = title == null ? null : md(src, title);
        if (titleText == null || titleText.isBlank()) {
            diagnostics.error(title == null ? e.pos() : title.valuePos(), "the entry '" + e.key() + "' has no title",
                    "add title = {…} to it");
            return null;
        }
        put(out, keyPos, PublicationFormat.TITLE, titleText, title);
        BibField author = e.field("author");
        BibField editor = e.field("editor");
        // An edited volume (DBLP's @proceedings) has editors and no author: they stand as its authors, marked
        // edited; the theme's words for it ("(Eds.)") are printed after them when it is composed.
        boolean edited = (author == null || author.value().isBlank()) && editor != null && !editor.value().isBlank();
        if (edited) {
            author = editor;
        }
        if (author == null || author.value().isBlank()) {
            diagnostics.error(author == null ? e.pos() : author.valuePos(), "the entry '" + e.key() + "' has no author",
                    "add author = {Last, First and First Last and others}, or editor = {…} for an edited volume");
            return null;
        }
        List<YNode> names = new ArrayList<>();
        List<String> split = BibNames.split(author.value(), src, diagnostics, author.name());
        for (int i = 0; i < split.size(); i++) {
            names.add(scalar(split.get(i), author.valuePos()));
        }
        out.put(PublicationFormat.AUTHORS.key(), new YNode.Seq(names, author.valuePos()));
        keyPos.put(PublicationFormat.AUTHORS.key(), author.namePos());
        if (edited) {
            out.put(PublicationFormat.EDITED.key(), scalar("true", author.namePos()));
            keyPos.put(PublicationFormat.EDITED.key(), author.namePos());
        }
        String venue = venue(src, e);
        if (venue != null) {
            BibField from = first(e, "journal", "journaltitle", "booktitle", "howpublished", "publisher", "school", "institution",
                    "organization");
            put(out, keyPos, PublicationFormat.VENUE, venue, from != null ? from : e.field("archiveprefix") != null ? e.field("archiveprefix")
                    : e.field("eprinttype") != null ? e.field("eprinttype") : e.field("eprint"));
        }
        long sortKey = dates(src, e, out, keyPos);
        BibField status = e.field("status");
        if (status != null && md(src, status) != null) {
            put(out, keyPos, PublicationFormat.STATUS, md(src, status), status);
        } else if (e.field("pubstate") != null && md(src, e.field("pubstate")) != null) {
            String state = Latex.convert(e.field("pubstate").value(), Latex.Mode.PLAIN, src, diagnostics);
            put(out, keyPos, PublicationFormat.STATUS, PUBSTATE.getOrDefault(state.toLowerCase(Locale.ROOT).replace(" ", ""), state), e.field("pubstate"));
        }
        optional(src, e, "note", PublicationFormat.NOTE, out, keyPos);
        YNode.Map links = links(src, e);
        if (links != null) {
            out.put(PublicationFormat.LINKS.key(), links);
            keyPos.put(PublicationFormat.LINKS.key(), links.pos());
        }
        optional(src, e, "abstract", PublicationFormat.ABSTRACT, out, keyPos);
        BibField primary = e.field("primaryclass");
        if (primary != null && !primary.value().isBlank()) {
            String p = Latex.convert(primary.value(), Latex.Mode.PLAIN, src, diagnostics);
            out.put(PublicationFormat.SUBJECTS.key(), new YNode.Seq(List.of(scalar(p, primary.valuePos())), primary.valuePos()));
            keyPos.put(PublicationFormat.SUBJECTS.key(), primary.namePos());
        }
        List<String> keywords = keywords(e);
        if (!keywords.isEmpty()) {
            BibField k = e.field("keywords");
            out.put(CommonKeys.TAGS.key(), new YNode.Seq(keywords.stream().map(w -> (YNode) scalar(w, k.valuePos())).toList(),
                    k.valuePos()));
            keyPos.put(CommonKeys.TAGS.key(), k.namePos());
        }
        List<YNode.Entry> entries = new ArrayList<>();
        out.forEach((k, v) -> entries.add(new YNode.Entry(k, keyPos.get(k), v)));
        return new Converted(e.key(), new YNode.Map(entries, e.pos()), sortKey);
    }

    /** The venue: the journal or proceedings, a thesis's school, a report's institution, what else there is; "arXiv preprint". */
    private String venue(BibSource src, BibEntry e) {
        String venue = md(src, first(e, "journal", "journaltitle", "booktitle"));
        if (venue == null) {
            String where = md(src, first(e, "school", "institution", "organization"));
            String kind = switch (e.type()) {
                case "phdthesis" -> "PhD thesis";
                case "mastersthesis" -> "Master's thesis";
                case "techreport", "report" -> md(src, e.field("type")) != null ? md(src, e.field("type")) : "Technical report";
                default -> null;
            };
            if (kind != null) {
                String number = md(src, e.field("number"));
                venue = kind + (number != null && !kind.startsWith("PhD") && !kind.startsWith("Master") ? " " + number : "")
                        + (where != null ? ", " + where : "");
                return venue;
            }
        }
        if (venue == null) {
            venue = md(src, first(e, "howpublished", "publisher", "organization", "school", "institution"));
        }
        if (venue == null && arxivId(e) != null) {
            return "arXiv preprint";
        }
        if (venue == null) {
            return null;
        }
        String volume = md(src, e.field("volume"));
        String number = md(src, e.field("number"));
        String pages = md(src, e.field("pages"));
        String series = md(src, e.field("series"));
        if (series != null && first(e, "journal", "journaltitle") == null) {
            // A book series (DBLP's LNCS, LIPIcs): "Proc. of X (LNCS 1234)", or "LNCS 1234, Springer" for the volume itself.
            String inSeries = series + (volume != null ? " " + volume : "");
            venue = first(e, "booktitle") != null ? venue + " (" + inSeries + ")" : inSeries + ", " + venue;
            volume = null;
            number = null;
        }
        if (volume != null) {
            venue += " " + volume;
        }
        if (number != null) {
            venue += (volume != null ? "(" + number + ")" : " " + number);
        }
        if (pages != null) {
            venue += ", " + (pages.matches(".*[-–].*") ? "pp. " : "p. ") + pages;
        }
        return venue;
    }

    /**
     * year, date and when: the year field is the entry's year; biblatex's ISO {@code date} its
     * date, else the year and month (and day); a month without a year is a free {@code when}
     * ("Feb 22"). Returns the entry's sort key: by year, then date; without a year, the newest.
     */
    private long dates(BibSource src, BibEntry e, Map<String, YNode> out, Map<String, SourcePos> keyPos) {
        Integer year = null;
        BibField y = e.field("year");
        if (y != null && !y.value().isBlank()) {
            String t = Latex.convert(y.value(), Latex.Mode.PLAIN, src, diagnostics);
            if (YEAR.matcher(t).matches()) {
                year = Integer.parseInt(t);
            } else {
                diagnostics.error(y.valuePos(), "'year' must be a year such as 2024, not '" + t + "'",
                        "write the state of a paper in status = {to appear} or pubstate = {forthcoming}");
            }
        }
        int dy = 0;
        int dm = 0;
        int dd = 0;
        BibField date = e.field("date");
        BibField month = e.field("month");
        BibField day = e.field("day");
        SourcePos datePos = null;
        SourcePos dateKeyPos = null;
        if (date != null && !date.value().isBlank()) {
            Matcher m = ISO_DATE.matcher(date.value().strip().text());
            if (m.matches()) {
                dy = Integer.parseInt(m.group(1));
                dm = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                dd = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                datePos = date.valuePos();
                dateKeyPos = date.namePos();
                year = year == null ? dy : year;
            } else {
                diagnostics.error(date.valuePos(), "'date' must be an ISO date such as 2024-05-17, 2024-05 or 2024, not '"
                        + date.value().strip() + "'", "or write year = {2024} and month = may");
            }
        } else if (month != null && !month.value().isBlank()) {
            dm = month(src, month);
            if (dm > 0 && day != null && !day.value().isBlank()) {
                String d = day.value().strip().text();
                if (d.matches("\\d{1,2}") && Integer.parseInt(d) >= 1 && Integer.parseInt(d) <= 31) {
                    dd = Integer.parseInt(d);
                } else {
                    diagnostics.error(day.valuePos(), "'day' must be a day of the month, 1 to 31, not '" + d + "'", null);
                }
            }
            if (dm > 0 && year != null) {
                dy = year;
                datePos = month.valuePos();
                dateKeyPos = month.namePos();
            } else if (dm > 0) {
                // A month (and day) without a year: said as written, not as a date.
                out.put(PublicationFormat.WHEN.key(), scalar(MONTH_SHORT[dm - 1] + (dd > 0 ? " " + dd : ""), month.valuePos()));
                keyPos.put(PublicationFormat.WHEN.key(), month.namePos());
                dm = 0;
                dd = 0;
            }
        }
        if (year != null) {
            out.put(PublicationFormat.YEAR.key(), new YNode.Scalar(year.toString(), false, true, false, y != null ? y.valuePos() : datePos));
            keyPos.put(PublicationFormat.YEAR.key(), y != null ? y.namePos() : dateKeyPos);
        }
        if (dy > 0 && dm > 0) {
            String iso = String.format(Locale.ROOT, "%04d-%02d", dy, dm) + (dd > 0 ? String.format(Locale.ROOT, "-%02d", dd) : "");
            out.put(PublicationFormat.DATE.key(), scalar(iso, datePos));
            keyPos.put(PublicationFormat.DATE.key(), dateKeyPos);
        }
        if (year == null) {
            return Long.MAX_VALUE;
        }
        return year * 100_000_000L + (dy > 0 ? dy * 10_000L + dm * 100L + dd : 0);
    }

    /** A month field: jan…dec (BibTeX's macros give the full names), a name, or 1 to 12; 0 after reporting a bad one. */
    private int month(BibSource src, BibField month) {
        String t = Latex.convert(month.value(), Latex.Mode.PLAIN, src, diagnostics).strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\.$", "");
        if (t.matches("\\d{1,2}") && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= 12) {
            return Integer.parseInt(t);
        }
        for (int m = 0; m < 12; m++) {
            if (t.length() >= 3 && t.startsWith(MONTHS[m]) && (t.length() == 3 || "january february march april may june july august september october november december"
                    .contains(t))) {
                return m + 1;
            }
        }
        diagnostics.error(month.valuePos(), "'month' must be a month, not '" + month.value().strip() + "'",
                "write month = may (BibTeX's names: jan, feb, … dec), or a number from 1 to 12");
        return 0;
    }

    /** The links: url (the paper), arXiv from eprint, doi, and fields named as our links (code, slides…). */
    private YNode.Map links(BibSource src, BibEntry e) {
        Map<String, YNode.Scalar> links = new LinkedHashMap<>();
        Map<String, SourcePos> keyPos = new HashMap<>();
        BibField url = e.field("url") != null ? e.field("url") : e.field("html");
        if (url != null) {
            link(links, keyPos, LinkKind.PAPER, url);
        }
        String arxiv = arxivId(e);
        if (arxiv != null) {
            BibField f = e.field("eprint") != null && arxiv.equals(clean(e.field("eprint"))) ? e.field("eprint") : e.field("arxiv");
            links.put(LinkKind.ARXIV.key(), scalar("https://arxiv.org/abs/" + arxiv, f.valuePos()));
            keyPos.put(LinkKind.ARXIV.key(), f.namePos());
        }
        if (e.field(LinkKind.CODE.key()) != null) {
            link(links, keyPos, LinkKind.CODE, e.field(LinkKind.CODE.key()));
        }
        BibField doi = e.field("doi");
        if (doi != null && !doi.value().isBlank()) {
            String d = clean(doi).replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
            links.put(LinkKind.DOI.key(), scalar("https://doi.org/" + d, doi.valuePos()));
            keyPos.put(LinkKind.DOI.key(), doi.namePos());
        }
        for (LinkKind kind : LINK_FIELDS) {
            if (kind != LinkKind.CODE && e.field(kind.key()) != null) {
                link(links, keyPos, kind, e.field(kind.key()));
            }
        }
        if (links.isEmpty()) {
            return null;
        }
        List<YNode.Entry> entries = new ArrayList<>();
        links.forEach((k, v) -> entries.add(new YNode.Entry(k, keyPos.get(k), v)));
        return new YNode.Map(entries, entries.get(0).keyPos());
    }

    /** A web link, as written (a URL is not LaTeX: biblatex takes it verbatim); a value that is not one is left out, with a warning. */
    private void link(Map<String, YNode.Scalar> links, Map<String, SourcePos> keyPos, LinkKind as, BibField f) {
        String v = clean(f);
        if (v.isEmpty()) {
            return;
        }
        if (!v.matches("(?i)https?://\\S+")) {
            diagnostics.warning(f.valuePos(), "the " + f.name() + " field '" + v + "' is not a web link; it is left out",
                    "write a full address such as https://example.org/paper.pdf");
            return;
        }
        links.put(as.key(), scalar(v, f.valuePos()));
        keyPos.put(as.key(), f.namePos());
    }

    /** A verbatim value: braces and a url command taken off. */
    private static String clean(BibField f) {
        String v = f.value().strip().text();
        v = v.replaceFirst("^\\\\url\\s*\\{(.*)\\}$", "$1").replace("{", "").replace("}", "").strip();
        return v;
    }

    /** The arXiv id: eprint with archivePrefix or eprinttype arXiv (or an id of arXiv's form), or an {@code arxiv} field. */
    private static String arxivId(BibEntry e) {
        BibField eprint = e.field("eprint");
        if (eprint != null && !eprint.value().isBlank()) {
            BibText prefix = e.value("archiveprefix") != null ? e.value("archiveprefix") : e.value("eprinttype");
            String id = clean(eprint).replaceFirst("(?i)^arxiv:", "");
            boolean arxiv = prefix != null ? prefix.text().strip().equalsIgnoreCase("arxiv") : ARXIV_NEW.matcher(id).matches();
            if (arxiv && (ARXIV_NEW.matcher(id).matches() || ARXIV_OLD.matcher(id).matches())) {
                return id;
            }
        }
        BibField field = e.field("arxiv");
        if (field != null) {
            String id = clean(field).replaceFirst("(?i)^arxiv:", "");
            if (ARXIV_NEW.matcher(id).matches() || ARXIV_OLD.matcher(id).matches()) {
                return id;
            }
        }
        return null;
    }

    private void optional(BibSource src, BibEntry e, String field, FormatSpec.Field as, Map<String, YNode> out,
            Map<String, SourcePos> keyPos) {
        BibField f = e.field(field);
        String t = md(src, f);
        if (t != null) {
            put(out, keyPos, as, t, f);
        }
    }

    private static void put(Map<String, YNode> out, Map<String, SourcePos> keyPos, FormatSpec.Field key, String text, BibField from) {
        out.put(key.key(), scalar(text, from == null ? null : from.valuePos()));
        keyPos.put(key.key(), from == null ? null : from.namePos());
    }

    /** The field as inline Markdown; null when absent or empty. */
    private String md(BibSource src, BibField f) {
        if (f == null || f.value().isBlank()) {
            return null;
        }
        String t = Latex.convert(f.value(), Latex.Mode.MARKDOWN, src, diagnostics);
        return t.isBlank() ? null : t;
    }

    private static BibField first(BibEntry e, String... names) {
        for (String n : names) {
            BibField f = e.field(n);
            if (f != null && !f.value().isBlank()) {
                return f;
            }
        }
        return null;
    }

    private static YNode.Scalar scalar(String text, SourcePos pos) {
        return new YNode.Scalar(text, false, false, false, pos);
    }

    // ---- change ----------------------------------------------------------------------------------

    /** Applies {@code change: {key: {note: Spotlight}}}: the keys given replace the entry's. */
    private void change(BibFile bib, List<Converted> converted, YNode change) {
        if (change == null) {
            return;
        }
        if (!(change instanceof YNode.Map changes)) {
            diagnostics.error(change.pos(), "'change' maps citation keys to the keys that replace theirs, found " + change.describe(),
                    "for example `change: {zheng2024sglang: {note: Spotlight}}`");
            return;
        }
        for (YNode.Entry c : changes.entries()) {
            BibEntry target = bib.entry(c.key());
            if (target == null) {
                String close = Suggest.closest(c.key(), bib.entries().stream().map(BibEntry::key).toList());
                diagnostics.error(c.keyPos(), bib.source().file().getFileName() + " has no entry '" + c.key() + "'",
                        close != null ? "did you mean '" + close + "'?" : "change names entries by citation key");
                continue;
            }
            if (!(c.value() instanceof YNode.Map keys)) {
                diagnostics.error(c.value().pos(), "a change is a mapping of the keys to replace, found " + c.value().describe(),
                        "for example `" + c.key() + ": {note: Spotlight}`");
                continue;
            }
            for (int k = 0; k < converted.size(); k++) {
                Converted conv = converted.get(k);
                if (conv.key().equals(target.key())) {
                    List<YNode.Entry> out = new ArrayList<>(conv.map().entries());
                    for (YNode.Entry e : keys.entries()) {
                        int at = -1;
                        for (int x = 0; x < out.size(); x++) {
                            if (out.get(x).key().equals(e.key())) {
                                at = x;
                            }
                        }
                        if (at >= 0) {
                            out.set(at, e);
                        } else {
                            out.add(e);
                        }
                    }
                    converted.set(k, new Converted(conv.key(), new YNode.Map(out, conv.map().pos()), conv.sortKey()));
                }
            }
        }
    }
}
