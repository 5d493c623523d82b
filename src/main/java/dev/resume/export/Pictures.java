package dev.resume.export;

import dev.resume.layout.PageItem;
import dev.resume.layout.Picture;
import dev.resume.layout.Rgb;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Draws pictures (the header's photo) for one PDF. Each picture is one OpenPDF {@link Image},
 * and so one image XObject, however often it is drawn: OpenPDF writes an image once per
 * instance. A JPEG goes in as its file's bytes (DCTDecode, its ICC profile from APP2 read by
 * OpenPDF into an ICCBased colour space); a PNG is decoded by OpenPDF into Flate-compressed
 * samples, its iCCP profile kept the same way.
 *
 * <p>The EXIF orientation is applied by the placement matrix, not by turning the pixels: the
 * image's unit square is mapped onto the upright box mirrored and turned as the orientation
 * says. The picture fills its box, centred, its aspect kept (CSS's object-fit: cover), and what
 * sticks out is clipped by the frame's shape.
 */
final class Pictures {
    private final Map<String, Image> embedded = new HashMap<>();

    void draw(PageItem.Image item, float pageHeight, PdfContentByte cb) {
        Picture picture = item.picture();
        Picture.Frame frame = item.frame();
        Image image = embedded.computeIfAbsent(picture.digest(), d -> load(picture));
        float w = frame.width();
        float h = frame.height();
        float x = item.x();
        float y = pageHeight - item.y() - h;
        float aspect = picture.aspect();
        float dw = aspect > w / h ? h * aspect : w;
        float dh = aspect > w / h ? h : w / aspect;
        float x0 = x + (w - dw) / 2;
        float y0 = y + (h - dh) / 2;
        // (u, v) in the stored image's unit square (v up from its last row) to (X, Y) in the
        // upright one: X = a·u + c·v + e, Y = b·u + d·v + f, for each EXIF orientation.
        float[] m = switch (picture.orientation()) {
            case 2 -> new float[] {-1, 0, 0, 1, 1, 0};   // mirrored left to right
            case 3 -> new float[] {-1, 0, 0, -1, 1, 1};  // turned half round
            case 4 -> new float[] {1, 0, 0, -1, 0, 1};   // mirrored top to bottom
            case 5 -> new float[] {0, -1, -1, 0, 1, 1};  // mirrored along the main diagonal
            case 6 -> new float[] {0, -1, 1, 0, 0, 1};   // to be turned a quarter clockwise
            case 7 -> new float[] {0, 1, 1, 0, 0, 0};    // mirrored along the other diagonal
            case 8 -> new float[] {0, 1, -1, 0, 1, 0};   // to be turned a quarter anticlockwise
            default -> new float[] {1, 0, 0, 1, 0, 0};
        };
        cb.saveState();
        shape(cb, frame, x, y, w, h, 0);
        cb.clip();
        cb.newPath();
        try {
            cb.addImage(image, dw * m[0], dh * m[1], dw * m[2], dh * m[3], x0 + dw * m[4], y0 + dh * m[5]);
        } catch (DocumentException e) {
            throw new IllegalStateException("the photo cannot be drawn: " + e.getMessage(), e);
        }
        cb.restoreState();
        if (frame.border() > 0) {
            // The frame's line lies inside the box, so the box is all the photo takes.
            cb.saveState();
            Rgb c = frame.borderColor();
            cb.setRGBColorStroke(c.r(), c.g(), c.b());
            cb.setLineWidth(frame.border());
            shape(cb, frame, x, y, w, h, frame.border() / 2);
            cb.stroke();
            cb.restoreState();
        }
    }

    /** The frame's outline, {@code inset} inside the box whose lower-left corner is ({@code x}, {@code y}). */
    private static void shape(PdfContentByte cb, Picture.Frame frame, float x, float y, float w, float h, float inset) {
        float ix = x + inset;
        float iy = y + inset;
        float iw = w - 2 * inset;
        float ih = h - 2 * inset;
        switch (frame.clip()) {
            case RECTANGLE -> cb.rectangle(ix, iy, iw, ih);
            case ROUNDED -> cb.roundRectangle(ix, iy, iw, ih, Math.max(0, frame.radius() - inset));
            case CIRCLE -> cb.ellipse(ix, iy, ix + iw, iy + ih);
        }
    }

    /** The ICC profile of a PNG's iCCP chunk (the file's chunks were checked on loading), or null. */
    static ICC_Profile pngProfile(byte[] b) {
        int i = 8;
        while (i + 12 <= b.length) {
            int n = (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (type.equals("iCCP")) {
                int data = i + 8;
                int name = data;
                while (name < data + n && b[name] != 0) {
                    name++;
                }
                // The profile's name, a zero, the compression method (0: zlib), the compressed profile.
                int from = name + 2;
                if (from > data + n) {
                    return null;
                }
                try (var in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(b, from, data + n - from))) {
                    return ICC_Profile.getInstance(in.readAllBytes());
                } catch (IOException | IllegalArgumentException e) {
                    return null; // a broken profile: the picture is shown in plain RGB rather than not at all
                }
            }
            if (type.equals("IDAT") || n < 0) {
                return null; // iCCP comes before the image data
            }
            i += 12 + n;
        }
        return null;
    }

    private static Image load(Picture picture) {
        try {
            Image image = Image.getInstance(picture.bytes());
            if (!picture.jpeg() && !image.hasICCProfile()) {
                // OpenPDF reads a PNG's iCCP chunk but does not keep it: it is tagged here.
                ICC_Profile profile = pngProfile(picture.bytes());
                if (profile != null && profile.getNumComponents() == (image.getColorspace() == 1 ? 1 : 3)) {
                    image.tagICC(profile);
                }
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the photo cannot be embedded: " + e.getMessage(), e);
        }
    }
}
