package dev.resume.compose;

import dev.resume.model.Author;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which names of an author list show under {@code authors: {max: N}}, and where the left-out
 * ones were. The rule (docs/format.md, "Long author lists"): the names kept are, in this order of
 * priority until N are chosen, the owner, the first author, the last author (with {@code last:
 * true}), the authors who share an equal-contribution mark with the owner (so that the owner's
 * {@code *} still points at a visible partner where there is room), then the others in list order.
 * They print in the list's order; a run of left-out names between two kept ones is "…", and a
 * run at the end is "et al.". Marks stay on the names they belong to and are never moved.
 */
final class AuthorList {
    private AuthorList() {}

    /** One item of the shortened list. */
    sealed interface Item permits Name, Gap {}

    /** An author who shows. */
    record Name(Author author) implements Item {}

    /** Where left-out names were: between kept ones (or before the first), or at the end. */
    enum Gap implements Item { ELLIPSIS, ET_AL }

    /** The list as it shows with at most {@code max} names (0: all of them). */
    static List<Item> shorten(List<Author> authors, int max, boolean last) {
        List<Author> names = new ArrayList<>(authors);
        // A list that already ends in "et al." is open: that is no author to count or keep.
        boolean open = !names.isEmpty() && isEtAl(names.get(names.size() - 1).name());
        if (open) {
            names.remove(names.size() - 1);
        }
        int n = names.size();
        if (max <= 0 || n <= max) {
            return authors.stream().<Item>map(Name::new).toList();
        }
        Set<Integer> kept = new LinkedHashSet<>();
        int owner = -1;
        for (int i = 0; i < n && owner < 0; i++) {
            if (names.get(i).isOwner()) {
                owner = i;
            }
        }
        List<Integer> priority = new ArrayList<>();
        if (owner >= 0) {
            priority.add(owner);
        }
        priority.add(0);
        if (last && !open) {
            priority.add(n - 1);
        }
        if (owner >= 0 && !names.get(owner).marks().isEmpty()) {
            for (int i = 0; i < n; i++) {
                if (sharesMark(names.get(i).marks(), names.get(owner).marks())) {
                    priority.add(i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            priority.add(i);
        }
        for (int i : priority) {
            if (kept.size() == max) {
                break;
            }
            kept.add(i);
        }
        List<Item> out = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < n; i++) {
            if (!kept.contains(i)) {
                continue;
            }
            if (i > previous + 1) {
                out.add(Gap.ELLIPSIS);
            }
            out.add(new Name(names.get(i)));
            previous = i;
        }
        if (previous < n - 1 || open) {
            out.add(Gap.ET_AL);
        }
        return List.copyOf(out);
    }

    static boolean isEtAl(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        return s.equals("et al.") || s.equals("et al") || s.equals("et al.,");
    }

    private static boolean sharesMark(String a, String b) {
        return a.codePoints().anyMatch(c -> b.indexOf(c) >= 0);
    }
}
