package dev.resume.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How every output is written (PDF, text exports, {@code convert}, {@code schema -o}): into a
 * temporary file beside the target, then moved into place, so that a failed or interrupted write
 * leaves the previous file as it was and a reader (a PDF viewer, make) never sees half a file.
 */
public final class OutputFiles {
    private OutputFiles() {}

    /** Writes {@code bytes} as {@code target}; its folder must exist. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code text} in UTF-8 as {@code target}; its folder must exist. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
