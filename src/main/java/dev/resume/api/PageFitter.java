package dev.resume.api;

import dev.resume.layout.Layout;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import dev.resume.layout.PageSetup;
import dev.resume.model.Section;
import dev.resume.style.StyledDocument;
import dev.resume.theme.Theme;
import dev.resume.style.Tightening;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Meets a page limit, or pulls a short last page back: finds the least tightening of the theme
 * with which the résumé fits, by bisection on a {@link Tightening.Schedule}'s steps. A layout
 * pass takes milliseconds, so a handful of them costs less than the export; a linear walk
 * through the settings would take a hundred.
 */
final class PageFitter {
    /** A last page with at most this many lines is short: pulled back when a little tightening saves it. */
    static final int SHORT_PAGE_LINES = 5;
    /** Or one filled to at most this part of its text height. */
    static final float SHORT_PAGE_PART = 0.15f;

    /** One styling and layout of the résumé, with the theme it was set in. */
    record Pass(Theme theme, StyledDocument styled, Layout.Result laid) {
        int pages() {
            return laid.pages().size();
        }
    }

    /** The pass to keep, and what fitting did: null when the first pass was kept as it was. */
    record Outcome(Pass pass, PageFit fit) {}

    private PageFitter() {}

    /**
     * {@code first} is the untightened pass; {@code layoutAt} makes the pass with a tightening.
     * Takes at most 2 + log2 of the schedule's steps passes, the first included: 10 for a limit.
     */
    static Outcome fit(Pass first, int limit, Theme.Fit bounds, Tightening.Schedule schedule, Function<Tightening, Pass> layoutAt) {
        if (first.pages() <= limit) {
            return new Outcome(first, null);
        }
        Tightening tightest = schedule.at(bounds, schedule.maxStep());
        if (tightest.isNone()) {
            return new Outcome(first, new PageFit(limit, false, Tightening.NONE, 1, schedule));
        }
        int passes = 2;
        Pass best = layoutAt.apply(tightest);
        if (best.pages() > limit) {
            return new Outcome(best, new PageFit(limit, false, tightest, passes, schedule));
        }
        int lo = 0;
        int hi = schedule.maxStep();
        // A theme that lets only what the second half shrinks shrink: the first half's steps all equal step 0.
        if (schedule.at(bounds, schedule.half()).isNone()) {
            lo = schedule.half();
        }
        // More tightening never adds a page in practice, so the steps that fit are one run from
        // some step up to the tightest; bisection finds its start, the least tightening that fits.
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            Pass p = layoutAt.apply(schedule.at(bounds, mid));
            passes++;
            if (p.pages() <= limit) {
                hi = mid;
                best = p;
            } else {
                lo = mid;
            }
        }
        return new Outcome(best, new PageFit(limit, true, schedule.at(bounds, hi), passes, schedule));
    }

    /**
     * {@code first}, or, when its last page is short and tightening the glue and the leading
     * within the theme's bounds ({@link Tightening.Schedule#FILL}) sets the résumé on a page
     * fewer, that pass: the fewest pages the theme allows without touching the font size.
     */
    static Outcome pullBack(Pass first, Theme.Fit bounds, Function<Tightening, Pass> layoutAt) {
        if (first.pages() < 2 || !isShort(first.laid().pages().getLast(), first.styled().setup())) {
            return new Outcome(first, null);
        }
        Outcome fewer = fit(first, first.pages() - 1, bounds, Tightening.Schedule.FILL, layoutAt);
        return fewer.fit().fits() ? fewer : new Outcome(first, null);
    }

    /** Whether a page holds only a few lines, the spill-over of the page before. */
    static boolean isShort(Page page, PageSetup setup) {
        List<Page.LineBox> lines = page.lines();
        if (lines.size() <= SHORT_PAGE_LINES) {
            return true;
        }
        Page.LineBox last = lines.getLast();
        return last.top() + last.height() - setup.top() <= SHORT_PAGE_PART * setup.textHeight();
    }

    /** What stands past the limit: how much, and a hint of what would help. */
    record Overflow(String message, String hint) {}

    /**
     * What stands past the limit in a letter's {@code pass}: nothing of it is dropped, it runs
     * on to the next page, and the hint says what to shorten.
     */
    static Overflow letterOverflow(Pass pass, PageFit fit, boolean fromCommandLine) {
        int pages = pass.laid().pages().size();
        return new Overflow(leftOver("the letter", pass, fit), "nothing is left out: the rest is set on page " + (fit.limit() + 1)
                + ". Shorten the body (a paragraph tagged for some applications only, selected with --tags, keeps one letter"
                + " for all), or allow " + pages + " pages (" + (fromCommandLine ? "--max-pages " : "max_pages: ") + pages + ")");
    }

    /** "the résumé does not fit on 1 page even at …: 12 lines (150 pt) are left over, on page 2". */
    private static String leftOver(String what, Pass pass, PageFit fit) {
        List<Page> pages = pass.laid().pages();
        PageSetup setup = pass.styled().setup();
        int lines = 0;
        float points = 0;
        for (Page page : pages.subList(fit.limit(), pages.size())) {
            lines += baselines(page, setup).size();
            points += used(page, setup);
        }
        String limit = fit.limit() + " page" + (fit.limit() == 1 ? "" : "s");
        String how = fit.tightening().isNone()
                ? "and the theme allows no tightening (its fit factors are all 1)"
                : "even at the tightest setting the theme allows (" + fit.tightening().describe() + ")";
        int over = pages.size() - fit.limit();
        return String.format(Locale.ROOT, "%s does not fit on %s %s: %d line%s (%.0f pt) are left over, on page%s %s",
                what, limit, how, lines, lines == 1 ? "" : "s", points, over == 1 ? "" : "s",
                over == 1 ? Integer.toString(fit.limit() + 1) : (fit.limit() + 1) + "–" + pages.size());
    }

    /** What stands past the limit in {@code pass}, set at the tightest setting. */
    static Overflow overflow(Pass pass, PageFit fit, List<Section> sections, boolean fromCommandLine) {
        List<Page> pages = pass.laid().pages();
        PageSetup setup = pass.styled().setup();
        float points = 0;
        for (Page page : pages.subList(fit.limit(), pages.size())) {
            points += used(page, setup);
        }
        String message = leftOver("the résumé", pass, fit);

        List<SectionHeight> tallest = heights(pass, sections);
        tallest.sort(Comparator.comparingDouble(SectionHeight::points).reversed());
        StringBuilder hint = new StringBuilder();
        if (!tallest.isEmpty()) {
            hint.append("the tallest sections: ");
            for (int i = 0; i < Math.min(3, tallest.size()); i++) {
                SectionHeight s = tallest.get(i);
                hint.append(i > 0 ? ", " : "").append(s.name()).append(String.format(Locale.ROOT, " (%.0f pt)", s.points()));
            }
            hint.append("; ");
        }
        // The example to leave out: the shortest section that would free enough room, if one would.
        String id = null;
        for (SectionHeight s : tallest) {
            if (s.id() != null && (id == null || s.points() >= points)) {
                id = s.id();
            }
        }
        id = id == null ? "ID" : id;
        hint.append("leave a section out (`--omit ").append(id).append("`, or `select: {omit: [").append(id)
                .append("]}` in the file), keep fewer of a section's entries (`limit: N`), set entries on one line"
                        + " (`show: {form: one-line}`), or allow ")
                .append(pages.size()).append(" pages (")
                .append(fromCommandLine ? "--max-pages " : "max_pages: ").append(pages.size()).append(')');
        return new Overflow(message, hint.toString());
    }

    /** A section's name for people (its id, else its title) and how tall it is set. */
    private record SectionHeight(String id, String name, float points) {}

    /**
     * Each section's height, from its title to the next section's title: the layout's bookmarks
     * say where each title is. The pages are taken as one strip, so a section that crosses a page
     * break counts the space left at the foot of the page.
     */
    private static List<SectionHeight> heights(Pass pass, List<Section> sections) {
        List<Page> pages = pass.laid().pages();
        PageSetup setup = pass.styled().setup();
        List<String> titles = new ArrayList<>();
        List<Float> starts = new ArrayList<>();
        for (int n = 0; n < pages.size(); n++) {
            for (Page.Bookmark b : pages.get(n).bookmarks()) {
                titles.add(b.title());
                starts.add(n * setup.textHeight() + b.y() - setup.top());
            }
        }
        float end = (pages.size() - 1) * setup.textHeight() + used(pages.get(pages.size() - 1), setup);
        List<Section> shown = sections.stream().filter(s -> !s.hidden()).toList();
        // The styler sets one bookmark per shown section, in order; if that ever changes, the
        // titles alone still say which section is meant.
        boolean matched = shown.size() == titles.size();
        List<SectionHeight> out = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            float next = i + 1 < starts.size() ? starts.get(i + 1) : end;
            String id = matched ? shown.get(i).id() : null;
            out.add(new SectionHeight(id, id != null ? id : "'" + titles.get(i) + "'", Math.max(0, next - starts.get(i))));
        }
        return out;
    }

    /** The baselines of the page's text, the footer's and the running header's left out. */
    private static Set<Float> baselines(Page page, PageSetup setup) {
        Set<Float> out = new HashSet<>();
        for (PageItem item : page.items()) {
            float y = switch (item) {
                case PageItem.Text t -> t.y();
                case PageItem.Icon i -> i.y();
                case PageItem.Missing m -> m.y();
                default -> Float.NaN;
            };
            if (y <= setup.height() - setup.bottom() && y >= setup.top()) {
                out.add(y);
            }
        }
        return out;
    }

    /** How far down the page's text goes, from the top margin, to below its last line's descenders. */
    private static float used(Page page, PageSetup setup) {
        float bottom = setup.top();
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.Text t && t.y() <= setup.height() - setup.bottom()) {
                bottom = Math.max(bottom, t.y() + 0.25f * t.size());
            }
        }
        return bottom - setup.top();
    }
}
