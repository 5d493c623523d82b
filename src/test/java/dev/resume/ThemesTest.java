package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.PageItem;
import dev.resume.layout.Rgb;
import dev.resume.theme.ThemeLoader;
import dev.resume.readback.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in themes differ from each other, and user themes extend them. */
class ThemesTest {
    static final Renderer RENDERER = new Renderer();
    static final Path CAO = Path.of("resumes/cao.yml");

    @TempDir
    Path dir;

    /** Font families without the subset prefix and style: "TeXGyrePagella", "Lato"… */
    private static Set<String> families(PdfReadBack pdf) {
        Set<String> out = new TreeSet<>();
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            String name = g.font().replaceFirst("^[A-Z]{6}\\+", "").replaceFirst("-Identity-H$", "");
            out.add(name.replaceFirst("[-,].*$", "").replaceFirst("10$", ""));
        }
        return out;
    }

    @Test
    void everyBuiltInThemeUsesItsOwnFontsAndLayout() throws IOException {
        Map<String, Set<String>> fontsByTheme = new HashMap<>();
        Map<String, Float> firstEntryX = new HashMap<>();
        for (String theme : ThemeLoader.BUILT_IN) {
            Path pdf = dir.resolve(theme + ".pdf");
            RENDERER.render(CAO, pdf, RenderOptions.of(theme));
            Set<String> families = families(new PdfReadBack(pdf));
            // The body family is the one that sets most of the text: the first listed here.
            fontsByTheme.put(theme, families);
            Typeset t = RENDERER.typeset(CAO, RenderOptions.of(theme));
            float minX = Float.MAX_VALUE;
            for (PageItem item : t.pages().get(0).items()) {
                if (item instanceof PageItem.Text x && x.text().equals("UC")) {
                    minX = Math.min(minX, x.x());
                }
            }
            firstEntryX.put(theme, minX);
        }
        Set<Set<String>> distinct = new HashSet<>(fontsByTheme.values());
        assertEquals(ThemeLoader.BUILT_IN.size(), distinct.size(), "each theme has its own fonts: " + fontsByTheme);
        // The two-column theme sets entries to the right of its date column.
        assertTrue(firstEntryX.get("columns") > firstEntryX.get("classic") + 40, firstEntryX.toString());
    }

    @Test
    void aUserThemeExtendsABuiltInOneAndOverridesTheAccentAndTheBodyFont() throws IOException {
        Path theme = dir.resolve("mine.yml");
        Files.writeString(theme, """
                extends: classic
                colors:
                  accent: "#aa0000"
                fonts:
                  body:
                    regular: tex-gyre/texgyreheros-regular.otf
                    bold: tex-gyre/texgyreheros-bold.otf
                    italic: tex-gyre/texgyreheros-italic.otf
                    bold_italic: tex-gyre/texgyreheros-bolditalic.otf
                """);
        Path pdf = dir.resolve("mine.pdf");
        RENDERER.render(CAO, pdf, RenderOptions.of(theme.toString()));
        Set<String> families = families(new PdfReadBack(pdf));
        assertTrue(families.contains("TeXGyreHeros"), families.toString());
        assertTrue(!families.contains("TeXGyrePagella"), "the body font is replaced: " + families);

        Typeset t = RENDERER.typeset(CAO, RenderOptions.of(theme.toString()));
        assertEquals("#aa0000", t.theme().colors().accent());
        assertEquals(ThemeLoader.BUILT_IN.get(0), "classic");
        assertEquals(RENDERER.typeset(CAO, RenderOptions.DEFAULT).theme().margins(), t.theme().margins(), "the rest is inherited");
        boolean accented = false;
        for (PageItem item : t.pages().get(0).items()) {
            if (item instanceof PageItem.Text x && x.color().equals(new Rgb(0xaa, 0, 0))) {
                accented = true;
            }
        }
        assertTrue(accented, "text in the accent colour (bullets, links) is red");
    }

    @Test
    void aThemeFindsFontFilesBesideItself() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("theme"));
        Files.copy(Path.of("fonts/lato/Lato-Regular.ttf"), folder.resolve("MyFont.ttf"));
        Files.writeString(folder.resolve("own.yml"), """
                fonts:
                  body: {regular: MyFont.ttf}
                """);
        Path pdf = dir.resolve("own.pdf");
        RENDERER.render(CAO, pdf, RenderOptions.of(folder.resolve("own.yml").toString()));
        assertTrue(families(new PdfReadBack(pdf)).contains("Lato"));
    }

    @Test
    void aResumeNamesItsThemeAndTheCommandLineWins() throws IOException {
        Path cv = dir.resolve("cv.yml");
        Files.writeString(cv, "theme: compact\n" + Files.readString(Path.of("resumes/liu.yml")));
        assertEquals("compact", RENDERER.typeset(cv, RenderOptions.DEFAULT).theme().name());
        assertEquals("modern", RENDERER.typeset(cv, RenderOptions.of("modern")).theme().name());
    }

    @Test
    void themesDifferInTheirLook() throws IOException {
        List<String> looks = ThemeLoader.BUILT_IN.stream().map(name -> {
            try {
                var t = RENDERER.typeset(CAO, RenderOptions.of(name)).theme();
                return t.paper() + " " + t.sectionTitle().rule() + " " + t.entries().dates() + " " + t.header().align();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }).toList();
        assertEquals(looks.size(), new HashSet<>(looks).size(), "no two themes share page, rules, dates and header: " + looks);
        assertNotEquals(looks.get(0), looks.get(1));
    }
}
