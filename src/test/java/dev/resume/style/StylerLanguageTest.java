package dev.resume.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.compose.Composition;
import dev.resume.compose.Part;
import dev.resume.compose.Piece;
import dev.resume.compose.RunningTexts;
import dev.resume.layout.Block;
import dev.resume.layout.Face;
import dev.resume.layout.LayoutTest;
import dev.resume.text.LanguageTag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each paragraph the layout sees carries the language it is hyphenated in: the document's, or
 * that of its text's pieces where they carry one of their own (a bullet with its own
 * {@code lang:}).
 */
class StylerLanguageTest {
    private static final LanguageTag DE = LanguageTag.parse("de");
    private static final LanguageTag FR = LanguageTag.parse("fr");

    /** A face for the Styler's measures (nothing here is drawn). */
    private static final Face FACE = new LayoutTest.FakeFace("Fake", java.util.Set.of());

    @TempDir
    Path dir;

    private Typeset typeset(String locale) throws Exception {
        Path yml = dir.resolve("cv.yml");
        Files.writeString(yml, """
                name: Henrike Mallwitz
                locale: %s
                sections:
                  - title: Profil
                    text: Softwareentwicklerin mit langjähriger Erfahrung.
                  - title: Erfahrung
                    experience:
                      - organization: Mallwitz Satzsysteme
                        role: Entwicklerin
                        start: 2019-03
                        bullets:
                          - Datenbankentwicklung und Leistungsoptimierung
                          - Développement de logiciels
                """.formatted(locale));
        return new Renderer().typeset(yml, RenderOptions.of("classic"));
    }

    private static List<Block.Paragraph> paragraphs(List<Block> blocks) {
        List<Block.Paragraph> out = new ArrayList<>();
        for (Block b : blocks) {
            switch (b) {
                case Block.Paragraph p -> out.add(p);
                case Block.Group g -> out.addAll(paragraphs(g.blocks()));
                case Block.Beside s -> out.addAll(paragraphs(s.blocks()));
                default -> { }
            }
        }
        return out;
    }

    private static String text(Block.Paragraph p) {
        StringBuilder sb = new StringBuilder();
        p.runs().forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    /** The languages of the running text's paragraphs: the summary, then the two bullets. */
    private static List<LanguageTag> running(List<Block.Paragraph> all) {
        return all.stream().filter(p -> text(p).startsWith("Software") || text(p).startsWith("Datenbank") || text(p).startsWith("Dévelop"))
                .map(Block.Paragraph::language).toList();
    }

    @Test
    void everyParagraphOfTheResumeIsInItsLanguage() throws Exception {
        Typeset t = typeset("de");
        List<Block.Paragraph> all = paragraphs(t.styled().blocks());
        assertTrue(all.size() >= 6, "the name, the titles, the text, the heading, the bullets: " + all.size());
        assertEquals(List.of(DE, DE, DE), running(all), "the text and the two bullets");
        // The header, the headings, the dates: not hyphenated, but in the document's language too.
        assertTrue(all.stream().filter(p -> text(p).startsWith("Henrike") || text(p).startsWith("Mallwitz"))
                .allMatch(p -> p.language().equals(DE)));
    }

    @Test
    void aPieceOfItsOwnLanguageSetsItsParagraphs() throws Exception {
        Typeset t = typeset("de");
        // What an entry or bullet with `lang: fr` composes to: its pieces carry fr.
        Composition c = t.composed();
        List<Composition.Section> sections = new ArrayList<>();
        for (Composition.Section s : c.sections()) {
            List<Composition.Item> items = new ArrayList<>();
            for (Composition.Item i : s.items()) {
                items.add(new Composition.Item(i.parts().stream().map(StylerLanguageTest::frenchLastBullet).toList(), i.newPage(), i.keep()));
            }
            sections.add(new Composition.Section(s.id(), s.anchor(), s.title(), s.kind(), s.oneLine(), s.newPage(), s.keepTogether(), items));
        }
        Composition french = new Composition(c.header(), sections, c.metadata(), c.letter());
        StyledDocument styled = new Styler(t.theme(), file -> FACE).style(french, null, RunningTexts.NONE);
        assertEquals(List.of(DE, DE, FR), running(paragraphs(styled.blocks())), "the French bullet is French, the rest the document's German");
    }

    /** An entry's heading with its last bullet's pieces in French. */
    private static Part frenchLastBullet(Part part) {
        if (!(part instanceof Part.Heading h)) {
            return part;
        }
        List<Part> body = new ArrayList<>();
        for (Part p : h.body()) {
            if (p instanceof Part.Bullets b) {
                List<Part.Bullets.Item> items = new ArrayList<>(b.items());
                Part.Bullets.Item last = items.remove(items.size() - 1);
                items.add(new Part.Bullets.Item(last.text().stream().map(x -> x.withLang(FR)).toList(), last.children()));
                body.add(new Part.Bullets(items));
            } else {
                body.add(p);
            }
        }
        return new Part.Heading(h.title(), h.subtitle(), h.place(), h.when(), body, h.role(), h.datesFirst());
    }
}
