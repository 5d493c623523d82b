package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The factor a justified line's glyphs are expanded by: stepped, within the limit, never more than the spaces can undo. */
class ExpansionTest {
    private static final float MAX = 0.02f;

    @Test
    void theGlyphsTakeWhatTheLineNeedsToTheNearestStep() {
        // 400 pt of glyphs lacking 3 pt: 0.75 %, to the nearest half percent.
        assertEquals(0.01f, Expansion.factor(3, 400, 5, MAX), 1e-6);
        assertEquals(-0.005f, Expansion.factor(-1.5f, 400, 5, MAX), 1e-6);
    }

    @Test
    void noFurtherThanTheLimitWhateverTheLineLacks() {
        assertEquals(0.02f, Expansion.factor(30, 400, 5, MAX), 1e-6);
        assertEquals(-0.02f, Expansion.factor(-30, 400, 5, MAX), 1e-6);
        // A limit between steps is taken in whole steps.
        assertEquals(0.015f, Expansion.factor(30, 400, 5, 0.018f), 1e-6);
        assertEquals(0, Expansion.factor(30, 400, 5, 0), 1e-6);
    }

    @Test
    void aStepBeyondTheNeedIsTakenOnlyWhenTheSpacesCanGiveItBack() {
        // 1.2 pt lacking rounds up to a step of 2 pt: the spaces must shrink 0.8 pt.
        assertEquals(0.005f, Expansion.factor(1.2f, 400, 1, MAX), 1e-6);
        assertEquals(0, Expansion.factor(1.2f, 400, 0.5f, MAX), 1e-6);
    }
}
