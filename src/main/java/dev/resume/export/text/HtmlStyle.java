package dev.resume.export.text;

import dev.resume.theme.Theme;
import java.util.Locale;

/**
 * The page's CSS, from the theme: its colours, its fonts (by family name, with look-alike
 * system fonts after them, since the page embeds no font), the section titles' case, rule and
 * colour, the looks of subtitles and of the text at the right, the bullet glyphs, the header's
 * alignment and separator. Sizes are the browser's: a web page should follow the reader's
 * settings, not the paper's points.
 */
final class HtmlStyle {
    private final Theme theme;

    HtmlStyle(Theme theme) {
        this.theme = theme;
    }

    /** The photo floats at its side of the header, cut as in the PDF (CSS's object-fit: cover). */
    private void photo(StringBuilder css) {
        Theme.Photo p = theme.photo();
        float side = Math.min(p.width(), p.height());
        boolean circle = p.shape() == Theme.PhotoShape.CIRCLE;
        css.append(".photo { float: ").append(p.side().name().toLowerCase(Locale.ROOT)).append("; width: ")
                .append(pt(circle ? side : p.width())).append("; height: ").append(pt(circle ? side : p.height()))
                .append("; object-fit: cover; margin-").append(p.side() == Theme.Side.LEFT ? "right" : "left").append(": ")
                .append(pt(p.gap())).append(";").append(circle ? " border-radius: 50%;" : p.shape() == Theme.PhotoShape.ROUNDED
                        ? " border-radius: " + pt(p.radius()) + ";" : "")
                .append(p.border() > 0 ? " border: " + pt(p.border()) + " solid " + color(p.borderColor()) + ";" : "")
                .append(" }\n");
        css.append("header::after { content: \"\"; display: block; clear: both; }\n");
    }

    /** A length in points, as CSS writes it. */
    private static String pt(float points) {
        return String.format(Locale.ROOT, "%.1fpt", points);
    }

    /** The page's CSS; {@code photo}: with the rules of the header's photo. */
    String css(boolean photo) {
        Theme.Colors c = theme.colors();
        Theme.Header h = theme.header();
        Theme.SectionTitle st = theme.sectionTitle();
        Theme.Entries e = theme.entries();
        String align = h.align().name().toLowerCase(Locale.ROOT);
        String justify = switch (h.align()) {
            case LEFT -> "flex-start";
            case CENTER -> "center";
            case RIGHT -> "flex-end";
        };
        String sep = h.separator().strip();
        StringBuilder css = new StringBuilder();
        css.append(":root { --text: ").append(color(c.text())).append("; --accent: ").append(color(c.accent()))
                .append("; --muted: ").append(color(c.muted())).append("; --rule: ").append(color(c.rule()))
                .append("; --link: ").append(color(c.link())).append("; }\n");
        css.append("body { font-family: ").append(family(theme.fonts().body().regular())).append("; color: var(--text);")
                .append(" line-height: ").append(String.format(Locale.ROOT, "%.2f", Math.max(1.3f, theme.spacing().leading() + 0.15f)))
                .append("; max-width: 50rem; margin: 2.5rem auto; padding: 0 1.25rem; }\n");
        css.append("a { color: var(--link); text-decoration-color: var(--accent); text-underline-offset: 0.15em; }\n");
        css.append("header { text-align: ").append(align).append("; margin-bottom: 1.5rem; }\n");
        if (photo) {
            photo(css);
        }
        css.append("h1 { font-family: ").append(family(theme.fonts().heading().regular())).append("; font-size: 2.3em; margin: 0;")
                .append(" font-weight: ").append(h.nameBold() ? "bold" : "normal").append(";")
                .append(h.nameSmallCaps() ? " font-variant: small-caps;" : "").append(" color: ").append(color(h.nameColor()))
                .append("; }\n");
        css.append(".headline { font-style: italic; color: var(--muted); margin: 0.2em 0; font-size: 1.15em; }\n");
        css.append(".contact { list-style: none; padding: 0; margin: 0.5em 0 0; display: flex; flex-wrap: wrap; justify-content: ")
                .append(justify).append("; gap: 0.2em 0.8em; }\n");
        if (!sep.isEmpty()) {
            css.append(".contact li + li::before { content: \"").append(cssString(sep))
                    .append("\"; color: var(--muted); margin-right: 0.8em; }\n");
        }
        css.append("h2 { font-family: ").append(family(theme.fonts().heading().regular())).append("; font-size: 1.3em; color: ")
                .append(color(st.color())).append("; font-weight: ").append(st.bold() ? "bold" : "normal").append(";")
                .append(switch (st.textCase()) {
                    case UPPER -> " text-transform: uppercase; letter-spacing: 0.04em;";
                    case SMALL_CAPS -> " font-variant: small-caps;";
                    case AS_WRITTEN -> "";
                }).append(" margin: 1.6em 0 0.6em;").append(switch (st.rule()) {
                    case BELOW -> " border-bottom: 1px solid var(--rule); padding-bottom: 0.1em;";
                    case AFTER -> " display: flex; align-items: center; gap: 0.5em;";
                    case LEFT -> " border-left: 0.3em solid var(--rule); padding-left: 0.5em;";
                    case NONE -> "";
                }).append(" }\n");
        if (st.rule() == Theme.RulePlacement.AFTER) {
            css.append("h2::after { content: \"\"; flex: 1; border-top: 1px solid var(--rule); }\n");
        }
        css.append("h3, h4 { font-size: 1em; margin: 0; }\nh3 { font-weight: bold; }\n");
        css.append("h4, .subtitle { font-weight: normal; ").append(look(e.subtitle())).append(" color: ")
                .append(color(e.subtitleColor())).append("; }\n");
        css.append(".row { display: flex; justify-content: space-between; align-items: baseline; gap: 0 1.5em; }\n");
        css.append(".right { text-align: right; ").append(look(e.right())).append(" color: ").append(color(e.rightColor()))
                .append("; }\n");
        if (!e.dateColor().equalsIgnoreCase(e.rightColor())) {
            css.append(".right time { color: ").append(color(e.dateColor())).append("; }\n");
        }
        css.append(".entry { margin: 0.8em 0; }\n.role { margin: 0.4em 0 0; }\n");
        css.append("p { margin: 0.4em 0; }\n");
        Theme.Typography ty = theme.typography();
        String hyphens = ty.hyphenate() ? " hyphens: auto;" : "";
        if (ty.justifies(Theme.TextKind.PARAGRAPHS)) {
            css.append("section > p { text-align: justify;").append(hyphens).append(" }\n");
        }
        if (ty.justifies(Theme.TextKind.ABSTRACTS)) {
            css.append(".abstract { text-align: justify;").append(hyphens).append(" }\n");
        }
        if (ty.justifies(Theme.TextKind.BULLETS)) {
            css.append("ul.bullets li, ul.sub li { text-align: justify;").append(hyphens).append(" }\n");
        }
        css.append(".note { font-style: italic; color: var(--muted); margin: 0; }\n.url { margin: 0; }\n");
        css.append("ul.bullets, ul.sub { margin: 0.2em 0; padding-left: 1.4em; }\n");
        css.append("ul.bullets > li::marker { content: \"").append(cssString(e.bullet())).append("  \"; color: var(--accent); }\n");
        css.append("ul.sub > li::marker { content: \"").append(cssString(e.subBullet())).append("  \"; color: var(--accent); }\n");
        css.append("ul.lines, ol.publications { list-style: none; padding: 0; margin: 0; }\n");
        css.append("ul.lines > li { margin: 0.25em 0; }\n");
        css.append("ol.publications > li { margin: 0.8em 0; }\n");
        css.append("cite.title { font-style: normal; font-weight: bold; }\n");
        css.append(".authors, .venue, .abstract, .subjects { margin: 0 0 0 1.4em; }\n");
        css.append(".venue a.link { color: var(--accent); text-decoration: none; }\n");
        css.append(".abstract { font-size: 0.92em; margin-top: 0.3em; }\n.subjects { font-size: 0.92em; color: var(--muted); }\n");
        css.append("dl.skills { margin: 0; }\ndl.skills > div { margin: 0.2em 0; }\n");
        css.append("dt { display: inline; font-weight: bold; }\ndt::after { content: \":\"; }\ndd { display: inline; margin: 0; }\n");
        css.append("code { font-family: ").append(family(theme.fonts().mono().regular())).append("; font-size: 0.9em; }\n");
        css.append("@media (max-width: 36rem) { .row { display: block; } .right { display: block; text-align: left; } }\n");
        css.append("@media print { body { margin: 0; max-width: none; } a { text-decoration: none; } }\n");
        return css.toString();
    }

