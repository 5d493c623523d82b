package dev.resume.style;

import dev.resume.layout.Face;
import dev.resume.layout.FontFamily;
import dev.resume.theme.Theme;
import java.util.ArrayList;
import java.util.List;

/** The theme's font families, each with the fallbacks every family shares. */
record Families(FontFamily body, FontFamily heading, FontFamily mono, FontFamily icons) {

    static Families of(Theme theme, FaceSource faces) {
        Theme.Fonts f = theme.fonts();
        // The fallbacks the user named first, then the installed fonts chosen for the résumé's
        // scripts, then the built-in fallback fonts (DejaVu Sans in the built-in themes): an
        // Arabic or Cyrillic word is set in a face made for it, in the theme's serif or sans,
        // where one is installed, rather than in DejaVu's one sans design.
        List<FontFamily> theirs = fallbacks(faces(faces, f.fallback()), faces(faces, f.fallbackBold()));
        List<FontFamily> fallbacks = new ArrayList<>();
        for (FontFamily family : theirs) {
            if (!isBuiltIn(family, f, faces)) {
                fallbacks.add(family);
            }
        }
        fallbacks.addAll(faces.fallbacks());
        for (FontFamily family : theirs) {
            if (isBuiltIn(family, f, faces)) {
                fallbacks.add(family);
            }
        }
        FontFamily body = family("body", f.body(), faces, fallbacks);
        FontFamily heading = f.heading().equals(f.body()) ? body : family("heading", f.heading(), faces, fallbacks);
        FontFamily mono = family("mono", f.mono(), faces, fallbacks);
        Face iconFace = faces.face(f.icons());
        return new Families(body, heading, mono, new FontFamily("icons", iconFace, iconFace, iconFace, iconFace, List.of()));
    }

    private static List<Face> faces(FaceSource source, List<String> files) {
        List<Face> out = new ArrayList<>();
        for (String file : files) {
            out.add(source.face(file));
        }
        return List.copyOf(out);
    }

    private static FontFamily family(String name, Theme.FamilyFiles files, FaceSource faces, List<FontFamily> fallbacks) {
        return new FontFamily(name, faces.face(files.regular()), faces.face(files.bold()), faces.face(files.italic()),
                faces.face(files.boldItalic()), fallbacks);
    }

    /** Whether a theme fallback's regular face comes from a font built into the tool. */
    private static boolean isBuiltIn(FontFamily family, Theme.Fonts f, FaceSource faces) {
        for (String file : f.fallback().isEmpty() ? f.fallbackBold() : f.fallback()) {
            if (faces.face(file) == family.regular()) {
                return faces.builtIn(file);
            }
        }
        return false;
    }

    /**
     * The theme's fallback fonts as families: the n-th of {@code fallback} with the n-th of
     * {@code fallbackBold} as its bold, so regular text never falls back to a bold face and a
     * bold ★ stays bold.
     */
    private static List<FontFamily> fallbacks(List<Face> regular, List<Face> bold) {
        List<FontFamily> out = new ArrayList<>();
        for (int i = 0; i < Math.max(regular.size(), bold.size()); i++) {
            Face r = i < regular.size() ? regular.get(i) : bold.get(i);
            Face b = i < bold.size() ? bold.get(i) : r;
            FontFamily family = new FontFamily(r.name(), r, b, r, b, List.of());
            if (!out.contains(family)) {
                out.add(family);
            }
        }
        return List.copyOf(out);
    }
}
