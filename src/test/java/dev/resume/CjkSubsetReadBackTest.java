package dev.resume;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.readback.PdfReadBack;
import dev.resume.theme.ThemeLoader;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.Type2CharString;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Characters whose glyphs OpenPDF's CFF subsetter misread in the installed Noto CJK faces,
 * rendered in every built-in theme, plain and bold: the PDF is written (鲈 made it throw), every
 * character reads back, and every glyph embedded draws exactly what the installed face draws (偷
 * vanished, 刺 and 割 lost strokes, half-width katakana of the sans faces lost theirs).
 */
@Slow
class CjkSubsetReadBackTest {
    private static final Path FONTS = Path.of("/usr/share/fonts/opentype/noto");
    private static final List<String> FACES = List.of("NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc", "NotoSansCJK-Regular.ttc",
            "NotoSansCJK-Bold.ttc");
    /**
     * Some that made the subsetter throw or drop a subroutine, in each of the four faces: serif
     * regular, serif bold, sans regular, sans bold.
     */
    private static final String CHARACTERS = "鲈檽涺駎偷刺割" + "圛槲綑傲凜戴" + "憘旈緷勸ｭｴ" + "媂鱚寨滑";
    private static final Renderer RENDERER = new Renderer();

    @TempDir
    Path dir;

    static List<String> themes() {
        return ThemeLoader.BUILT_IN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void everyGlyphIsEmbeddedWholeAndReadsBack(String theme) throws IOException {
        for (String face : FACES) {
            assumeTrue(Files.isRegularFile(FONTS.resolve(face)), "fonts-noto-cjk is not installed");
        }
        Path yml = dir.resolve("cjk.yml");
        Files.writeString(yml, "name: \"" + CHARACTERS + "\"\nsections:\n  - title: " + CHARACTERS + "\n    text: \"" + CHARACTERS
                + " **" + CHARACTERS + "**\"\n");
        Path pdf = dir.resolve("cjk-" + theme + ".pdf");
        RENDERER.render(yml, pdf, RenderOptions.of(theme));

        String text = new PdfReadBack(pdf).text;
        CHARACTERS.codePoints().forEach(c -> assertTrue(text.indexOf(c) >= 0, theme + ": " + Character.toString(c) + " does not read back"));

        int compared = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType0 cid && cid.getCFFFont() != null
                            && cid.getName().contains("CJK")) {
                        compared += sameGlyphs(theme, (CFFCIDFont) cid.getCFFFont(), installed(cid.getName()));
                    }
                }
            }
        }
        assertTrue(compared >= CHARACTERS.codePointCount(0, CHARACTERS.length()), theme + ": CJK glyphs compared: " + compared);
    }

    /**
     * Compares each glyph of the subset (the glyphs not drawn are a bare endchar) with the same
     * glyph of the installed face; returns how many it compared.
     */
    private static int sameGlyphs(String theme, CFFCIDFont subset, CFFCIDFont installed) throws IOException {
        int compared = 0;
        for (int gid = 0; gid < subset.getNumCharStrings(); gid++) {
            if (gid == 0 || subset.getCharStringBytes().get(gid).length <= 1) {
                continue;
            }
            int cid = subset.getCharset().getCIDForGID(gid);
            Type2CharString embedded = subset.getType2CharString(cid);
            Type2CharString original = installed.getType2CharString(cid);
            List<String> want = segments(original.getPath());
            List<String> got = segments(embedded.getPath());
            assertTrue(want.equals(got), theme + ": glyph " + gid + " of " + installed.getName() + " is drawn differently in the PDF ("
                    + got.size() + " path segments, the installed face has " + want.size() + ")");
            compared++;
        }
        return compared;
    }

    private static List<String> segments(GeneralPath path) {
        List<String> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator i = path.getPathIterator(null); !i.isDone(); i.next()) {
            out.add(i.currentSegment(c) + Arrays.toString(c));
        }
        return out;
    }

    private static final Map<String, CFFCIDFont> INSTALLED = new HashMap<>();

    /** The installed face a subset was cut from, by its PostScript name ("ABCDEF+NotoSerifCJKsc-Regular-Identity-H"). */
    private static synchronized CFFCIDFont installed(String subsetName) throws IOException {
        String name = subsetName.replaceFirst("^[A-Z]{6}\\+", "").replaceFirst("-Identity-[HV]$", "");
        CFFCIDFont known = INSTALLED.get(name);
        if (known != null) {
            return known;
        }
        for (String face : FACES) {
            try (TrueTypeCollection ttc = new TrueTypeCollection(FONTS.resolve(face).toFile())) {
                if (ttc.getFontByName(name) instanceof OpenTypeFont otf) {
                    CFFCIDFont cff = (CFFCIDFont) otf.getCFF().getFont();
                    // Read every glyph now: the collection's file closes after this.
                    cff.getNumCharStrings();
                    INSTALLED.put(name, cff);
                    return cff;
                }
            }
        }
        throw new AssertionError("no installed face is named " + name);
    }
}
