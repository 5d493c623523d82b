package dev.resume.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLoaderTest {
    private static final SourcePos REF = SourcePos.unknown(Path.of("cv.yml"));

    @TempDir
    Path dir;

    private static Theme load(String ref, Path relativeTo) throws IOException {
        return new ThemeLoader(new Diagnostics()).load(ref, relativeTo, REF);
    }

    private List<Diagnostic> errorsOfFile(String text) throws IOException {
        Path file = dir.resolve("mine.yml");
        Files.writeString(file, text);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load("mine.yml", dir));
        return e.diagnostics();
    }

    private static String describe(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.pos() + ": " + d.message() + " [" + d.hint() + "]").collect(Collectors.joining("\n"));
    }

    @Test
    void classicLoads() throws IOException {
        Theme t = load("classic", null);
        assertEquals("classic", t.name());
        assertEquals(Theme.Paper.A4, t.paper());
        assertNull(t.folder(), "a built-in theme has no folder");
        assertTrue(t.sizes().body() > 0 && t.sizes().name() > t.sizes().body(), t.sizes().toString());
        assertTrue(t.colors().accent().matches("#[0-9a-fA-F]{6}"), t.colors().accent());
        assertTrue(t.margins().left() > 0 && t.margins().top() > 0, t.margins().toString());
        assertTrue(t.fonts().body().regular().endsWith(".otf") || t.fonts().body().regular().endsWith(".ttf"));
        assertNull(t.footer(), "classic leaves its footer to the language (Page {page} of {pages})");
        assertTrue(t.wording().localeFooter());
        assertTrue(t.wording().phrases().isEmpty(), "classic leaves every phrase to the language: " + t.wording());
        assertNull(t.dates().present(), "classic leaves the word for present to the language");
        assertNull(t.pageHeader(), "classic has no running header");
    }

    @Test
    void lengthsTakeUnits() throws IOException {
        Files.writeString(dir.resolve("units.yml"), "margins: {top: 25.4mm, bottom: 2.54cm, left: 1in, right: 72pt}\n");
        Theme.Margins m = load("units.yml", dir).margins();
        assertEquals(72f, m.top(), 1e-3);
        assertEquals(72f, m.bottom(), 1e-3);
        assertEquals(72f, m.left(), 1e-3);
        assertEquals(72f, m.right(), 1e-3);
    }

    @Test
    void missingFontStylesFallBack() throws IOException {
        Files.writeString(dir.resolve("fonts.yml"), """
                fonts:
                  heading: {regular: h.ttf, bold: hb.ttf}
                  mono: {regular: m.ttf}
                """);
        Theme.Fonts f = load("fonts.yml", dir).fonts();
        // classic names no heading family and only a regular mono face: nothing is inherited.
        assertEquals(new Theme.FamilyFiles("h.ttf", "hb.ttf", "h.ttf", "hb.ttf"), f.heading());
        assertEquals(new Theme.FamilyFiles("m.ttf", "m.ttf", "m.ttf", "m.ttf"), f.mono());
        assertEquals(load("classic", null).fonts().body(), f.body());
    }

    @Test
    void aFamilyIsReplacedWholeNotStyleByStyle() throws IOException {
        Files.writeString(dir.resolve("body.yml"), "fonts:\n  body: {regular: mine.ttf}\n");
        Theme.Fonts f = load("body.yml", dir).fonts();
        // Naming only a regular face means that face for every style, not classic's Pagella bold.
        assertEquals(new Theme.FamilyFiles("mine.ttf", "mine.ttf", "mine.ttf", "mine.ttf"), f.body());
        assertEquals(load("classic", null).fonts().icons(), f.icons(), "other font keys are still inherited");
    }

    @Test
    void builtInNameIgnoresCase() throws IOException {
        assertEquals("classic", load("Classic", null).name());
    }

    @Test
    void unknownThemeNameSuggestsTheClosest() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load("clasic", null));
        Diagnostic d = e.diagnostics().get(0);
        assertTrue(d.message().contains("unknown theme 'clasic'"), d.message());
        assertTrue(d.hint().contains("did you mean 'classic'"), d.hint());
        assertEquals(REF, d.pos());
    }

    @Test
    void farThemeNameListsTheThemes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load("nosuch", null));
        Diagnostic d = e.diagnostics().get(0);
        assertFalse(d.hint().contains("did you mean"), d.hint());
        assertTrue(d.hint().contains("built-in themes: ") && d.hint().contains("classic"), d.hint());
    }

    @Test
    void missingThemeFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load("absent.yml", dir));
        assertTrue(e.diagnostics().get(0).message().contains("not found"), e.getMessage());
    }

    @Test
    void userThemeOverridesSomeKeysAndKeepsTheRest() throws IOException {
        Files.writeString(dir.resolve("red.yml"), """
                name: red
                extends: classic
                colors: {accent: "#aa0000"}
                sizes: {body: 11}
                """);
        Theme t = load("red.yml", dir);
        Theme classic = load("classic", null);
        assertEquals("red", t.name());
        assertEquals("#aa0000", t.colors().accent());
        assertEquals(11f, t.sizes().body(), 1e-4);
        // Siblings of the overridden keys keep classic's values.
        assertEquals(classic.colors().text(), t.colors().text());
        assertEquals(classic.colors().rule(), t.colors().rule());
        assertEquals(classic.sizes().name(), t.sizes().name(), 1e-4);
        assertEquals(classic.margins(), t.margins());
        assertEquals(classic.fonts(), t.fonts());
        assertEquals(classic.spacing(), t.spacing());
        assertEquals(classic.header(), t.header());
        assertEquals(dir.toAbsolutePath(), t.folder());
    }

    @Test
    void themeWithoutExtendsExtendsClassic() throws IOException {
        Files.writeString(dir.resolve("letter.yml"), "paper: letter\nmargins: {left: 1in}\n");
        Theme t = load("letter.yml", dir);
        assertEquals(Theme.Paper.LETTER, t.paper());
        assertEquals(72f, t.margins().left(), 1e-4);
        assertEquals(load("classic", null).margins().right(), t.margins().right(), 1e-4);
    }

    @Test
    void themeCanExtendAnotherThemeFile() throws IOException {
        Files.writeString(dir.resolve("base.yml"), "colors: {accent: \"#00aa00\"}\nsizes: {body: 9}\n");
        Files.writeString(dir.resolve("top.yml"), "extends: base.yml\nsizes: {body: 12}\n");
        Theme t = load("top.yml", dir);
        assertEquals("#00aa00", t.colors().accent());
        assertEquals(12f, t.sizes().body(), 1e-4);
    }

    @Test
    void extendsCycleIsAnError() throws IOException {
        Files.writeString(dir.resolve("a.yml"), "extends: b.yml\n");
        Files.writeString(dir.resolve("b.yml"), "extends: a.yml\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load("a.yml", dir));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void badColourIsReportedAtItsValue() throws IOException {
        List<Diagnostic> ds = errorsOfFile("extends: classic\ncolors:\n  accent: red\n");
        assertEquals(1, ds.size(), () -> describe(ds));
        Diagnostic d = ds.get(0);
        assertTrue(d.message().contains("'red' is not a colour"), d.message());
        assertEquals(dir.resolve("mine.yml"), d.pos().file());
        assertEquals(3, d.pos().line());
        assertEquals(11, d.pos().column());
    }

    @Test
    void badEnumValueSuggestsTheClosest() throws IOException {
        List<Diagnostic> ds = errorsOfFile("extends: classic\nsection_title:\n  case: smallcaps\n");
        assertEquals(1, ds.size(), () -> describe(ds));
        Diagnostic d = ds.get(0);
        assertTrue(d.message().contains("'smallcaps' is not a valid case"), d.message());
        assertTrue(d.message().contains("did you mean 'small-caps'"), d.message());
        assertTrue(d.hint().contains("as-written"), d.hint());
        assertEquals(3, d.pos().line());
        assertEquals(9, d.pos().column());
    }

    @Test
    void typographyNamesKindsOfTextAndTheOldJustifyKeyPointsThere() throws IOException {
        List<Diagnostic> ds = errorsOfFile("extends: classic\nentries:\n  justify: true\ntypography:\n  justify: [paragraphs, abstrcts]\n");
        assertEquals(2, ds.size(), () -> describe(ds));
        assertTrue(ds.get(0).message().contains("'entries.justify' is now 'typography.justify'"), ds.get(0).message());
        assertEquals(3, ds.get(0).pos().line());
        assertTrue(ds.get(1).message().contains("'abstrcts' is not a kind of text"), ds.get(1).message());
        assertTrue(ds.get(1).hint().contains("did you mean 'abstracts'"), ds.get(1).hint());
        assertEquals(5, ds.get(1).pos().line());
        assertEquals(25, ds.get(1).pos().column());
    }

    @Test
    void anEmptyGroupKeepsTheBaseThemesValues() throws IOException {
        Path file = dir.resolve("empty-group.yml");
        Files.writeString(file, "extends: classic\nentries:\n  # bullet: \"-\"\ntypography:\n");
        Theme t = load("empty-group.yml", dir);
        assertEquals("•", t.entries().bullet());
        assertTrue(t.typography().hyphenate());
    }

    @Test
    void typographyDefaultsJustifyParagraphsAndAbstractsAndCompactNothing() throws IOException {
        Theme classic = load("classic", dir);
        assertTrue(classic.typography().justifies(Theme.TextKind.PARAGRAPHS) && classic.typography().justifies(Theme.TextKind.ABSTRACTS));
        assertTrue(!classic.typography().justifies(Theme.TextKind.BULLETS) && classic.typography().hyphenate());
        assertTrue(classic.typography().corrections().quotes() && !classic.typography().corrections().thinSpaces());
        assertTrue(load("compact", dir).typography().justify().isEmpty());
    }

    @Test
    void severalThemeErrorsAreAllReported() throws IOException {
        List<Diagnostic> ds = errorsOfFile("""
                paper: b5
                sizes: {body: big}
                colours: {accent: "#fff"}
                """);
        assertEquals(3, ds.size(), () -> describe(ds));
        assertEquals(List.of(1, 2, 3), ds.stream().map(d -> d.pos().line()).toList(), describe(ds));
        assertTrue(ds.get(2).hint().contains("did you mean 'colors'"), ds.get(2).hint());
    }

    @Test
    void zeroFontSizeIsAnError() throws IOException {
        List<Diagnostic> ds = errorsOfFile("sizes:\n  body: 0\n  footer: 0.0pt\n");
        assertEquals(2, ds.size(), () -> describe(ds));
        assertTrue(ds.get(0).message().contains("'body'"), ds.get(0).message());
        assertEquals(2, ds.get(0).pos().line());
        assertEquals(9, ds.get(0).pos().column());
        assertEquals(3, ds.get(1).pos().line());
    }

    @Test
    void zeroMarginsAndSpacingAreFine() throws IOException {
        Files.writeString(dir.resolve("tight.yml"), "margins: {top: 0, bottom: 0, left: 0, right: 0}\nspacing: {entry_before: 0}\n");
        Theme t = load("tight.yml", dir);
        assertEquals(0f, t.margins().left());
        assertEquals(0f, t.spacing().entryBefore());
    }

    @Test
    void marginsThatLeaveNoRoomAreAnError() throws IOException {
        List<Diagnostic> ds = errorsOfFile("margins: {left: 300, right: 300}\n");
        assertEquals(1, ds.size(), () -> describe(ds));
        assertTrue(ds.get(0).message().contains("margins"), ds.get(0).message());
        assertEquals(1, ds.get(0).pos().line());
        List<Diagnostic> tall = errorsOfFile("margins: {top: 10in, bottom: 1in}\n");
        assertEquals(1, tall.size(), () -> describe(tall));
    }

    @Test
    void shortHexColourIsAccepted() throws IOException {
        Files.writeString(dir.resolve("short.yml"), "colors: {accent: \"#a00\"}\n");
        assertEquals("#a00", load("short.yml", dir).colors().accent());
    }

    @Test
    void leadingOutOfRangeIsAnError() throws IOException {
        List<Diagnostic> ds = errorsOfFile("spacing: {leading: 5}\n");
        assertEquals(1, ds.size(), () -> describe(ds));
        assertTrue(ds.get(0).message().contains("between"), ds.get(0).message());
    }
}
