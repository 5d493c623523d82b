package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts runs into pieces: words, spaces and breaks, each word split where its characters need a
 * fallback font, and measured with the face that will draw it.
 */
final class Shaper {
    private final List<MissingGlyph> missing;

    Shaper(List<MissingGlyph> missing) {
        this.missing = missing;
    }

    /**
     * The runs' pieces. The text is normalised (NFC) first, so that "José" typed with a
     * combining accent is drawn, extracted and found as é; the break opportunities between
     * characters come from the paragraph's whole text, across its runs ("**张伟**。").
     */
    List<Piece> shape(List<Run> runs) {
        List<String> texts = new ArrayList<>(runs.size());
        for (Run run : runs) {
            // An icon stands in the text as an object (U+FFFC), as a picture in a line would.
            texts.add(run.icon() ? "\uFFFC" : nfc(run.text()));
        }
        texts = CjkSpaces.removed(texts);
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            all.append(text);
        }
        BreakOpportunities gaps = BreakOpportunities.of(all.toString());
        List<Piece> out = new ArrayList<>();
        int offset = 0;
        // Runs in a row that are part of a span make one: each row takes the next number.
        int span = 0;
        for (int k = 0; k < runs.size(); k++) {
            Run run = runs.get(k);
            int from = out.size();
            shapeRun(run, texts.get(k), offset, gaps, out);
            offset += texts.get(k).length();
            if (run.span()) {
                span += k > 0 && runs.get(k - 1).span() ? 0 : 1;
                for (int i = from; i < out.size(); i++) {
                    out.set(i, out.get(i).inSpan(span));
                }
            }
        }
        return out;
    }

    /** The text in Unicode's composed form (NFC); text with no combining mark is returned as it is. */
    static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
                        : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
            }
        }
        return text;
    }

    static final char ZERO_WIDTH_SPACE = '\u200B';
    static final char IDEOGRAPHIC_SPACE = '\u3000';
    /** How far a justified line may widen the gap between two CJK characters: xeCJK's 0.08 \baselineskip. */
    static final float CJK_STRETCH = 0.1f;
    /** The space between CJK and Latin or digits where none is typed: xeCJK's and Typst's quarter em. */
    static final float CJK_LATIN_SPACE = 0.25f;

    /**
     * {@code text} is the run's text normalised, {@code offset} where it starts in the
     * paragraph's text, to which {@code gaps} refers.
     */
    private void shapeRun(Run run, String text, int offset, BreakOpportunities gaps, List<Piece> out) {
        TextStyle style = run.style();
        if (run.icon()) {
            Face face = style.face();
            glue(gaps.at(offset), run, out);
            out.add(new Piece(Piece.Kind.WORD, run.text(), null, face, style.size(), face.width(run.text(), style.size()), style,
                    run.link(), run.noBreak(), true));
            return;
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                out.add(Piece.lineBreak(style));
                i++;
            } else if (isSpace(c) || c == IDEOGRAPHIC_SPACE) {
                int j = i;
                int ideographic = 0;
                while (j < text.length() && (isSpace(text.charAt(j)) || text.charAt(j) == IDEOGRAPHIC_SPACE)) {
                    ideographic += text.charAt(j) == IDEOGRAPHIC_SPACE ? 1 : 0;
                    j++;
                }
                Face face = style.face();
                // A row of spaces is one break opportunity as wide as all of them; an ideographic
                // space is an em wide, whatever the face's space is.
                float width = (j - i - ideographic) * face.width(" ", style.size()) + ideographic * style.size();
                out.add(Piece.space(width, style, run.link(), run.noBreak() || c == '\u00A0'));
                i = j;
            } else if (c == ZERO_WIDTH_SPACE) {
                // An invisible break opportunity: no glyph, no width, no stretch.
                out.add(Piece.glue(0, 0, style, run.link(), run.noBreak()));
                i++;
            } else {
                int j = i + 1;
                while (j < text.length() && !isSeparator(text.charAt(j)) && gaps.at(offset + j) == BreakOpportunities.Gap.NONE) {
                    j++;
                }
                glue(gaps.at(offset + i), run, out);
                String word = withoutJoiners(text.substring(i, j));
                if (!word.isEmpty()) {
                    word(word, run, out);
                }
                i = j;
            }
        }
    }

    /** The glue for a gap before a word (nothing for none). */
    private static void glue(BreakOpportunities.Gap gap, Run run, List<Piece> out) {
        TextStyle style = run.style();
        float em = style.size();
        switch (gap) {
            case NONE -> { }
            case CHARACTER -> out.add(Piece.glue(0, CJK_STRETCH * em, style, run.link(), run.noBreak()));
            case PLAIN -> out.add(Piece.glue(0, 0, style, run.link(), run.noBreak()));
            case SPACED_BREAK -> out.add(Piece.glue(CJK_LATIN_SPACE * em, CJK_LATIN_SPACE * em / 2, style, run.link(), run.noBreak()));
            case SPACED -> out.add(Piece.glue(CJK_LATIN_SPACE * em, CJK_LATIN_SPACE * em / 2, style, run.link(), true));
        }
    }

    /**
     * The word joiner (U+2060) and the byte-order mark (U+FEFF, the old word joiner) are
     * invisible: taken out of the drawn text, after they kept the break rules from breaking there.
     */
    private static String withoutJoiners(String word) {
        if (word.indexOf('\u2060') < 0 && word.indexOf('\uFEFF') < 0) {
            return word;
        }
        return word.replace("\u2060", "").replace("\uFEFF", "");
    }

    /** A forced line break: a new line, or Unicode's line and paragraph separators (U+2028, U+2029). */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\u2028' || c == '\u2029';
    }

    /** A character that ends a word: a space, a forced break or a zero-width space. */
    static boolean isSeparator(int c) {
        return isSpace((char) c) && c < 0x10000 || c == IDEOGRAPHIC_SPACE || c == ZERO_WIDTH_SPACE || isLineBreak(c);
    }

    /**
     * A space the line may stretch (and, but for the no-break space, break at). A thin space
     * (U+2009, U+202F) is not one: it is drawn as the fixed-width glyph it is, as TeX's \, is a
     * kern, and it keeps its neighbours on one line.
     */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /**
     * Splits a word into pieces by the face that has each character (and by small caps: the
     * font's own, or capitals made smaller where it has none). Soft
     * hyphens are taken out: they are never drawn, only remembered as places to break.
     */
    private void word(String written, Run run, List<Piece> out) {
        TextStyle style = run.style();
        String word = written;
        boolean[] shyBefore = null;
        if (written.indexOf(SOFT_HYPHEN) >= 0) {
            StringBuilder sb = new StringBuilder();
            shyBefore = new boolean[written.length() + 1];
            for (int k = 0; k < written.length(); k++) {
                if (written.charAt(k) == SOFT_HYPHEN) {
                    shyBefore[sb.length()] = true;
                } else {
                    sb.append(written.charAt(k));
                }
            }
            word = sb.toString();
            if (word.isEmpty()) {
                return;
            }
        }
        Face whole = wholeWordFace(word, style);
        int start = 0;
        Face current = null;
        boolean currentSmall = false;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int len = Character.charCount(cp);
            boolean small = style.smallCaps() && Character.isLowerCase(cp);
            Face face = current != null && isMark(cp) ? current : faceFor(cp, whole, style, run);
            if (small) {
                // The font's own small capital where it has one: the letter as written, in a
                // face that draws it so; else a capital made smaller (see emit).
                Face real = face.smallCaps();
                if (real != null && real.canDisplay(cp)) {
                    face = real;
                    small = false;
                }
            }
            if (current != null && (!face.equals(current) || small != currentSmall)) {
                emit(word.substring(start, i), current, currentSmall, run, out, shy(shyBefore, start, i));
                start = i;
            }
            current = face;
            currentSmall = small;
            i += len;
        }
        if (current != null) {
            emit(word.substring(start), current, currentSmall, run, out, shy(shyBefore, start, word.length()));
        }
    }

    /**
     * The one face that sets the whole word, or null where none has all its letters. A word
     * whose letters the primary face lacks in part ("Ωμέγα" with an accented letter the body font
     * lacks, "GPU集群") is set wholly in the first fallback that has them all, not in two fonts
     * that do not match; its punctuation (a comma after it) may stay in the primary face. Only
     * where no face has them all is the word split, character by character.
     */
    private static Face wholeWordFace(String word, TextStyle style) {
        Face primary = SyntheticFace.of(style.family(), style.bold(), style.italic());
        if (hasAll(primary, word)) {
            return primary;
        }
        for (FontFamily fallback : style.family().fallbacks()) {
            Face f = SyntheticFace.of(fallback, style.bold(), style.italic());
            if (hasAll(f, word)) {
                return f;
            }
        }
        return null;
    }

    /** Whether the face has every letter, mark, digit and symbol of the word: all but its punctuation and invisible characters. */
    private static boolean hasAll(Face face, String word) {
        return word.codePoints().allMatch(cp -> face.canDisplay(cp) || isPunctuation(cp) || Character.getType(cp) == Character.FORMAT);
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static final char SOFT_HYPHEN = '\u00AD';

    /** The soft hyphens strictly inside [start, end), as offsets from start. */
    private static int[] shy(boolean[] shyBefore, int start, int end) {
        if (shyBefore == null) {
            return new int[0];
        }
        return java.util.stream.IntStream.range(start + 1, end).filter(k -> shyBefore[k]).map(k -> k - start).toArray();
    }

    /**
     * A word's part in one face. Its characters may still be of several directions ("94%."
     * inside Arabic): the layout splits it by the bidirectional algorithm, which needs the
     * paragraph around it (see {@link BidiOrder}).
     */
    private void emit(String text, Face plain, boolean small, Run run, List<Piece> out, int[] shy) {
        TextStyle style = run.style();
        float size = small ? style.size() * ScaledCapitals.SCALE : style.size();
        String shown = small ? text.toUpperCase(java.util.Locale.ROOT) : text;
        // A box for a character no font has stays a box (see MissingFace).
        Face face = small && !(plain instanceof MissingFace) ? new ScaledCapitals(plain) : plain;
        shown = withoutInvisible(shown, face);
        if (shown.isEmpty()) {
            return;
        }
        // Offsets of soft hyphens hold only while the drawn text is the written one.
        int[] breaks = shown.equals(text) ? shy : new int[0];
        out.add(new Piece(Piece.Kind.WORD, shown, shown.equals(text) ? null : text, face, size, face.width(shown, size), style,
                run.link(), run.noBreak(), false, breaks));
    }

    /** Zero-width format characters the face cannot draw would print as boxes; they carry no ink. */
    private static String withoutInvisible(String s, Face face) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = Character.getType(c) == Character.FORMAT && !face.canDisplay(c);
            if (drop && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (!drop && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || cp == 0x200D || cp == 0x200C || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    /**
     * The face for one character: the word's face where it has it, else the first of the
     * primary face and the fallbacks that has it, each with the style it lacks synthesised; a
     * character none has is drawn as a box ({@link MissingFace}) and reported.
     */
    private Face faceFor(int cp, Face whole, TextStyle style, Run run) {
        if (whole != null && whole.canDisplay(cp)) {
            return whole;
        }
        Face primary = SyntheticFace.of(style.family(), style.bold(), style.italic());
        if (primary.canDisplay(cp)) {
            return primary;
        }
        for (FontFamily fallback : style.family().fallbacks()) {
            Face f = SyntheticFace.of(fallback, style.bold(), style.italic());
            if (f.canDisplay(cp)) {
                return f;
            }
        }
        // Invisible format characters (zero-width space, soft hyphen) need no glyph.
        if (Character.getType(cp) == Character.FORMAT) {
            return whole != null ? whole : primary;
        }
        missing.add(new MissingGlyph(cp, run.pos()));
        return missingFace(primary);
    }

    /** One box face per face, so that the boxes of a word are one piece. */
    private final java.util.Map<Face, MissingFace> boxes = new java.util.HashMap<>();

    private Face missingFace(Face primary) {
        return boxes.computeIfAbsent(primary, MissingFace::new);
    }
}