    private static String look(Theme.TextLook look) {
        return switch (look) {
            case PLAIN -> "font-style: normal;";
            case ITALIC -> "font-style: italic;";
            case SMALL_CAPS -> "font-style: normal; font-variant: small-caps;";
        };
    }

    /** A theme colour ("#1a1a1a"): only hex digits pass, so nothing can break out of the CSS. */
    private static String color(String c) {
        return c != null && c.matches("#[0-9A-Fa-f]{3,8}") ? c : "inherit";
    }

    /** A CSS string's content: quotes and backslashes escaped, no line breaks. */
    private static String cssString(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\' || cp == '<' || cp == '>' || cp == '&' || cp < 0x20) {
                sb.append('\\').append(Integer.toHexString(cp)).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * A CSS font stack for a theme's font file: the family's name, then system fonts that look
     * like it, then the generic family. Only names, never a URL: the page stays self-contained.
     */
    static String family(String file) {
        String f = file == null ? "" : file.toLowerCase(Locale.ROOT);
        if (f.contains("pagella")) {
            return "\"TeX Gyre Pagella\", \"Palatino Linotype\", Palatino, \"Book Antiqua\", serif";
        }
        if (f.contains("termes")) {
            return "\"TeX Gyre Termes\", \"Times New Roman\", Times, serif";
        }
        if (f.contains("heros")) {
            return "\"TeX Gyre Heros\", Helvetica, Arial, sans-serif";
        }
        if (f.contains("lato")) {
            return "Lato, \"Helvetica Neue\", Arial, sans-serif";
        }
        if (f.contains("lmroman") || f.contains("latin-modern")) {
            return "\"Latin Modern Roman\", \"Computer Modern Serif\", Georgia, serif";
        }
        if (f.contains("mono")) {
            return "\"DejaVu Sans Mono\", Menlo, Consolas, monospace";
        }
        if (f.contains("dejavusans")) {
            return "\"DejaVu Sans\", Verdana, sans-serif";
        }
        // Another font: its file name without the style, as a guess at its family name.
        String name = f.replaceAll(".*/", "").replaceAll("\\.(otf|ttf|ttc|woff2?)(,\\d+)?$", "")
                .replaceAll("[-_ ]?(regular|roman|book|normal)$", "");
        String generic = f.contains("sans") || f.contains("grotesk") || f.contains("gothic") ? "sans-serif" : "serif";
        String quoted = name.replaceAll("[^a-z0-9 _-]", "");
        return quoted.isEmpty() ? generic : "\"" + quoted + "\", " + generic;
    }
}
