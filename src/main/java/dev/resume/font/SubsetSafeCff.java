package dev.resume.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A CID-keyed CFF table with the charstrings OpenPDF's subsetter misreads rewritten so that it
 * reads them right (see {@link SubsetSafeCharstrings}): without this, about one glyph in a
 * hundred of Noto CJK ("偷", "刺", "割") loses strokes in the PDF, and some ("鲈") make writing it
 * fail.
 *
 * <p>The new CharStrings INDEX goes at the end of the table and the old one is left out; the
 * Top DICT gets the new offsets (each in the five-byte form, so that its size is known before
 * the offsets are), and so do the Font DICTs, written again after the CharStrings. Everything
 * else is copied as it is.
 */
final class SubsetSafeCff {
    private static final int CHARSET = 15;
    private static final int ENCODING = 16;
    private static final int CHARSTRINGS = 17;
    private static final int PRIVATE = 18;
    private static final int SUBRS = 19;
    private static final int CHARSTRING_TYPE = 1206;
    private static final int FDARRAY = 1236;
    private static final int FDSELECT = 1237;

    private SubsetSafeCff() {}

    /** The table with its charstrings made safe; {@code cff} itself when none needs it, or it is not CID-keyed, or not one this reads. */
    static byte[] rewrite(byte[] cff) {
        try {
            return rewriteOrThrow(cff);
        } catch (CffData.Unsupported | RuntimeException e) {
            return cff;
        }
    }

