package dev.resume.input.bib;

import java.util.Arrays;

/**
 * A field's value as BibTeX reads it: the pieces joined by {@code #} and the {@code @string}
 * macros expanded, outer braces and quotes removed, LaTeX still in it. {@code offsets[i]} is
 * where character {@code i} stands in the .bib file (a macro's text stands where the macro is
 * used), so a problem deep inside a value is reported at its own line and column.
 */
public record BibText(String text, int[] offsets) {
    public BibText {
        if (offsets.length != text.length()) {
            throw new IllegalArgumentException("an offset per character");
        }
        offsets = offsets.clone();
    }

    /** The offset of character {@code i}; past the end, the offset just after the last one. */
    public int offset(int i) {
        if (offsets.length == 0) {
            return 0;
        }
        return i < offsets.length ? offsets[i] : offsets[offsets.length - 1] + 1;
    }

    public BibText sub(int from, int to) {
        return new BibText(text.substring(from, to), Arrays.copyOfRange(offsets, from, to));
    }

    /** Without the white space at both ends. */
    public BibText strip() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return sub(from, to);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BibText t && t.text.equals(text) && Arrays.equals(t.offsets, offsets);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(offsets);
    }

    @Override
    public String toString() {
        return text;
    }
}
