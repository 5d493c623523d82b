package dev.resume.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private static PartialDate ok(String s) {
        return assertInstanceOf(DateParser.Ok.class, DateParser.parse(s), s).date();
    }

    private static DateParser.Bad bad(String s) {
        return assertInstanceOf(DateParser.Bad.class, DateParser.parse(s), s);
    }

    @Test
    void year() {
        assertEquals(PartialDate.of(2024, 0, 0), ok("2024"));
    }

    @Test
    void yearAndMonth() {
        assertEquals(PartialDate.of(2024, 5, 0), ok("2024-05"));
        assertEquals(PartialDate.of(2024, 5, 0), ok("2024-5"));
    }

    @Test
    void fullDate() {
        assertEquals(PartialDate.of(2024, 5, 17), ok("2024-05-17"));
        assertEquals(PartialDate.of(2024, 2, 29), ok("2024-02-29"), "2024 is a leap year");
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertEquals(PartialDate.of(2023, 9, 0), ok("  2023-09 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"present", "Present", "PRESENT", "now", "current"})
    void present(String s) {
        PartialDate d = ok(s);
        assertTrue(d.present());
        assertEquals(Long.MAX_VALUE, d.sortKey());
    }

    @Test
    void spelledOutMonthHintsTheIsoForm() {
        DateParser.Bad b = bad("Sept 2023");
        assertTrue(b.message().contains("'Sept 2023' is not a date"), b.message());
        assertTrue(b.hint().contains("2023-09"), b.hint());
        assertTrue(bad("September 2023").hint().contains("2023-09"));
        assertTrue(bad("Jan. 2020").hint().contains("2020-01"));
        assertTrue(bad("dec, 1999").hint().contains("1999-12"));
    }

    @Test
    void slashedMonthHintsTheIsoForm() {
        assertTrue(bad("9/2023").hint().contains("2023-09"), bad("9/2023").hint());
    }

    @Test
    void freeTextHintsAtWhen() {
        DateParser.Bad b = bad("Fall 2024");
        assertTrue(b.hint().contains("when:"), b.hint());
        assertTrue(!b.hint().contains("(year-month)"), "no month is guessed for a season: " + b.hint());
    }

    @Test
    void monthThirteenIsBad() {
        DateParser.Bad b = bad("2024-13");
        assertTrue(b.message().contains("month 13"), b.message());
        assertTrue(bad("2024-00").message().contains("month 0"));
    }

    @Test
    void impossibleDayIsBad() {
        assertTrue(bad("2023-02-29").message().contains("day 29"), "2023 is not a leap year");
        assertTrue(bad("2024-04-31").message().contains("day 31"));
        assertTrue(bad("2024-04-00").message().contains("day 0"));
    }

    @Test
    void implausibleYearIsBad() {
        assertTrue(bad("0999").message().contains("plausible"));
        assertTrue(bad("3000").message().contains("plausible"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "2024/05", "2024-05-17T10:00", "05-2024", "", "2024-"})
    void otherFormsAreBad(String s) {
        bad(s);
    }

    @Test
    void sortKeyOrdersByPrecision() {
        assertTrue(ok("2024").sortKey() < ok("2024-01").sortKey());
        assertTrue(ok("2024-01").sortKey() < ok("2024-01-02").sortKey());
        assertTrue(ok("2024-12-31").sortKey() < ok("2025").sortKey());
    }
}
