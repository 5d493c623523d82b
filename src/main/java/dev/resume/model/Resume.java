package dev.resume.model;

import dev.resume.text.LanguageTag;
import java.nio.file.Path;
import java.util.List;

/**
 * A résumé, validated, with its variant's choices applied (its base merged in, its entries
 * selected).
 *
 * @param ownerNames the owner's name and its variants, normalised for author matching
 * @param theme the theme the file asks for, or null
 * @param paper the paper size the file asks for ({@code a4}, {@code 148mm x 210mm}; a mapping as its
 *     WIDTH x HEIGHT), checked, or null
 * @param maxPages the most pages it may take, or null
 * @param show which parts of the entries show, over the theme's choice
 * @param dates how its dates are written, over the theme's choice
 * @param footer its footer's text over the theme's (placeholders checked; blank for none), or null
 * @param pageHeader its running header's text over the theme's, likewise, or null
 * @param updated when it last changed, as it says ({@code updated:}), or null
 * @param sources the files it was read from: itself first, then the files it extends
 * @param photo the photo in the header, or null
 * @param letter the cover letter the file is, or null for a CV
 * @param locale the language the file says it is in ({@code locale:}), or null
 * @param lang the language it was rendered in, of a file in several languages ({@code --lang}, its
 *     {@code lang:}, else the first of its languages) or one that names it; null when neither says
 * @param phrases the words the file gives instead of the theme's and the language's ({@code phrases:})
 */
public record Resume(Path source, Text name, Text headline, List<String> ownerNames, List<ContactItem> contact,
        List<Section> sections, Text theme, List<String> keywords, Text paper, PageLimit maxPages, Show show,
        DateWording dates, Text footer, Text pageHeader, PartialDate updated, List<Path> sources, Photo photo, Letter letter,
        LanguageTag locale, String lang, java.util.Map<dev.resume.text.Phrase, String> phrases) {

    public Resume {
        sources = List.copyOf(sources);
        phrases = phrases == null ? java.util.Map.of() : java.util.Map.copyOf(phrases);
    }

    /** Whether the file is a cover letter rather than a CV. */
    public boolean isLetter() {
        return letter != null;
    }

    public Resume(Path source, Text name, Text headline, List<String> ownerNames, List<ContactItem> contact,
            List<Section> sections, Text theme, List<String> keywords) {
        this(source, name, headline, ownerNames, contact, sections, theme, keywords, null, null, Show.DEFAULT, DateWording.DEFAULT,
                null, null, null, List.of(source), null, null, null, null, null);
    }

    /** The résumé in this language: the one the render settled on (the command line's, the file's, the theme's). */
    public Resume withLocale(LanguageTag tag) {
        return new Resume(source, name, headline, ownerNames, contact, sections, theme, keywords, paper, maxPages, show, dates,
                footer, pageHeader, updated, sources, photo, letter, tag, lang, phrases);
    }

    /** The résumé with this letter in place of its own. */
    public Resume withLetter(Letter l) {
        return new Resume(source, name, headline, ownerNames, contact, sections, theme, keywords, paper, maxPages, show, dates,
                footer, pageHeader, updated, sources, photo, l, locale, lang, phrases);
    }
}
