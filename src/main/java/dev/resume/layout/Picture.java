package dev.resume.layout;

/**
 * A picture to place (the header's photo): its file's bytes, as the PDF embeds them, and what
 * the placement needs without decoding it. The layout only reserves its box; the export stage
 * draws it.
 *
 * @param jpeg a JPEG (embedded as it is), else a PNG
 * @param width the stored image's width in pixels, before {@code orientation} turns it
 * @param height the stored image's height in pixels
 * @param orientation the EXIF orientation, 1 (upright) to 8
 * @param digest a hex SHA-256 of the bytes: the same picture is embedded once, and the PDF's file
 *     id (a digest of the pages' items) depends on it rather than on an array's identity
 * @param alt what the picture shows, in words, for those who cannot see it (a tagged PDF's
 *     alternate description); null: it is decoration
 */
public record Picture(byte[] bytes, boolean jpeg, int width, int height, int orientation, String digest, String alt) {

    public Picture {
        bytes = bytes.clone();
    }

    /** A picture with no text standing for it: drawn as decoration, not content. */
    public Picture(byte[] bytes, boolean jpeg, int width, int height, int orientation, String digest) {
        this(bytes, jpeg, width, height, orientation, digest, null);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The upright picture's width over its height: a quarter turn (orientations 5 to 8) swaps them. */
    public float aspect() {
        return orientation >= 5 ? (float) height / width : (float) width / height;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && p.digest.equals(digest) && p.orientation == orientation && java.util.Objects.equals(p.alt, alt);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "Picture[" + (jpeg ? "jpeg" : "png") + " " + width + "x" + height + " o" + orientation + " " + digest + (alt == null ? "" : " alt=" + alt) + "]";
    }

    /** How a picture is cut. */
    public enum Clip { RECTANGLE, ROUNDED, CIRCLE }

    /**
     * The box a picture fills ({@code width} × {@code height}, the picture centred and cut to it,
     * its aspect kept), its clip ({@code radius}: a rounded box's corners), and a frame {@code
     * border} wide in {@code borderColor} (0: none).
     */
    public record Frame(float width, float height, Clip clip, float radius, float border, Rgb borderColor) {}
}
