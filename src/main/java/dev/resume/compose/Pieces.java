package dev.resume.compose;

import dev.resume.model.Dates;
import dev.resume.model.PartialDate;
import dev.resume.model.Text;
import dev.resume.text.Phrases;
import dev.resume.text.Span;
import dev.resume.text.Typography;
import dev.resume.theme.DateFormatter;
import dev.resume.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The pieces of a field or of dates, worded as the theme says: its typographic corrections, its dates (or the résumé's). */
final class Pieces {
    private final Typography.Options corrections;
    private final Theme.DateStyle style;
    private final DateFormatter dates;
    private final Phrases words;

    /**
     * Pieces with the theme's corrections in the language's quotation marks, their dates
     * written in {@code style} (the theme's, or a résumé's choice over it) in the language of
     * {@code words}.
     */
    Pieces(Theme theme, Theme.DateStyle style, Phrases words) {
        this.corrections = theme.typography().corrections().withMarks(words.quotes());
        this.style = style;
        this.dates = new DateFormatter(style, words.language().locale());
        this.words = words;
    }

    Theme.DateStyle dateStyle() {
        return style;
    }

    /** The words of the résumé's language, with the theme's and the résumé's own over them. */
    Phrases words() {
        return words;
    }

    /** Whether a field is there to show: a blank one is as good as none. */
    static boolean present(Text t) {
        return t != null && !t.isBlank();
    }

    /** A field's spans, with the theme's typographic corrections, as pieces of {@code role} at the field's place. */
    List<Piece> of(Text t, Role role) {
        if (!present(t)) {
            return List.of();
        }
        List<Piece> out = new ArrayList<>();
        for (Span s : Typography.apply(t.spans(), corrections)) {
            out.add(Piece.of(s, role, t.pos()));
        }
        return List.copyOf(out);
    }

    /** A name as the theme's corrections write it ("Joseph E. Gonzalez"). */
    String corrected(String text) {
        return Typography.apply(text, corrections);
    }

    /**
     * "Sep 2023 – Present", "2026 (expected)", or the free text of {@code when}: each date holds
     * together, but a range may break after its separator (in a narrow column).
     */
    List<Piece> of(Dates d) {
        if (d == null || d.isEmpty()) {
            return List.of();
        }
        if (present(d.when())) {
            return of(d.when(), Role.DATE).stream().map(Piece::withNoBreak).toList();
        }
        List<Piece> out = new ArrayList<>();
        out.add(date(d.start()));
        if (d.end() != null) {
            out.add(Piece.of(style.separator(), Role.DATE));
            out.add(date(d.end()));
        }
        String expected = style.expected();
        if (d.expected() && expected != null && !expected.isBlank()) {
            out.add(Piece.of(" " + expected, Role.DATE));
        }
        return List.copyOf(out);
    }

    Piece date(PartialDate p) {
        return Piece.date(dates.format(p), iso(p));
    }

    /** The date as HTML's {@code datetime} wants it: "2023", "2023-09", "2023-11-06"; null for "present". */
    private static String iso(PartialDate p) {
        if (p.present()) {
            return null;
        }
        String year = String.format(Locale.ROOT, "%04d", p.year());
        if (p.month() == 0) {
            return year;
        }
        String month = String.format(Locale.ROOT, "%s-%02d", year, p.month());
        return p.day() == 0 ? month : String.format(Locale.ROOT, "%s-%02d", month, p.day());
    }

    static List<Piece> linked(List<Piece> pieces, String url) {
        return url == null ? pieces : pieces.stream().map(p -> p.linkedTo(url)).toList();
    }

    /** "Title, subtitle": the second part after a comma, when there is one. */
    static List<Piece> joined(List<Piece> first, List<Piece> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<Piece> out = new ArrayList<>(first);
        out.add(Piece.of(", ", Role.SEPARATOR));
        out.addAll(second);
        return List.copyOf(out);
    }
}
