package dev.resume;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A one-page résumé of an invented person with a photo: a 60 × 80 picture of two colours, as a
 * JPEG or as a PNG with an alpha channel (its soft mask is transparency, which PDF/A-2 allows).
 * The PDF's standards and the Word document's picture are checked on the same files.
 */
public final class PhotoFixture {
    private PhotoFixture() {}

    /** Writes the photo {@code me.jpg} or {@code me.png} ({@code format} "jpg" or "png") into {@code dir}. */
    public static Path photo(Path dir, String format) throws IOException {
        BufferedImage img = new BufferedImage(60, 80, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 60; x++) {
                img.setRGB(x, y, (x < 30 ? 0xFFC04020 : 0x802060C0) | (y << 8));
            }
        }
        Path photo = dir.resolve("me." + format);
        ImageIO.write(img, format.equals("jpg") ? "jpeg" : "png", photo.toFile());
        return photo;
    }

    /** Writes the photo and {@code photo-<format>.yml}, Ada Quillfeather's résumé naming it, into {@code dir}. */
    public static Path resume(Path dir, String format) throws IOException {
        photo(dir, format);
        Path cv = dir.resolve("photo-" + format + ".yml");
        Files.writeString(cv, "name: Ada Quillfeather\nheadline: Research engineer\nphoto: me." + format + "\n"
                + "contact:\n  - email: ada@example.org\n  - github: adaquill\n"
                + "sections:\n  - title: Experience\n    bullets:\n      - Built a storage engine.\n");
        return cv;
    }
}
