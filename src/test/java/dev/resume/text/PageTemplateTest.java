package dev.resume.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The footer's and header's little language: placeholders, escaped braces, and what is wrong, where. */
class PageTemplateTest {

    private static List<PageTemplate.Problem> problems(String text) {
        return assertInstanceOf(PageTemplate.Bad.class, PageTemplate.parse(text)).problems();
    }

    @Test
    void placeholdersAreFilledInTwoSteps() {
        PageTemplate t = PageTemplate.of("{name} · Page {page} of {pages} · {date}");
        assertTrue(t.numbersPages());
        PageTemplate filled = t.with(Map.of(PageTemplate.Field.NAME, "Ada Quillfeather", PageTemplate.Field.DATE, "Dec 2, 2026"));
        assertEquals("Ada Quillfeather · Page 2 of 3 · Dec 2, 2026", filled.on(2, 3));
        assertEquals("{name} · Page {page} of {pages} · {date}", filled.written());
        assertFalse(PageTemplate.of("Updated {updated}").numbersPages(), "no page number: shown on a single page too");
    }

    @Test
    void doubledBracesAreBraces() {
        assertEquals("{page} is 1 {}", PageTemplate.of("{{page}} is {page} {{}}").on(1, 2));
        assertEquals("a }} b", PageTemplate.of("a }}}} b").on(1, 1));
    }

    @Test
    void anUnknownPlaceholderIsReportedWithTheClosestAtItsOffset() {
        List<PageTemplate.Problem> p = problems("Page {page} by {nmae}");
        assertEquals(1, p.size());
        assertEquals(15, p.get(0).offset());
        assertEquals("{nmae}", p.get(0).near());
        assertTrue(p.get(0).message().contains("{nmae}"), p.get(0).message());
        assertTrue(p.get(0).hint().startsWith("did you mean {name}?"), p.get(0).hint());
        assertFalse(problems("{foo}").get(0).hint().contains("did you mean"), "nothing close");
    }

    @Test
    void unclosedAndStrayBracesAreErrorsEachAtItsPlace() {
        List<PageTemplate.Problem> p = problems("Page {page of {pages} }");
        assertEquals(List.of(5, 22), p.stream().map(PageTemplate.Problem::offset).toList());
        assertTrue(p.get(0).message().contains("not closed"), p.get(0).message());
        assertTrue(p.get(1).message().contains("without its '{'"), p.get(1).message());
        assertEquals(1, problems("at the end {").size());
        assertThrows(IllegalArgumentException.class, () -> PageTemplate.of("{nmae}"));
    }
}
