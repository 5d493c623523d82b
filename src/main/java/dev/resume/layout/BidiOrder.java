package dev.resume.layout;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * The bidirectional algorithm (UAX #9, ICU's implementation) applied to a paragraph's pieces.
 * Lines are broken in logical order, as typed; then each line's pieces are reordered into the
 * order they are seen in, by their embedding levels: in a right-to-left paragraph, words go
 * from right to left, and a Latin name or a number inside keeps its own order ("PyTorch و
 * Kubernetes", "2 مليون").
 *
 * <p>Levels: 0 for a left-to-right paragraph, 1 for a right-to-left one; runs embedded in it
 * get higher levels. Every piece handed to the export is of one level, so of one direction.
 */
final class BidiOrder {
    private BidiOrder() {}

    /** Whether a character is a strong right-to-left one (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
    private static boolean strongRight(int cp) {
        // The JDK's character data, not ICU's: a left-to-right résumé never starts ICU up.
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean strongLeft(int cp) {
        return Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
    }

    /** 1 if the first strong character of the runs is right to left, 0 if left to right, -1 if there is none. */
    static int firstStrong(List<Run> runs) {
        for (Run run : runs) {
            if (run.icon()) {
                continue;
            }
            String t = run.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                if (strongRight(cp)) {
                    return 1;
                }
                if (strongLeft(cp)) {
                    return 0;
                }
                i += Character.charCount(cp);
            }
        }
        return -1;
    }

    /**
     * The document's direction: right to left when most of its letters are (an Arabic or
     * Hebrew résumé, whatever the Latin names and e-mail addresses in it).
     */
    static int documentLevel(List<Block> blocks) {
        long[] counts = new long[2];
        count(blocks, counts);
        return counts[1] > counts[0] ? 1 : 0;
    }

    private static void count(List<Block> blocks, long[] counts) {
        for (Block b : blocks) {
            if (b instanceof Block.Group g) {
                count(g.blocks(), counts);
            } else if (b instanceof Block.Beside beside) {
                count(beside.blocks(), counts);
            } else if (b instanceof Block.Paragraph p) {
                for (Run run : p.runs()) {
                    if (!run.icon()) {
                        run.text().codePoints().forEach(cp -> {
                            if (strongRight(cp)) {
                                counts[1]++;
                            } else if (strongLeft(cp)) {
                                counts[0]++;
                            }
                        });
                    }
                }
            }
        }
    }

    /**
     * The paragraph's level: its direction if it has one, else that of its first strong
     * character (the marker's first: a label is read before its text), else the document's.
     */
    static int paragraphLevel(Block.Paragraph para, int documentLevel) {
        if (para.direction() == Block.Direction.DOCUMENT) {
            return documentLevel;
        }
        for (List<Run> runs : List.of(para.marker() == null ? List.<Run>of() : List.of(para.marker()), para.runs(), para.right(),
                para.aside() == null ? List.<Run>of() : para.aside().runs())) {
            int level = firstStrong(runs);
            if (level >= 0) {
                return level;
            }
        }
        return documentLevel;
    }

    /**
     * The pieces' text as the algorithm sees it: a space for a space or a forced break; and
     * where a line holds icons (the contact line: an icon, an address, a separator, an icon, a
     * telephone number…), each item's text, from after its icon to the separator after it, is an isolate
     * (FSI … PDI), so that the items follow the paragraph's direction whatever their own ("+962
     * 7 0000 0000" and an e-mail address are two items, not one left-to-right run). {@code at}
     * receives each piece's offset in that text.
     */
    private static String text(List<Piece> pieces, int[] at) {
        boolean icons = pieces.stream().anyMatch(Piece::icon);
        StringBuilder sb = new StringBuilder();
        boolean open = false;
        boolean afterIcon = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            // An item ends before the space that comes before the next separator or icon: inside
            // the item, that space would go with the item's own direction, to the wrong side.
            boolean spaceBeforeNext = p.kind() == Piece.Kind.SPACE && i + 1 < pieces.size()
                    && (pieces.get(i + 1).icon() || separator(pieces, i + 1));
            if (open && (p.icon() || separator(pieces, i) || spaceBeforeNext)) {
                sb.append('\u2069');
                open = false;
            }
            if (icons && afterIcon && p.kind() == Piece.Kind.WORD && !p.icon()) {
                sb.append('\u2068');
                open = true;
                afterIcon = false;
            }
            afterIcon |= p.icon();
            at[i] = sb.length();
            // An icon is a picture: no direction of its own.
            sb.append(p.icon() ? "\uFFFC" : p.kind() == Piece.Kind.WORD ? p.text() : " ");
        }
        if (open) {
            sb.append('\u2069');
        }
        return sb.toString();
    }

    /** A word of punctuation alone between spaces ("•", "|"): what separates a line's items. */
    private static boolean separator(List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        return p.kind() == Piece.Kind.WORD && i > 0 && pieces.get(i - 1).kind() == Piece.Kind.SPACE
                && (i + 1 == pieces.size() || pieces.get(i + 1).kind() == Piece.Kind.SPACE)
                && p.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static byte[] levels(String text, int level) {
        Bidi bidi = new Bidi();
        bidi.setPara(text, (byte) level, null);
        return bidi.getLevels();
    }

    /**
     * The pieces, each word piece that holds characters of several levels cut where the level
     * changes ("94%." in Arabic: "94%" is a left-to-right number, "." belongs to the Arabic
     * sentence), each part measured again. A right-to-left part with no letter of its own (a
     * bracket alone) is drawn with its mirrored glyphs: the shaper sets such a part left to
     * right, as it has no direction of its own, and with its characters in the order they are
     * seen.
     */
    static List<Piece> split(List<Piece> pieces, int level) {
        int[] at = new int[pieces.size()];
        String text = text(pieces, at);
        if (level == 0 && !java.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return pieces;
        }
        byte[] levels = levels(text, level);
        List<Piece> out = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            int offset = at[i];
            int length = p.kind() == Piece.Kind.WORD ? p.text().length() : 1;
            if (p.kind() != Piece.Kind.WORD || p.icon() || length == 0) {
                out.add(p);
                continue;
            }
            int start = 0;
            // Small capitals are drawn as other text than written: cut only where the two agree.
            boolean cuttable = p.actual() == null;
            for (int k = 1; k <= length; k++) {
                boolean boundary = k == length || (cuttable && levels[offset + k] != levels[offset + start]
                        && !Character.isLowSurrogate(p.text().charAt(k)));
                if (boundary) {
                    String part = p.text().substring(start, k);
                    out.add(mirrored(start == 0 && k == length ? p : part(p, start, k), levels[offset + start]));
                    start = k;
                }
            }
        }
        return out;
    }

    private static Piece part(Piece p, int start, int end) {
        String part = p.text().substring(start, end);
        int[] shy = java.util.Arrays.stream(p.shy()).filter(s -> s > start && s < end).map(s -> s - start).toArray();
        return p.withText(part, null, shy);
    }

    private static Piece mirrored(Piece p, int level) {
        if ((level & 1) == 0 || p.actual() != null || p.text().codePoints().anyMatch(BidiOrder::strongRight)) {
            return p;
        }
        // Right to left: each character mirrored, and the characters in the order they are seen
        // ("%." after an Arabic number is seen ".%"); the shaper sets text with no letter left to right.
        int[] cps = p.text().codePoints().map(UCharacter::getMirror).toArray();
        StringBuilder sb = new StringBuilder();
        for (int k = cps.length - 1; k >= 0; k--) {
            sb.appendCodePoint(cps[k]);
        }
        String m = sb.toString();
        if (m.equals(p.text())) {
            return p;
        }
        return p.withText(m, p.text(), p.shy());
    }

    /**
     * The order in which a line's pieces are seen, left to right: index i of the result is the
     * logical index of the i-th piece from the left. Spaces at the line's end take the
     * paragraph's level (rule L1), so they stay at its end.
     */
    static int[] visualOrder(List<Piece> line, int level) {
        int n = line.size();
        int[] at = new int[n];
        String text = text(line, at);
        if (level == 0 && !java.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return identity(n);
        }
        Bidi bidi = new Bidi();
        bidi.setPara(text, (byte) level, null);
        byte[] chars = bidi.getLevels();
        byte[] pieces = new byte[n];
        for (int i = 0; i < n; i++) {
            pieces[i] = chars.length == 0 ? (byte) level : chars[Math.min(at[i], chars.length - 1)];
        }
        return Bidi.reorderVisual(pieces);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
