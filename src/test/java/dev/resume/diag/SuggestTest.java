package dev.resume.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    /** The keys of an education entry, as the format had them when this test was written. */
    private static final List<String> EDUCATION = List.of("institution", "degree", "location", "start", "end", "date", "gpa",
            "bullets", "id", "tags", "hidden");

    @Test
    void typoFindsTheKey() {
        assertEquals("institution", Suggest.closest("instituion", EDUCATION));
        assertEquals("institution", Suggest.closest("insitution", EDUCATION));
        assertEquals("degree", Suggest.closest("degre", EDUCATION));
        assertEquals("location", Suggest.closest("locaiton", EDUCATION));
    }

    @Test
    void caseIsIgnoredAndTheCandidateKeepsItsSpelling() {
        assertEquals("institution", Suggest.closest("Institution", EDUCATION));
        assertEquals("Classic", Suggest.closest("clasic", List.of("Modern", "Classic")));
    }

    @Test
    void farWordsGetNoSuggestion() {
        assertNull(Suggest.closest("zzzzzzzz", EDUCATION));
        assertNull(Suggest.closest("publications", EDUCATION));
        assertNull(Suggest.closest("x", List.of()));
    }

    @Test
    void allowedDistanceGrowsWithLength() {
        // Short words allow one edit, long ones up to three.
        assertEquals("url", Suggest.closest("ur", List.of("url")));
        assertNull(Suggest.closest("xy", List.of("url")));
        assertEquals("organization", Suggest.closest("organisaton", List.of("organization")), "two edits in a long word");
        assertNull(Suggest.closest("dgr", List.of("degree")), "three edits in a short word is too far");
    }

    @Test
    void distanceCountsATranspositionAsOneEdit() {
        assertEquals(0, Suggest.distance("abc", "abc"));
        assertEquals(1, Suggest.distance("abc", "acb"));
        assertEquals(1, Suggest.distance("abc", "abcd"));
        assertEquals(1, Suggest.distance("abc", "ab"));
        assertEquals(1, Suggest.distance("abc", "abd"));
        assertEquals(3, Suggest.distance("", "abc"));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
    }

    @Test
    void veryLongWordsAreNotCompared() {
        String longWord = "a".repeat(65);
        assertEquals(Integer.MAX_VALUE, Suggest.distance(longWord, "a"));
        assertNull(Suggest.closest(longWord, List.of(longWord.substring(1))));
    }

    @Test
    void listJoinsWithCommasAndOr() {
        assertEquals("", Suggest.list(List.of()));
        assertEquals("a", Suggest.list(List.of("a")));
        assertEquals("a or b", Suggest.list(List.of("a", "b")));
        assertEquals("a, b or c", Suggest.list(List.of("a", "b", "c")));
    }
}
