package dev.resume.layout;

import java.util.List;

/**
 * Character protrusion: a justified line's first and last glyphs hang into the margins by a
 * share of their advance, so that the margin looks straight to the eye. A full stop or a hyphen
 * at a line's end carries little ink, which leaves a dent in the margin where a letter would
 * fill it; hung out by about half its width, its ink lines up with the letters above and below.
 * Opening quotes and brackets hang at a line's start; a few letters with open sides (A, V, W,
 * Y, T) hang a little. The shares are this project's, judged on TeX Gyre Pagella and Heros
 * (what the eye takes for the edge of each glyph), in the manner of microtype's defaults.
 */
public final class Protrusion {
    private Protrusion() {}

    /** The share of a character's advance that hangs into the left margin when it starts a line. */
    public static float leftShare(int c) {
        return switch (c) {
            case '‘', '“', '\'', '"', '’', '”', '„', '‚', '«', '‹' -> 0.5f;
            case '-', '\u2010' -> 0.5f;
            case '–' -> 0.35f;
            case '—' -> 0.2f;
            case '(', '[', '{' -> 0.1f;
            case '1' -> 0.08f;
            case 'A', 'J', 'T', 'V', 'W', 'X', 'Y' -> 0.05f;
            case 'v', 'w', 'x', 'y' -> 0.03f;
            default -> 0;
        };
    }

    /** The share of a character's advance that hangs into the right margin when it ends a line. */
    public static float rightShare(int c) {
        return switch (c) {
            case '.', ',' -> 0.6f;
            case '-', '\u2010' -> 0.6f;
            case '’', '”', '\'', '"', '»', '›' -> 0.5f;
            case ':', ';' -> 0.45f;
            case '–' -> 0.35f;
            case '‘', '“' -> 0.3f;
            case '—', '…' -> 0.2f;
            case '!', '?' -> 0.15f;
            case ')', ']', '}' -> 0.1f;
            case 'A', 'K', 'L', 'T', 'V', 'W', 'X', 'Y' -> 0.05f;
            case 'k', 'r', 'v', 'w', 'x', 'y' -> 0.03f;
            default -> 0;
        };
    }

    /** How far a line hangs into the left margin, in points: its first glyph's share of its advance. */
    static float left(List<Piece> line) {
        for (Piece p : line) {
            if (p.kind() == Piece.Kind.WORD && !p.text().isEmpty()) {
                return atStart(p, 0);
            }
        }
        return 0;
    }

    /** How far a line hangs into the right margin, in points: its last glyph's share of its advance. */
    static float right(List<Piece> line) {
        for (int i = line.size() - 1; i >= 0; i--) {
            Piece p = line.get(i);
            if (p.kind() == Piece.Kind.WORD && !p.text().isEmpty()) {
                return atEnd(p, p.text().length());
            }
        }
        return 0;
    }

    /** The hang of the character at {@code offset} of a piece when it starts a line. */
    static float atStart(Piece p, int offset) {
        if (!hangs(p) || offset >= p.text().length()) {
            return 0;
        }
        int c = p.text().codePointAt(offset);
        float share = leftShare(c);
        return share == 0 ? 0 : share * p.face().width(Character.toString(c), p.size());
    }

    /** The hang of the character just before {@code end} in a piece when it ends a line. */
    static float atEnd(Piece p, int end) {
        if (!hangs(p) || end <= 0) {
            return 0;
        }
        int c = p.text().codePointBefore(end);
        float share = rightShare(c);
        return share == 0 ? 0 : share * p.face().width(Character.toString(c), p.size());
    }

    /** The hang of a hyphen added after a piece's text where a line breaks a word. */
    static float hyphen(Piece p) {
        return hangs(p) ? rightShare('-') * p.face().width(BreakPoints.HYPHEN, p.size()) : 0;
    }

    /** Text only: an icon is a picture, a missing glyph's box is no glyph's shape. */
    private static boolean hangs(Piece p) {
        return p.kind() == Piece.Kind.WORD && !p.icon() && !(p.face() instanceof MissingFace);
    }
}
