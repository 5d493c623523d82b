package dev.resume.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the font choice needs from an OpenType file or collection (.ttf, .otf, .ttc, .otc)
 * without parsing its glyphs: each face's family and style names, weight, slant, whether it is
 * a serif design, whether it has outlines at all (a colour-bitmap emoji font has none); and
 * cuts one face out of a collection as a plain font file.
 *
 * <p>Only the table directories and the small name and OS/2 tables are read, so indexing a
 * 27 MB CJK collection costs a few kilobytes of reading.
 */
final class Sfnt {
    private Sfnt() {}

    /**
     * One face of a font file as its own tables describe it. {@code bold}: OS/2's weight is
     * semibold (600) or more, or its fsSelection or head's macStyle says bold.
     */
    record Info(int index, String family, String style, String fullName, int weight, boolean bold, boolean italic, Boolean serif,
            boolean outlines) {}

    /** Random access to a font's bytes: a file on disk or bytes in memory. */
    private interface Source {
        ByteBuffer read(long offset, int length) throws IOException;
    }

    /** Whether {@code head} (the first 4 bytes of a file) start an OpenType font or collection. */
    static boolean isFontMagic(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int tag = ByteBuffer.wrap(head, 0, 4).getInt();
        return tag == 0x00010000 || tag == TTCF || tag == OTTO || tag == TRUE;
    }

    private static final int TTCF = tag("ttcf");
    private static final int OTTO = tag("OTTO");
    private static final int TRUE = tag("true");

