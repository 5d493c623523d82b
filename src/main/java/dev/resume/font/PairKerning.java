package dev.resume.font;

import java.nio.ByteBuffer;

/**
 * A font's kerning between two glyphs, from the pair adjustments (GPOS lookup type 2) of its
 * "kern" feature: for glyphs the JDK's shaper never sees side by side, the small capitals that
 * {@link SmallCapFace} substitutes. Only the first glyph's horizontal advance is adjusted, as
 * kerning of left-to-right text does.
 */
final class PairKerning {
    static final PairKerning NONE = new PairKerning(null, new int[0], 1000);

    private final ByteBuffer font;
    /** Where each of the feature's lookups starts, in the order they apply. */
    private final int[] lookups;
    private final int unitsPerEm;

    private PairKerning(ByteBuffer font, int[] lookups, int unitsPerEm) {
        this.font = font;
        this.lookups = lookups;
        this.unitsPerEm = unitsPerEm;
    }

    /** The font's kerning; none when it has no GPOS "kern" feature or its tables are damaged. */
    static PairKerning read(byte[] data) {
        try {
            ByteBuffer b = ByteBuffer.wrap(data);
            int head = LayoutTables.table(b, LayoutTables.HEAD);
            int gpos = LayoutTables.table(b, LayoutTables.GPOS);
            if (head < 0 || gpos < 0) {
                return NONE;
            }
            int[] all = LayoutTables.lookups(b, gpos);
            int[] kern = LayoutTables.featureLookups(b, gpos, "kern");
            int[] at = new int[kern.length];
            for (int i = 0; i < kern.length; i++) {
                at[i] = all[kern[i]];
            }
            int upem = LayoutTables.u16(b, head + 18);
            return new PairKerning(b, at, upem == 0 ? 1000 : upem);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    /** The font's units per em, which {@link #between} counts in. */
    int unitsPerEm() {
        return unitsPerEm;
    }

    /** How much the advance of {@code left} changes before {@code right}, in font units (negative: closer). */
    int between(int left, int right) {
        int sum = 0;
        try {
            for (int lookup : lookups) {
                for (LayoutTables.Subtable sub : LayoutTables.subtables(font, lookup, 9)) {
                    Integer value = sub.type() == 2 ? pair(sub.at(), left, right) : null;
                    if (value != null) {
                        sum += value;
                        break; // the first subtable that matches the pair is the lookup's answer
                    }
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return 0;
        }
        return sum;
    }

    /** The first glyph's advance adjustment in one pair subtable, or null where the subtable does not match. */
    private Integer pair(int at, int left, int right) {
        ByteBuffer b = font;
        int index = LayoutTables.coverageIndex(b, at + LayoutTables.u16(b, at + 2), left);
        if (index < 0) {
            return null;
        }
        int format1 = LayoutTables.u16(b, at + 4);
        int format2 = LayoutTables.u16(b, at + 6);
        int record = 2 * (Integer.bitCount(format1 & 0xFF) + Integer.bitCount(format2 & 0xFF));
        if (LayoutTables.u16(b, at) == 1) {
            int set = at + LayoutTables.u16(b, at + 10 + 2 * index);
            int n = LayoutTables.u16(b, set);
            for (int i = 0; i < n; i++) {
                int pair = set + 2 + i * (2 + record);
                if (LayoutTables.u16(b, pair) == right) {
                    return xAdvance(pair + 2, format1);
                }
            }
            return null;
        }
        int class1 = LayoutTables.classOf(b, at + LayoutTables.u16(b, at + 8), left);
        int class2 = LayoutTables.classOf(b, at + LayoutTables.u16(b, at + 10), right);
        int class1Count = LayoutTables.u16(b, at + 12);
        int class2Count = LayoutTables.u16(b, at + 14);
        if (class1 >= class1Count || class2 >= class2Count) {
            return null;
        }
        return xAdvance(at + 16 + (class1 * class2Count + class2) * record, format1);
    }

    /** The XAdvance of a value record of the given format, 0 where the format has none. */
    private int xAdvance(int at, int format) {
        if ((format & 0x4) == 0) {
            return 0;
        }
        return font.getShort(at + 2 * Integer.bitCount(format & 0x3));
    }
}
