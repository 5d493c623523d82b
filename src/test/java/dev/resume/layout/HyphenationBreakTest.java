package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.readback.Syllables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hyphenation in the line breaker, with a fake proportional face: every character half the size
 * wide, but "i", "l" and "t" narrower (a face whose "i" and "m" are as wide is taken for code).
 */
class HyphenationBreakTest {
    record Proportional(String name) implements Face {
        @Override
        public float width(String text, float size) {
            float w = 0;
            for (char c : text.toCharArray()) {
                w += (c == 'i' || c == 'l' || c == 't' ? 0.3f : 0.5f) * size;
            }
            return w;
        }

        @Override
        public boolean canDisplay(int codePoint) {
            return true;
        }

        @Override
        public float ascent(float size) {
            return 0.8f * size;
        }

        @Override
        public float descent(float size) {
            return 0.2f * size;
        }
    }

    private static final Face FACE = new Proportional("Prop");
    private static final FontFamily FAMILY = new FontFamily("Prop", FACE, FACE, FACE, FACE, List.of());
    private static final TextStyle STYLE = new TextStyle(FAMILY, 10, false, false, Rgb.BLACK, false, false);
    private static final LayoutTest.FakeFace MONO = new LayoutTest.FakeFace("Mono", Set.of());
    private static final TextStyle CODE = STYLE.withFamily(new FontFamily("Mono", MONO, MONO, MONO, MONO, List.of()));

    private static List<Line> lines(List<Run> runs, float width, Align align) {
        Block.Paragraph p = Block.Paragraph.of(runs).align(align).build();
        return new LineBreaker(new Shaper(new ArrayList<>())).layout(p, width);
    }

    private static List<Line> lines(String text, float width) {
        return lines(List.of(Run.of(text, STYLE)), width, Align.JUSTIFY);
    }

    private static String text(Line line) {
        StringBuilder sb = new StringBuilder();
        for (Placed p : line.pieces()) {
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** The widest gap between words on the justified lines (all but the last), as a multiple of a space. */
    private static float loosest(List<Line> lines) {
        float space = FACE.width(" ", 10);
        float worst = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            for (Placed p : lines.get(i).pieces()) {
                if (p.text().equals(" ")) {
                    worst = Math.max(worst, p.width() / space);
                }
            }
        }
        return worst;
    }

    private static final String LOOSE = "we study typography and hyphenation with considerable enthusiasm";

    @Test
    void hyphenationRescuesAParagraphThatIsLooseWithout() {
        float width = 120;
        // The same words as a link, which is never hyphenated: the breaker's best is loose.
        List<Line> without = lines(List.of(Run.of(LOOSE, STYLE).withLink("https://example.org")), width, Align.JUSTIFY);
        List<Line> with = lines(LOOSE, width);
        assertTrue(without.stream().noneMatch(l -> text(l).endsWith("-")), "a link is not hyphenated");
        assertTrue(loosest(without) > 2.5f, "the test needs a loose paragraph; its widest space is " + loosest(without));
        assertTrue(with.stream().anyMatch(l -> l.pieces().get(l.pieces().size() - 1).hyphenated()), "some line is hyphenated");
        assertTrue(loosest(with) < loosest(without) - 0.5f, "hyphenated, the widest space is " + loosest(with) + " spaces, against "
                + loosest(without));
        for (Line l : with) {
            Placed last = l.pieces().get(l.pieces().size() - 1);
            assertTrue(last.x() + last.width() <= width + 0.01f, "'" + text(l) + "' stays within the line");
            if (last.hyphenated()) {
                assertTrue(last.text().endsWith("-"));
            }
        }
        // The letters are all there, in order, once the hyphens at line ends are taken away.
        StringBuilder joined = new StringBuilder();
        for (Line l : with) {
            String t = text(l);
            boolean hyphen = l.pieces().get(l.pieces().size() - 1).hyphenated();
            joined.append(hyphen ? t.substring(0, t.length() - 1) : t + " ");
        }
        assertEquals(LOOSE, joined.toString().strip());
    }

    @Test
    void aParagraphThatSetsWellIsNotHyphenated() {
        List<Line> lines = lines("we study typography and hyphenation with care", 1000);
        assertEquals(1, lines.size());
        assertFalse(text(lines.get(0)).contains("-"));
    }

    @Test
    void urlsNumbersNamesAndCodeAreNeverHyphenated() {
        String[] words = {"www.typography.org", "typography2025", "someone@typography.example", "file.typography"};
        for (String w : words) {
            for (Line l : lines("a " + w + " b", 40)) {
                assertFalse(l.pieces().stream().anyMatch(Placed::hyphenated), w + " was hyphenated: " + text(l));
            }
        }
        List<Run> runs = List.of(Run.of("typography typography", STYLE).withNoBreak());
        assertFalse(lines(runs, 40, Align.LEFT).stream().flatMap(l -> l.pieces().stream()).anyMatch(Placed::hyphenated));
        runs = List.of(Run.of("hyphenation hyphenation hyphenation", CODE));
        assertFalse(lines(runs, 80, Align.LEFT).stream().flatMap(l -> l.pieces().stream()).anyMatch(Placed::hyphenated));
    }

    @Test
    void aSoftHyphenIsTheOnlyBreakInItsWordAndIsNeverDrawn() {
        // "hyphen-ation" would be the patterns' choice; the soft hyphen asks for "hy-phenation".
        List<Line> lines = lines("xx hy\u00ADphenation xx xx xx xx", 45);
        boolean broke = false;
        for (Line l : lines) {
            for (Placed p : l.pieces()) {
                assertFalse(p.text().contains("\u00AD"), "a soft hyphen is drawn: " + text(l));
                if (p.hyphenated()) {
                    assertEquals("hy-", p.text());
                    broke = true;
                }
            }
        }
        assertTrue(broke, "the word broke at its soft hyphen: " + lines.stream().map(HyphenationBreakTest::text).toList());
        // Unbroken, the word is drawn whole, without the soft hyphen.
        assertEquals("xx hyphenation", text(lines("xx hy\u00ADphenation", 1000).get(0)));
    }

    @Test
    void aCompoundBreaksAfterItsHyphenWithoutAnotherOne() {
        List<Line> lines = lines(List.of(Run.of("aa self-evolving", STYLE)), 70, Align.LEFT);
        assertEquals(List.of("aa self-", "evolving"), lines.stream().map(HyphenationBreakTest::text).toList());
        assertFalse(lines.get(0).pieces().get(lines.get(0).pieces().size() - 1).hyphenated(), "the hyphen is the text's own");
    }

    /** Each line's text, a line the breaker hyphenated marked by its hyphen (the text's own hyphens too). */
    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(HyphenationBreakTest::text).toList();
    }

