package dev.resume.input;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.Suggest;
import dev.resume.format.Fields;
import dev.resume.format.FormatSpec;
import dev.resume.model.Dates;
import dev.resume.model.Entry;
import dev.resume.model.PageControl;
import dev.resume.model.PartialDate;
import dev.resume.model.Role;
import dev.resume.model.Text;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A section's {@code sort:}, for entries of any kind. The rules (docs/format.md, "Sorting"):
 * {@code newest} orders by the end date (an ongoing end, {@code present}, first; a single date is
 * its own end), then by the start date, latest first; {@code oldest} is the exact reverse;
 * {@code title} orders by the entry's name (a paper's or award's title, an institution, an
 * organisation, a project's name, a skill's label) with the root locale's collator, so that "Émile"
 * sorts with "Emile" and before "Zoë", whatever the machine's language. The sort is stable (ties
 * keep the file's order), and entries without a date (or a name) keep their order after the others.
 * An experience entry's dates are its roles': the latest end and the earliest start.
 */
public final class EntryOrder {
    private enum By { NEWEST, OLDEST, TITLE }

    private final By by;

    private EntryOrder(By by) {
        this.by = by;
    }

    /** The section's {@code sort:}, or null when it has none or a wrong one (reported at the value). */
    static EntryOrder of(Fields section, Diagnostics diagnostics) {
        Text written = section.text("sort");
        if (written == null) {
            return null;
        }
        String v = written.markdown().strip().toLowerCase(Locale.ROOT);
        for (By b : By.values()) {
            if (b.name().toLowerCase(Locale.ROOT).equals(v)) {
                return new EntryOrder(b);
            }
        }
        String close = Suggest.closest(v, FormatSpec.SORTS);
        diagnostics.error(written.pos(), "sort must be " + Suggest.list(FormatSpec.SORTS) + ", not '" + written.markdown().strip()
                + "'", close != null ? "did you mean '" + close + "'?" : null);
        return null;
    }

    /** Sorts {@code entries} in place, and {@code pages} (each entry's page control) with them. */
    public void sort(List<Entry> entries, List<PageControl> pages) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> c = switch (by) {
            case NEWEST -> Comparator.comparing((Integer i) -> dateKey(entries.get(i)), EntryOrder::compareDates).reversed();
            case OLDEST -> Comparator.comparing((Integer i) -> dateKey(entries.get(i)), EntryOrder::compareDates);
            case TITLE -> {
                Collator collator = Collator.getInstance(Locale.ROOT);
                yield Comparator.comparing((Integer i) -> name(entries.get(i)), collator);
            }
        };
        // The undated (or unnamed) keep their places, after the others: they are left out of the comparison.
        List<Integer> keyed = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i : order) {
            boolean has = by == By.TITLE ? name(entries.get(i)) != null : dateKey(entries.get(i)) != null;
            (has ? keyed : rest).add(i);
        }
        keyed.sort(c);
        keyed.addAll(rest);
        List<Entry> e = new ArrayList<>();
        List<PageControl> p = new ArrayList<>();
        for (int i : keyed) {
            e.add(entries.get(i));
            p.add(pages.get(i));
        }
        for (int i = 0; i < e.size(); i++) {
            entries.set(i, e.get(i));
            pages.set(i, p.get(i));
        }
    }

    /** When an entry ends and starts, as sortable numbers; null when it has no date. */
    private record DateKey(long end, long start) {}

    private static int compareDates(DateKey a, DateKey b) {
        int c = Long.compare(a.end, b.end);
        return c != 0 ? c : Long.compare(a.start, b.start);
    }

    static DateKey dateKey(Entry e) {
        return switch (e) {
            case Entry.EducationEntry x -> key(x.dates());
            case Entry.AwardEntry x -> key(x.dates());
            case Entry.ProjectEntry x -> key(x.dates());
            case Entry.GenericEntry x -> key(x.dates());
            case Entry.PublicationEntry x -> x.date() != null ? key(x.date(), x.date())
                    : x.year() != null ? key(PartialDate.of(x.year(), 0, 0), PartialDate.of(x.year(), 0, 0)) : null;
            case Entry.ExperienceEntry x -> {
                DateKey all = null;
                for (Role r : x.roles()) {
                    DateKey k = key(r.dates());
                    if (k != null) {
                        all = all == null ? k : new DateKey(Math.max(all.end, k.end), Math.min(all.start, k.start));
                    }
                }
                yield all;
            }
            case Entry.SkillEntry x -> null;
            case Entry.Paragraph x -> null;
            case Entry.Bullet x -> null;
        };
    }

    private static DateKey key(Dates d) {
        return d == null ? null : key(d.start(), d.end());
    }

    private static DateKey key(PartialDate start, PartialDate end) {
        if (start == null && end == null) {
            return null;
        }
        PartialDate e = end != null ? end : start;
        PartialDate s = start != null ? start : end;
        return new DateKey(e.sortKey(), s.sortKey());
    }

    /** The text an entry is known by, as a reader sees it; null when it has none. */
    static String name(Entry e) {
        Text t = switch (e) {
            case Entry.EducationEntry x -> x.institution();
            case Entry.ExperienceEntry x -> x.organization();
            case Entry.PublicationEntry x -> x.title();
            case Entry.AwardEntry x -> x.title();
            case Entry.ProjectEntry x -> x.name();
            case Entry.SkillEntry x -> x.label();
            case Entry.Paragraph x -> x.text();
            case Entry.Bullet x -> x.text();
            case Entry.GenericEntry x -> x.title();
        };
        return t == null || t.isBlank() ? null : t.plainText().strip();
    }
}
