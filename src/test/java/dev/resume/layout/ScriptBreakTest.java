package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Line breaking in scripts written without spaces, and the characters Unicode gives a meaning
 * to the breaker: a fake face whose CJK characters are an em wide (10 pt at 10 pt) and every
 * other character half an em.
 */
class ScriptBreakTest {
    private static final float EPS = 0.01f;
    private static final float SIZE = 10;

    /** CJK ideographs, kana and fullwidth punctuation 1 em wide, the rest 0.5 em; lacks {@code lacks}. */
    record CjkFace(Set<Integer> lacks) implements Face {
        @Override
        public String name() {
            return "FakeCjk";
        }

        @Override
        public float width(String text, float size) {
            return (float) text.codePoints().mapToDouble(c -> BreakOpportunities.cjk(c) ? size : 0.5 * size).sum();
        }

        @Override
        public boolean canDisplay(int codePoint) {
            return !lacks.contains(codePoint);
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

    private static final Face FACE = new CjkFace(Set.of(0x3000));
    private static final FontFamily FAMILY = new FontFamily("FakeCjk", FACE, FACE, FACE, FACE, List.of());
    private static final TextStyle STYLE = new TextStyle(FAMILY, SIZE, false, false, Rgb.BLACK, false, false);

    private final List<MissingGlyph> missing = new ArrayList<>();

    private List<Line> lines(String text, float width, Align align) {
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of(text, STYLE))).align(align).hyphenate(false).build();
        return new LineBreaker(new Shaper(missing)).layout(p, width);
    }

    private static String text(Line line) {
        return line.pieces().stream().map(Placed::text).collect(Collectors.joining());
    }

    private List<String> texts(String text, float width) {
        return lines(text, width, Align.LEFT).stream().map(ScriptBreakTest::text).toList();
    }

    private static final String HAN = "主要研究大规模语言模型的推理与训练系统关注显存管理调度算法和异构硬件上的性能优化";

    @Test
    void aSpaceBetweenTwoCjkCharactersIsNotSetButOneNextToLatinOrHangulIs() {
        // A YAML block folds its line ends into spaces: "维护者。 喜欢" was written on two lines.
        assertEquals(List.of("维护者。喜欢读书"), texts("维护者。 喜欢  读书", 400));
        assertEquals(List.of("在 GPU 集群上"), texts("在 GPU 集群上", 400));
        assertEquals(List.of("로봇이 사람의"), texts("로봇이 사람의", 400));
        // Across runs: the space is in a run of its own between two bold and regular ideographs.
        Block.Paragraph p = Block.Paragraph.of(List.of(Run.of("张伟", STYLE.withBold(true)), Run.of(" ", STYLE), Run.of("喜欢", STYLE)))
                .hyphenate(false).build();
        List<Line> lines = new LineBreaker(new Shaper(missing)).layout(p, 400);
        assertEquals("张伟喜欢", text(lines.get(0)));
    }

