package dev.resume.style;

import dev.resume.layout.Face;

/** Finds the face stored in a font file named by a theme. */
@FunctionalInterface
public interface FaceSource {
    Face face(String file);
}
