package dev.resume.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypographyTest {
    private static final Typography.Options ALL = Typography.Options.ALL;

    private static String t(String s) {
        return Typography.apply(s, ALL);
    }

    @Test
    void rangesOfYearsAndPagesTakeAnEnDash() {
        assertEquals("2019–2023", t("2019-2023"));
        assertEquals("2023–present", t("2023-present"));
        assertEquals("Teaching (2021–Now)", t("Teaching (2021-Now)"));
        assertEquals("pp.\u00A012–15", t("pp. 12-15"));
        assertEquals("a – b", t("a - b"));
        assertEquals("a – b — c", t("a -- b --- c"));
    }

    @Test
    void hyphensThatAreNotRangesStay() {
        assertEquals("2023-05-01", t("2023-05-01"));
        assertEquals("2023-05", t("2023-05"));
        assertEquals("COVID-19", t("COVID-19"));
        assertEquals("Qwen3-32B and GPT-4", t("Qwen3-32B and GPT-4"));
        assertEquals("+1-650-304-7475", t("+1-650-304-7475"));
        assertEquals("state-of-the-art", t("state-of-the-art"));
        assertEquals("-5 and x-y", t("-5 and x-y"));
    }

    @Test
    void quotesAndApostrophesCurl() {
        assertEquals("“Spotlight” paper", t("\"Spotlight\" paper"));
        assertEquals("the ‘best’ one", t("the 'best' one"));
        assertEquals("Master’s and students’ work in the ’90s", t("Master's and students' work in the '90s"));
        assertEquals("(“quoted”)", t("(\"quoted\")"));
        assertEquals("O’Brien", t("O'Brien"));
    }

    @Test
    void ellipsisAndTies() {
        assertEquals("and so on…", t("and so on..."));
        assertEquals("a.... b", t("a.... b"));
        assertEquals("Prof.\u00A0Ion Stoica and Dr.\u00A0Li", t("Prof. Ion Stoica and Dr. Li"));
        assertEquals("see Fig.\u00A03 and Table\u00A02", t("see Fig. 3 and Table 2"));
        assertEquals("Zhang et\u00A0al. (2024)", t("Zhang et al. (2024)"));
    }

    @Test
    void urlsAddressesAndCodeAreLeftAsTyped() {
        assertEquals("see https://x.org/a--b/2019-2020/'x'... now…", t("see https://x.org/a--b/2019-2020/'x'... now..."));
        assertEquals("mail \"me\"@x.org", t("mail \"me\"@x.org"));
        List<Span> spans = List.of(Span.plain("run "), new Span("a--b \"x\"", false, false, true, false, null),
                Span.plain(" -- done"), new Span("http://a.org/--", false, false, false, false, "http://a.org/--"));
        List<Span> out = Typography.apply(spans, ALL);
        assertEquals("a--b \"x\"", out.get(1).text());
        assertEquals(" – done", out.get(2).text());
        assertEquals("http://a.org/--", out.get(3).text());
    }

    @Test
    void quotesTakeTheirSideFromTheSpanBefore() {
        List<Span> spans = List.of(Span.plain("the \""), new Span("bold", true, false, false, false, null), Span.plain("\" word"));
        List<Span> out = Typography.apply(spans, ALL);
        assertEquals("the “", out.get(0).text());
        assertEquals("” word", out.get(2).text());
    }

    @Test
    void thinSpacesAroundEmDashesOnlyWhenAsked() {
        assertEquals("systems — models", t("systems — models"));
        Typography.Options thin = new Typography.Options(true, true, true, true, true);
        assertEquals("systems\u2009—\u2009models", Typography.apply("systems — models", thin));
        assertEquals("a\u2009—\u2009b", Typography.apply("a---b", thin));
    }

    @Test
    void nothingChangesWithEverythingOff() {
        String s = "\"a\" -- 2019-2020 ... Prof. X et al.";
        assertEquals(s, Typography.apply(s, Typography.Options.NONE));
    }
}
