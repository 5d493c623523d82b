package dev.resume.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/themes.md's table of hyphenation languages is {@link HyphenationLanguage#ALL}: each
 * language's tags, patterns, licence and minimums. A language added or changed fails here;
 * {@code RESUME_UPDATE_DOCS=1} writes the table again between its markers.
 */
class HyphenationDocsTest {
    private static final Path DOC = Path.of("docs/themes.md");
    private static final String BEGIN = "<!-- hyphenation languages: generated from HyphenationLanguage by HyphenationDocsTest"
            + " (RESUME_UPDATE_DOCS=1) -->\n";
    private static final String END = "<!-- end of hyphenation languages -->\n";

    @Test
    void theTableIsTheLanguagesDeclared() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, DOC + " has no generated table between " + BEGIN.strip() + " and " + END.strip());
        String table = table();
        String written = doc.substring(begin + BEGIN.length(), end);
        if ("1".equals(System.getenv("RESUME_UPDATE_DOCS")) && !written.equals(table)) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + table + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(table, written, DOC + "'s hyphenation table differs from HyphenationLanguage: RESUME_UPDATE_DOCS=1 writes it again");
    }

    static String table() {
        StringBuilder sb = new StringBuilder("| language | `locale` | patterns | licence | letters before / after a break |\n"
                + "|---|---|---|---|---|\n");
        for (HyphenationLanguage l : HyphenationLanguage.ALL) {
            String file = l.file().endsWith(".dic") ? "`" + l.file() + "` (LibreOffice, from `hyphen.tex`)" : "`" + l.file() + ".pat.txt`";
            sb.append("| ").append(l.name()).append(" | ").append(String.join(", ", l.tags().stream().map(t -> "`" + t + "`").toList()))
                    .append(" | ").append(file).append(" | ").append(l.licence()).append(" | ").append(l.leftMin()).append(" / ")
                    .append(l.rightMin()).append(" |\n");
        }
        return sb.toString();
    }
}
