package dev.resume.layout;

/**
 * Where a paragraph's text may break, or is spaced, between two characters that are neither
 * spaces nor forced breaks: Unicode's line breaking rules (UAX #14, as ICU implements them, with
 * the CJK rules: no line starts with 。，、）」 or a small kana, none ends with （「《), taken only
 * next to a character of a script written without spaces (Chinese, Japanese, Thai, …). Between
 * two characters of the scripts set with spaces (Latin, Greek, Cyrillic, Arabic, Hangul, …) the
 * breaker's own rules hold (spaces, hyphens, hyphenation), so Latin text breaks as it always did
 * and a Latin word inside Chinese text is never cut; Korean breaks at its spaces, as its readers
 * expect, not between syllables.
 *
 * <p>ICU is asked only about text that has such a character: its rules take tens of
 * milliseconds to load, which a Latin résumé never pays.
 */
final class BreakOpportunities {
    /** What lies between two characters. */
    enum Gap {
        NONE,
        /** A break opportunity between CJK characters: a justified line spreads its text there. */
        CHARACTER,
        /** A break opportunity with no stretch (Thai words, after CJK punctuation before Latin). */
        PLAIN,
        /** CJK next to Latin or a digit with no space typed: a quarter em; a break opportunity too. */
        SPACED_BREAK,
        /** As above where the rules forbid a break. */
        SPACED
    }

    private static final BreakOpportunities NO_GAPS = new BreakOpportunities(null);

    /** The gap before each character (index i: between characters i - 1 and i); null when none anywhere. */
    private final Gap[] gaps;

    private BreakOpportunities(Gap[] gaps) {
        this.gaps = gaps;
    }

    Gap at(int index) {
        return gaps == null || index <= 0 || index >= gaps.length ? Gap.NONE : gaps[index];
    }

    static BreakOpportunities of(String text) {
        if (!needsRules(text)) {
            return NO_GAPS;
        }
        Gap[] gaps = new Gap[text.length() + 1];
        java.util.Arrays.fill(gaps, Gap.NONE);
        for (int p : Icu.lineBreaks(text)) {
            if (p <= 0 || p >= text.length()) {
                continue;
            }
            int before = text.codePointBefore(p);
            int after = text.codePointAt(p);
            if (!between(before, after) || !(withoutSpaces(before) || withoutSpaces(after))) {
                continue;
            }
            gaps[p] = spaced(before, after) ? Gap.SPACED_BREAK : cjk(before) && cjk(after) ? Gap.CHARACTER : Gap.PLAIN;
        }
        for (int p = 1; p < text.length(); p++) {
            if (gaps[p] == Gap.NONE && !Character.isLowSurrogate(text.charAt(p)) && spaced(text.codePointBefore(p), text.codePointAt(p))) {
                gaps[p] = Gap.SPACED;
            }
        }
        return new BreakOpportunities(gaps);
    }

    /** Whether any character of the text belongs to a script written without spaces. */
    static boolean needsRules(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Below Thai, every script is set with spaces: Latin text is decided here, char by char.
            if (c >= 0x0E00 && withoutSpaces(Character.isHighSurrogate(c) ? text.codePointAt(i) : c)) {
                return true;
            }
        }
        return false;
    }

    /** Two characters that neither are, nor stand next to, what the breaker handles itself. */
    private static boolean between(int before, int after) {
        return !Shaper.isSeparator(before) && !Shaper.isSeparator(after);
    }

    /** A character of a script written without spaces between words, or CJK punctuation. */
    static boolean withoutSpaces(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        if (cjk(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR
                || script == Character.UnicodeScript.TIBETAN || script == Character.UnicodeScript.YI;
    }

    /** A Chinese or Japanese character: ideograph, kana, bopomofo, or CJK punctuation and fullwidth forms. */
    static boolean cjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (ideographic(cp)) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.KATAKANA || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT || block == Character.UnicodeBlock.KANGXI_RADICALS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS || block == Character.UnicodeBlock.CJK_COMPATIBILITY;
    }

    /** An ideograph or kana (a letter of Chinese or Japanese, not punctuation). */
    private static boolean ideographic(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO)
                && Character.isLetter(cp);
    }

    /** A letter or digit of a script set with spaces, as in "A100" or "GPU". */
    private static boolean western(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        if (cp < 0x80) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    /** Whether the two neighbours get the CJK–Latin space (xeCJK's and Typst's quarter em). */
    private static boolean spaced(int before, int after) {
        return ideographic(before) && western(after) || western(before) && ideographic(after);
    }

    /** ICU, in a class of its own so that it is loaded only when asked. */
    private static final class Icu {
        private static final com.ibm.icu.text.BreakIterator LINE = com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.ROOT);

        /** The positions where ICU's line break rules allow a break. */
        static synchronized int[] lineBreaks(String text) {
            LINE.setText(text);
            java.util.List<Integer> out = new java.util.ArrayList<>();
            for (int p = LINE.next(); p != com.ibm.icu.text.BreakIterator.DONE; p = LINE.next()) {
                out.add(p);
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
