package dev.resume;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import dev.resume.layout.PageSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A résumé long enough to break pages: no page ends with a section title or an entry's heading. */
class PageBreakTest {

    @TempDir
    Path dir;

    @Test
    void noHeadingEndsAPage() throws Exception {
        StringBuilder yml = new StringBuilder("name: Ada Lovelace\nsections:\n");
        for (int s = 0; s < 9; s++) {
            yml.append("  - title: Section ").append(s).append("\n    experience:\n");
            for (int e = 0; e < 2 + s % 3; e++) {
                yml.append("      - organization: Organisation ").append(s).append('.').append(e).append('\n')
                        .append("        location: London, UK\n        role: Analyst\n        start: 2020-01\n        end: present\n")
                        .append("        bullets:\n");
                for (int b = 0; b < 1 + (s + e) % 4; b++) {
                    yml.append("          - Worked on the analytical engine, wrote notes on Bernoulli numbers and more, ")
                            .append("enough words to wrap onto a second line of the page ").append(b).append('\n');
                }
            }
            yml.append("  - title: Publications ").append(s).append("\n    publications:\n");
            for (int p = 0; p < 2; p++) {
                yml.append("      - title: A paper with a title long enough to need some room ").append(p).append('\n')
                        .append("        authors: [Ada Lovelace, Charles Babbage]\n        venue: Proceedings\n        year: 1843\n");
            }
        }
        Path file = dir.resolve("long.yml");
        Files.writeString(file, yml);
        Typeset t = new Renderer().typeset(file, RenderOptions.DEFAULT);
        assertTrue(t.pages().size() >= 4, "the constructed résumé spans several pages, got " + t.pages().size());
        PageSetup setup = t.styled().setup();
        float sectionSize = t.theme().sizes().section();
        for (Page page : t.pages()) {
            List<PageItem.Text> last = lastLine(page, setup);
            assertFalse(last.isEmpty());
            PageItem.Text first = last.get(0);
            String line = String.join("", last.stream().map(PageItem.Text::text).toList());
            boolean sectionTitle = last.stream().anyMatch(x -> Math.abs(x.size() - sectionSize) < 0.01f
                    || Math.abs(x.size() - sectionSize * 0.8f) < 0.01f);
            boolean entryHeading = Math.abs(first.x() - setup.left()) < 0.5f && first.face().name().contains("bold");
            assertFalse(sectionTitle, "page " + page.number() + " ends with a section title: " + line);
            assertFalse(entryHeading, "page " + page.number() + " ends with an entry heading: " + line);
        }
    }

    /** The items of the lowest baseline of the page, above the footer, left to right. */
    private static List<PageItem.Text> lastLine(Page page, PageSetup setup) {
        Map<Float, List<PageItem.Text>> byBaseline = new TreeMap<>();
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.Text t && !t.text().isBlank() && t.y() <= setup.height() - setup.bottom()) {
                byBaseline.computeIfAbsent(t.y(), k -> new ArrayList<>()).add(t);
            }
        }
        List<PageItem.Text> last = new ArrayList<>(((TreeMap<Float, List<PageItem.Text>>) byBaseline).lastEntry().getValue());
        last.sort(Comparator.comparingDouble(PageItem.Text::x));
        return last;
    }
}
