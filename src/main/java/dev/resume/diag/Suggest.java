package dev.resume.diag;

import java.util.Collection;
import java.util.Locale;

/** Finds the valid word closest to a misspelt one, for "did you mean" hints. */
public final class Suggest {
    private Suggest() {}

    /** The closest candidate within a distance that still reads as a typo, or null. */
    public static String closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(1, Math.min(3, w.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** Damerau–Levenshtein distance (with adjacent transpositions), small strings only. */
    public static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** "a, b or c" */
    public static String list(Collection<String> words) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (String w : words) {
            if (i > 0) {
                sb.append(i == words.size() - 1 ? " or " : ", ");
            }
            sb.append(w);
            i++;
        }
        return sb.toString();
    }
}
