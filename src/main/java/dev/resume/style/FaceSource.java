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
            public List<FontFamily> fallbacks() {
                return all;
            }
        };
    }
}
