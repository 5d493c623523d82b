package dev.resume.input.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostics;
import dev.resume.syntax.YNode;
import dev.resume.syntax.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every text written reads back as the same text: with our reader, and with a plain YAML 1.2
 * reader (snakeyaml-engine's own, which other tools use), whatever the text holds.
 */
class YamlWriterTest {
    static final List<String> TRICKY = List.of(
            "yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "Null", "~", "1.0", "4", "0x1F", "1e5", "-5", "+1",
            ".inf", ".NaN", "1:30", "3.67/4.0", "(912) 555-4321", "+44 20 7946 0000", "2014-01-01", "2013-12",
            "SkyRL: a library", "ends with a colon:", "C# and F#", "a #hash", "#comment", "- dash", "-dash", "? what", ":colon",
            "[bracket]", "{brace}", "*bold*", "&anchor", "!tag", "|pipe", ">fold", "'single'", "\"double\"", "%percent",
            "@at", "`code`", ",comma", "  leading", "trailing  ", "tab\there", "line\nbreak", "two\n\nparagraphs",
            "back\\slash", "“curly” quotes", "Weisman Scores™", "emoji 😀", "non\u00a0breaking", "line\u2028separator",
            "http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)", "a: b: c", "key:value", "-", "?", "",
            "A long paragraph that goes on and on, with commas, colons: like this, and # signs, and \"quotes\" too,"
                    + " well past the width at which the writer folds it over several lines of the file.",
            "A long paragraph with  two spaces in it that cannot be folded without changing it, so it is quoted instead of"
                    + " folded, which keeps the text exactly as it was written.");

    @Test
    void everyTextReadsBackAsWritten() {
        List<YNode> items = new ArrayList<>();
        for (String s : TRICKY) {
            items.add(new YNode.Map(List.of(new YNode.Entry("title", null, Nodes.text(s, null)),
                    new YNode.Entry("description", null, Nodes.text(s, null))), null));
        }
        YNode.Map root = new YNode.Map(List.of(new YNode.Entry("entries", null, Nodes.seq(items, null)),
                new YNode.Entry("text", null, Nodes.seq(TRICKY.stream().map(s -> (YNode) Nodes.text(s, null)).toList(), null))),
                null);
        String yaml = YamlWriter.write(root, List.of("a comment", "", "another: with # signs"));
        Diagnostics d = new Diagnostics();
        YNode.Map back = (YNode.Map) new YamlReader(Path.of("t.yml"), d).read(yaml);
        assertFalse(d.hasErrors(), d.all() + "\n" + yaml);
        List<YNode> entries = ((YNode.Seq) back.get("entries").value()).items();
        List<YNode> texts = ((YNode.Seq) back.get("text").value()).items();
        for (int i = 0; i < TRICKY.size(); i++) {
            String s = TRICKY.get(i);
            YNode.Map e = (YNode.Map) entries.get(i);
            for (YNode n : List.of(e.get("title").value(), e.get("description").value(), texts.get(i))) {
                YNode.Scalar sc = (YNode.Scalar) n;
                assertEquals(s, sc.text(), "read back from:\n" + yaml);
                assertFalse(sc.isNull() || sc.isNumber() || sc.isBoolean(), "'" + s + "' reads as a text");
            }
        }
        // A plain YAML 1.2 reader sees the same strings.
        Object plain = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        @SuppressWarnings("unchecked")
        List<Object> plainTexts = (List<Object>) ((java.util.Map<String, Object>) plain).get("text");
        assertEquals(TRICKY, plainTexts);
    }

    @Test
    void idiomaticOutput() {
        YNode.Map entry = new YNode.Map(List.of(new YNode.Entry("title", null, Nodes.text("Prize", null)),
                new YNode.Entry("date", null, Nodes.text("2014", null)),
                new YNode.Entry("end", null, Nodes.text("present", null)),
                new YNode.Entry("start", null, Nodes.text("2013-12-01", null))), null);
        String yaml = YamlWriter.write(new YNode.Map(List.of(new YNode.Entry("awards", null, Nodes.seq(List.of(entry, entry), null))),
                null), List.of());
        assertEquals("""
                awards:
                  - title: Prize
                    date: 2014
                    end: present
                    start: 2013-12-01

                  - title: Prize
                    date: 2014
                    end: present
                    start: 2013-12-01
                """, yaml);
        String paragraph = "word ".repeat(40).strip();
        String folded = YamlWriter.write(new YNode.Map(List.of(new YNode.Entry("text", null, Nodes.text(paragraph, null))), null),
                List.of());
        assertTrue(folded.startsWith("text: >-\n  word word"), folded);
        assertTrue(folded.lines().allMatch(l -> l.length() <= 96), folded);
    }
}