    /** The faces of the font file {@code file}; an empty list when it is not a font. */
    static List<Info> faces(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            return faces(size, (offset, length) -> {
                if (offset < 0 || offset + length > size) {
                    throw new IOException("font table outside the file");
                }
                ByteBuffer b = ByteBuffer.allocate(length);
                while (b.hasRemaining()) {
                    if (ch.read(b, offset + b.position()) < 0) {
                        throw new IOException("font file ends early");
                    }
                }
                return b.flip();
            });
        }
    }

    /** The faces of a font held in memory. */
    static List<Info> faces(byte[] data) throws IOException {
        return faces(data.length, memory(data));
    }

    private static Source memory(byte[] data) {
        return (offset, length) -> {
            if (offset < 0 || offset + length > data.length) {
                throw new IOException("font table outside the file");
            }
            return ByteBuffer.wrap(data, (int) offset, length).slice();
        };
    }

    private static List<Info> faces(long size, Source src) throws IOException {
        if (size < 12) {
            return List.of();
        }
        List<Info> out = new ArrayList<>();
        for (long offset : fontOffsets(src)) {
            out.add(info(out.size(), tables(src, offset), src));
        }
        return out;
    }

    /** Where each font's table directory starts: one for a font, one a face for a collection. */
    private static long[] fontOffsets(Source src) throws IOException {
        ByteBuffer head = src.read(0, 12);
        int tag = head.getInt(0);
        if (tag == TTCF) {
            int n = head.getInt(8);
            if (n <= 0 || n > 1000) {
                throw new IOException("bad font collection header");
            }
            ByteBuffer offsets = src.read(12, 4 * n);
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = Integer.toUnsignedLong(offsets.getInt(4 * i));
            }
            return out;
        }
        if (tag == 0x00010000 || tag == OTTO || tag == TRUE) {
            return new long[] {0};
        }
        return new long[0];
    }

    /** A table's place in the file. */
    private record Table(long offset, int length) {}

    private static Map<Integer, Table> tables(Source src, long fontOffset) throws IOException {
        ByteBuffer dir = src.read(fontOffset, 12);
        int n = Short.toUnsignedInt(dir.getShort(4));
        ByteBuffer records = src.read(fontOffset + 12, 16 * n);
        Map<Integer, Table> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(records.getInt(16 * i), new Table(Integer.toUnsignedLong(records.getInt(16 * i + 8)), records.getInt(16 * i + 12)));
        }
        return out;
    }

    private static Info info(int index, Map<Integer, Table> tables, Source src) throws IOException {
        Map<Integer, String> names = names(tables.get(tag("name")), src);
        String family = first(names, 16, 1);
        String style = first(names, 17, 2);
        String full = first(names, 4, 4);
        int weight = 400;
        boolean bold = false;
        boolean italic = false;
        Boolean serif = null;
        Table head = tables.get(tag("head"));
        if (head != null && head.length() >= 46) {
            int macStyle = Short.toUnsignedInt(src.read(head.offset(), 46).getShort(44));
            bold = (macStyle & 1) != 0;
            italic = (macStyle & 2) != 0;
        }
        Table os2 = tables.get(tag("OS/2"));
        if (os2 != null && os2.length() >= 64) {
            ByteBuffer b = src.read(os2.offset(), 64);
            weight = Short.toUnsignedInt(b.getShort(4));
            int fsSelection = Short.toUnsignedInt(b.getShort(62));
            bold |= (fsSelection & 0x20) != 0 || weight >= 600;
            italic |= (fsSelection & 0x201) != 0; // ITALIC or OBLIQUE
            // PANOSE for Latin text (family kind 2): serif styles 2–10 have serifs, 11–13 are
            // sans, 14 flared and 15 rounded count as sans too.
            int kind = b.get(32);
            int serifStyle = b.get(33);
            if (kind == 2 && serifStyle >= 2) {
                serif = serifStyle <= 10;
            }
        }
        if (weight < 100 || weight > 1000) {
            weight = 400;
        }
        String lower = (style + " " + full).toLowerCase(java.util.Locale.ROOT);
        italic = italic || lower.contains("italic") || lower.contains("oblique");
        boolean outlines = tables.containsKey(tag("glyf")) || tables.containsKey(tag("CFF ")) || tables.containsKey(tag("CFF2"));
        return new Info(index, family, style, full, weight, bold, italic, serif, outlines);
    }

    private static String first(Map<Integer, String> names, int id, int fallbackId) {
        String s = names.get(id);
        if (s == null || s.isBlank()) {
            s = names.get(fallbackId);
        }
        return s == null ? "" : s.strip();
    }

    /** The name table's English strings by name id (Windows Unicode first, else Mac Roman). */
    private static Map<Integer, String> names(Table t, Source src) throws IOException {
        Map<Integer, String> windows = new LinkedHashMap<>();
        Map<Integer, String> mac = new LinkedHashMap<>();
        if (t == null || t.length() < 6) {
            return windows;
        }
        ByteBuffer b = src.read(t.offset(), t.length()).order(ByteOrder.BIG_ENDIAN);
        int count = Short.toUnsignedInt(b.getShort(2));
        int strings = Short.toUnsignedInt(b.getShort(4));
        for (int i = 0; i < count && 6 + 12 * i + 12 <= t.length(); i++) {
            int r = 6 + 12 * i;
            int platform = Short.toUnsignedInt(b.getShort(r));
            int language = Short.toUnsignedInt(b.getShort(r + 4));
            int id = Short.toUnsignedInt(b.getShort(r + 6));
            int length = Short.toUnsignedInt(b.getShort(r + 8));
            int offset = strings + Short.toUnsignedInt(b.getShort(r + 10));
            if (id > 17 || offset + length > t.length()) {
                continue;
            }
            byte[] bytes = new byte[length];
            b.get(offset, bytes);
            if (platform == 3 && (language == 0x409 || !windows.containsKey(id))) {
                windows.put(id, new String(bytes, StandardCharsets.UTF_16BE));
            } else if (platform == 1 && language == 0) {
                mac.putIfAbsent(id, new String(bytes, StandardCharsets.ISO_8859_1));
            }
        }
        mac.forEach(windows::putIfAbsent);
        return windows;
    }

    /**
     * Face {@code index} of a collection as a font file of its own: its tables copied after a
     * new table directory. OpenPDF and the JDK's shaper then both see the same single face (the
     * JDK reads only the first face of a collection given as bytes).
     */
    static byte[] extract(byte[] collection, int index) throws IOException {
        Source src = memory(collection);
        long[] offsets = fontOffsets(src);
        if (index < 0 || index >= offsets.length) {
            throw new IOException("the collection has " + offsets.length + " faces, numbered 0 to " + (offsets.length - 1));
        }
        return assemble(src, offsets[index], 0, null);
    }

    /** The table {@code tag} of a single font, or null when it has none. */
    static byte[] table(byte[] font, String tag) throws IOException {
        Source src = memory(font);
        Table t = tables(src, 0).get(tag(tag));
        if (t == null) {
            return null;
        }
        byte[] out = new byte[t.length()];
        src.read(t.offset(), t.length()).get(out);
        return out;
    }

    /** The single font {@code font} with its table {@code tag} replaced by {@code table}. */
    static byte[] withTable(byte[] font, String tag, byte[] table) throws IOException {
        return assemble(memory(font), 0, tag(tag), table);
    }

    /**
     * The font whose table directory is at {@code directory} as a font file of its own: its
     * tables copied after a new table directory, table {@code replaced} (when not 0) by {@code replacement}.
     */
    private static byte[] assemble(Source src, long directory, int replaced, byte[] replacement) throws IOException {
        ByteBuffer dir = src.read(directory, 12);
        int n = Short.toUnsignedInt(dir.getShort(4));
        ByteBuffer records = src.read(directory + 12, 16 * n);
        long total = 12 + 16L * n;
        for (int i = 0; i < n; i++) {
            int length = records.getInt(16 * i) == replaced ? replacement.length : records.getInt(16 * i + 12);
            total += (length + 3L) & ~3L;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IOException("font face too large");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total);
        out.put(dir.duplicate().limit(12));
        int place = 12 + 16 * n;
        for (int i = 0; i < n; i++) {
            boolean replace = records.getInt(16 * i) == replaced;
            ByteBuffer data = replace ? ByteBuffer.wrap(replacement) : src.read(Integer.toUnsignedLong(records.getInt(16 * i + 8)), records.getInt(16 * i + 12));
            int length = data.remaining();
            out.putInt(12 + 16 * i, records.getInt(16 * i));
            out.putInt(12 + 16 * i + 4, replace ? checksum(replacement) : records.getInt(16 * i + 4));
            out.putInt(12 + 16 * i + 8, place);
            out.putInt(12 + 16 * i + 12, length);
            out.put(place, data, 0, length);
            place += (length + 3) & ~3;
        }
        return out.array();
    }

    /** A table's checksum: the sum of its big-endian 32-bit words, the last padded with zeros. */
    private static int checksum(byte[] table) {
        int sum = 0;
        for (int i = 0; i < table.length; i += 4) {
            int word = 0;
            for (int b = 0; b < 4; b++) {
                word = (word << 8) | (i + b < table.length ? table[i + b] & 0xff : 0);
            }
            sum += word;
        }
        return sum;
    }

    /** Whether the bytes are a collection (several faces) rather than a single font. */
    static boolean isCollection(byte[] data) {
        return data.length >= 4 && ByteBuffer.wrap(data, 0, 4).getInt() == TTCF;
    }

    private static int tag(String s) {
        return (s.charAt(0) << 24) | (s.charAt(1) << 16) | (s.charAt(2) << 8) | s.charAt(3);
    }
}
