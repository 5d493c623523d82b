package dev.resume.font;

import dev.resume.layout.Face;
import dev.resume.layout.FontFamily;
import dev.resume.layout.Uncovered;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses installed fonts for the characters a theme's fonts lack, script by script: for each
 * script the well-known good families first (Noto Serif CJK SC for Chinese in a serif theme,
 * Noto Naskh Arabic, Symbola for symbols and emoji…), serif or sans after the theme's body
 * font, each family with its bold and italic faces where it has them and the text needs them.
 * A candidate is loaded (once a process, by the FontLibrary) only to confirm it has the
 * characters; colour-only fonts are never candidates. After the installed fonts comes the
 * built-in fallbacks: Droid Sans Fallback for CJK, NanumSquare for Hangul.
 */
final class FallbackChooser {
    /**
     * The fallbacks shipped with the tool, in order: Droid Sans Fallback for ideographs, kana and
     * CJK punctuation (it has no Hangul), NanumSquare for Hangul; one sans weight each.
     */
    static final List<String> BUILT_IN = List.of("droid/DroidSansFallbackFull.ttf", "nanum/NanumSquareR.ttf");
    /** Candidate families tried per script before giving up on it, to bound the fonts parsed. */
    private static final int MAX_TRIES = 8;

    private final FontLibrary library;
    private final boolean serif;

    FallbackChooser(FontLibrary library, boolean serif) {
        this.library = library;
        this.serif = serif;
    }

    List<FontFamily> families(List<Uncovered> needs) {
        List<FontFamily> out = new ArrayList<>();
        Set<Integer> left = new LinkedHashSet<>(Uncovered.codePoints(needs));
        // A CJK font has Cyrillic, Greek and Latin letters too, in its own design: it comes
        // after the faces chosen for those scripts, so that a Russian word beside a Chinese one
        // is set in the Cyrillic face.
        List<FontFamily> cjkFamilies = new ArrayList<>();
        if (library.systemFonts()) {
            String cjk = cjkRegion(left);
            for (Map.Entry<String, Set<Integer>> group : groups(left).entrySet()) {
                Set<Integer> todo = new LinkedHashSet<>(group.getValue());
                int tries = 0;
                for (String family : candidates(group.getKey(), cjk)) {
                    if (todo.isEmpty() || tries >= MAX_TRIES) {
                        break;
                    }
                    List<SystemFont> faces = SystemFonts.family(family).stream().filter(SystemFont::outlines).toList();
                    if (faces.isEmpty()) {
                        continue;
                    }
                    tries++;
                    FontFamily f = family(faces, todo, needs);
                    if (f != null) {
                        (group.getKey().equals("CJK") ? cjkFamilies : out).add(f);
                        todo.removeIf(f.regular()::canDisplay);
                    }
                }
                left.removeAll(group.getValue());
                left.addAll(todo);
            }
        }
        out.addAll(cjkFamilies);
        for (String builtIn : BUILT_IN) {
            if (left.isEmpty()) {
                break;
            }
            PdfFace face = library.face(builtIn, List.of());
            if (left.stream().anyMatch(face::canDisplay)) {
                out.add(FontFamily.of(face));
                left.removeIf(face::canDisplay);
            }
        }
        return List.copyOf(out);
    }

    /** A family of installed faces, or null when its regular face has none of {@code todo}. */
    private FontFamily family(List<SystemFont> faces, Set<Integer> todo, List<Uncovered> needs) {
        SystemFont regular = pick(faces, 400, false);
        PdfFace r;
        try {
            r = library.face(regular.reference(), List.of());
        } catch (FontLoadException e) {
            return null; // a font OpenPDF cannot read is no candidate
        }
        if (todo.stream().noneMatch(r::canDisplay)) {
            return null;
        }
        boolean bold = false;
        boolean italic = false;
        boolean boldItalic = false;
        for (Uncovered u : needs) {
            if (todo.contains(u.codePoint()) && r.canDisplay(u.codePoint())) {
                bold |= u.bold() && !u.italic();
                italic |= u.italic() && !u.bold();
                boldItalic |= u.bold() && u.italic();
            }
        }
        Face b = bold || boldItalic ? styled(faces, 700, false, r) : r;
        Face i = italic || boldItalic ? styled(faces, 400, true, r) : r;
        Face bi = boldItalic ? styled(faces, 700, true, b) : b;
        return new FontFamily(regular.family(), r, b, i, bi, List.of());
    }

    /** The face of {@code faces} with that weight and slant, or {@code otherwise} where the family has none. */
    private Face styled(List<SystemFont> faces, int weight, boolean italic, Face otherwise) {
        SystemFont f = pick(faces, weight, italic);
        if (f.italic() != italic || (weight >= 600) != f.isBold()) {
            return otherwise;
        }
        try {
            return library.face(f.reference(), List.of());
        } catch (FontLoadException e) {
            return otherwise;
        }
    }

