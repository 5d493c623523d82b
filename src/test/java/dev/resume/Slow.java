package dev.resume;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that takes seconds rather than milliseconds: it renders many PDFs (every sample
 * or script fixture in every theme, read back), runs for a fixed time (the fuzz test), or starts
 * other programs (pdftotext, pdflatex). {@code make test-fast} leaves these out (Surefire's
 * {@code -DexcludedGroups=slow}); {@code make test} runs them. The byte-for-byte snapshot of the
 * stages is not one of them, so that a quick run still shows a change to what is drawn.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
