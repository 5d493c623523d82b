package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TotalFitTest {
    private static final float[] SPACES = {0, 1, 1, 1, 1};

    @Test
    void choosesEvenSpacingWhereFirstFitLeavesALooseLine() {
        // Lines 10 wide; words 2,2,2,2,5 with spaces of 1. First fit takes "2 2 2" (stretch
        // ratio 2), then "2 5" (ratio 4): badly loose. Shrinking three spaces by a third fits
        // "2 2 2 2" exactly, and the last line may be short: far better.
        int[] starts = TotalFit.breaks(new float[] {2, 2, 2, 2, 5}, SPACES, 10, 10, false, 0, 200);
        assertArrayEquals(new int[] {0, 4}, starts);
    }

    @Test
    void raggedTextEvensOutLineEnds() {
        // Ragged: spaces keep their width; each line may end up to 4 short. "2 2 2" (8) then
        // "2 5" (8) is even; "2 2 2 2" would need shrinking, which ragged text cannot do.
        int[] starts = TotalFit.breaks(new float[] {2, 2, 2, 2, 5, 1}, new float[] {0, 1, 1, 1, 1, 1}, 10, 10, true, 4, 200);
        assertArrayEquals(new int[] {0, 3}, starts);
    }

    @Test
    void aShortWordAloneOnTheLastLineIsAvoidedWhereItCostsLittle() {
        // Ragged, lines 20 wide, ends may vary by 8. "6 6 6" fills the first line exactly and
        // leaves "3" alone below; "6 6" then "6 3" ends the first line 7 short but leaves no
        // runt. Without the runt's charge the first wins; with it, the second.
        float[] words = {6, 6, 6, 3};
        float[] spaces = {0, 1, 1, 1};
        float[] none = new float[5];
        boolean[] flags = new boolean[5];
        assertArrayEquals(new int[] {0, 3}, TotalFit.breaks(words, spaces, none, none, flags, true, 20, 20, true, 8, 200, 0));
        assertArrayEquals(new int[] {0, 2}, TotalFit.breaks(words, spaces, none, none, flags, true, 20, 20, true, 8, 200, 16));
        // A long last word is no runt.
        assertArrayEquals(new int[] {0, 3}, TotalFit.breaks(words, spaces, none, none, flags, true, 20, 20, true, 8, 200, 2));
    }

    @Test
    void theFirstLineMayBeNarrower() {
        // A date at the right of the first line leaves it 5 wide.
        int[] starts = TotalFit.breaks(new float[] {2, 2, 2, 2, 2}, SPACES, 5, 10, true, 4, 200);
        assertTrue(starts.length >= 2 && starts[1] <= 2, "the first line holds at most two words");
    }

    @Test
    void nothingWithinToleranceGivesNull() {
        // One word per line would be far too loose when it cannot stretch at all.
        assertNull(TotalFit.breaks(new float[] {2, 9}, new float[] {0, 1}, 10, 10, false, 0, 200));
        int[] forced = TotalFit.breaks(new float[] {2, 9}, new float[] {0, 1}, 10, 10, false, 0, Double.POSITIVE_INFINITY);
        assertArrayEquals(new int[] {0, 1}, forced, "without a tolerance it still breaks");
    }
}
