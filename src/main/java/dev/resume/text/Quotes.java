package dev.resume.text;

/**
 * The quotation marks straight quotes become, in one language: “…” and ‘…’ in English, „…“
 * and ‚…‘ in German, «&#x202F;…&#x202F;» in French (the narrow no-break space is part of the
 * mark, so that it never breaks from the word it guards). An apostrophe inside a word is ’ in
 * every language.
 */
public record Quotes(String open, String close, String innerOpen, String innerClose) {
    public static final Quotes ENGLISH = new Quotes("“", "”", "‘", "’");
}