    private static boolean hyphenated(Line line) {
        return line.pieces().get(line.pieces().size() - 1).hyphenated();
    }

    /** Long words on a narrow measure: most lines want to end inside a word. */
    private static final String DENSE = "the characterization of internationalization considerations necessitates "
            + "comprehensive understanding: electromagnetic interoperability, representational transformations, "
            + "administrative responsibilities, institutionalized accountability, and experimental reproducibility "
            + "demonstrate extraordinary organizational complexity across heterogeneous infrastructures";

    @Test
    void noMoreThanTwoLinesInARowEndInAHyphen() {
        for (float width = 110; width <= 200; width += 5) {
            List<Line> lines = lines(DENSE, width);
            int run = 0;
            int hyphens = 0;
            for (Line l : lines) {
                run = text(l).endsWith("-") ? run + 1 : 0;
                hyphens += hyphenated(l) ? 1 : 0;
                assertTrue(run <= 2, width + " pt: " + texts(lines));
            }
            assertTrue(hyphens >= 3, "the test needs a paragraph that hyphenates often; at " + width + " pt: " + texts(lines));
        }
    }

    @Test
    void noWordShorterThanTheMinimumIsHyphenatedNorSplitNearItsEnds() {
        // Seven-letter words ("between" breaks be-tween) and longer ones, on a measure that hyphenates.
        String text = "xx between problem content systems typography hyphenation considerable enthusiasm between problem";
        boolean shortBroken = false;
        for (int minWord : new int[] {5, 8}) {
            for (float width = 50; width <= 120; width += 5) {
                Block.Paragraph p = Block.Paragraph.of(List.of(Run.of(text, STYLE))).align(Align.JUSTIFY).hyphenMinWord(minWord)
                        .build();
                List<Line> lines = new LineBreaker(new Shaper(new ArrayList<>())).layout(p, width);
                for (int i = 0; i + 1 < lines.size(); i++) {
                    if (!hyphenated(lines.get(i))) {
                        continue;
                    }
                    String head = text(lines.get(i));
                    head = head.substring(head.lastIndexOf(' ') + 1, head.length() - 1);
                    String next = text(lines.get(i + 1));
                    String tail = next.contains(" ") ? next.substring(0, next.indexOf(' ')) : next;
                    assertTrue(head.length() >= 2 && tail.length() >= 3, "two letters before a break, three after: " + head + "-" + tail);
                    assertTrue((head + tail).length() >= minWord, head + "-" + tail + " is shorter than " + minWord + " letters");
                    shortBroken |= (head + tail).length() < 8;
                }
            }
        }
        assertTrue(shortBroken, "with the least minimum, some word under eight letters breaks somewhere");
    }

