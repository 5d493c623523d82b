package dev.resume.font;

import java.util.Arrays;

/**
 * Rewrites the Type 2 charstrings that OpenPDF's CFF subsetter misreads, so that it keeps every
 * subroutine a glyph calls. Each rewritten glyph draws exactly what it drew before.
 *
 * <p>To find the subroutines a glyph calls, the subsetter (CFFFontSubset) walks its charstring,
 * and it skips a hintmask's mask bytes by its own count of the stem hints. It miscounts in two
 * ways: it leaves out the vertical stems a hintmask declares implicitly (the operands left on
 * the stack before the first hintmask, as Adobe's tools write Noto CJK and Source Han), and it
 * walks each called subroutine again on its own with a count of zero. Its walk then slips off
 * the operators onto mask bytes: it drops subroutines the glyph calls (a stroke of 刺 or 割
 * missing on the page) or reads a subroutine number far outside the font and throws. And it
 * does not walk at all the glyphs of a Font DICT that has no local subroutines, so the global
 * ones they call are dropped (half-width katakana of Noto Sans CJK).
 *
 * <p>So where its count would be wrong, the glyph says what the hintmask meant: an explicit
 * vstemhm before it takes the implicit stems, and a subroutine whose hintmasks need more than
 * one mask byte (or that declares stems implicitly, or calls another by a number the subsetter
 * reads wrong), and every subroutine of a glyph whose Font DICT has no local ones, is copied
 * into the glyph in place of its call. Glyphs it reads right are left as
 * they are, byte for byte.
 */
final class SubsetSafeCharstrings {
    private static final int HSTEM = 1;
    private static final int VSTEM = 3;
    private static final int CALLSUBR = 10;
    private static final int RETURN = 11;
    private static final int ESCAPE = 12;
    private static final int ENDCHAR = 14;
    private static final int HSTEMHM = 18;
    private static final int HINTMASK = 19;
    private static final int CNTRMASK = 20;
    private static final int VSTEMHM = 23;
    private static final int SHORTINT = 28;
    private static final int CALLGSUBR = 29;
    /** Deeper subroutine nesting than Type 2 allows (10) is a damaged font. */
    private static final int MAX_DEPTH = 10;

    /** A glyph this class does not rewrite (damaged, or using operators it does not follow): it is kept as it is. */
    private static final class Keep extends Exception {
        Keep() {
            super(null, null, false, false);
        }
    }

    private final byte[] d;
    private final CffData.Index global;
    private final CffData.Index[] locals;
    /**
     * What walking a subroutine found, by the subroutine and the state it was walked from (see
     * {@link Walk#subroutineReadsRight}): most glyphs call the same few, and walking them again
     * for each would double the time a CJK face takes to load.
     */
    private final Walked walked = new Walked();

    /** {@code locals}: the local subroutines of each Font DICT (one for a font that is not CID-keyed), null where it has none. */
    SubsetSafeCharstrings(byte[] cff, CffData.Index global, CffData.Index[] locals) {
        this.d = cff;
        this.global = global;
        this.locals = locals;
    }

    /** The charstring {@code start} to {@code end} of a glyph of Font DICT {@code fd} as the subsetter reads it right, or null when it already does. */
    byte[] rewrite(int start, int end, int fd) {
        Walk w = new Walk(fd);
        try {
            w.emit(start, end, 0);
        } catch (Keep e) {
            return null;
        }
        return w.changed ? Arrays.copyOf(w.out, w.length) : null;
    }

    static int bias(int count) {
        return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
    }

    /** Mask bytes for {@code hints} stems as the subsetter counts them: never fewer than one. */
    private static int subsetterMaskBytes(int hints) {
        return Math.max(1, (hints + 7) / 8);
    }

    /** One glyph's walk: the Type 2 operand stack's depth, the stem hints so far, and the charstring written. */
    private final class Walk {
        final int fd;
        final CffData.Index local;
        byte[] out = new byte[256];
        int length;
        boolean changed;
        int stack;
        /** Stem hints so far, the implicit ones included. */
        int hints;
        /** Stem hints as the subsetter counts them: only those of explicit stem operators. */
        int counted;
        boolean ended;
        /** Whether the last token was an operand, and where it starts in the table. */
        boolean lastIsOperand;
        int operandAt;

        Walk(int fd) {
            this.fd = fd;
            this.local = locals[fd];
        }

