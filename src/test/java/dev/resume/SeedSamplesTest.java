package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples transcribed from the seed CVs, rendered as `make` renders them (each in the theme
 * it names), show what their seeds print that a transcription could lose: the seed's look
 * (li.yml is an Awesome-CV CV), its wording of dates, its printed addresses, its dates at the
 * right of each paper. The words themselves are SamplesReadBackTest's.
 */
class SeedSamplesTest {
    private static final Renderer RENDERER = new Renderer();

    @TempDir
    Path out;

    private record Rendered(Typeset typeset, PdfReadBack pdf) {
        /** The text with every space and line break taken out, ligatures unfolded. */
        String squeezed() {
            return Normalizer.normalize(pdf.text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u00AD]+", "");
        }

        /** Each line of glyphs, by page and baseline, in reading order, its glyphs left to right. */
        List<List<PdfReadBack.Glyph>> lines() {
            Map<String, List<PdfReadBack.Glyph>> byLine = new TreeMap<>();
            for (PdfReadBack.Glyph g : pdf.glyphs) {
                String key = String.format("%03d %08.1f", g.page(), g.baseline());
                byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
            List<List<PdfReadBack.Glyph>> lines = new ArrayList<>();
            for (List<PdfReadBack.Glyph> l : byLine.values()) {
                l.sort(Comparator.comparingDouble(PdfReadBack.Glyph::x));
                lines.add(l);
            }
            return lines;
        }
    }

    private Rendered render(String sample) throws IOException {
        Path yml = Path.of("resumes", sample);
        Path pdf = out.resolve(sample.replace(".yml", ".pdf"));
        RENDERER.render(yml, pdf, RenderOptions.DEFAULT);
        return new Rendered(RENDERER.typeset(yml, RenderOptions.DEFAULT), new PdfReadBack(pdf));
    }

    /**
     * Each phrase's words stand in the text in order, each close after the one before: a phrase
     * may wrap, and a date at the right of its first line comes between its lines' words.
     */
    private static void shows(Rendered r, String... phrases) {
        String text = r.squeezed();
        for (String phrase : phrases) {
            String[] words = phrase.split("\\s+");
            boolean found = false;
            for (int start = text.indexOf(words[0]); start >= 0 && !found; start = text.indexOf(words[0], start + 1)) {
                found = follows(text, start + words[0].length(), words);
            }
            assertTrue(found, "the PDF shows \"" + phrase + "\"");
        }
    }

    /** Whether the words after the first each stand at most a few characters after the one before, from {@code at}. */
    private static boolean follows(String text, int at, String[] words) {
        for (int i = 1; i < words.length; i++) {
            int next = text.indexOf(words[i], at);
            if (next < 0 || next - at > 16) {
                return false;
            }
            at = next + words[i].length();
        }
        return true;
    }

    @Test
    void liIsInTheAwesomeCvLookWithTheSeedsDates() throws IOException {
        Rendered li = render("li.yml");
        assertEquals("modern", li.typeset().theme().name(), "seed 002 is an Awesome-CV CV");
        shows(li, "July 2025 – December 2025", "August 2024 – December 2024", "September 2022 – June 2026 (Expected)",
                "September 2024 – Present", "July 2024 – July 2025", "December 2019", "arXiv: 2510.06189");
    }

    @Test
    void liuShowsItsDatesAddressesAndWordForPresent() throws IOException {
        Rendered liu = render("liu.yml");
        shows(liu, "Sep 2021 – Current", "Sep 2021 – Present", "arxiv.org/abs/2404.09526",
                "www.usenix.org/conference/osdi24/presentation/zhong-yinmin", "arxiv.org/abs/2409.13221",
                "arxiv.org/abs/2305.05920");
        // A date at the right of every paper's title, flush with the right margin.
        float right = liu.pdf().pageSizes.get(0)[0] - liu.typeset().theme().margins().right();
        Map<String, String> dates = Map.of("LoongServe:", "Apr2024", "DistServe:", "Dec2023", "RLHFuse:", "Sep2024",
                "FastDistributed", "Sep2023");
        int found = 0;
        for (List<PdfReadBack.Glyph> line : liu.lines()) {
            String text = String.join("", line.stream().map(PdfReadBack.Glyph::text).toList()).replaceAll("\\s+", "");
            for (Map.Entry<String, String> d : dates.entrySet()) {
                if (text.startsWith(d.getKey()) && line.get(0).font().contains("Bold")) {
                    assertTrue(text.endsWith(d.getValue()), "the title's line ends with its date: " + text);
                    PdfReadBack.Glyph last = line.get(line.size() - 1);
                    assertEquals(right, last.x() + last.width(), 1.0, "the date is flush right: " + text);
                    found++;
                }
            }
        }
        assertEquals(dates.size(), found, "every paper's title line is found");
    }

    @Test
    void caoPublicationsListsAPaperByTheTitleThePageGivesIt() throws IOException {
        shows(render("cao-publications.yml"),
                "LLMs Can Easily Learn to Reason from Demonstrations Structure, not content, is what matters!");
    }
}
