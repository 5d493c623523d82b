package dev.resume.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the readers of a font's OpenType layout tables (GSUB, GPOS) share: finding a table,
 * the lookups a feature ("smcp", "kern") names, a lookup's subtables, coverage and class
 * definitions. Offsets are into the font's bytes; a damaged table throws an
 * IndexOutOfBoundsException, which each reader turns into "no data".
 */
final class LayoutTables {
    private LayoutTables() {}

    static final int GSUB = 0x47535542;
    static final int GPOS = 0x47504F53;
    static final int HEAD = 0x68656164;

    /** Where the table {@code tag} starts in the font, or -1 where it has none. */
    static int table(ByteBuffer b, int tag) {
        int numTables = u16(b, 4);
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            if (b.getInt(rec) == tag) {
                return b.getInt(rec + 8);
            }
        }
        return -1;
    }

    /** Where each lookup of a GSUB or GPOS table starts, in lookup-list order. */
    static int[] lookups(ByteBuffer b, int table) {
        int list = table + u16(b, table + 8);
        int n = u16(b, list);
        int[] out = new int[n];
        for (int l = 0; l < n; l++) {
            out[l] = list + u16(b, list + 2 + 2 * l);
        }
        return out;
    }

    /**
     * The indices of the lookups that the feature {@code tag} names, under any script and
     * language, in lookup-list order (the order they apply in).
     */
    static int[] featureLookups(ByteBuffer b, int table, String tag) {
        int wanted = ByteBuffer.wrap(tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).getInt();
        int list = table + u16(b, table + 6);
        int n = u16(b, list);
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            int rec = list + 2 + 6 * i;
            if (b.getInt(rec) == wanted) {
                int feature = list + u16(b, rec + 4);
                int count = u16(b, feature + 2);
                for (int k = 0; k < count; k++) {
                    out.add(u16(b, feature + 4 + 2 * k));
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A lookup's type and where its subtable starts, past an extension subtable. */
    record Subtable(int type, int at) {}

    /**
     * The subtables of the lookup at {@code lookup}; {@code extension} is the table's extension
     * type (7 in GSUB, 9 in GPOS), whose subtables point at the real ones.
     */
    static List<Subtable> subtables(ByteBuffer b, int lookup, int extension) {
        int type = u16(b, lookup);
        int n = u16(b, lookup + 4);
        List<Subtable> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int sub = lookup + u16(b, lookup + 6 + 2 * s);
            if (type == extension) {
                out.add(new Subtable(u16(b, sub + 2), sub + b.getInt(sub + 4)));
            } else {
                out.add(new Subtable(type, sub));
            }
        }
        return out;
    }

    /** The glyphs of a coverage table, by coverage index (-1 for an index no range fills). */
    static int[] coverage(ByteBuffer b, int at) {
        int format = u16(b, at);
        int n = u16(b, at + 2);
        if (format == 1) {
            int[] glyphs = new int[n];
            for (int i = 0; i < n; i++) {
                glyphs[i] = u16(b, at + 4 + 2 * i);
            }
            return glyphs;
        }
        List<Integer> glyphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = at + 4 + 6 * i;
            int start = u16(b, r);
            int end = u16(b, r + 2);
            int index = u16(b, r + 4);
            for (int g = start; g <= end; g++) {
                int k = index + g - start;
                while (glyphs.size() <= k) {
                    glyphs.add(-1);
                }
                glyphs.set(k, g);
            }
        }
        return glyphs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A glyph's coverage index, or -1 where the coverage table lacks it. */
    static int coverageIndex(ByteBuffer b, int at, int glyph) {
        int format = u16(b, at);
        int n = u16(b, at + 2);
        for (int i = 0; i < n; i++) {
            if (format == 1) {
                if (u16(b, at + 4 + 2 * i) == glyph) {
                    return i;
                }
            } else {
                int r = at + 4 + 6 * i;
                if (glyph >= u16(b, r) && glyph <= u16(b, r + 2)) {
                    return u16(b, r + 4) + glyph - u16(b, r);
                }
            }
        }
        return -1;
    }

    /** A glyph's class in a class definition table; 0 for a glyph it does not list. */
    static int classOf(ByteBuffer b, int at, int glyph) {
        int format = u16(b, at);
        if (format == 1) {
            int start = u16(b, at + 2);
            int n = u16(b, at + 4);
            return glyph >= start && glyph < start + n ? u16(b, at + 6 + 2 * (glyph - start)) : 0;
        }
        int n = u16(b, at + 2);
        for (int i = 0; i < n; i++) {
            int r = at + 4 + 6 * i;
            if (glyph >= u16(b, r) && glyph <= u16(b, r + 2)) {
                return u16(b, r + 4);
            }
        }
        return 0;
    }

    static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }
}
