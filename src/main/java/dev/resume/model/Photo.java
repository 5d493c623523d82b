package dev.resume.model;

import dev.resume.diag.SourcePos;
import java.nio.file.Path;

/**
 * The photo in the header: an image file read and checked by the loader, its bytes kept as they
 * are (a JPEG is embedded unchanged, so nothing is lost to re-encoding), with what the placement
 * needs to know without decoding it.
 *
 * @param file the file, resolved from the file that names it
 * @param format the kind of file, from its signature (not its name)
 * @param width the stored image's width in pixels (before the EXIF orientation is applied)
 * @param height the stored image's height in pixels
 * @param orientation the EXIF orientation, 1 (upright) to 8; always 1 for a PNG
 * @param digest a hex SHA-256 of the bytes: names the image in digests and file ids, and tells two
 *     images apart without comparing their bytes
 * @param shape the crop shape the résumé asks for over the theme's ({@code rectangle}, {@code
 *     rounded}, {@code circle}), or null
 * @param pos where the résumé names the file: errors and the placement's warnings point there
 */
public record Photo(Path file, Format format, byte[] bytes, int width, int height, int orientation, String digest,
        String shape, SourcePos pos) {

    /** The image formats a photo may be in: those PDF embeds without decoding to pixels of our own. */
    public enum Format { JPEG, PNG }

    public Photo {
        bytes = bytes.clone();
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("EXIF orientation " + orientation);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the orientation turns the picture by a quarter (5 to 8): its upright width is its stored height. */
    public boolean quarterTurn() {
        return orientation >= 5;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && p.file.equals(file) && p.digest.equals(digest) && p.orientation == orientation
                && java.util.Objects.equals(p.shape, shape) && p.pos.equals(pos);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    /** No bytes: a toString that is the same on every run (the PDF's file id is a digest of what is drawn). */
    @Override
    public String toString() {
        return "Photo[" + file.getFileName() + ", " + format + ", " + width + "x" + height + ", orientation " + orientation
                + ", sha256 " + digest + (shape == null ? "" : ", " + shape) + "]";
    }
}