        /**
         * Copies (and mends) the charstring {@code start} to {@code end}: the glyph's own, or a
         * subroutine's taken into it. What it leaves as it is goes to {@link #out} in runs, from
         * {@code from} up to each mend.
         */
        void emit(int start, int end, int depth) throws Keep {
            int from = start;
            int p = start;
            while (p < end && !ended) {
                int b = d[p] & 0xff;
                if (b == SHORTINT || b >= 32) {
                    p = readOperand(p, end);
                    continue;
                }
                boolean hadOperand = lastIsOperand;
                lastIsOperand = false;
                int op = p++;
                switch (b) {
                    case HSTEM, VSTEM, HSTEMHM, VSTEMHM -> stems();
                    case HINTMASK, CNTRMASK -> {
                        if (stack > 0) {
                            hints += stack / 2;
                            stack = 0;
                            if (subsetterMaskBytes(counted) != maskBytes(hints)) {
                                // The implicit stems made explicit: vstemhm takes what hintmask would have.
                                append(from, op);
                                append(VSTEMHM);
                                from = op;
                                counted = hints;
                                changed = true;
                            }
                        }
                        if (subsetterMaskBytes(counted) != maskBytes(hints) || p + maskBytes(hints) > end) {
                            throw new Keep();
                        }
                        p += maskBytes(hints);
                    }
                    case CALLSUBR, CALLGSUBR -> from = call(b == CALLGSUBR, depth, hadOperand, from, op);
                    case RETURN -> {
                        if (depth == 0) {
                            throw new Keep();
                        }
                        // The end of a subroutine taken into the glyph: nothing to return from.
                        append(from, op);
                        return;
                    }
                    case ENDCHAR -> ended = true;
                    case ESCAPE -> {
                        if (p >= end || !isFlex(d[p] & 0xff)) {
                            throw new Keep(); // arithmetic: the stack's depth is not followed
                        }
                        p++;
                        stack = 0;
                    }
                    default -> stack = 0;
                }
            }
            append(from, Math.min(p, end));
        }

        /**
         * The call at {@code op}: kept where the subsetter reads the subroutine right, else the
         * subroutine's body in its place. Returns where the glyph's bytes not yet written start.
         */
        private int call(boolean global, int depth, boolean hadOperand, int from, int op) throws Keep {
            CffData.Index subrs = global ? SubsetSafeCharstrings.this.global : local;
            int index = subroutine(subrs, depth, hadOperand);
            int at = operandAt;
            int value = operand();
            boolean rewriteOperand = negativeShortint();
            stack--;
            int savedStack = stack;
            int savedHints = hints;
            int savedCounted = counted;
            // It walks no glyph of a Font DICT without local subroutines, so keeps none they call.
            boolean keep = local != null && subroutineReadsRight(global, index, depth + 1) && (!rewriteOperand || value >= -1131);
            if (keep) {
                if (!rewriteOperand) {
                    return from;
                }
                // OpenPDF reads a shortint without its sign: the same number in a shorter form it reads right.
                append(from, at);
                number(value);
                changed = true;
                return op;
            }
            stack = savedStack;
            hints = savedHints;
            counted = savedCounted;
            ended = false;
            lastIsOperand = false;
            append(from, at);
            changed = true;
            emit(subrs.offsets()[index], subrs.offsets()[index + 1], depth + 1);
            return op + 1;
        }

        /**
         * {@link #readsRight} for subroutine {@code index}, remembered by the state it starts
         * from: what it does depends only on the stack's depth, the nesting, and the hints up to
         * 9 (from 9 on, any hintmask in it makes it unsafe whatever the number).
         */
        private boolean subroutineReadsRight(boolean global, int index, int depth) throws Keep {
            if (stack < 0 || stack > 0xff) {
                throw new Keep();
            }
            long key = ((((long) (global ? 0 : fd + 1) << 16 | index) << 8 | stack) << 4 | depth) << 4 | Math.min(hints, 9);
            int known = walked.get(key);
            if (known == Walked.NONE) {
                CffData.Index subrs = global ? SubsetSafeCharstrings.this.global : local;
                int before = hints;
                boolean right = readsRight(subrs.offsets()[index], subrs.offsets()[index + 1], depth, global);
                // Its hints, its stack's depth after it, and whether it ended the glyph.
                walked.put(key, right ? (hints - before) << 16 | stack << 1 | (ended ? 1 : 0) : -1);
                return right;
            }
            if (known < 0) {
                return false;
            }
            hints += known >> 16;
            counted += known >> 16;
            stack = (known >> 1) & 0x7fff;
            ended |= (known & 1) != 0;
            lastIsOperand = false;
            return true;
        }

