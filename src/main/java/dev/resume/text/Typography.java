package dev.resume.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typographer's corrections of typed text, as a typesetter makes them: dashes in ranges,
 * curly quotes and apostrophes, the ellipsis, and non-breaking spaces where a line break would
 * part words that belong together. Never inside code, a link whose text is its address, or a
 * word that is a URL or an e-mail address: there every character is meant as typed.
 *
 * <p>Only characters change, never words: the text layer still reads the same words (a reader
 * folds “ ” ’ – back to " ' - if it wants).
 */
public final class Typography {

    /**
     * Which corrections a theme asks for.
     *
     * @param dashes {@code --} and {@code ---} to – and —, a hyphen between years or page numbers
     *     to an en dash (2019–2023, 2023–present, pp. 12–15), a spaced hyphen to a spaced en dash
     * @param quotes straight quotes to curly ones, and apostrophes
     * @param ellipsis three dots to …
     * @param nonBreakingSpaces no line break in "Prof. Stoica", "Fig. 3", "et al."
     * @param thinSpaces a thin space on each side of an em dash ("systems — and models")
     * @param marks the quotation marks the straight quotes become: the language's
     */
    public record Options(boolean dashes, boolean quotes, boolean ellipsis, boolean nonBreakingSpaces, boolean thinSpaces,
            Quotes marks) {
        public static final Options ALL = new Options(true, true, true, true, false);
        public static final Options NONE = new Options(false, false, false, false, false);

        public Options {
            marks = marks == null ? Quotes.ENGLISH : marks;
        }

        /** English quotation marks. */
        public Options(boolean dashes, boolean quotes, boolean ellipsis, boolean nonBreakingSpaces, boolean thinSpaces) {
            this(dashes, quotes, ellipsis, nonBreakingSpaces, thinSpaces, Quotes.ENGLISH);
        }

        /** The same corrections with another language's quotation marks. */
        public Options withMarks(Quotes q) {
            return new Options(dashes, quotes, ellipsis, nonBreakingSpaces, thinSpaces, q);
        }

        boolean any() {
            return dashes || quotes || ellipsis || nonBreakingSpaces || thinSpaces;
        }
    }

    public static final char NBSP = '\u00A0';
    public static final char THIN_SPACE = '\u2009';

    private static final String YEAR = "(?:1[89]|20)\\d\\d";
    /** 2019-2023, 2023-present: a range of years (never 2023-05, an ISO month). */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\w.\\-/])(" + YEAR + ")-(" + YEAR + "|present|Present|now|Now|today|Today)(?![\\w\\-/])");
    /** pp. 12-15, p. 3-4, pages 120-131. */
    private static final Pattern PAGE_RANGE = Pattern.compile("(\\b(?:pp?\\.|pages?)[ \\u00A0]?\\d+)-(\\d+)(?![\\w\\-])");
    /** A hyphen with a space on each side, used as a dash. */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\S) - (?=\\S)");
    /** Abbreviations that belong with what follows: a title before a name, a label before a number. */
    private static final Pattern TIE_AFTER = Pattern.compile(
            "\\b(Prof|Dr|Mr|Mrs|Ms|Mx|St|Fig|Figs|Eq|Eqs|Sec|Secs|Ch|Chap|No|Nos|Vol|vol|pp|p|Ref|Refs|Tab|Thm|Def|Alg)\\. (?=[\\p{Lu}\\d])");
    private static final Pattern TIE_BEFORE_NUMBER = Pattern.compile(
            "\\b(Figure|Table|Section|Chapter|Equation|Theorem|Lemma|Algorithm|Appendix|Part|Volume|Step|Phase) (?=\\d)");
    private static final Pattern ET_AL = Pattern.compile("\\bet al\\.");
    private static final Pattern EM_DASH = Pattern.compile(" ?— ?");
    /** Unicode's private use area, which typed text does not use, stands in for verbatim words. */
    private static final char PLACEHOLDER = '\uF000';
    private static final int PLACEHOLDERS = 0x800;

    private Typography() {}

    /** The spans with the corrections made; a span's look is kept, only its text changes. */
    public static List<Span> apply(List<Span> spans, Options options) {
        if (!options.any()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size());
        char before = ' ';
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.isBreak() || s.text().isEmpty()) {
                out.add(s);
                before = ' ';
                continue;
            }
            if (s.code() || isAddress(s)) {
                out.add(s);
                before = 'a';
                continue;
            }
            char after = i + 1 < spans.size() && !spans.get(i + 1).text().isEmpty() ? spans.get(i + 1).text().charAt(0) : ' ';
            String text = apply(s.text(), before, after, options);
            out.add(text.equals(s.text()) ? s : s.withText(text));
            before = text.charAt(text.length() - 1);
        }
        return out;
    }

    /** A plain text on its own (a name, a label). */
    public static String apply(String text, Options options) {
        return options.any() && !text.isEmpty() ? apply(text, ' ', ' ', options) : text;
    }

    /** A link whose text is its address: shown as it is typed. */
    private static boolean isAddress(Span s) {
        if (s.link() == null) {
            return false;
        }
        String t = s.text();
        return t.equals(s.link()) || t.contains("://") || t.contains("@") || t.startsWith("www.") || s.link().endsWith(t);
    }

    /**
     * One span's text, word by word: a word that is an address or a path keeps every character.
     * {@code before} and {@code after} are the characters around the span (a space at the ends).
     */
    private static String apply(String text, char before, char after, Options o) {
        // Words typed for a machine stand aside, each as one private-use character, while the
        // rest is corrected; then they come back as they were. (A text that itself has such
        // characters, icons say, is left as typed.)
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= PLACEHOLDER && text.charAt(k) < PLACEHOLDER + PLACEHOLDERS) {
                return text;
            }
        }
        List<String> verbatim = new ArrayList<>();
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            if (isVerbatim(word) && verbatim.size() < PLACEHOLDERS) {
                sb.append((char) (PLACEHOLDER + verbatim.size()));
                verbatim.add(word);
            } else {
                sb.append(word);
            }
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                sb.append(text.charAt(end));
                end++;
            }
            i = end;
        }
        String s = sb.toString();
        if (o.dashes()) {
            s = s.replace("---", "—").replace("--", "–");
            s = YEAR_RANGE.matcher(s).replaceAll("$1–$2");
            s = PAGE_RANGE.matcher(s).replaceAll("$1–$2");
            s = SPACED_HYPHEN.matcher(s).replaceAll(" – ");
        }
        if (o.ellipsis()) {
            s = s.replaceAll("(?<!\\.)\\.\\.\\.(?!\\.)", "…");
        }
        if (o.quotes()) {
            s = quotes(s, before, after, o.marks());
        }
        if (o.nonBreakingSpaces()) {
            s = TIE_AFTER.matcher(s).replaceAll("$1." + NBSP);
            s = TIE_BEFORE_NUMBER.matcher(s).replaceAll("$1" + NBSP);
            s = ET_AL.matcher(s).replaceAll("et" + NBSP + "al.");
        }
        if (o.thinSpaces()) {
            s = EM_DASH.matcher(s).replaceAll(Matcher.quoteReplacement(THIN_SPACE + "—" + THIN_SPACE));
        }
        if (verbatim.isEmpty()) {
            return s;
        }
        StringBuilder back = new StringBuilder(s.length() + 32);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            int n = c - PLACEHOLDER;
            back.append(n >= 0 && n < verbatim.size() ? verbatim.get(n) : String.valueOf(c));
        }
        return back.toString();
    }

    /** A word typed for a machine: a URL, an address, a path, a handle. */
    private static boolean isVerbatim(String word) {
        return word.contains("://") || word.contains("@") || word.startsWith("www.") || word.contains("/")
                || word.contains("\\") || word.contains("`");
    }

    /**
     * Straight quotes made into the language's marks by what stands before them: after a space,
     * an opening bracket or a dash a quote opens; elsewhere it closes. An apostrophe in a word
     * ("it's", "students'", "'90s") is ’ in every language.
     */
    private static String quotes(String s, char before, char after, Quotes q) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : before;
            char next = i + 1 < s.length() ? s.charAt(i + 1) : after;
            if (c == '"') {
                sb.append(opens(prev, q) ? q.open() : q.close());
            } else if (c == '\'') {
                if (Character.isLetterOrDigit(prev) || prev == '.' || prev == ',' || (opens(prev, q) && Character.isDigit(next)
                        && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2)))) {
                    sb.append('’');
                } else {
                    sb.append(opens(prev, q) ? q.innerOpen() : q.innerClose());
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean opens(char prev, Quotes q) {
        return opens(prev) || q.open().indexOf(prev) >= 0 || q.innerOpen().indexOf(prev) >= 0;
    }

    private static boolean opens(char prev) {
        return Character.isWhitespace(prev) || prev == NBSP || "([{<–—-/“‘".indexOf(prev) >= 0;
    }
}