    /** The face nearest to {@code weight}, upright or slanted as asked where it can. */
    private static SystemFont pick(List<SystemFont> faces, int weight, boolean italic) {
        SystemFont best = null;
        for (SystemFont f : faces) {
            if (best == null || score(f, weight, italic) < score(best, weight, italic)) {
                best = f;
            }
        }
        return best;
    }

    private static int score(SystemFont f, int weight, boolean italic) {
        return Math.abs(f.weight() - weight) + (f.italic() != italic ? 1000 : 0) + (f.isCollection() ? 0 : 1);
    }

    /** The characters by script group: CJK (Han, kana, Hangul, Bopomofo) as one, symbols as one. */
    static Map<String, Set<Integer>> groups(Set<Integer> codePoints) {
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        for (int cp : codePoints) {
            out.computeIfAbsent(group(cp), k -> new LinkedHashSet<>()).add(cp);
        }
        return out;
    }

    static String group(int cp) {
        UnicodeScript s = UnicodeScript.of(cp);
        return switch (s) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> "CJK";
            case COMMON, INHERITED, UNKNOWN -> isCjkPunctuation(cp) ? "CJK" : "SYMBOLS";
            default -> s.name();
        };
    }

    private static boolean isCjkPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3200 && cp <= 0x33FF);
    }

    /** JP when the text has kana, KR when it has Hangul, else SC: the faces differ in their ideographs. */
    static String cjkRegion(Set<Integer> codePoints) {
        boolean kana = false;
        boolean hangul = false;
        for (int cp : codePoints) {
            UnicodeScript s = UnicodeScript.of(cp);
            kana |= s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA;
            hangul |= s == UnicodeScript.HANGUL;
        }
        return kana ? "JP" : hangul ? "KR" : "SC";
    }

    /** Families to try for a script group, the best first, serif ones first in a serif theme. */
    List<String> candidates(String group, String region) {
        List<String> serifs;
        List<String> sans;
        List<String> others;
        switch (group) {
            case "CJK" -> {
                serifs = List.of("Noto Serif CJK " + region, "Source Han Serif " + region, "Source Han Serif",
                        region.equals("JP") ? "Hiragino Mincho ProN" : region.equals("KR") ? "AppleMyungjo" : "Songti SC",
                        region.equals("JP") ? "Yu Mincho" : region.equals("KR") ? "Batang" : "SimSun");
                sans = List.of("Noto Sans CJK " + region, "Source Han Sans " + region, "Source Han Sans",
                        region.equals("JP") ? "Hiragino Sans" : region.equals("KR") ? "Apple SD Gothic Neo" : "PingFang SC",
                        region.equals("JP") ? "Yu Gothic" : region.equals("KR") ? "Malgun Gothic" : "Microsoft YaHei");
                others = List.of("Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
                        "Arial Unicode MS");
            }
            case "ARABIC" -> {
                // Naskh is Arabic's text style whatever the Latin beside it, as in Arabic books
                // and newspapers; Noto Sans Arabic also hangs the tanween of "اً" outside its
                // alef, where readers take it for the start of the next word.
                serifs = List.of("Noto Naskh Arabic", "Amiri", "Noto Serif Arabic");
                sans = List.of("Noto Naskh Arabic", "Noto Sans Arabic", "Noto Kufi Arabic", "Geeza Pro", "Segoe UI");
                others = List.of("DejaVu Sans", "Arial", "FreeSerif");
            }
            case "SYMBOLS" -> {
                serifs = List.of();
                sans = List.of();
                others = List.of("Symbola", "Noto Sans Symbols", "Noto Sans Symbols 2", "Noto Sans Math", "DejaVu Sans", "Segoe UI Symbol",
                        "Apple Symbols", "FreeSerif", "Noto Sans");
            }
            default -> {
                String name = title(group);
                serifs = List.of("Noto Serif " + name, "Noto Serif", "DejaVu Serif", "FreeSerif");
                sans = List.of("Noto Sans " + name, "Noto Sans", "DejaVu Sans", "FreeSans");
                others = List.of("Noto Sans " + name + " UI", "Arial Unicode MS", "Nirmala UI", "Segoe UI");
            }
        }
        List<String> out = new ArrayList<>(serif ? serifs : sans);
        out.addAll(serif ? sans : serifs);
        out.addAll(others);
        // Then any installed family named for the script ("Lohit Devanagari", "Noto Sans Thai Looped").
        String word = title(group).toLowerCase(Locale.ROOT);
        if (!group.equals("CJK") && !group.equals("SYMBOLS")) {
            SystemFonts.all().stream().map(SystemFont::family).filter(f -> f.toLowerCase(Locale.ROOT).contains(word)).distinct()
                    .sorted().forEach(out::add);
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /** A script's name as Noto spells it: DEVANAGARI → Devanagari, OL_CHIKI → Ol Chiki. */
    static String title(String script) {
        StringBuilder sb = new StringBuilder();
        for (String w : script.toLowerCase(Locale.ROOT).split("_")) {
            if (!w.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
