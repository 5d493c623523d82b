package dev.resume.font;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One face of a font installed on the machine: face {@code index} of {@code file} (0 for a
 * single font), its family and style names, CSS weight (400 regular, 700 bold) and slant.
 * {@code outlines} is false for a colour-bitmap font (Noto Color Emoji), which OpenPDF cannot
 * embed.
 */
public record SystemFont(Path file, int index, String family, String style, int weight, boolean italic, boolean outlines) {

    public boolean isBold() {
        return weight >= 600;
    }

    /** How the font is named to FontLibrary: the file, with ",index" for a face of a collection. */
    public String reference() {
        return isCollection() ? file + "," + index : file.toString();
    }

    public boolean isCollection() {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttc") || n.endsWith(".otc");
    }
}
