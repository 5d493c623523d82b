package dev.resume.input.bib;

import dev.resume.diag.Diagnostics;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the LaTeX of a BibTeX value into the text a reader sees: accents ({@code M{\"u}ller},
 * {@code \c{c}}, {@code {\'e}}) and letters ({@code \ss}, {@code \o}) into Unicode, {@code --}
 * and {@code ---} into dashes, {@code ~} into a no-break space, escaped characters
 * ({@code \&}, {@code \%}, {@code \_}) into themselves, case-protecting braces dropped, and
 * math kept readable ({@code $\alpha$} is α, {@code D$^2$} is D², {@code 7.5$\times$} is
 * 7.5×). {@code \emph}, {@code \textit} and {@code \textbf} become italics and bold in
 * {@link Mode#MARKDOWN}, where every other character that Markdown would read as markup is
 * escaped; {@link Mode#PLAIN} (names, keywords) keeps the letters only.
 *
 * <p>A command it does not know is kept as written, with its arguments' text, and reported as a
 * warning at its place in the .bib file: nothing the user wrote is lost without a word.
 */
public final class Latex {
    public enum Mode { MARKDOWN, PLAIN }

    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('"', '\u0308'), Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'),
            Map.entry('v', '\u030C'), Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'),
            Map.entry('r', '\u030A'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'), Map.entry('t', '\u0361'));

    private static final Map<String, String> SYMBOLS = new HashMap<>();

    static {
        String[] pairs = {
            // letters
            "ss", "ß", "SS", "SS", "o", "ø", "O", "Ø", "ae", "æ", "AE", "Æ", "oe", "œ", "OE", "Œ", "aa", "å", "AA", "Å",
            "l", "ł", "L", "Ł", "i", "ı", "j", "ȷ", "dh", "ð", "DH", "Ð", "th", "þ", "TH", "Þ", "ng", "ŋ", "NG", "Ŋ",
            "dj", "đ", "DJ", "Đ",
            // text symbols
            "S", "§", "P", "¶", "dag", "†", "ddag", "‡", "dagger", "†", "ddagger", "‡", "copyright", "©",
            "textcopyright", "©", "textregistered", "®", "texttrademark", "™", "pounds", "£", "textsterling", "£",
            "euro", "€", "texteuro", "€", "textdegree", "°", "textbullet", "•", "textperiodcentered", "·",
            "textellipsis", "…", "ldots", "…", "dots", "…", "cdots", "⋯", "textendash", "–", "textemdash", "—",
            "textquoteleft", "‘", "textquoteright", "’", "textquotedblleft", "“", "textquotedblright", "”",
            "textquotedbl", "\"", "guillemotleft", "«", "guillemotright", "»", "guillemetleft", "«", "guillemetright", "»",
            "textless", "<", "textgreater", ">", "textbar", "|", "textbackslash", "\\", "textasciitilde", "~",
            "textasciicircum", "^", "textunderscore", "_", "textbraceleft", "{", "textbraceright", "}",
            "textdollar", "$", "textampersand", "&", "textsection", "§", "textparagraph", "¶", "textexclamdown", "¡",
            "textquestiondown", "¿", "textmu", "µ", "textonehalf", "½", "textpm", "±", "texttimes", "×",
            "LaTeX", "LaTeX", "TeX", "TeX", "BibTeX", "BibTeX", "LaTeXe", "LaTeX2ε",
            "quad", " ", "qquad", " ", "enspace", " ", "thinspace", "\u202F", "space", " ", "nobreakspace", "\u00A0",
            "slash", "/", "relax", "", "protect", "", "left", "", "right", "", "big", "", "Big", "", "bigl", "", "bigr", "",
            "displaystyle", "", "textstyle", "", "nolinebreak", "", "allowbreak", "", "hfill", " ", "newline", " ",
            // Greek
            "alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "varepsilon", "ε", "zeta", "ζ",
            "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "lambda", "λ", "mu", "μ", "nu", "ν",
            "xi", "ξ", "pi", "π", "varpi", "ϖ", "rho", "ρ", "varrho", "ϱ", "sigma", "σ", "varsigma", "ς", "tau", "τ",
            "upsilon", "υ", "phi", "ϕ", "varphi", "φ", "chi", "χ", "psi", "ψ", "omega", "ω", "Gamma", "Γ", "Delta", "Δ",
            "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ", "Pi", "Π", "Sigma", "Σ", "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ",
            "Omega", "Ω",
            // math
            "times", "×", "div", "÷", "pm", "±", "mp", "∓", "cdot", "·", "ast", "∗", "star", "⋆", "circ", "∘",
            "bullet", "•", "leq", "≤", "le", "≤", "geq", "≥", "ge", "≥", "neq", "≠", "ne", "≠", "approx", "≈", "sim", "∼",
            "simeq", "≃", "cong", "≅", "equiv", "≡", "propto", "∝", "ll", "≪", "gg", "≫", "infty", "∞", "partial", "∂",
            "nabla", "∇", "forall", "∀", "exists", "∃", "in", "∈", "notin", "∉", "ni", "∋", "subset", "⊂", "subseteq", "⊆",
            "supset", "⊃", "supseteq", "⊇", "cup", "∪", "cap", "∩", "emptyset", "∅", "varnothing", "∅", "setminus", "∖",
            "wedge", "∧", "land", "∧", "vee", "∨", "lor", "∨", "neg", "¬", "lnot", "¬", "to", "→", "rightarrow", "→",
            "leftarrow", "←", "gets", "←", "leftrightarrow", "↔", "Rightarrow", "⇒", "Leftarrow", "⇐",
            "Leftrightarrow", "⇔", "mapsto", "↦", "uparrow", "↑", "downarrow", "↓", "sum", "∑", "prod", "∏", "int", "∫",
            "ell", "ℓ", "hbar", "ℏ", "aleph", "ℵ", "prime", "′", "degree", "°", "angle", "∠", "perp", "⊥",
            "parallel", "∥", "mid", "∣", "vert", "|", "lvert", "|", "rvert", "|", "langle", "⟨", "rangle", "⟩",
            "lceil", "⌈", "rceil", "⌉", "lfloor", "⌊", "rfloor", "⌋", "checkmark", "✓", "colon", ":", "lbrace", "{",
            "rbrace", "}", "log", "log", "ln", "ln", "exp", "exp", "sin", "sin", "cos", "cos", "tan", "tan", "max", "max",
            "min", "min", "arg", "arg", "det", "det", "lim", "lim", "sup", "sup", "inf", "inf", "Pr", "Pr", "gcd", "gcd",
            "lg", "lg", "cot", "cot", "sec", "sec", "csc", "csc", "sinh", "sinh", "cosh", "cosh", "tanh", "tanh", "dim", "dim",
            "ker", "ker", "deg", "deg", "hom", "hom", "liminf", "lim inf", "limsup", "lim sup",
        };
        for (int k = 0; k < pairs.length; k += 2) {
            SYMBOLS.put(pairs[k], pairs[k + 1]);
        }
    }

    /** Commands whose one argument is text in a style (or in none we show). */
    private static final Map<String, String> STYLED = new HashMap<>();

    static {
        for (String c : new String[] {"emph", "textit", "textsl", "mathit", "textup"}) {
            STYLED.put(c, c.equals("textup") ? "" : "i");
        }
        for (String c : new String[] {"textbf", "mathbf", "boldsymbol", "bm"}) {
            STYLED.put(c, "b");
        }
        for (String c : new String[] {"textsc", "textrm", "textsf", "texttt", "textnormal", "textmd", "mbox", "hbox", "text",
                "mathrm", "mathsf", "mathtt", "mathcal", "mathscr", "mathfrak", "operatorname", "ensuremath", "NoCaseChange",
                "nocase", "textlf", "fbox", "underline", "uline"}) {
            STYLED.put(c, "");
        }
    }

    /** Declarations that set a style for the rest of their group: {@code {\em …}}. */
    private static final Map<String, String> DECLARATIONS = Map.ofEntries(
            Map.entry("em", "i"), Map.entry("it", "i"), Map.entry("itshape", "i"), Map.entry("sl", "i"),
            Map.entry("slshape", "i"), Map.entry("bf", "b"), Map.entry("bfseries", "b"), Map.entry("sc", ""),
            Map.entry("scshape", ""), Map.entry("rm", ""), Map.entry("sf", ""), Map.entry("tt", ""),
            Map.entry("normalfont", ""), Map.entry("upshape", ""), Map.entry("mdseries", ""), Map.entry("small", ""),
            Map.entry("footnotesize", ""), Map.entry("large", ""), Map.entry("Large", ""), Map.entry("normalsize", ""));

    private static final String SUPERSCRIPTS = "0123456789+-=()ni";
    private static final String SUPERSCRIPT_GLYPHS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUBSCRIPTS = "0123456789+-=()";
    private static final String SUBSCRIPT_GLYPHS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
    /** Marks of authors ({@code $^*$}, {@code \textsuperscript{\dag}}): kept as they are. */
    private static final String MARKS = "*†‡§¶#";
    /** What Markdown would read as markup; escaped in {@link Mode#MARKDOWN}. */
    private static final String MARKDOWN_SPECIAL = "\\*_`[]<&";

    private final BibText value;
    private final String s;
    private final Mode mode;
    private final BibSource src;
    private final Diagnostics diagnostics;
    private int i;
    private boolean math;

    private Latex(BibText value, Mode mode, BibSource src, Diagnostics diagnostics) {
        this.value = value;
        this.s = value.text();
        this.mode = mode;
        this.src = src;
        this.diagnostics = diagnostics;
    }

    /**
     * The value as a reader sees it, spaces collapsed and stripped. Unknown commands are
     * reported to {@code diagnostics} as warnings at their place in {@code src}.
     */
    public static String convert(BibText value, Mode mode, BibSource src, Diagnostics diagnostics) {
        Latex l = new Latex(value, mode, src, diagnostics);
        String out = l.sequence(false);
        return out.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    /** Text up to the end of the value, or up to the '}' that ends the current group (consumed when {@code inGroup}). */
    private String sequence(boolean inGroup) {
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                if (inGroup) {
                    return b.toString();
                }
                continue;
            }
            step(b);
        }
        return b.toString();
    }

    /** Like {@link #sequence} in a group, but leaves its closing '}' for the caller: the scope of a declaration. */
    private String restOfGroup() {
        StringBuilder b = new StringBuilder();
        while (i < s.length() && s.charAt(i) != '}') {
            step(b);
        }
        return b.toString();
    }

    /** Reads one item at {@code i} (not a '}') and appends its text. */
    private void step(StringBuilder b) {
        char c = s.charAt(i);
        switch (c) {
            case '{' -> {
                i++;
                b.append(sequence(true));
            }
            case '\\' -> b.append(command(b));
            case '$' -> {
                i += i + 1 < s.length() && s.charAt(i + 1) == '$' ? 2 : 1;
                math = !math;
            }
            case '~' -> {
                i++;
                b.append('\u00A0');
            }
            case '-' -> {
                int n = 0;
                while (i < s.length() && s.charAt(i) == '-' && n < 3) {
                    i++;
                    n++;
                }
                b.append(n == 3 ? "—" : n == 2 ? "–" : "-");
            }
            case '`' -> {
                boolean dbl = i + 1 < s.length() && s.charAt(i + 1) == '`';
                i += dbl ? 2 : 1;
                b.append(dbl ? "“" : "‘");
            }
            case '\'' -> {
                boolean dbl = i + 1 < s.length() && s.charAt(i + 1) == '\'';
                i += dbl ? 2 : 1;
                b.append(dbl ? "”" : "'");
            }
            case '^', '_' -> {
                if (math) {
                    i++;
                    b.append(script(argument(), c == '^'));
                } else {
                    i++;
                    b.append(literal(c));
                }
            }
            default -> {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                b.append(cp < 128 ? literal((char) cp) : new String(Character.toChars(cp)));
            }
        }
    }

    private String literal(char c) {
        return mode == Mode.MARKDOWN && MARKDOWN_SPECIAL.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    /** The argument of a command: a group, a command, or one character. Spaces before it are skipped. */
    private String argument() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length()) {
            return "";
        }
        char c = s.charAt(i);
        if (c == '{') {
            i++;
            return sequence(true);
        }
        if (c == '}') {
            return "";
        }
        if (c == '\\') {
            return command("");
        }
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        return cp < 128 ? literal((char) cp) : new String(Character.toChars(cp));
    }

    /** The raw text of a group argument, without any conversion (a URL). */
    private String rawArgument() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '{') {
            return argument();
        }
        int depth = 0;
        int from = i + 1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                i++;
                return s.substring(from, i - 1);
            }
        }
        return s.substring(from);
    }

    /** A command, {@code i} at its backslash; {@code before} is the text so far, for the spacing of math. */
    private String command(CharSequence before) {
        int at = i;
        i++;
        if (i >= s.length()) {
            return literal('\\');
        }
        char c = s.charAt(i);
        if (!Character.isLetter(c)) {
            i++;
            if (ACCENTS.containsKey(c)) {
                return accent(c);
            }
            return switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> literal(c);
                case ' ', '\n', '\r', '\t', '\\' -> " ";
                case ',' -> "\u202F";
                case ';', ':', '>' -> " ";
                case '-', '/', '@', '!' -> "";
                case '(', '[' -> {
                    math = true;
                    yield "";
                }
                case ')', ']' -> {
                    math = false;
                    yield "";
                }
                default -> literal(c);
            };
        }
        int from = i;
        while (i < s.length() && Character.isLetter(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        String name = s.substring(from, i);
        // TeX skips the spaces after a command word.
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        if (name.length() == 1 && ACCENTS.containsKey(name.charAt(0))) {
            return accent(name.charAt(0));
        }
        if (STYLED.containsKey(name)) {
            return styled(argument(), STYLED.get(name));
        }
        if (DECLARATIONS.containsKey(name)) {
            return styled(restOfGroup(), DECLARATIONS.get(name));
        }
        if (SYMBOLS.containsKey(name)) {
            return math ? mathSymbol(name, before) : SYMBOLS.get(name);
        }
        switch (name) {
            case "url", "path", "doi" -> {
                return rawArgument();
            }
            case "href" -> {
                String url = rawArgument();
                String text = argument();
                return mode == Mode.MARKDOWN && url.matches("(?i)https?://\\S+") ? "[" + text + "](" + url + ")" : text;
            }
            case "unicode" -> {
                return unicode(rawArgument().strip(), at);
            }
            case "textsuperscript" -> {
                return script(argument(), true);
            }
            case "textsubscript" -> {
                return script(argument(), false);
            }
            case "sqrt" -> {
                return "√" + argument();
            }
            case "frac", "tfrac", "dfrac" -> {
                String num = argument();
                return num + "/" + argument();
            }
            case "mathbb" -> {
                return doubleStruck(argument());
            }
            case "MakeUppercase", "uppercase" -> {
                return argument().toUpperCase(Locale.ROOT);
            }
            case "MakeLowercase", "lowercase" -> {
                return argument().toLowerCase(Locale.ROOT);
            }
            case "noopsort" -> {
                // The classic BibTeX trick to sort by a hidden key: its argument is never printed.
                argument();
                return "";
            }
            default -> {
                return unknown(name, at);
            }
        }
    }

    /**
     * A symbol in math, spaced as TeX spaces its class: an operator ({@code \log}, {@code \max})
     * is set apart from a letter or number before and after it, so {@code O(n \log n)} is
     * "O(n log n)" and {@code \log(n)} "log(n)"; a binary operation or relation between two
     * operands has a space on each side ({@code n\times m} is "n × m", {@code 7.5$\times$} stays
     * "7.5×"); any other symbol ({@code \alpha}) takes none, as in text.
     */
    private String mathSymbol(String name, CharSequence before) {
        String symbol = SYMBOLS.get(name);
        char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        char next = i < s.length() ? s.charAt(i) : '$';
        boolean operandBefore = Character.isLetterOrDigit(last) || ")]|}".indexOf(last) >= 0 || last > 127 && last != '\u00A0';
        if (OPERATORS.contains(name)) {
            boolean operandAfter = Character.isLetterOrDigit(next) || next == '\\' || next == '{';
            return (operandBefore ? " " : "") + symbol + (operandAfter ? " " : "");
        }
        if (BINARY_OR_RELATION.contains(name) && next != '$' && next != '}' && ")]".indexOf(next) < 0
                && (operandBefore || last == ' ' && before.length() > 1)) {
            return (last == ' ' ? "" : " ") + symbol + " ";
        }
        return symbol;
    }

    /** Math operators: named functions that TeX sets upright and apart from their argument. */
    private static final Set<String> OPERATORS = Set.of("log", "ln", "lg", "exp", "sin", "cos", "tan", "cot", "sec", "csc",
            "sinh", "cosh", "tanh", "max", "min", "arg", "det", "dim", "ker", "deg", "hom", "lim", "liminf", "limsup", "sup",
            "inf", "Pr", "gcd");

    /** Binary operations and relations: TeX puts space around them when they stand between two operands. */
    private static final Set<String> BINARY_OR_RELATION = Set.of("times", "div", "pm", "mp", "cdot", "ast", "star", "circ",
            "bullet", "leq", "le", "geq", "ge", "neq", "ne", "approx", "sim", "simeq", "cong", "equiv", "propto", "ll", "gg",
            "in", "notin", "ni", "subset", "subseteq", "supset", "supseteq", "cup", "cap", "setminus", "wedge", "land", "vee",
            "lor", "to", "rightarrow", "leftarrow", "gets", "leftrightarrow", "Rightarrow", "Leftarrow", "Leftrightarrow",
            "mapsto", "mid", "perp", "parallel");

    private String accent(char kind) {
        String arg = argument();
        String plain = arg.startsWith("\\") && arg.length() > 1 ? arg.substring(1) : arg;
        if (plain.isEmpty()) {
            return String.valueOf(kind);
        }
        int first = plain.codePointAt(0);
        int base = first == 'ı' ? 'i' : first == 'ȷ' ? 'j' : first;
        String rest = plain.substring(Character.charCount(first));
        String composed = Normalizer.normalize(new String(Character.toChars(base)) + ACCENTS.get(kind), Normalizer.Form.NFC);
        return composed + rest;
    }

    private String styled(String text, String style) {
        if (mode == Mode.PLAIN || style.isEmpty() || text.isBlank()) {
            return text;
        }
        return "<" + style + ">" + text + "</" + style + ">";
    }

    private static String script(String text, boolean up) {
        String from = up ? SUPERSCRIPTS : SUBSCRIPTS;
        String to = up ? SUPERSCRIPT_GLYPHS : SUBSCRIPT_GLYPHS;
        if (text.isEmpty()) {
            return "";
        }
        if (text.chars().allMatch(ch -> MARKS.indexOf(ch) >= 0 || "\\".indexOf(ch) >= 0 || ch == '†' || ch == '‡')) {
            return text.replace("\\", "");
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            int at = from.indexOf(text.charAt(k));
            if (at < 0) {
                // Ordinals (1\textsuperscript{st}) read well as they are; anything else keeps its caret.
                return text.chars().allMatch(Character::isLetter) ? text : (up ? "^" : "\\_") + text;
            }
            b.append(to.charAt(at));
        }
        return b.toString();
    }

    private static String doubleStruck(String text) {
        Map<Character, String> ds = Map.of('R', "ℝ", 'N', "ℕ", 'Z', "ℤ", 'Q', "ℚ", 'C', "ℂ", 'P', "ℙ", 'E', "𝔼");
        return text.length() == 1 && ds.containsKey(text.charAt(0)) ? ds.get(text.charAt(0)) : text;
    }

    private String unicode(String code, int at) {
        try {
            int cp = code.startsWith("x") || code.startsWith("X") ? Integer.parseInt(code.substring(1), 16)
                    : code.startsWith("\"") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            if (Character.isValidCodePoint(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.SURROGATE) {
                String t = new String(Character.toChars(cp));
                return cp < 128 ? literal((char) cp) : t;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warn(at, "\\unicode{" + code + "} names no character", "write the character itself, or \\unicode{x2014} for U+2014");
        return "";
    }

    /** An unknown command: its name as written, then the text of its arguments; reported. */
    private String unknown(String name, int at) {
        StringBuilder b = new StringBuilder();
        boolean args = false;
        while (i < s.length() && s.charAt(i) == '{') {
            i++;
            b.append(sequence(true));
            args = true;
        }
        warn(at, "unknown LaTeX command \\" + name + (args ? "; its argument is printed without it" : " is printed as written"),
                "write the text you mean, or the Unicode character");
        return args ? b.toString() : (mode == Mode.MARKDOWN ? "\\\\" : "\\") + name + " ";
    }

    private void warn(int at, String message, String hint) {
        if (src != null && diagnostics != null) {
            diagnostics.warning(src.pos(value.offset(at)), message, hint);
        }
    }
}
