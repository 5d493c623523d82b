package dev.resume.input;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.model.Photo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Reads a photo file and checks it without decoding its pixels: a JPEG's markers (its size, its
 * colour components, its EXIF orientation, that it is not cut short), a PNG's chunks (its header,
 * every chunk's checksum, its end). What the PDF embeds is the file's bytes, so what is checked
 * here is what a PDF reader will meet. Problems are reported at the {@code photo:} value.
 */
public final class PhotoFile {
    private PhotoFile() {}

    /**
     * The largest file accepted. A photo in a CV is some 50–500 KB; 20 MB is a camera's raw
     * export or a scan at print resolution, which would make a PDF that mail servers and job
     * portals (often capped at 2–10 MB) refuse, for no visible gain at 3 cm wide.
     */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * The most pixels accepted. 50 megapixels is more than any phone or most cameras take; a
     * reader decodes the whole image to draw it 3 cm wide (200 MB of memory at 4 bytes a pixel),
     * which slows or crashes viewers on phones. A JPEG's pixels can be many times its bytes.
     */
    static final long MAX_PIXELS = 50_000_000L;

    /** Above this, a warning: the PDF grows by the file's size, and a photo never needs it. */
    static final long LARGE_BYTES = 4L * 1024 * 1024;

    /** Reads {@code file}; null (reported at {@code pos}) when it is missing, not an image, or too big. */
    public static Photo read(Path file, String shape, SourcePos pos, Diagnostics diagnostics) {
        String shown = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                diagnostics.error(pos, "the photo '" + shown + "' is a directory, not an image file", "name a .jpg or .png file");
                return null;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(pos, "the photo '" + shown + "' is " + megabytes(size) + ": more than the "
                        + megabytes(MAX_BYTES) + " a photo may be", "save it smaller (some 600 pixels wide is plenty at"
                        + " 3 cm; a JPEG of 100–300 KB)");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            diagnostics.error(pos, "the photo '" + shown + "' does not exist", "the path is relative to the file that names it");
            return null;
        } catch (IOException e) {
            diagnostics.error(pos, "the photo '" + shown + "' cannot be read: " + e.getMessage(), null);
            return null;
        }
        Parsed parsed;
        try {
            if (startsWith(bytes, JPEG_SIGNATURE)) {
                parsed = jpeg(bytes);
            } else if (startsWith(bytes, PNG_SIGNATURE)) {
                parsed = png(bytes);
            } else {
                diagnostics.error(pos, "the photo '" + shown + "' is not a JPEG or PNG image", "export it as .jpg or .png");
                return null;
            }
        } catch (Bad e) {
            diagnostics.error(pos, "the photo '" + shown + "' cannot be used: " + e.getMessage(), e.hint);
            return null;
        }
        long pixels = (long) parsed.width * parsed.height;
        if (pixels > MAX_PIXELS) {
            diagnostics.error(pos, "the photo '" + shown + "' has " + parsed.width + " × " + parsed.height + " pixels: more than the "
                    + MAX_PIXELS / 1_000_000 + " megapixels a photo may have", "scale it down (some 600 pixels wide is plenty)");
            return null;
        }
        if (bytes.length > LARGE_BYTES) {
            diagnostics.warning(pos, "the photo '" + shown + "' is " + megabytes(bytes.length) + ", and the PDF grows by as much",
                    "save it smaller: a JPEG of 100–300 KB looks the same at 3 cm");
        }
        return new Photo(file, parsed.format, bytes, parsed.width, parsed.height, parsed.orientation, sha256(bytes), shape, pos);
    }

    private record Parsed(Photo.Format format, int width, int height, int orientation) {}

    /** What is wrong with a file, and what to do. */
    private static final class Bad extends Exception {
        final String hint;

        Bad(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        Bad(String message) {
            this(message, "export it again as .jpg or .png");
        }
    }

    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    // ---- JPEG ----------------------------------------------------------------------------------

    /**
     * Walks the markers up to the scan: the frame header (SOF) gives the size and the number of
     * components, an APP1 "Exif" segment the orientation. Only the frame types that PDF's
     * DCTDecode filter reads are accepted: baseline, extended and progressive Huffman coding.
     */
    private static Parsed jpeg(byte[] b) throws Bad {
        int i = 2;
        int width = -1;
        int height = -1;
        int orientation = 1;
        while (true) {
            if (i + 4 > b.length) {
                throw new Bad("the JPEG ends before its image data (the file is cut short or corrupt)");
            }
            if ((b[i] & 0xFF) != 0xFF) {
                throw new Bad("the JPEG is corrupt (no marker at byte " + i + ")");
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = u16be(b, i + 2);
            if (length < 2 || i + 2 + length > b.length) {
                throw new Bad("the JPEG is cut short or corrupt (a segment runs past the end of the file)");
            }
            int data = i + 4;
            int end = i + 2 + length;
            if (marker == 0xE1 && length >= 8 && b[data] == 'E' && b[data + 1] == 'x' && b[data + 2] == 'i' && b[data + 3] == 'f'
                    && b[data + 4] == 0 && orientation == 1) {
                orientation = exifOrientation(b, data + 6, end);
            } else if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
                if (length < 8) {
                    throw new Bad("the JPEG's frame header is corrupt");
                }
                height = u16be(b, data + 1);
                width = u16be(b, data + 3);
                int components = b[data + 5] & 0xFF;
                if (components != 1 && components != 3 && components != 4) {
                    throw new Bad("the JPEG has " + components + " colour components; a PDF shows 1 (grey), 3 (colour) or 4"
                            + " (CMYK)", "save it as an ordinary colour JPEG");
                }
                if (width == 0 || height == 0) {
                    throw new Bad("the JPEG gives no size in its frame header", "save it again with an image editor");
                }
            } else if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                throw new Bad("the JPEG is " + ((marker & 0x08) != 0 ? "arithmetic-coded" : "lossless or hierarchical")
                        + ", which PDF readers do not show", "save it as an ordinary (baseline) JPEG");
            } else if (marker == 0xDA) {
                if (width < 0) {
                    throw new Bad("the JPEG has no frame header before its image data");
                }
                // Entropy-coded data escapes every 0xFF, so an end marker after the scan is the
                // file's end: a file without one was cut short.
                if (!hasEndMarker(b, end)) {
                    throw new Bad("the JPEG is cut short (its end marker is missing)");
                }
                return new Parsed(Photo.Format.JPEG, width, height, orientation);
            } else if (marker == 0xD9) {
                throw new Bad("the JPEG ends before its image data");
            }
            i = end;
        }
    }

    private static boolean hasEndMarker(byte[] b, int from) {
        for (int k = b.length - 2; k >= from; k--) {
            if ((b[k] & 0xFF) == 0xFF && (b[k + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Orientation tag (0x0112) of the TIFF structure in an Exif segment, from {@code tiff}
     * (its "II" or "MM") to {@code end}: the first directory's entries only, as the tag lives
     * there. A broken or odd structure gives 1: a photo shown as stored rather than an error
     * over metadata.
     */
    static int exifOrientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        if (u16(b, tiff + 2, little) != 42) {
            return 1;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int at = (int) (tiff + ifd);
        int count = u16(b, at, little);
        for (int k = 0; k < count; k++) {
            int entry = at + 2 + 12 * k;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int type = u16(b, entry + 2, little);
                int value = type == 3 ? u16(b, entry + 8, little) : type == 4 ? (int) u32(b, entry + 8, little) : 0;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    // ---- PNG -----------------------------------------------------------------------------------

    /** Walks the chunks: IHDR first, every checksum right, image data, and IEND at the end. */
    private static Parsed png(byte[] b) throws Bad {
        int i = PNG_SIGNATURE.length;
        int width = -1;
        int height = -1;
        boolean data = false;
        CRC32 crc = new CRC32();
        while (true) {
            if (i + 12 > b.length) {
                throw new Bad("the PNG is cut short (its end chunk is missing)");
            }
            long length = u32(b, i, false);
            if (length > b.length - i - 12) {
                throw new Bad("the PNG is cut short or corrupt (a chunk runs past the end of the file)");
            }
            int n = (int) length;
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            crc.reset();
            crc.update(b, i + 4, 4 + n);
            if (crc.getValue() != u32(b, i + 8 + n, false)) {
                throw new Bad("the PNG is corrupt (the checksum of its " + type + " chunk is wrong)");
            }
            if (width < 0 && !type.equals("IHDR")) {
                throw new Bad("the PNG does not start with its header chunk");
            }
            switch (type) {
                case "IHDR" -> {
                    if (n < 13) {
                        throw new Bad("the PNG's header chunk is corrupt");
                    }
                    width = (int) Math.min(Integer.MAX_VALUE, u32(b, i + 8, false));
                    height = (int) Math.min(Integer.MAX_VALUE, u32(b, i + 12, false));
                    if (width == 0 || height == 0) {
                        throw new Bad("the PNG is 0 pixels wide or high");
                    }
                }
                case "IDAT" -> data = true;
                case "IEND" -> {
                    if (!data) {
                        throw new Bad("the PNG holds no image data");
                    }
                    return new Parsed(Photo.Format.PNG, width, height, 1);
                }
                default -> { }
            }
            i += 12 + n;
        }
    }

    // ---- bytes ---------------------------------------------------------------------------------

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int u16be(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? (b[i + 1] & 0xFF) << 8 | b[i] & 0xFF : u16be(b, i);
    }

    private static long u32(byte[] b, int i, boolean little) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            v = v << 8 | (b[i + (little ? 3 - k : k)] & 0xFF);
        }
        return v;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
