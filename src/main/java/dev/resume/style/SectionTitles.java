package dev.resume.style;

import dev.resume.compose.Composition;
import dev.resume.layout.Block;
import dev.resume.layout.Rgb;
import dev.resume.layout.Run;
import dev.resume.layout.Tag;
import dev.resume.theme.Theme;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A section's title as the theme sets it: its case, its first letters in the accent colour, its rule. */
final class SectionTitles {
    /** Scripts whose letters stand apart, so that some of a word's may take another colour. */
    private static final Set<Character.UnicodeScript> SEPARATE_LETTERS = EnumSet.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARMENIAN,
            Character.UnicodeScript.GEORGIAN, Character.UnicodeScript.HEBREW, Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

    private final Theme theme;
    private final Looks looks;

    SectionTitles(Theme theme, Looks looks) {
        this.theme = theme;
        this.looks = looks;
    }

    /** The section's bookmark, its title and the title's rule. */
    void add(Composition.Section s, List<Block> out) {
        Theme.SectionTitle st = theme.sectionTitle();
        float base = theme.layout().contentStart();
        List<Run> title = looks.runs(s.title());
        if (st.textCase() == Theme.Case.UPPER) {
            title = title.stream().map(run -> new Run(run.text().toUpperCase(Locale.ROOT), run.style(), run.link(), run.noBreak(),
                    run.icon(), run.pos())).toList();
        }
        if (st.highlightLetters() > 0) {
            title = highlight(title, st.highlightLetters());
        }
        out.add(new Block.Anchor(s.anchor()));
        Block.Paragraph heading = Block.Paragraph.of(title).indent(base).leading(1.1f).hyphenate(false).spaceBefore(theme.spacing().sectionBefore())
                .keepWithNext(true).tag(Tag.HEADING).build();
        Rgb rule = Rgb.parse(theme.colors().rule());
        // A bar in the left column stands at mid letter height, level with the title's lower case.
        float rise = theme.sizes().section() * 0.32f;
        switch (st.rule()) {
            case BELOW -> {
                out.add(heading);
                out.add(new Block.Rule(st.ruleThickness(), rule, 1.5f, theme.spacing().sectionAfter(), true));
            }
            case AFTER -> {
                // On the baseline, as Awesome-CV draws it: the rule's lower edge level with the letters' feet.
                float onBaseline = st.ruleThickness() / 2;
                out.add(heading.withBars(List.of(new Block.Bar(theme.sizes().section() * 0.4f, 0, true, onBaseline, st.ruleThickness(),
                        rule))));
                out.add(new Block.Space(theme.spacing().sectionAfter()));
            }
            case LEFT -> {
                // A bar in the left column, level with the title; with no column, a short one before it.
                float end = base > 0 ? theme.layout().column() : theme.sizes().section() * 1.5f;
                Block.Paragraph p = base > 0 ? heading : heading.toBuilder().indent(end + theme.sizes().section() * 0.4f).build();
                out.add(p.withBars(List.of(new Block.Bar(0, end, false, rise, st.ruleThickness(), rule))));
                out.add(new Block.Space(theme.spacing().sectionAfter()));
            }
            case NONE -> {
                out.add(heading);
                out.add(new Block.Space(theme.spacing().sectionAfter()));
            }
        }
    }

    /**
     * The title with its first {@code n} letters in the accent colour, as Awesome-CV sets its
     * section titles, counted as a reader sees letters (a letter and its accents, an emoji
     * sequence); none in a script whose letters join or form clusters (Arabic, Devanagari,
     * Thai…), where a colour change would cut a word's shapes apart.
     */
    private List<Run> highlight(List<Run> runs, int n) {
        String all = String.join("", runs.stream().map(Run::text).toList());
        int firstLetter = all.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
        if (firstLetter < 0 || !SEPARATE_LETTERS.contains(Character.UnicodeScript.of(firstLetter))) {
            return runs;
        }
        List<Run> out = new ArrayList<>();
        int left = n;
        for (Run r : runs) {
            if (left <= 0 || r.text().isEmpty()) {
                out.add(r);
                continue;
            }
            BreakIterator letters = BreakIterator.getCharacterInstance(Locale.ROOT);
            letters.setText(r.text());
            int cut = 0;
            while (left > 0) {
                int next = letters.next();
                if (next == BreakIterator.DONE) {
                    break;
                }
                cut = next;
                left--;
            }
            out.add(new Run(r.text().substring(0, cut), r.style().withColor(looks.accent()), r.link(), r.noBreak(), r.icon(), r.pos()));
            if (cut < r.text().length()) {
                out.add(new Run(r.text().substring(cut), r.style(), r.link(), r.noBreak(), r.icon(), r.pos()));
            }
        }
        return out;
    }
}
