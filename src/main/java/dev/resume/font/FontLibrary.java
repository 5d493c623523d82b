package dev.resume.font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.resume.layout.Face;
import dev.resume.layout.FontFamily;
import dev.resume.layout.Uncovered;
import dev.resume.diag.Suggest;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;

/**
 * Loads font files once and hands out faces. A font is looked up by file name in the given
 * folders first (a theme's folder, a {@code fonts/} folder beside the résumé), then among the
 * fonts built into the tool.
 *
 * <p>One library is meant to serve many renders (a batch, a watch session): parsing a font is
 * the most expensive step of a small render.
 */
public final class FontLibrary {
    /** "file.ttc,2": face 2 of a collection (a single font given a face is refused when loaded, in words). */
    private static final Pattern INDEXED = Pattern.compile("(?i)(.+\\.(?:ttf|otf|ttc|otc)),\\s*(\\d+)");
    private static final Pattern FILE = Pattern.compile("(?i).+\\.(?:ttf|otf|ttc|otc)");

    private final ConcurrentHashMap<String, PdfFace> faces = new ConcurrentHashMap<>();
    /** Where each face was loaded from, for --stats and resume deps. */
    private final Map<Face, String> sources = new ConcurrentHashMap<>();
    /** What each face's tables say of it (family, weight, serif). */
    private final Map<Face, Sfnt.Info> infos = new ConcurrentHashMap<>();
    private final boolean systemFonts;

    /** A library that looks for fonts installed on the machine when a theme's fonts lack a character. */
    public FontLibrary() {
        this(true);
    }

    /**
     * {@code systemFonts} false: only the theme's and the built-in fonts are used, as on a machine
     * with no fonts installed (for tests, and for renders that must not depend on the machine).
     */
    public FontLibrary(boolean systemFonts) {
        this.systemFonts = systemFonts;
    }

    public boolean systemFonts() {
        return systemFonts;
    }

    /**
     * Returns the face {@code name} names: a file (such as {@code tex-gyre/texgyrepagella-regular.otf},
     * or {@code NotoSerifCJK-Regular.ttc,2} for a face of a collection) searched for in
     * {@code folders}, then among the built-in fonts, then as a path of its own; or the family
     * name of an installed font ("Noto Serif CJK SC", "Noto Sans Arabic Bold").
     *
     * @throws FontLoadException in the tool's own words when there is no such font or it cannot be used
     */
    public PdfFace face(String name, List<Path> folders) {
        String file = name.strip();
        int index = -1;
        Matcher m = INDEXED.matcher(file);
        if (m.matches()) {
            file = m.group(1);
            index = Integer.parseInt(m.group(2));
        }
        Path found = find(file, folders);
        if (found != null) {
            if (Files.isDirectory(found)) {
                throw folder(name);
            }
            Path f = found;
            int i = index;
            String key = f.toAbsolutePath().normalize() + "," + Math.max(i, 0);
            return faces.computeIfAbsent(key, k -> load(name, f.toString(), i, () -> Files.readAllBytes(f)));
        }
        if (FontLibrary.class.getResource("/fonts/" + file) != null) {
            // A name without a font's ending may be a folder of the built-in fonts (dejavu).
            String inside = file.replaceFirst("/+$", "") + "/";
            if (!FILE.matcher(file).matches() && BuiltinFonts.NAMES.stream().anyMatch(n -> n.startsWith(inside))) {
                throw folder(name);
            }
            int i = index;
            String f = file;
            return faces.computeIfAbsent("builtin:" + file + "," + Math.max(i, 0), k -> load(name, "built-in:" + f, i, () -> builtin(f)));
        }
        if (index < 0 && !FILE.matcher(file).matches() && !file.contains("/") && !file.contains("\\")) {
            return byFamily(name);
        }
        throw new FontLoadException(name, "font file '" + file + "' not found", notFoundHint(file, folders), null);
    }

    private static FontLoadException folder(String name) {
        return new FontLoadException(name, "'" + name + "' is a folder, not a font file", "name a .ttf, .otf, .ttc or .otc file inside it",
                null);
    }

