package dev.resume.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageTagTest {
    @Test
    void tagsAreReadInTheirCanonicalSpelling() {
        assertEquals("pt-BR", LanguageTag.parse("pt_br").tag());
        assertEquals("zh-Hans", LanguageTag.parse(" zh-hans ").tag());
        assertEquals("de", LanguageTag.parse("DE").tag());
        assertEquals("zh", LanguageTag.parse("zh-Hant-TW").language());
        // Norwegian's "no" is a tag, though YAML 1.1 reads it as false.
        assertEquals("no", LanguageTag.parse("no").tag());
        assertEquals("yue", LanguageTag.parse("yue").tag());
    }

    @Test
    void namesAndMalformedTagsAreNone() {
        assertNull(LanguageTag.parse("english"));
        assertNull(LanguageTag.parse("engl"));
        assertNull(LanguageTag.parse("xx"));
        assertNull(LanguageTag.parse("de-DE-x"));
        assertNull(LanguageTag.parse(""));
    }

    @Test
    void theWrittenOutThreeLetterLanguagesAreTheJdksOwn() {
        // The list saves asking the JDK at start-up; a JDK with locale data for another language fails here.
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (java.util.Locale l : java.util.Locale.getAvailableLocales()) {
            if (l.getLanguage().length() == 3 && !LanguageTag.THREE_LETTER.contains(l.getLanguage())) {
                missing.add(l.getLanguage());
            }
        }
        assertEquals(java.util.Set.of(), missing, "add these to LanguageTag.THREE_LETTER");
        assertEquals("yue", LanguageTag.parse("yue").tag());
        assertEquals("fil", LanguageTag.parse("fil").tag());
        assertNull(LanguageTag.parse("end"));
    }
}
