package dev.resume.layout;

/** A colour, 0–255 per channel. */
public record Rgb(int r, int g, int b) {
    public static final Rgb BLACK = new Rgb(0, 0, 0);

    /** Parses "#1f4e79" or "#fff". */
    public static Rgb parse(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        if (!h.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a colour: " + hex);
        }
        int v = Integer.parseInt(h, 16);
        return new Rgb((v >> 16) & 255, (v >> 8) & 255, v & 255);
    }
}
