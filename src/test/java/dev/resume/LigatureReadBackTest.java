package dev.resume;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Ligatures are drawn (the fonts' fi, fl, ffi glyphs) and still extract as their letters, with
 * PDFBox and with OpenPDF's extractor (which --verify uses), neither of which reads ActualText:
 * the ToUnicode map must give each ligature glyph all its letters.
 */
class LigatureReadBackTest {
    private static final List<String> WORDS = List.of("efficient", "office", "affiliation", "workflow", "fluent", "difficult",
            "baffled", "first", "official", "stiff");

    @TempDir
    static Path dir;

    static List<String> themes() {
        return ThemeLoader.BUILT_IN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void ligatureWordsExtractIntact(String theme) throws IOException {
        Path yml = dir.resolve("lig-" + theme + ".yml");
        Files.writeString(yml, """
                name: Ada Quillfeather
                contact:
                  - email: ada@example.org
                sections:
                  - title: Summary
                    text: "%s."
                  - title: Experience
                    bullets:
                      - "**%s** and *%s*"
                """.formatted(String.join(" ", WORDS), String.join(" ", WORDS), String.join(" ", WORDS)));
        Path pdf = dir.resolve("lig-" + theme + ".pdf");
        new Renderer().render(yml, pdf, RenderOptions.of(theme));

        String pdfbox;
        int multiLetterEntries = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pdfbox = new PDFTextStripper().getText(doc);
            multiLetterEntries = multiLetterToUnicode(doc);
        }
        String openpdf;
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            openpdf = new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
        assertTrue(multiLetterEntries >= 2, theme + ": the fonts' ToUnicode maps give no glyph several letters: no ligature drawn");
        for (String extracted : new String[] {pdfbox, openpdf}) {
            List<String> tokens = tokens(extracted);
            for (String w : WORDS) {
                // Raw, not NFKC-folded: "oﬃce" with U+FB03 would not do for a plain search.
                long count = tokens.stream().filter(w::equals).count();
                assertTrue(count >= 3, theme + ": '" + w + "' is found " + count + " times of 3 in " + tokens);
            }
        }
    }

    /** Lower-case words without the punctuation around them; a word hyphenated at a line end is joined. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String joined = text.replaceAll("(\\p{L})-\\s+(\\p{L})", "$1$2");
        for (String t : joined.toLowerCase(Locale.ROOT).split("[\\s\\u00A0]+")) {
            out.add(t.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""));
        }
        return out;
    }

    private static final Pattern MULTI = Pattern.compile("<[0-9A-Fa-f]{4}>\\s*<[0-9A-Fa-f]{4}>\\s*<([0-9A-Fa-f]{8,})>");

    /** ToUnicode entries that map one glyph to more than one letter, over all fonts. */
    private static int multiLetterToUnicode(PDDocument doc) throws IOException {
        int n = 0;
        for (COSObject o : doc.getDocument().getXrefTable().keySet().stream().map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
            COSBase b = o.getObject();
            if (b instanceof COSStream s) {
                try (InputStream in = s.createInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (text.contains("begincmap")) {
                        n += (int) MULTI.matcher(text).results().count();
                    }
                } catch (IOException e) {
                    // a font program PDFBox cannot decode here: not a CMap
                }
            }
        }
        return n;
    }
}
