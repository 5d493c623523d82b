package dev.resume.layout;

/**
 * A piece of text placed on a line: {@code x} from the left edge of the text area, on the line's
 * baseline, {@code width} wide (a space is as wide as its gap). {@code actual} is the text as
 * written when the drawn text differs (small capitals), else null. An {@code icon} piece is one
 * glyph drawn as a shape. {@code hyphenated}: the text ends with a hyphen that the line break
 * added (the word goes on at the start of the next line).
 */
public record Placed(float x, float width, String text, String actual, Face face, float size, Rgb color, boolean underline,
        String link, boolean icon, boolean hyphenated) {}
