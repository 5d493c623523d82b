package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import dev.resume.layout.PageSetup;
import dev.resume.layout.Protrusion;
import dev.resume.readback.PageChecks;
import dev.resume.readback.PdfReadBack;
import dev.resume.readback.WordSpacing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Micro-typography read back from the PDF: the justified abstracts of cao-publications.yml in
 * classic (protrusion and 2 % expansion, its defaults) against the same with both turned off in
 * a theme that extends classic. Positions only, as PDFBox reports them.
 */
class MicroTypographyReadBackTest {
    private static final Path SAMPLE = Path.of("resumes/cao-publications.yml");
    /** TeX Gyre Pagella's space, in ems, at classic's body size. */
    private static final float SPACE = 0.25f * 10.2f;

    @TempDir
    static Path dir;

    static Typeset on;
    static Typeset off;
    static PdfReadBack onPdf;
    static PdfReadBack offPdf;

    @BeforeAll
    static void render() throws IOException {
        Renderer renderer = new Renderer();
        Path plain = dir.resolve("plain.yml");
        Files.writeString(plain, "name: plain\nextends: classic\ntypography:\n  protrusion: false\n  expansion: 0\n");
        on = renderer.typeset(SAMPLE, RenderOptions.of("classic"));
        off = renderer.typeset(SAMPLE, RenderOptions.of(plain.toString()));
        renderer.render(on, dir.resolve("on.pdf"), RenderOptions.of("classic"));
        renderer.render(off, dir.resolve("off.pdf"), RenderOptions.of(plain.toString()));
        onPdf = new PdfReadBack(dir.resolve("on.pdf"));
        offPdf = new PdfReadBack(dir.resolve("off.pdf"));
        assertTrue(on.styled().setup().micro().protrusion() && on.styled().setup().micro().expansion() > 0);
        assertFalse(off.styled().setup().micro().protrusion() || off.styled().setup().micro().expansion() > 0);
    }

    @Test
    void expansionEvensTheWordSpaces() {
        float[] with = WordSpacing.widestSpaces(justifiedGlyphs(on, onPdf), SPACE);
        float[] without = WordSpacing.widestSpaces(justifiedGlyphs(off, offPdf), SPACE);
        assertTrue(with.length > 100 && without.length > 100, with.length + " and " + without.length + " justified lines");
        float worstWith = with[with.length - 1];
        float worstWithout = without[without.length - 1];
        assertTrue(worstWith < worstWithout - 0.05f, "worst space " + worstWith + " with, " + worstWithout + " without");
        assertTrue(WordSpacing.percentile(with, 0.95) < WordSpacing.percentile(without, 0.95) - 0.05f,
                "95th percentile " + WordSpacing.percentile(with, 0.95) + " with, " + WordSpacing.percentile(without, 0.95));
    }

    @Test
    void aJustifiedLineEndingInAFullStopOrHyphenHangsItByItsShareAndNoMore() {
        PageSetup setup = on.styled().setup();
        float margin = setup.width() - setup.right();
        int hung = 0;
        int flush = 0;
        for (Page page : on.pages()) {
            for (Page.LineBox box : page.lines()) {
                if (box.fit() == null || !box.fit().justified()) {
                    continue;
                }
                PdfReadBack.Glyph last = lastGlyph(onPdf, page.number() - 1, box.baseline());
                int c = box.text().codePointBefore(box.text().length());
                float over = last.x() + last.width() - margin;
                // PDFBox's width is the drawn one, expanded by at most 2 %; the hang is a share of the natural width.
                float most = Protrusion.rightShare(c) * last.width();
                String where = "page " + page.number() + " line '" + box.text() + "' ends " + over + " pt past the margin";
                assertTrue(over <= most + 0.05f, where + ", more than its hang " + most);
                assertTrue(over >= most / 1.02f - 0.05f, where + ", less than its hang " + most);
                if (c == '.' || c == ',' || c == '-') {
                    assertTrue(over > 1, where);
                    hung++;
                } else if (most == 0) {
                    flush++;
                }
            }
        }
        assertTrue(hung >= 10 && flush >= 50, hung + " lines hang a full stop, comma or hyphen, " + flush + " end flush");
        PageChecks.insideTheMargins("with micro-typography", onPdf, setup, true);
    }

    @Test
    void theTextLayerIsTheSameWithAndWithout() {
        // The lines may break elsewhere, so a hyphen may be added or not at a line's end: every
        // other character is the same, in the same order.
        // The page footers fall elsewhere in the text when a line moves to another page.
        String with = onPdf.text.replaceAll("Page \\d+ of \\d+", "").replaceAll("[\\s-]", "");
        String without = offPdf.text.replaceAll("Page \\d+ of \\d+", "").replaceAll("[\\s-]", "");
        assertTrue(with.length() > 10_000, "the sample's text");
        assertTrue(with.equals(without), "the text layers differ");
    }

    @Test
    void offIsTheLayoutWithoutMicroTypography() {
        // Nothing hangs: the old margin check, with no allowance.
        PageChecks.insideTheMargins("without micro-typography", offPdf, off.styled().setup(), true);
        // Nothing is drawn scaled but spaces stretched over their gaps.
        for (Page page : off.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.Text t && !t.text().isBlank()) {
                    assertEquals(t.face().width(t.text(), t.size()), t.width(), 0.001f, t.text());
                }
            }
        }
        // With it, justified lines draw their words scaled.
        List<Float> scales = new ArrayList<>();
        for (Page page : on.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.Text t && !t.text().isBlank()) {
                    scales.add(t.width() / t.face().width(t.text(), t.size()));
                }
            }
        }
        assertTrue(scales.stream().anyMatch(s -> s > 1.004f) && scales.stream().anyMatch(s -> s < 0.996f), "some widened, some narrowed");
        assertTrue(scales.stream().allMatch(s -> s > 0.9799f && s < 1.0201f), "none past 2 %");
    }

    /**
     * The line's last glyph: a space drawn in a gap is not one, a glyph with no text is (the rest
     * of a word whose text its first glyph carries).
     */
    private static PdfReadBack.Glyph lastGlyph(PdfReadBack pdf, int page, float baseline) {
        return pdf.glyphs.stream().filter(g -> g.page() == page && Math.abs(g.baseline() - baseline) < 0.3f
                && (g.text().isEmpty() || !g.text().isBlank())).max(Comparator.comparingDouble(g -> g.x() + g.width())).orElseThrow();
    }

    /** The glyphs of the justified lines of the abstracts (not a title with its date at the right). */
    private static List<PdfReadBack.Glyph> justifiedGlyphs(Typeset t, PdfReadBack pdf) {
        List<PdfReadBack.Glyph> out = new ArrayList<>();
        for (Page page : t.pages()) {
            for (Page.LineBox box : page.lines()) {
                if (box.fit() != null && box.fit().justified()) {
                    pdf.glyphs.stream().filter(g -> g.page() == page.number() - 1 && Math.abs(g.baseline() - box.baseline()) < 0.3f)
                            .forEach(out::add);
                }
            }
        }
        return out;
    }
}
