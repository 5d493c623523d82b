package dev.resume.input;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the résumé's owner in author lists, whatever the spelling: "Shiyi Cao",
 * "S. Cao", "Cao, Shiyi", "Cao, S." and any alias the user lists.
 */
public final class OwnerNames {
    private OwnerNames() {}

    /** The normalised forms under which the owner may appear. */
    public static List<String> forms(String name, List<String> aliases) {
        Set<String> forms = new LinkedHashSet<>();
        addVariants(forms, name);
        for (String alias : aliases) {
            forms.add(normalize(alias));
            addVariants(forms, alias);
        }
        forms.remove("");
        return List.copyOf(forms);
    }

    public static boolean matches(String author, List<String> forms) {
        return forms.contains(normalize(author));
    }

    private static void addVariants(Set<String> forms, String name) {
        String[] words = normalize(name).split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        forms.add(String.join(" ", words));
        if (words.length < 2) {
            return;
        }
        String last = words[words.length - 1];
        String first = words[0];
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            initials.append(words[i].charAt(0)).append(' ');
        }
        forms.add(first + " " + last);
        forms.add(initials + last);
        forms.add(first.charAt(0) + " " + last);
    }

    /**
     * Lower case, accents and dots removed, "Last, First" turned into "First Last", hyphens
     * kept (Jean-Luc), spaces collapsed.
     */
    static String normalize(String s) {
        String t = s.strip();
        int comma = t.indexOf(',');
        if (comma > 0 && t.indexOf(',', comma + 1) < 0) {
            t = t.substring(comma + 1).strip() + " " + t.substring(0, comma).strip();
        }
        t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.replace('.', ' ').toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }
}
