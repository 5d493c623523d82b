package dev.resume.font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * Loads font files once and hands out faces. A font is looked up by file name in the given
 * folders first (a theme's folder, a {@code fonts/} folder beside the résumé), then among the
 * fonts built into the tool.
 *
 * <p>One library is meant to serve many renders (a batch, a watch session): parsing a font is
 * the most expensive step of a small render.
 */
public final class FontLibrary {
    private final ConcurrentHashMap<String, PdfFace> faces = new ConcurrentHashMap<>();

    public FontLibrary() {
    }

    /**
     * Returns the face in file {@code name} (such as {@code tex-gyre/texgyrepagella-regular.otf}),
     * searched for in {@code folders} and then among the built-in fonts.
     */
    public PdfFace face(String name, List<Path> folders) {
        for (Path folder : folders) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                String key = file.toAbsolutePath().normalize().toString();
                return faces.computeIfAbsent(key, k -> load(name, () -> Files.readAllBytes(file)));
            }
        }
        return faces.computeIfAbsent("builtin:" + name, k -> load(name, () -> builtin(name)));
    }

    public boolean exists(String name, List<Path> folders) {
        for (Path folder : folders) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return true;
            }
        }
        return FontLibrary.class.getResource("/fonts/" + name) != null;
    }

    private interface Bytes {
        byte[] read() throws IOException;
    }

    private PdfFace load(String name, Bytes bytes) {
        try {
            byte[] data = bytes.read();
            String fileName = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
            // One font manager per font: OpenPDF's keeps its fonts in a plain HashMap, written
            // while loading. Written once here, before the face is published through the
            // ConcurrentHashMap, it is only read afterwards, so renders on several threads
            // (a batch) can share the face while other threads load other fonts.
            // Ligatures (fi, fl, ff, ffi, ffl from the font's GSUB): the export maps each
            // ligature glyph to all its letters in the font's ToUnicode map (see PdfFace).
            GlyphLayoutFontManager.FontOptions options = new GlyphLayoutFontManager.FontOptions().setKerningOn().setLigaturesOn();
            GlyphLayoutFontManager fontManager = new GlyphLayoutFontManager().setDefaultFontOptions(options);
            // Two shapers over the same font: one marks every word with its ActualText (so
            // ligatures extract as letters), the other writes none, for text whose ActualText we
            // write ourselves (small capitals).
            GlyphLayoutManager shaper = new RunLayout(fontManager).setWriteActualText(true);
            GlyphLayoutManager plainShaper = new RunLayout(fontManager).setWriteActualText(false);
            org.openpdf.text.Font font = fontManager.loadFont(fileName, new ByteArrayInputStream(data), 10f);
            BaseFont bf = font.getBaseFont();
            PreferredUnicode.apply(bf);
            PdfFace face = new PdfFace(fileName.replaceFirst("\\.[a-zA-Z]+$", ""), bf, shaper, plainShaper, data);
            face.resetSubsetTag();
            return face;
        } catch (IOException | GlyphLayoutFontManager.FontLoadException | RuntimeException e) {
            throw new FontLoadException("cannot load font '" + name + "': " + e.getMessage(), e);
        }
    }

    private static byte[] builtin(String name) throws IOException {
        try (InputStream in = FontLibrary.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("no such font file");
            }
            return in.readAllBytes();
        }
    }
}
