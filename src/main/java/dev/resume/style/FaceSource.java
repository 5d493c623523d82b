package dev.resume.style;

import dev.resume.layout.Face;
import dev.resume.layout.FontFamily;
import java.util.List;

/**
 * Finds the face stored in a font file named by a theme, and the families to fall back on after
 * the theme's own fallbacks (installed fonts chosen for the résumé's other scripts).
 */
@FunctionalInterface
public interface FaceSource {
    Face face(String file);

    /**
     * Whether the font file is one of the fonts built into the tool (DejaVu Sans as the built-in
     * themes' fallback) rather than one the user gave: installed fonts chosen for a script come
     * before a built-in fallback, after the user's own.
     */
    default boolean builtIn(String file) {
        return false;
    }

    /** Fallback families after the theme's, in order; none unless {@link #withFallbacks} gave them. */
    default List<FontFamily> fallbacks() {
        return List.of();
    }

    /** This source with {@code families} to fall back on after the theme's fallbacks. */
    default FaceSource withFallbacks(List<FontFamily> families) {
        FaceSource files = this;
        List<FontFamily> all = List.copyOf(families);
        return new FaceSource() {
            @Override
            public Face face(String file) {
                return files.face(file);
            }

            @Override
            public boolean builtIn(String file) {
                return files.builtIn(file);
            }

            @Override
            public List<FontFamily> fallbacks() {
                return all;
            }
        };
    }
}