        /**
         * Walks a subroutine as the glyph runs it (the stack and the hints go on), and says
         * whether the subsetter reads it right where it stands: in the glyph's walk and in its
         * own walk of the subroutine, which starts from no hints.
         */
        private boolean readsRight(int start, int end, int depth, boolean global) throws Keep {
            lastIsOperand = false;
            int p = start;
            while (p < end && !ended) {
                int b = d[p] & 0xff;
                if (b == SHORTINT || b >= 32) {
                    p = readOperand(p, end);
                    continue;
                }
                boolean hadOperand = lastIsOperand;
                lastIsOperand = false;
                p++;
                switch (b) {
                    case HSTEM, VSTEM, HSTEMHM, VSTEMHM -> stems();
                    case HINTMASK, CNTRMASK -> {
                        // More than one mask byte, or implicit stems: its count goes wrong.
                        if (stack > 0 || hints > 8) {
                            return false;
                        }
                        p += maskBytes(hints);
                    }
                    case CALLSUBR, CALLGSUBR -> {
                        // Its walk of a global subroutine looks up a local call among the global ones.
                        if ((b == CALLSUBR && global) || !hadOperand || negativeShortint()) {
                            return false;
                        }
                        CffData.Index subrs = b == CALLGSUBR ? SubsetSafeCharstrings.this.global : local;
                        int index = subroutine(subrs, depth, true);
                        stack--;
                        if (!subroutineReadsRight(b == CALLGSUBR, index, depth + 1)) {
                            return false;
                        }
                    }
                    case RETURN -> {
                        return true;
                    }
                    case ENDCHAR -> ended = true;
                    case ESCAPE -> {
                        if (p >= end || !isFlex(d[p] & 0xff)) {
                            return false;
                        }
                        p++;
                        stack = 0;
                    }
                    default -> stack = 0;
                }
            }
            return true;
        }

        /** The subroutine the last operand numbers in {@code subrs}. */
        private int subroutine(CffData.Index subrs, int depth, boolean hadOperand) throws Keep {
            if (!hadOperand || subrs == null || depth >= MAX_DEPTH) {
                throw new Keep();
            }
            int index = operand() + bias(subrs.count());
            if (index < 0 || index >= subrs.count()) {
                throw new Keep();
            }
            return index;
        }

        private void stems() {
            hints += stack / 2;
            counted += stack / 2;
            stack = 0;
        }

        /** Reads the operand at {@code p}; returns where it ends. */
        private int readOperand(int p, int end) throws Keep {
            int b = d[p] & 0xff;
            int size = b == SHORTINT ? 3 : b <= 246 ? 1 : b <= 254 ? 2 : 5;
            if (p + size > end) {
                throw new Keep();
            }
            operandAt = p;
            lastIsOperand = true;
            stack++;
            return p + size;
        }

        /** The last operand's value (a subroutine number: only calls need it). */
        private int operand() {
            int p = operandAt;
            int b = d[p] & 0xff;
            return b == SHORTINT ? (short) (((d[p + 1] & 0xff) << 8) | (d[p + 2] & 0xff))
                    : b <= 246 ? b - 139
                    : b <= 250 ? (b - 247) * 256 + (d[p + 1] & 0xff) + 108
                    : b <= 254 ? -(b - 251) * 256 - (d[p + 1] & 0xff) - 108
                    : (d[p + 1] << 8) | (d[p + 2] & 0xff); // 16.16 fixed: its integer part
        }

        /** Whether the last operand is a negative shortint, which OpenPDF reads without its sign. */
        private boolean negativeShortint() {
            return (d[operandAt] & 0xff) == SHORTINT && operand() < 0;
        }

        /** Writes {@code v} (-1131 to 1131) in its shortest form. */
        private void number(int v) {
            if (v >= -107 && v <= 107) {
                append(v + 139);
            } else if (v > 0) {
                append(247 + (v - 108) / 256);
                append((v - 108) % 256);
            } else {
                append(251 + (-v - 108) / 256);
                append((-v - 108) % 256);
            }
        }

        private void append(int b) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[length++] = (byte) b;
        }

        private void append(int from, int to) {
            if (length + (to - from) > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, length + (to - from)));
            }
            System.arraycopy(d, from, out, length, to - from);
            length += to - from;
        }
    }

    /** Mask bytes for {@code hints} stems. */
    private static int maskBytes(int hints) {
        return (hints + 7) / 8;
    }

    /** hflex, flex, hflex1, flex1: the escaped operators that only draw. */
    private static boolean isFlex(int x) {
        return x >= 34 && x <= 37;
    }

    /** A map from long keys to non-negative ints or -1, open addressing: the walks are looked up millions of times. */
    private static final class Walked {
        static final int NONE = Integer.MIN_VALUE;
        private long[] keys = new long[1 << 12];
        private int[] values = new int[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return NONE;
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    put(k[i], v[i]);
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