    @Test
    void aParagraphWithoutHyphenationBreaksNoWord() {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of(DENSE, STYLE))).align(Align.LEFT).hyphenate(false).build();
        List<Line> lines = new LineBreaker(new Shaper(new ArrayList<>())).layout(p, 150);
        assertTrue(lines.stream().noneMatch(HyphenationBreakTest::hyphenated), texts(lines).toString());
    }

    /** German words whose English points are wrong ("Daten-banken-twick-lung"), each with its German syllables (Duden). */
    private static final java.util.Map<String, String> GERMAN = java.util.Map.of(
            "Datenbankentwicklung", "Da-ten-bank-ent-wick-lung",
            "Softwareentwicklerin", "Soft-ware-ent-wick-le-rin",
            "Leistungsoptimierung", "Leis-tungs-op-ti-mie-rung",
            "Anforderungsanalyse", "An-for-de-rungs-ana-ly-se",
            "Schriftsatzprogrammierung", "Schrift-satz-pro-gram-mie-rung");

    private static List<Line> lines(String text, float width, dev.resume.text.LanguageTag language) {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of(text, STYLE))).align(Align.JUSTIFY).language(language).build();
        return new LineBreaker(new Shaper(new ArrayList<>())).layout(p, width);
    }

    @Test
    void aParagraphIsHyphenatedInItsOwnLanguage() {
        String text = String.join(" und ", GERMAN.keySet());
        dev.resume.text.LanguageTag de = dev.resume.text.LanguageTag.parse("de");
        int breaks = 0;
        for (float width = 60; width <= 140; width += 10) {
            List<Line> lines = lines(text, width, de);
            // The lines joined again, a "|" where the breaker added a hyphen: "Da|ten|bankentwicklung".
            StringBuilder joined = new StringBuilder();
            for (Line l : lines) {
                String t = text(l);
                joined.append(hyphenated(l) ? t.substring(0, t.length() - 1) + "|" : t + " ");
            }
            for (String word : joined.toString().strip().split(" ")) {
                String whole = word.replace("|", "");
                assertEquals(GERMAN.containsKey(whole) || whole.equals("und"), true, width + " pt: " + whole + " is not in the text");
                int letters = 0;
                for (char c : word.toCharArray()) {
                    if (c == '|') {
                        assertTrue(Syllables.breaks(GERMAN.get(whole)).contains(letters),
                                width + " pt: " + word + " breaks where German does not");
                        breaks++;
                    } else {
                        letters++;
                    }
                }
            }
        }
        assertTrue(breaks >= 5, "the test needs German words broken; it found " + breaks);
    }

    @Test
    void aLanguageWithoutPatternsIsNotHyphenatedNotEvenItsLatinWords() {
        String text = String.join(" und ", GERMAN.keySet());
        for (String tag : new String[] {"zh", "ja", "ar"}) {
            for (float width = 60; width <= 140; width += 20) {
                List<Line> lines = lines(text, width, dev.resume.text.LanguageTag.parse(tag));
                assertFalse(lines.stream().anyMatch(HyphenationBreakTest::hyphenated), tag + " at " + width + " pt: " + texts(lines));
            }
        }
        // The same text in German at 80 pt does break a word: the test is not vacuous.
        assertTrue(lines(text, 80, dev.resume.text.LanguageTag.parse("de")).stream().anyMatch(HyphenationBreakTest::hyphenated));
    }

    @Test
    void aWordInAnotherScriptIsNotBrokenByTheParagraphsPatterns() {
        // Russian words in an English paragraph, and English ones in a Russian paragraph.
        String mixed = "программирование университет typography hyphenation программирование considerable";
        for (float width = 50; width <= 120; width += 10) {
            for (Line l : lines(mixed, width, dev.resume.text.LanguageTag.ENGLISH)) {
                String t = text(l);
                assertFalse(hyphenated(l) && Character.UnicodeScript.of(t.charAt(t.length() - 2)) == Character.UnicodeScript.CYRILLIC,
                        "English patterns broke a Russian word: " + t);
            }
            for (Line l : lines(mixed, width, dev.resume.text.LanguageTag.parse("ru"))) {
                String t = text(l);
                assertFalse(hyphenated(l) && Character.UnicodeScript.of(t.charAt(t.length() - 2)) == Character.UnicodeScript.LATIN,
                        "Russian patterns broke an English word: " + t);
            }
        }
    }
}
