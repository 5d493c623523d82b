package dev.resume.verify;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether the glyphs in an ActualText span map, in the font's ToUnicode map, only to characters
 * the span stands for: a reader that ignores ActualText reads those maps, and a glyph a font
 * shares between two characters ("・" and "‧" in Noto Sans CJK) must not read as the other one.
 *
 * <p>Order and count are not compared: glyphs come in the order they are drawn (a Devanagari
 * vowel sign before its consonant), a ligature stands for several letters, and a split vowel
 * has two glyphs for one letter. What is compared is which characters: decomposed (NFKD, so "ﬃ"
 * is "ffi" and "é" is "e" and an accent), case-folded (small capitals are drawn as capitals),
 * with the mirrored forms of brackets (drawn mirrored in right-to-left text), without spaces
 * and invisible format characters.
 */
final class GlyphTruth {
    private GlyphTruth() {}

    /** A description of what reads wrong, or null when every glyph is among the span's characters. */
    static String check(String actual, String glyphs) {
        Set<Integer> allowed = letters(actual);
        for (int c : Set.copyOf(allowed)) {
            allowed.add(UCharacter.getMirror(c));
            allowed.addAll(VISUAL_PARTS.getOrDefault(c, Set.of()));
        }
        Set<Integer> wrong = letters(glyphs);
        wrong.removeAll(allowed);
        if (wrong.isEmpty()) {
            return null;
        }
        Set<Integer> unread = letters(actual);
        unread.removeAll(letters(glyphs));
        return "'" + actual.strip() + "' reads as '" + glyphs.strip() + "' where ActualText is ignored: a glyph reads as "
                + names(wrong) + ", which the text does not have" + (unread.isEmpty() ? "" : " (no glyph reads as its " + names(unread) + ")")
                + "; the font's ToUnicode map gives the glyph a wrong character";
    }

    /**
     * Two-part Devanagari vowel signs, which Unicode does not decompose but fonts draw in two
     * glyphs: ो is the ा glyph with an e-sign on top (ौ: with an ai-sign). A font's ToUnicode map
     * gives a glyph one reading, and the ा glyph must read ा in "शर्मा"; in "दोनों" it then reads
     * ा too, and a reader that ignores ActualText gets "दोनां". The ActualText span reads
     * right; the check accepts the part (the closing note of issue 13 says so).
     */
    private static final java.util.Map<Integer, Set<Integer>> VISUAL_PARTS = java.util.Map.of(
            0x094B, Set.of(0x093E, 0x0947), 0x094C, Set.of(0x093E, 0x0948));

    static Set<Integer> letters(String text) {
        String t = UCharacter.foldCase(Normalizer.normalize(text, Normalizer.Form.NFKD), true);
        return t.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && !UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT))
                .boxed().collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean rightToLeft(int c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** The text's code points from the last. */
    static String reversed(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = cps.length - 1; i >= 0; i--) {
            sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }

    /**
     * The text from its last letter to its first, each mark still after its letter: how a
     * right-to-left run is seen, as the export draws it (each mark after the letter it sits on).
     */
    static String seen(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder sb = new StringBuilder(text.length());
        int end = cps.length;
        for (int i = cps.length - 1; i >= 0; i--) {
            int type = Character.getType(cps[i]);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (!mark || i == 0) {
                for (int k = i; k < end; k++) {
                    sb.appendCodePoint(cps[k]);
                }
                end = i;
            }
        }
        return sb.toString();
    }

    private static String names(Set<Integer> chars) {
        return chars.stream().map(c -> "'" + Character.toString(c) + "' (U+" + String.format("%04X", c) + ")")
                .collect(Collectors.joining(", "));
    }
}