    private static byte[] rewriteOrThrow(byte[] d) throws CffData.Unsupported {
        CffData.Index names = CffData.Index.read(d, CffData.card8(d, 2));
        CffData.Index top = CffData.Index.read(d, names.end());
        if (top.count() != 1) {
            return d;
        }
        CffData.Index strings = CffData.Index.read(d, top.end());
        CffData.Index global = CffData.Index.read(d, strings.end());
        int rest = global.end();
        List<CffData.Entry> topDict = CffData.dict(d, top.offsets()[0], top.offsets()[1]);
        if (last(topDict, CHARSTRING_TYPE, 2) != 2) {
            return d;
        }
        CffData.Index charstrings = CffData.Index.read(d, last(topDict, CHARSTRINGS, -1));
        int glyphs = charstrings.count();
        int fdArrayAt = last(topDict, FDARRAY, -1);
        if (fdArrayAt < 0) {
            // Not CID-keyed (the built-in Latin fonts): the subsetter walks those another way and
            // keeps every subroutine their glyphs call, so they stay byte for byte as they are.
            return d;
        }
        CffData.Index fdArray = CffData.Index.read(d, fdArrayAt);
        List<List<CffData.Entry>> fontDicts = new ArrayList<>();
        for (int i = 0; i < fdArray.count(); i++) {
            fontDicts.add(CffData.dict(d, fdArray.offsets()[i], fdArray.offsets()[i + 1]));
        }
        CffData.Index[] locals = new CffData.Index[fontDicts.size()];
        for (int i = 0; i < locals.length; i++) {
            locals[i] = localSubrs(d, fontDicts.get(i));
        }
        int[] fdOf = fdSelect(d, last(topDict, FDSELECT, -1), glyphs, locals.length);

        SubsetSafeCharstrings safe = new SubsetSafeCharstrings(d, global, locals);
        byte[][] rewritten = new byte[glyphs][];
        boolean any = false;
        for (int g = 0; g < glyphs; g++) {
            rewritten[g] = safe.rewrite(charstrings.offsets()[g], charstrings.offsets()[g + 1], fdOf[g]);
            any |= rewritten[g] != null;
        }
        if (!any) {
            return d;
        }

        Layout layout = new Layout(rest, charstrings.start(), charstrings.end());
        for (CffData.Entry e : topDict) {
            layout.check(e);
        }
        for (List<CffData.Entry> fd : fontDicts) {
            for (CffData.Entry e : fd) {
                layout.checkPrivate(d, e);
            }
        }
        int oldTopIndex = top.end() - top.start();
        int newTopIndex = CffData.index(List.of(dictWithOffsets(d, topDict, layout, 0, 0))).length;
        layout.shift = newTopIndex - oldTopIndex;
        int charstringsAt = d.length - (charstrings.end() - charstrings.start()) + layout.shift;
        long data = 0;
        int[] lengths = new int[glyphs];
        for (int g = 0; g < glyphs; g++) {
            lengths[g] = rewritten[g] != null ? rewritten[g].length : charstrings.offsets()[g + 1] - charstrings.offsets()[g];
            data += lengths[g];
        }
        int offSize = CffData.offSize(data + 1);
        long charstringsSize = 3 + (long) (glyphs + 1) * offSize + data;
        List<byte[]> dicts = new ArrayList<>();
        for (List<CffData.Entry> fd : fontDicts) {
            dicts.add(dictWithOffsets(d, fd, layout, 0, 0));
        }
        byte[] newFdArray = CffData.index(dicts);
        byte[] newTop = CffData.index(List.of(dictWithOffsets(d, topDict, layout, charstringsAt, (int) (charstringsAt + charstringsSize))));
        long size = top.start() + newTop.length + (charstrings.start() - top.end()) + (d.length - charstrings.end()) + charstringsSize
                + newFdArray.length;
        if (size > Integer.MAX_VALUE - 8 || newTop.length != newTopIndex) {
            throw new CffData.Unsupported("table too large");
        }
        byte[] out = new byte[(int) size];
        int p = 0;
        p = put(out, p, d, 0, top.start());
        p = put(out, p, newTop, 0, newTop.length);
        p = put(out, p, d, top.end(), charstrings.start());
        p = put(out, p, d, charstrings.end(), d.length);
        out[p++] = (byte) (glyphs >> 8);
        out[p++] = (byte) glyphs;
        out[p++] = (byte) offSize;
        long offset = 1;
        for (int g = 0; g <= glyphs; g++) {
            for (int b = offSize - 1; b >= 0; b--) {
                out[p++] = (byte) (offset >> (8 * b));
            }
            offset += g < glyphs ? lengths[g] : 0;
        }
        for (int g = 0; g < glyphs; g++) {
            p = rewritten[g] != null ? put(out, p, rewritten[g], 0, lengths[g])
                    : put(out, p, d, charstrings.offsets()[g], charstrings.offsets()[g + 1]);
        }
        put(out, p, newFdArray, 0, newFdArray.length);
        return out;
    }

    /**
     * Where the data after the Global Subrs INDEX moves: by {@code shift} (the Top DICT's new
     * size less its old), and by the CharStrings' size less for what followed them.
     */
    private static final class Layout {
        final int rest;
        final int charstringsStart;
        final int charstringsEnd;
        int shift;

        Layout(int rest, int charstringsStart, int charstringsEnd) {
            this.rest = rest;
            this.charstringsStart = charstringsStart;
            this.charstringsEnd = charstringsEnd;
        }

        int moved(int offset) {
            return offset < charstringsStart ? offset + shift : offset - (charstringsEnd - charstringsStart) + shift;
        }

        /** A Top DICT offset must point past the Global Subrs and outside the CharStrings. */
        void check(CffData.Entry e) throws CffData.Unsupported {
            int op = e.operator();
            if (isOffset(e) && op != CHARSTRINGS) {
                int o = op == PRIVATE ? e.operands()[1] : e.operands()[0];
                if (o < rest || (o >= charstringsStart && o < charstringsEnd)) {
                    throw new CffData.Unsupported("data before the CharStrings' reach");
                }
            }
        }

        /** A Private DICT and its Subrs must stay together: the Subrs offset is relative to the DICT. */
        void checkPrivate(byte[] d, CffData.Entry e) throws CffData.Unsupported {
            if (e.operator() != PRIVATE) {
                return;
            }
            check(e);
            int at = e.operands()[1];
            int subrs = last(CffData.dict(d, at, at + e.operands()[0]), SUBRS, -1);
            if (subrs >= 0 && (at + subrs < charstringsStart) != (at < charstringsStart)) {
                throw new CffData.Unsupported("Private DICT and Subrs apart");
            }
        }
    }

