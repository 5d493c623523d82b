package dev.resume.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.layout.Face;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small capitals the built-in fonts have, and how they are measured. */
class SmallCapFaceTest {
    private static final FontLibrary FONTS = new FontLibrary();

    @Test
    void pagellaAndHerosHaveSmallCapitalsOfEveryLatinLowerCaseLetter() {
        for (String font : List.of("tex-gyre/texgyrepagella-regular.otf", "tex-gyre/texgyrepagella-bold.otf",
                "tex-gyre/texgyreheros-regular.otf")) {
            Face small = FONTS.face(font, List.of()).smallCaps();
            assertNotNull(small, font + " has small capitals");
            for (char c = 'a'; c <= 'z'; c++) {
                assertTrue(small.canDisplay(c), font + " has a small capital of " + c);
            }
            assertTrue(small.canDisplay('é') && small.canDisplay('ü'), font + " has accented small capitals");
            assertFalse(small.canDisplay('A'), "capitals stay capitals");
            assertFalse(small.canDisplay('ж'), font + " has no Cyrillic small capitals");
        }
    }

    @Test
    void fontsWithoutTheFeatureHaveNone() {
        for (String font : List.of("latin-modern/lmroman10-regular.otf", "lato/Lato-Regular.ttf", "dejavu/DejaVuSans.ttf")) {
            assertNull(FONTS.face(font, List.of()).smallCaps(), font);
        }
    }

    /** Small capitals have widths of their own, narrower than the capitals, and are kerned as the font says. */
    @Test
    void smallCapitalsAreMeasuredWithTheirOwnAdvancesAndKerning() {
        PdfFace pagella = FONTS.face("tex-gyre/texgyrepagella-regular.otf", List.of());
        Face small = pagella.smallCaps();
        // Designed, not shrunk: 16.4 pt where capitals at 80 % are 17.4 pt.
        assertTrue(Math.abs(small.width("hiyi", 10) - 0.8f * pagella.width("HIYI", 10)) > 0.5f, "not capitals scaled");
        assertTrue(small.width("hiyi", 10) < pagella.width("HIYI", 10), "narrower than capitals");
        assertEquals(2 * small.width("hiyi", 10), small.width("hiyi", 20), 1e-3, "linear in the size");
        List<String> kerned = new ArrayList<>();
        String letters = "avwyolt";
        for (char a : letters.toCharArray()) {
            for (char b : letters.toCharArray()) {
                String pair = "" + a + b;
                float apart = small.width("" + a, 10) + small.width("" + b, 10);
                if (Math.abs(small.width(pair, 10) - apart) > 0.01f) {
                    kerned.add(pair);
                }
            }
        }
        assertTrue(kerned.contains("av") || kerned.contains("va"), "the font kerns small-capital pairs such as av: " + kerned);
        assertNotEquals(letters.length() * letters.length(), kerned.size(), "not every pair is kerned: " + kerned);
    }
}
