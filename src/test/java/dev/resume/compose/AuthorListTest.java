package dev.resume.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resume.model.Author;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that shortens an author list and keeps the owner (docs/format.md, "Long author lists"). */
class AuthorListTest {

    /** Authors A1 … An, the owner at {@code owner} (1-based; 0 for none) written "Me". */
    private static List<Author> authors(int n, int owner) {
        List<Author> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i == owner ? new Author("Me", "", true) : new Author("A" + i, "", false));
        }
        return out;
    }

    /** The shortened list as a line: names with their marks, "…" and "et al.", joined by commas. */
    private static String shown(List<Author> authors, int max, boolean last) {
        List<String> words = new ArrayList<>();
        for (AuthorList.Item item : AuthorList.shorten(authors, max, last)) {
            words.add(switch (item) {
                case AuthorList.Name(Author a) -> a.written();
                case AuthorList.Gap g -> g == AuthorList.Gap.ET_AL ? "et al." : "…";
            });
        }
        return String.join(", ", words);
    }

    @Test
    void ownerFirst() {
        assertEquals("Me, A2, A3, et al.", shown(authors(10, 1), 3, false));
        assertEquals("Me, A2, …, A10", shown(authors(10, 1), 3, true));
    }

    @Test
    void ownerAmongTheFirstNames() {
        assertEquals("A1, Me, A3, et al.", shown(authors(10, 2), 3, false));
    }

    @Test
    void ownerInTheMiddle() {
        assertEquals("A1, A2, …, Me, et al.", shown(authors(25, 12), 3, false));
        assertEquals("A1, …, Me, …, A25", shown(authors(25, 12), 3, true));
    }

    @Test
    void ownerLast() {
        assertEquals("A1, A2, …, Me", shown(authors(25, 25), 3, false), "nothing left out after the owner: no et al.");
        assertEquals("A1, A2, …, Me", shown(authors(25, 25), 3, true), "the owner is the last author");
    }

    @Test
    void noOwner() {
        assertEquals("A1, A2, A3, et al.", shown(authors(25, 0), 3, false));
        assertEquals("A1, A2, …, A25", shown(authors(25, 0), 3, true));
    }

    @Test
    void aLimitAtOrAboveTheCountChangesNothing() {
        assertEquals("A1, A2, Me, A4", shown(authors(4, 3), 4, false));
        assertEquals("A1, A2, Me, A4", shown(authors(4, 3), 9, true));
        assertEquals("A1, A2, Me, A4", shown(authors(4, 3), 0, false), "0 is no limit");
    }

    @Test
    void oneName() {
        assertEquals("Me, et al.", shown(authors(5, 1), 1, false));
        assertEquals("…, Me, et al.", shown(authors(5, 3), 1, true), "one name is the owner's, even with last");
        assertEquals("A1, et al.", shown(authors(5, 0), 1, false));
    }

    @Test
    void equalContributionMarksStayOnTheirNamesAndTheOwnersPartnerIsKeptFirst() {
        List<Author> a = new ArrayList<>(authors(12, 8));
        a.set(7, new Author("Me", "*", true));
        a.set(6, new Author("A7", "*", false));
        a.set(1, new Author("A2", "†", false));
        // The owner, the first author, then the owner's equal-contribution partner, then A2.
        assertEquals("A1, A2†, …, A7*, Me*, et al.", shown(a, 4, false));
        // No room for the partner: the owner keeps the mark, which still means what the note says.
        assertEquals("A1, …, Me*, et al.", shown(a, 2, false));
    }

    @Test
    void aListThatEndsInEtAlStaysOpen() {
        List<Author> a = new ArrayList<>(authors(6, 5));
        a.add(new Author("et al.", "", false));
        assertEquals("A1, A2, …, Me, et al.", shown(a, 3, true), "no second et al., and no last author to keep");
        assertEquals("A1, A2, A3, A4, Me, A6, et al.", shown(a, 6, false), "six names fit: the list as written");
    }
}
