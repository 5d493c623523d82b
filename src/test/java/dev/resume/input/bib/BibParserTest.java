package dev.resume.input.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The .bib reader: what it reads from a fixture of every construct, and where it reports bad input. */
class BibParserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/bib/fixture.bib");

    private static BibFile parse(String text, Diagnostics d) {
        return BibParser.parse(new BibSource(Path.of("t.bib"), text), d);
    }

    private static BibFile fixture(Diagnostics d) throws IOException {
        return BibParser.parse(new BibSource(FIXTURE, Files.readString(FIXTURE)), d);
    }

    private static String md(BibFile f, String key, String field) {
        return Latex.convert(f.entry(key).value(field), Latex.Mode.MARKDOWN, f.source(), new Diagnostics());
    }

    /** The diagnostics of a text, each as "line:column message | hint". */
    private static List<String> problems(String text) {
        Diagnostics d = new Diagnostics();
        parse(text, d);
        return d.all().stream().map(x -> x.pos().line() + ":" + x.pos().column() + " " + x.message() + " | " + x.hint())
                .toList();
    }

    private static void assertProblem(String text, String expected) {
        List<String> ps = problems(text);
        assertTrue(ps.stream().anyMatch(p -> p.startsWith(expected)), () -> "expected '" + expected + "' in:\n" + String.join("\n", ps));
    }

    @Test
    void readsEveryEntryOfTheFixtureInOrderWithoutAProblem() throws IOException {
        Diagnostics d = new Diagnostics();
        BibFile f = fixture(d);
        assertEquals(List.of(), d.all(), "no problem in the fixture");
        assertEquals(List.of("mueller2021", "quillfeather2023engine", "quillfeather2024notes", "brambleby2024difference", "quillfeather-undated"),
                f.entries().stream().map(BibEntry::key).toList(), "@comment, @preamble and @string are not entries");
        assertEquals(List.of("article", "inproceedings", "misc", "misc", "unpublished"),
                f.entries().stream().map(BibEntry::type).toList());
        assertEquals(List.of(0, 1, 2, 3, 4), f.entries().stream().map(BibEntry::index).toList());
        assertTrue(f.entry("MUELLER2021") != null, "keys are found whatever their case, as in BibTeX");
    }

    @Test
    void stringMacrosConcatenationNumbersAndMonths() throws IOException {
        BibFile f = fixture(new Diagnostics());
        assertEquals("Journal of Things", f.entry("mueller2021").value("journal").text(), "@string( … ) with # and quotes");
        assertEquals("IEEE Transactions on Pattern Analysis and Machine Intelligence",
                f.entry("quillfeather2023engine").value("booktitle").text());
        assertEquals("12", f.entry("mueller2021").value("volume").text());
        assertEquals("March", f.entry("mueller2021").value("month").text(), "BibTeX's month macros");
        assertEquals("{\\\"U}ber", f.entry("mueller2021").value("title").text().substring(0, 8), "LaTeX is kept until converted");
    }

    @Test
    void fieldsKnowWhereTheyAreWritten() throws IOException {
        BibFile f = fixture(new Diagnostics());
        BibEntry e = f.entry("quillfeather2023engine");
        assertEquals(23, e.pos().line());
        assertEquals(1, e.pos().column());
        assertEquals(23, e.keyPos().line());
        assertEquals(16, e.keyPos().column());
        BibField booktitle = e.field("booktitle");
        assertEquals(26, booktitle.namePos().line());
        assertEquals(3, booktitle.namePos().column());
        assertEquals(26, booktitle.valuePos().line());
        assertEquals(15, booktitle.valuePos().column());
        // A macro's text stands where the macro is used.
        assertEquals(f.source().pos(booktitle.value().offset(10)), booktitle.valuePos());
        assertEquals(FIXTURE, booktitle.valuePos().file());
    }

    @Test
    void latexBecomesUnicode() throws IOException {
        BibFile f = fixture(new Diagnostics());
        assertEquals("Über Müller's élève: Ça, ß, ø – 10—20\u00A0pages, R\\&D, 50% and x\\_y", md(f, "mueller2021", "title"));
        assertEquals("The Engine with α and D²LPM at 7.5× <i>speed</i>", md(f, "quillfeather2023engine", "title"));
        assertEquals("A Difference Engine, “revisited”", md(f, "brambleby2024difference", "title"));
        assertEquals("45–67", md(f, "mueller2021", "pages"));
    }

    @Test
    void namesAreSplitAndPrintedFirstNameFirst() throws IOException {
        BibFile f = fixture(new Diagnostics());
        Diagnostics d = new Diagnostics();
        assertEquals(List.of("Jörg Müller", "Renée François", "Jan van der Berg", "Ada Quillfeather*"),
                BibNames.split(f.entry("mueller2021").value("author"), f.source(), d, "author"));
        assertEquals(List.of("Ada Quillfeather", "Charles Brambleby", "et al."),
                BibNames.split(f.entry("quillfeather2023engine").value("author"), f.source(), d, "author"));
        assertEquals(List.of("Ada Quillfeather", "Charles Jean de la Vallée Poussin"),
                BibNames.split(f.entry("quillfeather2024notes").value("author"), f.source(), d, "author"));
        assertEquals(List.of(), d.all());
    }

    @Test
    void moreNameForms() {
        Diagnostics d = new Diagnostics();
        BibFile f = parse("@misc{k, author = {{World Health Organization} and King, Jr, Martin Luther and Dacheng Li$^*$"
                + " and Li\\textsuperscript{\\dag}, Yu AND {Van} Beethoven, Ludwig}}", d);
        assertEquals(List.of("World Health Organization", "Martin Luther King, Jr", "Dacheng Li*", "Yu Li†", "Ludwig Van Beethoven"),
                BibNames.split(f.entry("k").value("author"), f.source(), d, "author"));
        assertEquals(List.of(), d.all());
    }

    @Test
    void anEmptyNameIsReportedWhereItIs() {
        Diagnostics d = new Diagnostics();
        BibFile f = parse("@misc{k,\n  author = {Ada Quillfeather and and Charles Brambleby}}", d);
        assertEquals(List.of("Ada Quillfeather", "Charles Brambleby"), BibNames.split(f.entry("k").value("author"), f.source(), d, "author"));
        Diagnostic e = d.all().get(0);
        assertEquals("an empty name in 'author'", e.message());
        assertEquals(2, e.pos().line());
        assertEquals(34, e.pos().column(), "the second \"and\", after \"Ada Quillfeather \"");
    }

    @Test
    void anUnknownCommandIsKeptAndWarnedAboutAtItsPlace() {
        Diagnostics d = new Diagnostics();
        BibFile f = parse("@misc{k,\n  title = {A \\foo{bar} and \\baz in it}}", d);
        String t = Latex.convert(f.entry("k").value("title"), Latex.Mode.PLAIN, f.source(), d);
        assertEquals("A bar and \\baz in it", t, "nothing is lost");
        assertEquals(2, d.all().size());
        assertTrue(d.all().stream().allMatch(x -> x.severity() == Severity.WARNING));
        assertEquals("2:14 unknown LaTeX command \\foo; its argument is printed without it",
                d.all().get(0).pos().line() + ":" + d.all().get(0).pos().column() + " " + d.all().get(0).message());
        assertEquals(2, d.all().get(1).pos().line());
        assertEquals(28, d.all().get(1).pos().column());
    }

    // ---- bad input: exact places, with hints --------------------------------------------------------

    @Test
    void anUnclosedBraceIsReportedAtTheBraceLeftOpen() {
        // The value runs into the next entry: reported at the '{' of "{Bar", the innermost one open.
        assertProblem("@misc{a,\n  title = {Foo {Bar baz,\n  year = 2020\n}\n@misc{b, title = {B}, author = {X}}\n",
                "2:11 the '{' in the value of 'title' is never closed | add the missing '}': the value runs to the next entry, at 5:1");
        assertProblem("@misc{a,\n  title = {Foo {Bar} baz,\n  year = 2020\n",
                "2:11 the '{' in the value of 'title' is never closed | add the missing '}': the value runs to the end of the file");
    }

    @Test
    void aValueThatSwallowsTheFieldsAfterItIsNamed() {
        assertProblem("@misc{a,\n  title = {Foo {Bar},\n  author = {X},\n}\n\n@misc{b, title = {B}}\n",
                "2:11 the value of 'title' runs over the fields after it | a '}' is missing in it");
    }

    @Test
    void aBraceTooManyEndsTheEntryAndIsReported() {
        assertProblem("@misc{a,\n  title = {Foo}},\n  author = {X},\n}\n",
                "2:17 a field after the end of the entry 'a' | is there a '}' too many in that entry?");
    }

    @Test
    void aMissingCommaIsReportedWhereItBelongs() {
        List<String> ps = problems("@misc{a,\n  title = {Foo}\n  author = {X},\n  year = 2020\n}\n");
        assertEquals(List.of("2:16 a ',' is missing after the value of 'title' | fields are separated by commas: title = {…}, author = {…}"),
                ps);
        Diagnostics d = new Diagnostics();
        BibFile f = parse("@misc{a,\n  title = {Foo}\n  author = {X},\n  year = 2020\n}\n", d);
        assertEquals("X", f.entry("a").value("author").text(), "reading goes on as if the comma were there");
        assertEquals("2020", f.entry("a").value("year").text());
    }

    @Test
    void anUnknownMacroIsReportedWithAHint() {
        assertProblem("@string{neurips = {NeurIPS}}\n@misc{a,\n  booktitle = neurisp,\n}\n",
                "3:15 unknown @string macro 'neurisp' | did you mean 'neurips'?");
        assertProblem("@misc{a,\n  booktitle = icml # { 2024},\n}\n",
                "2:15 unknown @string macro 'icml' | define it before this entry with @string{icml = {…}}, or write the value in braces: {icml}");
    }

    @Test
    void duplicateKeysAndFieldsAreReportedWithTheFirstPlace() {
        assertProblem("@misc{a, title = {A}}\n\n@article{A,\n  title = {B}}\n",
                "3:10 the key 'A' is used twice; first at 1:7 | citation keys are unique (case does not count): rename one of them");
        assertProblem("@misc{a,\n  title = {A},\n  Title = {B}}\n",
                "3:3 the field 'title' is given twice in 'a'; first at 2:3 | keep one of them");
    }

    @Test
    void otherSyntaxErrors() {
        assertProblem("@misc{a,\n  title {A}}\n", "2:9 expected '=' after the field name 'title', found '{' | write title = {…}");
        assertProblem("@misc{, title = {A}}\n", "1:7 the @misc entry has no citation key");
        assertProblem("@misc{a,\n  title = {A},\n\n@misc{b, title = {B}}\n", "1:1 the entry 'a' is not closed | add '}' after its last field");
        assertProblem("@misc{a,\n  title = \"A {B\",\n}\n", "2:11 the '\"' in the value of 'title' is never closed");
        assertProblem("@misc{a,\n  title = \"A}\",\n}\n", "2:13 a '}' without its '{' in the value of 'title'");
        assertProblem("@misc{a, title = }\n", "1:18 expected the value of 'title', found '}' | write the value in braces: title = {…}");
        assertProblem("@misc a, title = {A}}\n", "1:7 expected '{' after @misc");
        assertProblem("}\n@misc{a, title = {A}}\n", "1:1 a '}' outside any entry | delete it");
    }

    @Test
    void afterAnErrorTheNextEntriesAreStillRead() {
        Diagnostics d = new Diagnostics();
        BibFile f = parse("@misc{a,\n  title = {A} junk,\n}\n@misc{b, title = {B}}\n@misc{c, title = {C}, note = undefined}\n"
                + "@misc{d, title = {D}}\n", d);
        assertEquals(List.of("a", "b", "c", "d"), f.entries().stream().map(BibEntry::key).toList());
        // The stray word: a missing comma, then a field without '='; the undefined macro.
        assertEquals(3, d.all().size(), () -> d.all().stream().map(Diagnostic::message).collect(Collectors.joining("\n")));
        assertNull(f.entry("c").value("note"));
    }

    @Test
    void anAtSignInACommentIsNotAnEntry() {
        Diagnostics d = new Diagnostics();
        BibFile f = parse("Write to ada@example.org for the slides.\n@misc{a, title = {A}}\n", d);
        assertEquals(List.of(), d.all());
        assertEquals(1, f.entries().size());
    }
}
