package dev.resume.font;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The glyph an OpenType feature's single substitutions (GSUB lookup type 1) make of each glyph:
 * for "smcp" the small capital of each lower-case letter. The JDK's shaper applies only the
 * features it chooses (kerning, ligatures), never "smcp", so the substitution is read here and
 * applied by {@link SmallCapFace}.
 */
final class SingleSubstitutions {
    private SingleSubstitutions() {}

    /**
     * Glyph to glyph, after all the feature's single-substitution lookups in the order they apply;
     * empty when the font has no such feature or its table is damaged.
     */
    static Map<Integer, Integer> read(byte[] font, String feature) {
        try {
            ByteBuffer b = ByteBuffer.wrap(font);
            int gsub = LayoutTables.table(b, LayoutTables.GSUB);
            if (gsub < 0) {
                return Map.of();
            }
            int[] lookups = LayoutTables.lookups(b, gsub);
            Map<Integer, Integer> out = new HashMap<>();
            for (int index : LayoutTables.featureLookups(b, gsub, feature)) {
                Map<Integer, Integer> step = lookup(b, lookups[index]);
                out.replaceAll((from, to) -> step.getOrDefault(to, to));
                step.forEach(out::putIfAbsent);
            }
            out.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
            return Map.copyOf(out);
        } catch (RuntimeException e) {
            return Map.of(); // a damaged table: no substitutions rather than wrong ones
        }
    }

    /** One lookup's substitutions: the first subtable that covers a glyph decides it. */
    private static Map<Integer, Integer> lookup(ByteBuffer b, int lookup) {
        Map<Integer, Integer> out = new HashMap<>();
        for (LayoutTables.Subtable sub : LayoutTables.subtables(b, lookup, 7)) {
            if (sub.type() != 1) {
                continue;
            }
            int at = sub.at();
            int[] coverage = LayoutTables.coverage(b, at + LayoutTables.u16(b, at + 2));
            if (LayoutTables.u16(b, at) == 1) {
                int delta = b.getShort(at + 4);
                for (int g : coverage) {
                    out.putIfAbsent(g, (g + delta) & 0xFFFF);
                }
            } else {
                int n = Math.min(LayoutTables.u16(b, at + 4), coverage.length);
                for (int i = 0; i < n; i++) {
                    out.putIfAbsent(coverage[i], LayoutTables.u16(b, at + 6 + 2 * i));
                }
            }
        }
        return out;
    }
}
