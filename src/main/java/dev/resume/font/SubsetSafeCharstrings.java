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

    /** {@code locals}: the local subroutines of each Font DICT (one for a font that is not CID-keyed), null where it has none. */
    SubsetSafeCharstrings(byte[] cff, CffData.Index global, CffData.Index[] locals) {
        this.d = cff;
        this.global = global;
        this.locals = locals;
    }

    /** The charstring {@code start} to {@code end} of a glyph of Font DICT {@code fd} as the subsetter reads it right, or null when it already does. */
    byte[] rewrite(int start, int end, int fd) {
        Walk w = new Walk(locals[fd]);
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
        /** The last token's value when it was an operand, and whether it was written as a negative shortint. */
        boolean lastIsOperand;
        int operand;
        boolean negativeShortint;
        /** Where the last operand starts in {@link #out}. */
        int operandAt;

        Walk(CffData.Index local) {
            this.local = local;
        }

        /** Copies (and mends) the charstring {@code start} to {@code end}: the glyph's own, or a subroutine's taken into it. */
        void emit(int start, int end, int depth) throws Keep {
            int p = start;
            while (p < end && !ended) {
                int b = d[p] & 0xff;
                if (b == SHORTINT || b >= 32) {
                    int next = readOperand(p, end);
                    operandAt = length;
                    append(p, next);
                    p = next;
                    continue;
                }
                boolean hadOperand = lastIsOperand;
                lastIsOperand = false;
                p++;
                switch (b) {
                    case HSTEM, VSTEM, HSTEMHM, VSTEMHM -> {
                        stems();
                        append(b);
                    }
                    case HINTMASK, CNTRMASK -> {
                        if (stack > 0) {
                            hints += stack / 2;
                            stack = 0;
                            if (subsetterMaskBytes(counted) != maskBytes(hints)) {
                                // The implicit stems made explicit: vstemhm takes what hintmask would have.
                                append(VSTEMHM);
                                counted = hints;
                                changed = true;
                            }
                        }
                        if (subsetterMaskBytes(counted) != maskBytes(hints) || p + maskBytes(hints) > end) {
                            throw new Keep();
                        }
                        append(b);
                        append(p, p + maskBytes(hints));
                        p += maskBytes(hints);
                    }
                    case CALLSUBR, CALLGSUBR -> call(b == CALLGSUBR, depth, hadOperand);
                    case RETURN -> {
                        if (depth == 0) {
                            throw new Keep();
                        }
                        return; // the end of a subroutine taken into the glyph: nothing to return from
                    }
                    case ENDCHAR -> {
                        append(b);
                        ended = true;
                    }
                    case ESCAPE -> {
                        int x = p < end ? d[p] & 0xff : -1;
                        if (!isFlex(x)) {
                            throw new Keep(); // arithmetic: the stack's depth is not followed
                        }
                        p++;
                        append(b);
                        append(x);
                        stack = 0;
                    }
                    default -> {
                        append(b);
                        stack = 0;
                    }
                }
            }
        }

        /** A call in the glyph: kept where the subsetter reads the subroutine right, else the subroutine's body in its place. */
        private void call(boolean global, int depth, boolean hadOperand) throws Keep {
            CffData.Index subrs = global ? SubsetSafeCharstrings.this.global : local;
            int index = subroutine(subrs, depth, hadOperand);
            int at = operandAt;
            int value = operand;
            boolean rewriteOperand = negativeShortint;
            stack--;
            Walk saved = copy();
            // It walks no glyph of a Font DICT without local subroutines, so keeps none they call.
            boolean keep = local != null && readsRight(subrs.offsets()[index], subrs.offsets()[index + 1], depth + 1, global)
                    && (!rewriteOperand || value >= -1131);
            if (keep) {
                if (rewriteOperand) {
                    // OpenPDF reads a shortint without its sign: the same number in a shorter form it reads right.
                    length = at;
                    number(value);
                    changed = true;
                }
                append(global ? CALLGSUBR : CALLSUBR);
                return;
            }
            restore(saved);
            length = at;
            changed = true;
            emit(subrs.offsets()[index], subrs.offsets()[index + 1], depth + 1);
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
                        if ((b == CALLSUBR && global) || !hadOperand || negativeShortint) {
                            return false;
                        }
                        CffData.Index subrs = b == CALLGSUBR ? SubsetSafeCharstrings.this.global : local;
                        int index = subroutine(subrs, depth, true);
                        stack--;
                        if (!readsRight(subrs.offsets()[index], subrs.offsets()[index + 1], depth + 1, b == CALLGSUBR)) {
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
            int index = operand + bias(subrs.count());
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
            operand = b == SHORTINT ? (short) (((d[p + 1] & 0xff) << 8) | (d[p + 2] & 0xff))
                    : b <= 246 ? b - 139
                    : b <= 250 ? (b - 247) * 256 + (d[p + 1] & 0xff) + 108
                    : b <= 254 ? -(b - 251) * 256 - (d[p + 1] & 0xff) - 108
                    : (d[p + 1] << 8) | (d[p + 2] & 0xff); // 16.16 fixed: its integer part
            negativeShortint = b == SHORTINT && operand < 0;
            lastIsOperand = true;
            stack++;
            return p + size;
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

        private Walk copy() {
            Walk w = new Walk(local);
            w.stack = stack;
            w.hints = hints;
            w.counted = counted;
            w.ended = ended;
            return w;
        }

        private void restore(Walk w) {
            stack = w.stack;
            hints = w.hints;
            counted = w.counted;
            ended = w.ended;
            lastIsOperand = false;
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
}
