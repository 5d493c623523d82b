package dev.resume.verify;

/**
 * A piece of text as a reader meets it on a page: its characters in the order their glyphs are
 * drawn (for right-to-left text, from its last letter), on the baseline at {@code y}, from
 * {@code x} to {@code end}, at a font size of {@code size}; in points, in the page's own space
 * (only differences matter: which chunks share a line, how far apart they are).
 */
record Chunk(float x, float y, float end, float size, String text) {}
