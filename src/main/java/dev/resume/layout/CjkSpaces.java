package dev.resume.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese and Japanese are written without spaces between words, yet a YAML block folds each
 * line end into a space ("维护者。 喜欢", "推定し、 「分かりやすい」"), and a space typed between two
 * ideographs is a slip. As xeCJK does, and as CSS does with a line break between two such
 * characters, a space between two of them is not set. Korean is written with spaces and keeps
 * them; so does every space next to a Latin letter or a digit ("GPU 集群").
 */
final class CjkSpaces {
    private CjkSpaces() {}

    /** The runs' texts without the spaces that stand between two CJK characters, across runs. */
    static List<String> removed(List<String> texts) {
        String all = String.join("", texts);
        if (!hasCjk(all)) {
            return texts;
        }
        boolean[] drop = new boolean[all.length()];
        boolean any = false;
        int i = 0;
        while (i < all.length()) {
            if (all.charAt(i) != ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < all.length() && all.charAt(j) == ' ') {
                j++;
            }
            if (i > 0 && j < all.length() && isCjk(all.codePointBefore(i)) && isCjk(all.codePointAt(j))) {
                for (int k = i; k < j; k++) {
                    drop[k] = true;
                }
                any = true;
            }
            i = j;
        }
        if (!any) {
            return texts;
        }
        List<String> out = new ArrayList<>(texts.size());
        int offset = 0;
        for (String text : texts) {
            StringBuilder sb = new StringBuilder(text.length());
            for (int k = 0; k < text.length(); k++) {
                if (!drop[offset + k]) {
                    sb.append(text.charAt(k));
                }
            }
            out.add(sb.toString());
            offset += text.length();
        }
        return out;
    }

    private static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x3000 && isCjk(s.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Ideographs, kana, and the CJK punctuation and full-width forms set among them; not Hangul. */
    static boolean isCjk(int cp) {
        // The ideographic space is a space typed on purpose; a half-width letter is Latin.
        return cp != 0x3000 && BreakOpportunities.cjk(cp) && !(cp >= 0xFF61 && cp <= 0xFFDC);
    }
}
