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

    List<Piece> shape(List<Run> runs) {
        List<Piece> out = new ArrayList<>();
        for (Run run : runs) {
            shapeRun(run, out);
        }
        return out;
    }

    private void shapeRun(Run run, List<Piece> out) {
        TextStyle style = run.style();
        if (run.icon()) {
            Face face = style.face();
            out.add(new Piece(Piece.Kind.WORD, run.text(), null, face, style.size(), face.width(run.text(), style.size()), style,
                    run.link(), run.noBreak(), true));
            return;
        }
        String text = run.text();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(new Piece(Piece.Kind.BREAK, "", null, style.face(), style.size(), 0, style, null, false, false));
                i++;
            } else if (isSpace(c)) {
                int j = i;
                while (j < text.length() && isSpace(text.charAt(j))) {
                    j++;
                }
                Face face = style.face();
                // A row of spaces is one break opportunity as wide as all of them.
                out.add(new Piece(Piece.Kind.SPACE, " ", null, face, style.size(), (j - i) * face.width(" ", style.size()), style,
                        run.link(), run.noBreak() || c == '\u00A0', false));
                i = j;
            } else {
                int j = i;
                while (j < text.length() && text.charAt(j) != '\n' && !isSpace(text.charAt(j))) {
                    j++;
                }
                word(text.substring(i, j), run, out);
                i = j;
            }
        }
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
     * Splits a word into pieces by the face that has each character (and by small caps). Soft
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
        int start = 0;
        Face current = null;
        boolean currentSmall = false;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int len = Character.charCount(cp);
            boolean small = style.smallCaps() && Character.isLowerCase(cp);
            Face face = current != null && isMark(cp) ? current : faceFor(cp, style, run);
            if (current != null && (face != current || small != currentSmall)) {
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
    private void emit(String text, Face face, boolean small, Run run, List<Piece> out, int[] shy) {
        TextStyle style = run.style();
        float size = small ? style.size() * TextStyle.SMALL_CAPS_SCALE : style.size();
        String shown = small ? text.toUpperCase(java.util.Locale.ROOT) : text;
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
                || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    private Face faceFor(int cp, TextStyle style, Run run) {
        Face primary = style.face();
        if (primary.canDisplay(cp)) {
            return primary;
        }
        for (FontFamily fallback : style.family().fallbacks()) {
            Face f = fallback.face(style.bold(), style.italic());
            if (f.canDisplay(cp)) {
                return f;
            }
        }
        // Invisible format characters (zero-width space, soft hyphen) need no glyph.
        if (Character.getType(cp) == Character.FORMAT) {
            return primary;
        }
        missing.add(new MissingGlyph(cp, run.pos()));
        return primary;
    }
}
