package dev.resume.input.jsonresume;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.input.ResumeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON Resume sample damaged at random (characters deleted, doubled or replaced by JSON's
 * punctuation, values swapped for arrays, objects, numbers, null): each loads, or is refused with
 * diagnostics that each have a message and a place inside the file; never another exception.
 */
class DamagedJsonTest {
    private static final String PUNCTUATION = "{}[]:,\"\\ \n\t0-.tfn";
    private static final String[] VALUES = {"[]", "{}", "null", "42", "true", "[\"x\"]", "{\"a\": 1}", "\"\"", "\"2014-13-45\""};

    @Test
    void damagedSamplesLoadOrAreRefusedWithPlaces() throws IOException {
        String sample = Files.readString(JsonResumeSampleTest.SAMPLE);
        Path file = Path.of("damaged.json");
        int refused = 0;
        int loaded = 0;
        for (long seed = 1; seed <= 600; seed++) {
            Random r = new Random(seed);
            String text = damage(sample, r);
            try {
                new ResumeLoader(new Diagnostics()).parse(file, text);
                loaded++;
            } catch (InvalidInputException e) {
                refused++;
                int lines = text.split("\\R", -1).length;
                for (Diagnostic d : e.diagnostics()) {
                    assertFalse(d.message() == null || d.message().isBlank(), "seed " + seed + ": a diagnostic without a message");
                    assertTrue(d.pos().isKnown() && d.pos().line() <= lines, "seed " + seed + ": " + d + " is not inside the file");
                }
            } catch (RuntimeException e) {
                fail("seed " + seed + ": " + e + "\n" + text, e);
            }
        }
        assertTrue(refused > 100 && loaded > 100, "both outcomes were tried: " + refused + " refused, " + loaded + " loaded");
    }

    private static String damage(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, b.charAt(at));
                case 2 -> b.setCharAt(at, PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
                default -> {
                    // A value replaced: from after a ": " to the end of its line (less a comma).
                    int colon = b.indexOf("\": ", at);
                    if (colon < 0) {
                        continue;
                    }
                    int end = b.indexOf("\n", colon);
                    int stop = b.charAt(end - 1) == ',' ? end - 1 : end;
                    if (b.charAt(colon + 3) == '{' || b.charAt(colon + 3) == '[') {
                        continue;
                    }
                    b.replace(colon + 3, stop, VALUES[r.nextInt(VALUES.length)]);
                }
            }
        }
        return b.toString();
    }
}
