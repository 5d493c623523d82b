package dev.resume.style;

import dev.resume.compose.Piece;
import dev.resume.compose.Role;
import dev.resume.layout.Rgb;
import dev.resume.layout.Run;
import dev.resume.layout.TextStyle;
import dev.resume.theme.Theme;
import java.util.ArrayList;
import java.util.List;

/** The theme's look of each role of composed text: font, size, colour; and pieces as the runs the layout sets. */
final class Looks {
    private final Theme theme;
    private final Families families;
    private final TextStyle text;
    private final Rgb accent;
    private final Rgb muted;
    private final Rgb link;

    Looks(Theme theme, Families families) {
        this.theme = theme;
        this.families = families;
        Theme.Colors c = theme.colors();
        this.text = new TextStyle(families.body(), theme.sizes().body(), false, false, Rgb.parse(c.text()), false, false);
        this.accent = Rgb.parse(c.accent());
        this.muted = Rgb.parse(c.muted());
        this.link = Rgb.parse(c.link());
    }

    /** Body text. */
    TextStyle text() {
        return text;
    }

    Rgb accent() {
        return accent;
    }

    Rgb muted() {
        return muted;
    }

    Rgb link() {
        return link;
    }

    /** The style a piece of {@code role} starts from, before its own looks. */
    TextStyle of(Role role) {
        return switch (role) {
            case TEXT, SEPARATOR, AUTHOR, OWNER, MARKS, VENUE, STATUS -> text;
            case TITLE, LABEL -> text.withBold(true);
            case SUBTITLE -> look(text, theme.entries().subtitle()).withColor(Rgb.parse(theme.entries().subtitleColor()));
            case PLACE, REMARK -> right();
            case DATE -> right().withColor(Rgb.parse(theme.entries().dateColor()));
            case URL -> right().withColor(link);
            case NOTE -> text.withItalic(true).withColor(muted);
            case DETAIL -> text.withColor(muted);
            case HIGHLIGHT, LINK -> text.withColor(accent);
            case ABSTRACT -> small();
            case SUBJECTS -> small().withColor(muted);
            case NAME -> name();
            case HEADLINE -> text.withSize(theme.sizes().headline()).withItalic(true).withColor(muted);
            case SECTION -> {
                Theme.SectionTitle st = theme.sectionTitle();
                yield new TextStyle(families.heading(), theme.sizes().section(), st.bold(), false, Rgb.parse(st.color()), false,
                        st.textCase() == Theme.Case.SMALL_CAPS);
            }
        };
    }

    private TextStyle right() {
        return look(text, theme.entries().right()).withColor(Rgb.parse(theme.entries().rightColor()));
    }

    private TextStyle small() {
        return text.withSize(theme.sizes().small());
    }

    private TextStyle name() {
        Theme.Header h = theme.header();
        return new TextStyle(families.heading(), theme.sizes().name(), h.nameBold(), false, Rgb.parse(h.nameColor()), false,
                h.nameSmallCaps());
    }

    private static TextStyle look(TextStyle t, Theme.TextLook look) {
        return switch (look) {
            case PLAIN -> t;
            case ITALIC -> t.withItalic(true);
            case SMALL_CAPS -> t.withSmallCaps(true);
        };
    }

    /**
     * Pieces as runs, each in its role's style with its own looks: code in the mono face, italics
     * in italic text upright, links in the link colour. An author list and a date are spans
     * ({@link #spans}).
     */
    List<Run> runs(List<Piece> pieces) {
        List<Run> runs = new ArrayList<>(pieces.size());
        boolean[] spans = spans(pieces);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            TextStyle base = of(p.role());
            TextStyle style = base;
            if (p.code()) {
                style = style.withFamily(families.mono()).withSize(base.size() * 0.9f);
            }
            if (p.bold()) {
                style = style.withBold(true);
            }
            if (p.italic()) {
                style = style.withItalic(!base.italic());
            }
            if (p.underline()) {
                style = style.withUnderline(true);
            }
            if (p.written()) {
                style = style.withColor(link);
            }
            if (p.link() != null && theme.links().underline() == Theme.LinkUnderline.UNDERLINE) {
                style = style.withUnderline(true);
            }
            runs.add(new Run(p.text(), style, p.link(), p.noBreak(), false, p.pos(), spans[i]));
        }
        return runs;
    }

    /**
     * Which pieces are part of a span, text that is one thing inside its line, for the structure
     * tree (a tagged PDF's Span, which a screen reader may name or skip): a paper's author list,
     * from its first name to its last (the separators between names in it, not the ". " after),
     * and a date (its parts and their separator, all in the date's role: two dates with a
     * separator between are two spans).
     */
    static boolean[] spans(List<Piece> pieces) {
        boolean[] out = new boolean[pieces.size()];
        int i = 0;
        while (i < pieces.size()) {
            int kind = spanKind(pieces.get(i).role());
            if (kind == 0) {
                i++;
                continue;
            }
            int end = i;
            for (int j = i + 1; j < pieces.size(); j++) {
                Role r = pieces.get(j).role();
                if (spanKind(r) == kind) {
                    end = j;
                } else if (kind != 1 || r != Role.SEPARATOR) {
                    break;
                }
            }
            for (int j = i; j <= end; j++) {
                out[j] = true;
            }
            i = end + 1;
        }
        return out;
    }

    /** The kind of span a role's text is part of: 1, an author list's; 2, a date's; 0, none. */
    private static int spanKind(Role role) {
        return switch (role) {
            case AUTHOR, OWNER, MARKS -> 1;
            case DATE -> 2;
            default -> 0;
        };
    }
}
