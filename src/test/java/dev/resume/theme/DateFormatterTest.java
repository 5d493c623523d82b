package dev.resume.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resume.model.PartialDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in each language's CLDR pattern, every format, as a reader of that language expects them. */
class DateFormatterTest {
    private static final PartialDate SEP_2023 = PartialDate.of(2023, 9, 0);
    private static final PartialDate NOV_6_2023 = PartialDate.of(2023, 11, 6);
    private static final PartialDate YEAR = PartialDate.of(2019, 0, 0);

    private static String format(String tag, Theme.Months m, PartialDate d) {
        return new DateFormatter(new Theme.DateStyle(m, "now", " – ", ""), Locale.forLanguageTag(tag)).format(d);
    }

    /** short, long, numeric, iso, year of September 2023; short of 6 November 2023; a year alone in short. */
    private static void assertDates(String tag, String shortForm, String longForm, String numeric, String year, String day,
            String yearAlone) {
        assertEquals(shortForm, format(tag, Theme.Months.SHORT, SEP_2023), tag + " short");
        assertEquals(longForm, format(tag, Theme.Months.LONG, SEP_2023), tag + " long");
        assertEquals(numeric, format(tag, Theme.Months.NUMERIC, SEP_2023), tag + " numeric");
        assertEquals("2023-09", format(tag, Theme.Months.ISO, SEP_2023), tag + " iso");
        assertEquals(year, format(tag, Theme.Months.YEAR, SEP_2023), tag + " year");
        assertEquals(day, format(tag, Theme.Months.SHORT, NOV_6_2023), tag + " short with a day");
        assertEquals(yearAlone, format(tag, Theme.Months.SHORT, YEAR), tag + " a year alone");
    }

    @Test
    void english() {
        // As the English output always was: the samples' PDFs are unchanged.
        assertDates("en", "Sep 2023", "September 2023", "09/2023", "2023", "Nov 6, 2023", "2019");
        assertEquals("November 6, 2023", format("en", Theme.Months.LONG, NOV_6_2023));
        assertEquals("11/06/2023", format("en", Theme.Months.NUMERIC, NOV_6_2023), "CLDR's English order: month first");
        assertEquals("2023-11-06", format("en", Theme.Months.ISO, NOV_6_2023));
        assertEquals("now", format("en", Theme.Months.SHORT, PartialDate.PRESENT));
    }

    @Test
    void german() {
        assertDates("de", "Sept. 2023", "September 2023", "09/2023", "2023", "6. Nov. 2023", "2019");
        assertEquals("06.11.2023", format("de", Theme.Months.NUMERIC, NOV_6_2023));
    }

    @Test
    void french() {
        assertDates("fr", "sept. 2023", "septembre 2023", "09/2023", "2023", "6 nov. 2023", "2019");
    }

    @Test
    void chinese() {
        assertDates("zh-Hans", "2023年9月", "2023年9月", "2023/09", "2023年", "2023年11月6日", "2019年");
        assertEquals("2023/11/06", format("zh-Hans", Theme.Months.NUMERIC, NOV_6_2023));
    }

    @Test
    void japanese() {
        assertDates("ja", "2023年9月", "2023年9月", "2023/09", "2023年", "2023年11月6日", "2019年");
    }

    @Test
    void arabic() {
        // Gregorian months, Latin digits as written, and none of CLDR's bidi marks ("09\u200F/2023").
        assertDates("ar", "سبتمبر 2023", "سبتمبر 2023", "09/2023", "2023", "6 نوفمبر 2023", "2019");
    }

    @Test
    void russian() {
        // The standalone (nominative) month with a year, as CLDR says: "сентябрь", not "сентября".
        // CLDR ties "г." to its year with a narrow no-break space.
        assertDates("ru", "сент. 2023\u202Fг.", "сентябрь 2023\u202Fг.", "09.2023", "2023\u202Fг.", "6 нояб. 2023\u202Fг.",
                "2019\u202Fг.");
    }

    @Test
    void aRegionHasItsOwn() {
        assertEquals("Sept 2023", format("en-GB", Theme.Months.SHORT, SEP_2023));
        assertEquals("6 Nov 2023", format("en-GB", Theme.Months.SHORT, NOV_6_2023));
    }

    @Test
    void persianIsGregorianToo() {
        // The JDK's default for fa is the Gregorian calendar: the months a résumé's dates were written in.
        assertEquals("سپتامبر 2023", format("fa", Theme.Months.LONG, SEP_2023));
    }

    @Test
    void thePatternIsFittedToWhatIsAsked() {
        assertEquals("MMMM d, y", DateFormatter.fitted("MMM d, y", "yMMMMd"));
        assertEquals("MM/y", DateFormatter.fitted("M/y", "yM"));
        assertEquals("y", DateFormatter.fitted("y G", "y"));
        assertEquals("y 'г'.", DateFormatter.fitted("y 'г'. G", "y"));
        assertEquals("y", DateFormatter.fitted("G y", "y"), "an era before the year goes with its space");
        assertEquals("LLLL y", DateFormatter.fitted("LLLL y", "yMMM"), "Czech's short month is its long one");
        assertEquals("MMMM 'de' y", DateFormatter.fitted("MMMM 'de' y", "yMMMM"), "a quoted word stays");
        assertEquals("dd/MM/y", DateFormatter.fitted("d/M/y", "yMd"));
    }
}
