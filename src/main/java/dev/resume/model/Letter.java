package dev.resume.model;

import dev.resume.diag.SourcePos;
import java.util.List;

/**
 * A cover letter: what a file's {@code letter:} says, its tags selected. The sender's name and
 * contact line, the theme and the fonts are the résumé's (the CV it extends), so that the letter
 * and the CV cannot drift apart in look.
 *
 * @param recipient the address block, a line each: name, organisation, then the address lines
 * @param place where it is written ("London"), or null
 * @param date the date as it is to be printed ("14 March 2026"), or null
 * @param subject the subject line, or null
 * @param opening the salutation ("Dear Dr. Hartmann,"), or null
 * @param body the paragraphs, at least one
 * @param closing "Yours sincerely,", or null
 * @param signature the name under the closing: the one written, else the résumé's name
 * @param enclosuresLabel the word before the enclosures ("Enclosures"), or null for the language's
 * @param enclosures what comes with the letter ("Curriculum vitae"), or none
 * @param pos where {@code letter:} is written
 */
public record Letter(List<Text> recipient, Text place, Text date, Text subject, Text opening, List<Text> body, Text closing,
        Text signature, Text enclosuresLabel, List<Text> enclosures, SourcePos pos) {

    public Letter {
        recipient = List.copyOf(recipient);
        body = List.copyOf(body);
        enclosures = List.copyOf(enclosures);
    }
}
