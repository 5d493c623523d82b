package dev.resume.api;

import dev.resume.font.FontLibrary;
import dev.resume.layout.Face;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which face drew how many characters of a typeset résumé, and of which scripts: for
 * {@code render --stats}, so that the fonts chosen for other scripts are visible.
 *
 * @param source the font's file (with ",index" for a face of a collection), or "built-in:" and its name
 */
public record FontUse(String face, String source, int characters, List<String> scripts) {

    /** The faces drawing text on {@code pages}, in the order they first appear. */
    public static List<FontUse> of(List<Page> pages, FontLibrary fonts) {
        Map<Face, int[]> counts = new LinkedHashMap<>();
        Map<Face, Set<String>> scripts = new LinkedHashMap<>();
        for (Page page : pages) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.Text t) {
                    int[] n = counts.computeIfAbsent(t.face(), f -> new int[1]);
                    Set<String> s = scripts.computeIfAbsent(t.face(), f -> new LinkedHashSet<>());
                    t.text().codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> {
                        n[0]++;
                        UnicodeScript script = UnicodeScript.of(cp);
                        if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                            s.add(name(script));
                        } else if (Character.getType(cp) == Character.OTHER_SYMBOL) {
                            s.add("symbols");
                        }
                    });
                }
            }
        }
        List<FontUse> out = new ArrayList<>();
        counts.forEach((face, n) -> {
            if (n[0] == 0) {
                return; // drew only spaces
            }
            String source = fonts.source(face);
            out.add(new FontUse(face.name(), source == null ? "" : source, n[0], List.copyOf(scripts.get(face))));
        });
        return List.copyOf(out);
    }

    private static String name(UnicodeScript s) {
        String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** One line for --stats: "  NotoSerifCJKsc-Regular  1234 characters (Han)  /usr/share/…ttc,2". */
    public String describe() {
        return String.format(Locale.ROOT, "  %-30s %6d character%s%s  %s", face, characters, characters == 1 ? "" : "s",
                scripts.isEmpty() ? "" : " (" + String.join(", ", scripts) + ")", source);
    }
}