    private static boolean isOffset(CffData.Entry e) {
        int op = e.operator();
        int n = e.operands().length;
        return switch (op) {
            case CHARSET -> n == 1 && e.operands()[0] > 2; // 0 to 2 name predefined charsets
            case ENCODING -> n == 1 && e.operands()[0] > 1;
            case CHARSTRINGS, FDARRAY, FDSELECT -> n == 1;
            case PRIVATE -> n == 2;
            default -> false;
        };
    }

    /** The DICT with its offsets moved and written in five bytes; other entries copied. */
    private static byte[] dictWithOffsets(byte[] d, List<CffData.Entry> entries, Layout layout, int charstringsAt, int fdArrayAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (CffData.Entry e : entries) {
            if (!isOffset(e)) {
                out.write(d, e.start(), e.end() - e.start());
                continue;
            }
            switch (e.operator()) {
                case CHARSTRINGS -> CffData.fixedInt(out, charstringsAt);
                case FDARRAY -> CffData.fixedInt(out, fdArrayAt);
                case PRIVATE -> {
                    CffData.fixedInt(out, e.operands()[0]);
                    CffData.fixedInt(out, layout.moved(e.operands()[1]));
                }
                default -> CffData.fixedInt(out, layout.moved(e.operands()[0]));
            }
            CffData.operator(out, e.operator());
        }
        return out.toByteArray();
    }

    /** The local Subrs INDEX of the Private DICT a Font DICT names, or null. */
    private static CffData.Index localSubrs(byte[] d, List<CffData.Entry> dict) throws CffData.Unsupported {
        for (CffData.Entry e : dict) {
            if (e.operator() == PRIVATE && e.operands().length == 2) {
                int at = e.operands()[1];
                int subrs = last(CffData.dict(d, at, at + e.operands()[0]), SUBRS, -1);
                return subrs < 0 ? null : CffData.Index.read(d, at + subrs);
            }
        }
        return null;
    }

    /** Each glyph's Font DICT, from an FDSelect of format 0 or 3. */
    private static int[] fdSelect(byte[] d, int at, int glyphs, int fds) throws CffData.Unsupported {
        int[] out = new int[glyphs];
        int format = CffData.card8(d, at);
        if (format == 0) {
            for (int g = 0; g < glyphs; g++) {
                out[g] = CffData.card8(d, at + 1 + g);
            }
        } else if (format == 3) {
            int ranges = CffData.card16(d, at + 1);
            for (int r = 0; r < ranges; r++) {
                int first = CffData.card16(d, at + 3 + 3 * r);
                int fd = CffData.card8(d, at + 5 + 3 * r);
                int next = CffData.card16(d, at + 6 + 3 * r);
                for (int g = first; g < next && g < glyphs; g++) {
                    out[g] = fd;
                }
            }
        } else {
            throw new CffData.Unsupported("FDSelect format " + format);
        }
        for (int fd : out) {
            if (fd >= fds) {
                throw new CffData.Unsupported("FDSelect names a missing Font DICT");
            }
        }
        return out;
    }

    /** The last operand of the DICT's {@code operator}, or {@code otherwise}. */
    private static int last(List<CffData.Entry> dict, int operator, int otherwise) throws CffData.Unsupported {
        for (CffData.Entry e : dict) {
            if (e.operator() == operator) {
                if (e.operands().length == 0) {
                    throw new CffData.Unsupported("DICT operator without operand");
                }
                return e.operands()[e.operands().length - 1];
            }
        }
        return otherwise;
    }

    private static int put(byte[] out, int p, byte[] from, int start, int end) {
        System.arraycopy(from, start, out, p, end - start);
        return p + end - start;
    }
}
