package dev.resume.layout;

import dev.resume.diag.SourcePos;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A character no font of the theme can draw, and the run of text it came from. */
public record MissingGlyph(int codePoint, SourcePos pos) {

    /** Characters listed by name in a message; more are counted. */
    private static final int LISTED = 8;

    public String describe() {
        return describe(List.of(codePoint));
    }

    /** "no font of the theme has 李, 雷 (U+674E, U+96F7)", for characters in the order met. */
    public static String describe(Collection<Integer> codePoints) {
        List<Integer> listed = codePoints.stream().limit(LISTED).toList();
        String chars = listed.stream().map(Character::toString).collect(Collectors.joining(", "));
        String codes = listed.stream().map(c -> String.format("U+%04X", c)).collect(Collectors.joining(", "));
        int more = codePoints.size() - listed.size();
        return "no font of the theme has " + (listed.size() == 1 ? "the character " : "the characters ") + chars + " (" + codes
                + (more > 0 ? ", and " + more + " more" : "") + "); drawn as empty boxes";
    }

    /** What to install or configure for these characters: a Debian package by script. */
    public static String hint(Collection<Integer> codePoints) {
        String packages = codePoints.stream().map(MissingGlyph::packageFor).distinct().collect(Collectors.joining(" "));
        return "install fonts that have them (on Debian or Ubuntu: apt-get install " + packages
                + "), or add such a font to the theme's fonts.fallback list";
    }

    /** The Debian package whose fonts cover the character's script. */
    static String packageFor(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, YI:
                return "fonts-noto-cjk";
            default:
                break;
        }
        if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF) {
            return "fonts-noto-cjk"; // CJK punctuation and full-width forms
        }
        int type = Character.getType(cp);
        if (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL && cp >= 0x1F000 || cp >= 0x1F000 && cp <= 0x1FAFF) {
            return "fonts-symbola"; // emoji and pictographs, in one monochrome face
        }
        return "fonts-noto-core";
    }
}