    @Test
    void ideographsBreakBetweenThemselves() {
        List<String> lines = texts(HAN, 200);
        assertTrue(lines.size() >= 2, "one giant word: " + lines);
        assertEquals(HAN, String.join("", lines));
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertEquals(20, line.length(), "a full line of twenty ideographs: " + lines);
        }
    }

    /** Punctuation that may not start a line, and brackets that may not end one, at every place of a line. */
    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracket() {
        for (int k = 0; k < 24; k++) {
            String text = "字".repeat(k) + "（括弧）「引用」。，、《书名》！？：；ー・ちょっとァィ【注】『書』" + "字".repeat(30);
            List<String> lines = texts(text, 195);
            assertEquals(text, String.join("", lines));
            for (String line : lines) {
                assertFalse("。，、）」』】》！？：；・ーょっァィ".indexOf(line.charAt(0)) >= 0, "a line starts with " + line.charAt(0) + ": " + lines);
                assertFalse("（「『【《".indexOf(line.charAt(line.length() - 1)) >= 0, "a line ends with an opening bracket: " + lines);
            }
        }
    }

    @Test
    void aLatinWordInsideChineseIsNeverBroken() {
        for (int k = 0; k < 20; k++) {
            String text = "字".repeat(k) + "Transformer" + "字".repeat(30) + "GPU集群";
            List<String> lines = texts(text, 150);
            assertTrue(lines.stream().anyMatch(l -> l.contains("Transformer")), "broken: " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.contains("GPU")), "broken: " + lines);
        }
    }

    @Test
    void aJustifiedChineseLineReachesTheMarginWithEqualGaps() {
        // 19.5 ems: 19 ideographs a line and half an em to share out between them.
        List<Line> lines = lines(HAN + HAN, 195, Align.JUSTIFY);
        assertTrue(lines.size() >= 3);
        for (Line line : lines.subList(0, lines.size() - 1)) {
            List<Placed> pieces = line.pieces();
            Placed last = pieces.get(pieces.size() - 1);
            assertEquals(195, last.x() + last.width(), EPS, "a justified line ends at the margin: " + text(line));
            float gap = pieces.get(1).x() - pieces.get(0).x() - pieces.get(0).width();
            assertTrue(gap > 0, "the line is spread between its characters");
            for (int i = 1; i < pieces.size(); i++) {
                Placed a = pieces.get(i - 1);
                assertEquals(gap, pieces.get(i).x() - a.x() - a.width(), EPS, "unequal gaps in " + text(line));
            }
        }
        Line last = lines.get(lines.size() - 1);
        for (int i = 1; i < last.pieces().size(); i++) {
            Placed a = last.pieces().get(i - 1);
            assertEquals(0, last.pieces().get(i).x() - a.x() - a.width(), EPS, "the last line is set tight");
        }
    }

    @Test
    void aRaggedChineseLineIsSetTight() {
        for (Line line : lines(HAN, 195, Align.LEFT)) {
            for (int i = 1; i < line.pieces().size(); i++) {
                Placed a = line.pieces().get(i - 1);
                assertEquals(0, line.pieces().get(i).x() - a.x() - a.width(), EPS, "no stretch in " + text(line));
            }
        }
    }

    @Test
    void latinAndDigitsInsideChineseGetAQuarterEmEachSide() {
        Line line = lines("在A100上，GPU 集群", 300, Align.LEFT).get(0);
        List<Placed> p = line.pieces();
        // No break before the comma: it is one word with the ideograph before it.
        assertEquals(List.of("在", "A100", "上，", "GPU", " ", "集", "群"), p.stream().map(Placed::text).toList());
        assertEquals(2.5f, p.get(1).x() - (p.get(0).x() + p.get(0).width()), EPS, "before A100");
        assertEquals(2.5f, p.get(2).x() - (p.get(1).x() + p.get(1).width()), EPS, "after A100");
        assertEquals(0, p.get(3).x() - (p.get(2).x() + p.get(2).width()), EPS, "none after CJK punctuation");
        assertEquals(5, p.get(5).x() - (p.get(3).x() + p.get(3).width()), EPS, "a typed space is the space, nothing more");
    }

    @Test
    void theSpaceBetweenChineseAndLatinIsABreakOpportunityAndVanishesThere() {
        List<Line> lines = lines("字".repeat(10) + "A100" + "字".repeat(5), 110, Align.LEFT);
        assertEquals("字".repeat(10), text(lines.get(0)));
        assertEquals(0, lines.get(1).pieces().get(0).x(), EPS, "the next line starts at the margin");
    }

    @Test
    void koreanBreaksAtItsSpacesNotBetweenSyllables() {
        List<String> lines = texts("한국어로 번역된 문서를 읽었습니다", 25);
        for (String line : lines) {
            assertTrue(List.of("한국어로", "번역된", "문서를", "읽었습니다").contains(line.strip()), "broken inside a word: " + lines);
        }
    }

    @Test
    void aZeroWidthSpaceIsAnInvisibleBreakOpportunity() {
        List<Line> one = lines("ultra\u200Bwide\u200Bscreen", 300, Align.LEFT);
        assertEquals("ultrawidescreen", text(one.get(0)), "no letter vanishes and nothing is drawn for it");
        Placed last = one.get(0).pieces().get(one.get(0).pieces().size() - 1);
        assertEquals(15 * 5, last.x() + last.width(), EPS, "no width");
        List<String> narrow = texts("ultra\u200Bwide\u200Bscreen", 50);
        assertTrue(narrow.equals(List.of("ultra", "widescreen")) || narrow.equals(List.of("ultrawide", "screen")),
                "broken there, with no hyphen: " + narrow);
    }

    @Test
    void joinersReachTheShaper() {
        assertTrue(texts("the 👩\u200D💻 emoji", 300).get(0).contains("👩\u200D💻"), "the zero-width joiner is kept");
        assertTrue(texts("क्\u200Cष", 300).get(0).contains("क्\u200Cष"), "the zero-width non-joiner is kept");
    }

    @Test
    void aWordJoinerAndAByteOrderMarkAreInvisibleAndForbidABreak() {
        for (char joiner : new char[] {'\u2060', '\uFEFF'}) {
            List<String> lines = texts("aaaa Joined" + joiner + "words", 60);
            assertEquals(List.of("aaaa", "Joinedwords"), lines.stream().map(String::strip).toList());
            List<String> han = texts("字".repeat(5) + "中" + joiner + "文", 60);
            assertEquals(List.of("字字字字字", "中文"), han, "kept together between ideographs too");
        }
    }

    @Test
    void lineAndParagraphSeparatorsBreakTheLine() {
        assertEquals(List.of("Line one", "Line two"), texts("Line one\u2028Line two", 300));
        assertEquals(List.of("Line one", "Line two"), texts("Line one\u2029Line two", 300));
    }

    @Test
    void anIdeographicSpaceIsASpaceAnEmWide() {
        List<Line> lines = lines("東\u3000西", 300, Align.LEFT);
        List<Placed> p = lines.get(0).pieces();
        assertEquals(20, p.get(2).x(), EPS, "east, an em of space, west");
        assertTrue(missing.isEmpty(), "no missing glyph reported for it: " + missing);
        assertEquals(List.of("東", "西"), texts("東\u3000西", 15), "and the line may break there");
    }

    @Test
    void textIsNormalisedBeforeShaping() {
        assertEquals("Jos\u00E9", texts("Jose\u0301", 300).get(0));
    }
}
