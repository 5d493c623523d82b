package dev.resume.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerNamesTest {
    private static final List<String> CAO = OwnerNames.forms("Shiyi Cao", List.of());

    @Test
    void derivedForms() {
        assertTrue(CAO.contains("shiyi cao"), CAO.toString());
        assertTrue(CAO.contains("s cao"), CAO.toString());
    }

    @Test
    void matchesTheUsualSpellings() {
        for (String a : List.of("Shiyi Cao", "S. Cao", "S Cao", "Cao, Shiyi", "Cao, S.", "SHIYI CAO", "  Shiyi   Cao ")) {
            assertTrue(OwnerNames.matches(a, CAO), a);
        }
    }

    @Test
    void doesNotMatchOtherPeople() {
        for (String a : List.of("Shiyu Cao", "Y. Cao", "Shiyi Ca", "Cao", "Shiyi", "Shiyi Cao Jr", "")) {
            assertFalse(OwnerNames.matches(a, CAO), a);
        }
    }

    @Test
    void aliasMatchesAndIsExpanded() {
        List<String> forms = OwnerNames.forms("Shiyi Cao", List.of("Cao Shiyi"));
        assertTrue(OwnerNames.matches("Cao Shiyi", forms));
        assertTrue(OwnerNames.matches("C. Shiyi", forms), "an alias gets its initials form as well");
        assertFalse(OwnerNames.matches("Cao Shiyi", CAO));
    }

    @Test
    void middleNamesGiveInitialsAndFirstLast() {
        List<String> forms = OwnerNames.forms("Joseph E. Gonzalez", List.of());
        assertTrue(OwnerNames.matches("Joseph Gonzalez", forms));
        assertTrue(OwnerNames.matches("J. E. Gonzalez", forms));
        assertTrue(OwnerNames.matches("J. Gonzalez", forms));
        assertTrue(OwnerNames.matches("Joseph E. Gonzalez", forms));
        assertFalse(OwnerNames.matches("Joseph F. Gonzalez", forms));
    }

    @Test
    void accentsAreIgnored() {
        List<String> forms = OwnerNames.forms("José Müller", List.of());
        assertTrue(OwnerNames.matches("Jose Muller", forms));
        assertTrue(OwnerNames.matches("J. Müller", forms));
    }

    @Test
    void hyphenatedNamesKeepTheirHyphen() {
        List<String> forms = OwnerNames.forms("Jean-Luc Picard", List.of());
        assertTrue(OwnerNames.matches("Jean-Luc Picard", forms));
        assertTrue(OwnerNames.matches("J. Picard", forms));
        assertFalse(OwnerNames.matches("Jean Luc Picard", forms));
    }

    @Test
    void normalize() {
        assertEquals("shiyi cao", OwnerNames.normalize("Cao, Shiyi"));
        assertEquals("s cao", OwnerNames.normalize(" S.  Cao "));
        assertEquals("c a b", OwnerNames.normalize("a b, c"));
        assertEquals("cao, shiyi, jr", OwnerNames.normalize("Cao, Shiyi, Jr."), "two commas: not 'Last, First'");
    }

    @Test
    void blankNameHasNoForms() {
        assertTrue(OwnerNames.forms("", List.of()).isEmpty());
        assertFalse(OwnerNames.matches("", OwnerNames.forms(" ", List.of())));
    }
}
