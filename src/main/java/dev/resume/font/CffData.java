package dev.resume.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a CFF table (Adobe Technical Note 5176) that rewriting its charstrings needs:
 * INDEX structures, DICT entries and their operands, and writers for both.
 */
final class CffData {
    private CffData() {}

    /** A CFF the tool does not rewrite (damaged, or laid out in a way it does not expect). */
    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * An INDEX at {@code start}: its items' places in the table, {@code offsets[i]} to
     * {@code offsets[i + 1]}, and where the whole INDEX ends.
     */
    record Index(int start, int end, int[] offsets) {
        int count() {
            return offsets.length - 1;
        }

        static Index read(byte[] d, int start) throws Unsupported {
            int count = card16(d, start);
            if (count == 0) {
                return new Index(start, start + 2, new int[] {0});
            }
            int offSize = card8(d, start + 2);
            if (offSize < 1 || offSize > 4) {
                throw new Unsupported("bad INDEX offset size");
            }
            int base = start + 3 + (count + 1) * offSize - 1;
            int[] offsets = new int[count + 1];
            for (int i = 0; i <= count; i++) {
                int p = start + 3 + i * offSize;
                int v = 0;
                for (int b = 0; b < offSize; b++) {
                    v = (v << 8) | card8(d, p + b);
                }
                offsets[i] = base + v;
                if (offsets[i] < base + 1 || offsets[i] > d.length || (i > 0 && offsets[i] < offsets[i - 1])) {
                    throw new Unsupported("INDEX outside the table");
                }
            }
            return new Index(start, offsets[count], offsets);
        }
    }

    /** An INDEX of {@code items}, as bytes. */
    static byte[] index(List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(items.size() >> 8);
        out.write(items.size());
        if (items.isEmpty()) {
            return out.toByteArray();
        }
        long total = 1;
        for (byte[] item : items) {
            total += item.length;
        }
        int offSize = offSize(total);
        out.write(offSize);
        long offset = 1;
        writeOffset(out, offset, offSize);
        for (byte[] item : items) {
            offset += item.length;
            writeOffset(out, offset, offSize);
        }
        for (byte[] item : items) {
            out.writeBytes(item);
        }
        return out.toByteArray();
    }

    /** The bytes an INDEX needs for offsets up to {@code maxOffset}. */
    static int offSize(long maxOffset) {
        return maxOffset < 1 << 8 ? 1 : maxOffset < 1 << 16 ? 2 : maxOffset < 1 << 24 ? 3 : 4;
    }

    private static void writeOffset(ByteArrayOutputStream out, long v, int size) {
        for (int b = size - 1; b >= 0; b--) {
            out.write((int) (v >> (8 * b)));
        }
    }

    /**
     * One DICT entry: its operator (12 x as 1200 + x), its integer operands (a real counts as
     * 0: no offset is a real), and the bytes of the whole entry.
     */
    record Entry(int operator, int[] operands, int start, int end) {}

    static List<Entry> dict(byte[] d, int start, int end) throws Unsupported {
        List<Entry> out = new ArrayList<>();
        List<Integer> operands = new ArrayList<>();
        int entryStart = start;
        int p = start;
        while (p < end) {
            int b = card8(d, p);
            if (b <= 21) {
                int op = b;
                p++;
                if (b == 12) {
                    op = 1200 + card8(d, p);
                    p++;
                }
                out.add(new Entry(op, operands.stream().mapToInt(Integer::intValue).toArray(), entryStart, p));
                operands.clear();
                entryStart = p;
            } else if (b == 28) {
                operands.add((int) (short) card16(d, p + 1));
                p += 3;
            } else if (b == 29) {
                operands.add((card16(d, p + 1) << 16) | card16(d, p + 3));
                p += 5;
            } else if (b == 30) {
                p++;
                while (p < end && (card8(d, p) & 0x0f) != 0x0f && (card8(d, p) & 0xf0) != 0xf0) {
                    p++;
                }
                p++;
                operands.add(0);
            } else if (b >= 32 && b <= 246) {
                operands.add(b - 139);
                p++;
            } else if (b >= 247 && b <= 250) {
                operands.add((b - 247) * 256 + card8(d, p + 1) + 108);
                p += 2;
            } else if (b >= 251 && b <= 254) {
                operands.add(-(b - 251) * 256 - card8(d, p + 1) - 108);
                p += 2;
            } else {
                throw new Unsupported("bad DICT operand " + b);
            }
        }
        if (p != end) {
            throw new Unsupported("DICT ends inside an operand");
        }
        return out;
    }

    /** An integer DICT operand in the five-byte form, so its size does not depend on its value. */
    static void fixedInt(ByteArrayOutputStream out, int v) {
        out.write(29);
        out.write(v >> 24);
        out.write(v >> 16);
        out.write(v >> 8);
        out.write(v);
    }

    static void operator(ByteArrayOutputStream out, int op) {
        if (op >= 1200) {
            out.write(12);
            out.write(op - 1200);
        } else {
            out.write(op);
        }
    }

    static int card8(byte[] d, int p) throws Unsupported {
        if (p < 0 || p >= d.length) {
            throw new Unsupported("read outside the table");
        }
        return d[p] & 0xff;
    }

    static int card16(byte[] d, int p) throws Unsupported {
        return (card8(d, p) << 8) | card8(d, p + 1);
    }
}
