package dev.resume.readback;

import java.util.Set;
import java.util.TreeSet;

/** A word's syllables as a dictionary divides them ("Da-ten-bank"), the tests' check on a hyphenator's breaks. */
public final class Syllables {
    private Syllables() {}

    /** The offsets of the hyphens among the letters: 2 and 5 for "Da-ten-bank". */
    public static Set<Integer> breaks(String syllables) {
        Set<Integer> out = new TreeSet<>();
        int letters = 0;
        for (char c : syllables.toCharArray()) {
            if (c == '-') {
                out.add(letters);
            } else {
                letters++;
            }
        }
        return out;
    }
}
