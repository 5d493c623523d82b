package dev.resume.export.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.Slow;
import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.theme.ThemeLoader;
import dev.resume.readback.ExpectedText;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample in resumes/, in its own theme and in every built-in theme, written as PDF and
 * as each export: every word of the PDF's text (read back with PDFBox) is in the export, in
 * order; every link of the PDF is a link of the export; the owner stands out in author lists.
 */
@Slow
class ExportsReadBackTest {
    static final Renderer RENDERER = new Renderer();

    @TempDir
    static Path out;

    /** A sample in a theme (null: its own) with its PDF read back and its exports. */
    record Case(Path source, String theme, Typeset typeset, PdfReadBack pdf, TextFormat format, String exported) {
        @Override
        public String toString() {
            return source.getFileName() + " in " + (theme == null ? "its theme" : theme) + " as " + format;
        }
    }

    static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void renderAll() throws IOException {
        if (!CASES.isEmpty()) {
            return;
        }
        List<String> themes = new ArrayList<>();
        themes.add(null);
        themes.addAll(ThemeLoader.BUILT_IN);
        try (Stream<Path> files = Files.list(Path.of("resumes"))) {
            for (Path yml : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                for (String theme : themes) {
                    RenderOptions options = RenderOptions.of(theme);
                    String stem = yml.getFileName().toString().replace(".yml", "-" + theme);
                    Path pdf = out.resolve(stem + ".pdf");
                    RENDERER.render(yml, pdf, options);
                    PdfReadBack readBack = new PdfReadBack(pdf);
                    Typeset typeset = RENDERER.typeset(yml, options);
                    for (TextFormat format : TextFormat.values()) {
                        Path file = out.resolve(stem + "." + format.extension());
                        RENDERER.export(yml, file, options, format);
                        CASES.add(new Case(yml, theme, typeset, readBack, format, Files.readString(file)));
                    }
                }
            }
        }
        assertTrue(CASES.size() >= 6 * 5 * 3, "six samples, in five themes, in three formats");
    }

    static Stream<Case> cases() throws IOException {
        renderAll();
        return CASES.stream();
    }

    /** The PDF's words, without the page footers ("Page 1 of 2"), which no export has. */
    static List<String> pdfWords(Case c) {
        List<String> words = new ArrayList<>(WordsInOrder.words(c.pdf().text));
        dev.resume.text.PageTemplate footer = c.typeset().styled().setup().footer();
        int pages = c.pdf().pageSizes.size();
        if (footer == null || pages < 2) {
            return words;
        }
        int from = 0;
        for (int page = 1; page <= pages; page++) {
            List<String> f = WordsInOrder.words(footer.on(page, pages));
            int at = java.util.Collections.indexOfSubList(words.subList(from, words.size()), f);
            assertTrue(at >= 0, c + ": the footer of page " + page + " is in the PDF");
            words.subList(from + at, from + at + f.size()).clear();
            from += at;
        }
        return words;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyWordOfThePdfIsInTheExportInOrder(Case c) throws Exception {
        List<String> pdf = pdfWords(c);
        List<String> export = WordsInOrder.words(ExportText.read(c.exported(), c.format()).text());
        assertTrue(pdf.size() > 100, c + ": the PDF has its words");
        assertNull(WordsInOrder.check(pdf, export), c + ": " + WordsInOrder.check(pdf, export));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyLinkOfThePdfIsALinkOfTheExport(Case c) throws Exception {
        ExportText read = ExportText.read(c.exported(), c.format());
        Set<String> links = new HashSet<>(read.links());
        assertFalse(c.pdf().uris.isEmpty() && !c.source().toString().contains("li"), c + ": the PDF has links");
        for (String uri : c.pdf().uris) {
            if (c.format() == TextFormat.TEXT && uri.startsWith("tel:")) {
                continue; // a telephone number is written as the PDF shows it, "+1 (650) 304 7475"
            }
            if (c.format() == TextFormat.TEXT) {
                // Plain text has no links: the address is written out, unless the text shows it.
                assertTrue(c.exported().contains(uri) || c.exported().contains(uri.replaceFirst("^(mailto|tel):", ""))
                        || c.exported().contains(uri.replaceFirst("^https?://", "")), c + ": the address " + uri + " is in the text");
            } else {
                assertTrue(links.contains(uri), c + ": a link to " + uri + " (links: " + links + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOwnerStandsOutInAuthorListsAsInThePdf(Case c) {
        // A letter shows no publications; its words and links are checked as every sample's.
        if (c.format() == TextFormat.TEXT || c.typeset().resume().isLetter()) {
            return;
        }
        ExpectedText expected = new ExpectedText(c.typeset().resume(), false);
        String marked = switch (ExpectedText.owner(c.typeset().resume(), c.typeset().theme().publications().owner())) {
            case BOLD -> c.format() == TextFormat.HTML ? "<strong>%s</strong>" : "**%s**";
            case ITALIC -> c.format() == TextFormat.HTML ? "<em>%s</em>" : "*%s*";
            case UNDERLINE -> "<u>%s</u>";
        };
        int from = 0;
        for (String owner : expected.ownerNames) {
            int at = c.exported().indexOf(marked.formatted(owner), from);
            assertTrue(at >= 0, c + ": " + marked.formatted(owner) + " in an author list, in order");
            from = at + 1;
        }
        assertTrue(expected.ownerNames.size() > 0, c + " has publications by its owner");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sectionsAreHeadingsInTheirOrder(Case c) throws Exception {
        if (c.typeset().resume().isLetter()) {
            assertFalse(c.exported().contains("Experience"), c + ": a letter shows none of the CV's sections");
            return;
        }
        List<String> titles = c.typeset().resume().sections().stream().filter(s -> !s.hidden())
                .map(s -> s.title().plainText()).toList();
        List<String> found = new ArrayList<>();
        switch (c.format()) {
            case HTML -> {
                var h2 = ExportText.parse(c.exported()).getElementsByTagName("h2");
                for (int i = 0; i < h2.getLength(); i++) {
                    found.add(h2.item(i).getTextContent());
                }
            }
            case MARKDOWN -> c.exported().lines().filter(l -> l.startsWith("## ")).forEach(l -> found.add(l.substring(3)));
            case TEXT -> {
                List<String> lines = c.exported().lines().toList();
                for (int i = 1; i < lines.size(); i++) {
                    if (lines.get(i).matches("={3,}")) {
                        found.add(lines.get(i - 1));
                    }
                }
            }
        }
        assertEquals(titles, found, c + ": one heading per section the PDF shows, none for a hidden one");
    }
}
