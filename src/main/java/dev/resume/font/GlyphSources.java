package dev.resume.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which glyphs a font's substitutions (its GSUB table) make each glyph out of: the i-matra
 * variant of Noto Serif Devanagari out of the i-matra, the conjunct "प्र" out of "प" and a
 * below-base "र" form, that form out of virama and "र", the "ffi" ligature out of f, f and i,
 * an Arabic letter's initial form out of the letter.
 *
 * <p>The shaper tells which characters a cluster of glyphs stands for, but not which glyph of
 * the cluster stands for which of them; following these edges back to glyphs of the font's
 * character map does (see {@link PdfFace}). Contextual lookups only choose when the others
 * apply, so they add no edges of their own.
 */
final class GlyphSources {
    /** Output glyph to the input sequences that make it. */
    private final Map<Integer, List<int[]>> sources;

    private GlyphSources(Map<Integer, List<int[]>> sources) {
        this.sources = sources;
    }

    static final GlyphSources NONE = new GlyphSources(Map.of());

    /** The input sequences the font substitutes by {@code glyph}; empty when it is never an output. */
    List<int[]> of(int glyph) {
        return sources.getOrDefault(glyph, List.of());
    }

    /** The font's substitutions; none when it has no GSUB table or the table is damaged. */
    static GlyphSources read(byte[] font) {
        try {
            ByteBuffer b = ByteBuffer.wrap(font);
            int gsub = LayoutTables.table(b, LayoutTables.GSUB);
            if (gsub < 0) {
                return NONE;
            }
            Map<Integer, List<int[]>> out = new HashMap<>();
            for (int lookup : LayoutTables.lookups(b, gsub)) {
                for (LayoutTables.Subtable sub : LayoutTables.subtables(b, lookup, 7)) {
                    try {
                        subtable(b, sub.type(), sub.at(), out);
                    } catch (IndexOutOfBoundsException e) {
                        // a damaged subtable: the others still count
                    }
                }
            }
            return new GlyphSources(out);
        } catch (RuntimeException e) {
            return NONE; // a damaged table: glyphs keep what the shaper's clusters say
        }
    }

    private static void subtable(ByteBuffer b, int type, int sub, Map<Integer, List<int[]>> out) {
        if (type < 1 || type > 4 && type != 8) {
            return; // contextual lookups (5, 6) apply the others; they make no glyph themselves
        }
        int format = u16(b, sub);
        int[] coverage = LayoutTables.coverage(b, sub + u16(b, sub + 2));
        switch (type) {
            case 1 -> { // single
                if (format == 1) {
                    int delta = b.getShort(sub + 4);
                    for (int g : coverage) {
                        add(out, (g + delta) & 0xFFFF, g);
                    }
                } else {
                    for (int i = 0; i < coverage.length; i++) {
                        add(out, u16(b, sub + 6 + 2 * i), coverage[i]);
                    }
                }
            }
            case 2, 3 -> { // multiple (a split vowel), alternate: each output is made of the input
                int count = u16(b, sub + 4);
                for (int i = 0; i < Math.min(count, coverage.length); i++) {
                    int seq = sub + u16(b, sub + 6 + 2 * i);
                    int n = u16(b, seq);
                    for (int k = 0; k < n; k++) {
                        add(out, u16(b, seq + 2 + 2 * k), coverage[i]);
                    }
                }
            }
            case 4 -> { // ligature
                int count = u16(b, sub + 4);
                for (int i = 0; i < Math.min(count, coverage.length); i++) {
                    int set = sub + u16(b, sub + 6 + 2 * i);
                    int ligatures = u16(b, set);
                    for (int k = 0; k < ligatures; k++) {
                        int lig = set + u16(b, set + 2 + 2 * k);
                        int glyph = u16(b, lig);
                        int components = u16(b, lig + 2);
                        int[] in = new int[components];
                        in[0] = coverage[i];
                        for (int c = 1; c < components; c++) {
                            in[c] = u16(b, lig + 4 + 2 * (c - 1));
                        }
                        out.computeIfAbsent(glyph, x -> new ArrayList<>()).add(in);
                    }
                }
            }
            case 8 -> { // reverse chaining single
                int backtrack = u16(b, sub + 4);
                int at = sub + 6 + 2 * backtrack;
                int lookahead = u16(b, at);
                at += 2 + 2 * lookahead;
                int n = u16(b, at);
                for (int i = 0; i < Math.min(n, coverage.length); i++) {
                    add(out, u16(b, at + 2 + 2 * i), coverage[i]);
                }
            }
            default -> throw new IllegalStateException("lookup type " + type);
        }
    }

    private static void add(Map<Integer, List<int[]>> out, int output, int input) {
        if (output != input) {
            out.computeIfAbsent(output, x -> new ArrayList<>()).add(new int[] {input});
        }
    }

    private static int u16(ByteBuffer b, int at) {
        return LayoutTables.u16(b, at);
    }
}