    /** The file {@code name} in the first folder that has it, else {@code name} as a path of its own; null when none exists. */
    private static Path find(String name, List<Path> folders) {
        for (Path folder : folders) {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                return file;
            }
        }
        Path own = Path.of(name);
        return own.isAbsolute() && Files.exists(own) ? own : null;
    }

    private String notFoundHint(String file, List<Path> folders) {
        String base = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        List<String> candidates = new ArrayList<>();
        for (Path folder : folders) {
            Path dir = folder.resolve(file).getParent();
            if (dir != null && Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> FILE.matcher(n).matches()).forEach(candidates::add);
                } catch (IOException e) {
                    // nothing to suggest from there
                }
            }
        }
        candidates.addAll(BuiltinFonts.NAMES);
        String close = Suggest.closest(base, candidates);
        if (close == null) {
            close = Suggest.closest(file, BuiltinFonts.NAMES);
        }
        return (close != null ? "did you mean '" + close + "'? " : "")
                + "font files are looked up in the theme's folder, in fonts/ beside the résumé, then among the built-in fonts;"
                + " an installed font can be named by its family, such as \"Noto Serif CJK SC\"";
    }

    /** An installed font by family name, optionally followed by its style ("Noto Sans Arabic Bold"). */
    private PdfFace byFamily(String name) {
        if (!systemFonts) {
            throw new FontLoadException(name, "font '" + name + "' is not a file, and installed fonts are not looked at in this render",
                    "name a font file (.ttf, .otf, .ttc or .otc)", null);
        }
        SystemFont chosen = null;
        for (SystemFont f : SystemFonts.all()) {
            if (!f.outlines()) {
                continue;
            }
            String key = SystemFonts.key(name);
            boolean regularOfFamily = SystemFonts.key(f.family()).equals(key) && f.weight() == closestWeight(f.family(), 400) && !f.italic();
            if (regularOfFamily || SystemFonts.key(f.family() + " " + f.style()).equals(key)) {
                chosen = f;
                break;
            }
        }
        if (chosen == null) {
            boolean colour = SystemFonts.all().stream().anyMatch(f -> !f.outlines() && SystemFonts.key(f.family()).equals(SystemFonts.key(name)));
            if (colour) {
                throw colourOnly(name);
            }
            List<String> families = SystemFonts.all().stream().map(SystemFont::family).distinct().toList();
            String close = Suggest.closest(name, families);
            throw new FontLoadException(name, "no installed font has the family name '" + name + "'",
                    (close != null ? "did you mean '" + close + "'? " : "")
                            + "`fc-list : family` lists the installed families; or name a font file", null);
        }
        return face(chosen.reference(), List.of());
    }

    private static int closestWeight(String family, int weight) {
        int best = -1;
        for (SystemFont f : SystemFonts.family(family)) {
            if (f.outlines() && !f.italic() && (best < 0 || Math.abs(f.weight() - weight) < Math.abs(best - weight))) {
                best = f.weight();
            }
        }
        return best;
    }

    static FontLoadException colourOnly(String name) {
        return new FontLoadException(name, "'" + name + "' is a colour emoji font (bitmaps only), which PDF fonts cannot embed",
                "use a monochrome emoji font such as Symbola (Debian: fonts-symbola) or Noto Sans Symbols 2", null);
    }

    /**
     * Where a face was loaded from: a path, or "built-in:" and its name; null for faces of other
     * libraries. A font's small capitals, and capitals standing in for them, come from its file.
     */
    public String source(Face face) {
        if (face instanceof SmallCapFace small) {
            return source(small.base());
        }
        if (face instanceof dev.resume.layout.ScaledCapitals capitals) {
            return source(capitals.base());
        }
        return sources.get(face);
    }

    /** Whether the font {@code name} is a serif design, from its PANOSE class or, failing that, its name. */
    public boolean isSerif(String name, List<Path> folders) {
        PdfFace face = face(name, folders);
        Sfnt.Info info = infos.get(face);
        if (info == null) {
            return !looksSans(face.name());
        }
        if (info.serif() != null) {
            return info.serif();
        }
        return !looksSans(info.family() + " " + info.fullName());
    }

    static boolean looksSans(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (String s : List.of("sans", "heros", "grotes", "gothic", "helvet", "arial", "lato", "roboto", "inter", "fira", "open", "source code", "mono")) {
            if (n.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fallback families for characters no font of the theme has (found by the style stage):
     * installed fonts chosen per script, serif or sans after the theme's body font, with a bold
     * face for bold text where the family has one; then the built-in CJK fallback. Empty when
     * nothing helps.
     */
    public List<FontFamily> fallbacks(List<Uncovered> needs, boolean serif) {
        return new FallbackChooser(this, serif).families(needs);
    }

    private interface Bytes {
        byte[] read() throws IOException;
    }

    private PdfFace load(String name, String source, int index, Bytes bytes) {
        byte[] data;
        try {
            data = bytes.read();
        } catch (IOException e) {
            throw new FontLoadException(name, "cannot read font file '" + source + "'", "check that the file is readable", e);
        }
        if (!Sfnt.isFontMagic(java.util.Arrays.copyOf(data, Math.min(4, data.length)))) {
            throw new FontLoadException(name, "'" + name + "' is not a font file (TrueType or OpenType)",
                    "name a .ttf, .otf, .ttc or .otc file", null);
        }
        String label = name;
        List<Sfnt.Info> infos;
        boolean collection = Sfnt.isCollection(data);
        try {
            infos = Sfnt.faces(data);
            if (collection) {
                int i = Math.max(index, 0);
                if (i >= infos.size()) {
                    throw new FontLoadException(name, "the font collection '" + source + "' has no face " + i,
                            "its faces are numbered 0 to " + (infos.size() - 1) + ": " + describe(infos), null);
                }
                label = infos.get(i).fullName().isBlank() ? infos.get(i).family() : infos.get(i).fullName();
                data = Sfnt.extract(data, i);
                infos = List.of(infos.get(i));
            } else if (index > 0) {
                throw new FontLoadException(name, "'" + name + "' names face " + index + " of a single font, not of a collection",
                        "leave out the ',' and the number", null);
            }
            if (!infos.isEmpty() && !infos.get(0).outlines()) {
                throw colourOnly(name);
            }
            data = subsetSafe(data);
        } catch (IOException e) {
            throw new FontLoadException(name, "'" + name + "' is not a usable font file: its tables are damaged",
                    "name another font file", e);
        }
        try {
            String fileName = source.contains("/") ? source.substring(source.lastIndexOf('/') + 1) : source;
            fileName = fileName.replaceFirst("^built-in:", "").replaceFirst("(?i)\\.(ttc|otc)$", ".otf");
            // One font manager per font: OpenPDF's keeps its fonts in a plain HashMap, written
            // while loading. Written once here, before the face is published through the
            // ConcurrentHashMap, it is only read afterwards, so renders on several threads
            // (a batch) can share the face while other threads load other fonts.
            // Ligatures (fi, fl, ff, ffi, ffl from the font's GSUB): the export maps each
            // ligature glyph to all its letters in the font's ToUnicode map (see PdfFace).
            // A face of a collection was cut out as a font of its own (Sfnt.extract): the JDK's
            // shaper reads only a collection's first face, so both must see the same one.
            GlyphLayoutFontManager.FontOptions options = new GlyphLayoutFontManager.FontOptions().setKerningOn().setLigaturesOn();
            GlyphLayoutFontManager fontManager = new GlyphLayoutFontManager().setDefaultFontOptions(options);
            // Two shapers over the same font: one marks every word with its ActualText (so
            // ligatures extract as letters), the other writes none, for text whose ActualText we
            // write ourselves (capitals standing in for small capitals).
            RunLayout shaper = new RunLayout(fontManager);
            shaper.setWriteActualText(true);
            RunLayout plainShaper = new RunLayout(fontManager);
            plainShaper.setWriteActualText(false);
            org.openpdf.text.Font font = fontManager.loadFont(fileName, new ByteArrayInputStream(data), 10f);
            BaseFont bf = font.getBaseFont();
            PreferredUnicode.apply(bf);
            String faceName = collection && index >= 0 ? label.replace(' ', '-') : fileName.replaceFirst("\\.[a-zA-Z]+$", "");
            PdfFace face = new PdfFace(faceName, bf, shaper, plainShaper, data);
            face.resetSubsetTag();
            if (!infos.isEmpty()) {
                this.infos.put(face, infos.get(0));
            }
            sources.put(face, source.startsWith("built-in:") ? source : (index >= 0 ? source + "," + index : source));
            return face;
        } catch (GlyphLayoutFontManager.FontLoadException | RuntimeException e) {
            throw new FontLoadException(name, "'" + name + "' is not a font this tool can use (OpenPDF cannot read it)",
                    "name another font file; TrueType (.ttf) and OpenType (.otf, .ttc) fonts with outlines work", e);
        }
    }

    /**
     * The face with the CFF charstrings OpenPDF's subsetter misreads rewritten (see
     * {@link SubsetSafeCff}); a TrueType face, or one it reads right, as it is.
     */
    private static byte[] subsetSafe(byte[] data) throws IOException {
        byte[] cff = Sfnt.table(data, "CFF ");
        if (cff == null) {
            return data;
        }
        byte[] safe = SubsetSafeCff.rewrite(cff);
        return safe == cff ? data : Sfnt.withTable(data, "CFF ", safe);
    }

    private static String describe(List<Sfnt.Info> infos) {
        StringBuilder sb = new StringBuilder();
        for (Sfnt.Info i : infos) {
            sb.append(sb.isEmpty() ? "" : ", ").append(i.index()).append(' ').append(i.fullName());
        }
        return sb.toString();
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
