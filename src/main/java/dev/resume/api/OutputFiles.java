package dev.resume.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How every output is written (PDF, text exports, {@code convert}, {@code schema -o}): into a
 * temporary file beside the target, then moved into place, so that a failed or interrupted write
 * leaves the previous file as it was and a reader (a PDF viewer, make) never sees half a file.
 *
 * <p>The file gets the permissions any program's new file gets: those the user's umask leaves
 * (0644 under the usual 022), or, when it replaces a file, that file's permissions (and group,
 * where the user may set it), so that a page a web server reads stays readable after a rebuild.
 * {@link Files#createTempFile} would force 0600 whatever the umask; the temporary file is made
 * with {@link Files#createFile} and no attributes instead, which the system creates under the
 * umask (Java cannot read the umask itself). On a file system without POSIX permissions the
 * permissions are left to it.
 *
 * <p>The path {@code -} ({@link #isStandardOutput}) is standard output, as for most Unix tools:
 * the bytes are written there, unchanged (a PDF stays binary); a file named "-" is {@code ./-}.
 */
public final class OutputFiles {
    private OutputFiles() {}

    /** The path that names standard output: {@code -o -}. */
    public static final Path STANDARD_OUTPUT = Path.of("-");

    /** Whether {@code target} is {@code -}, standard output (and not {@code ./-}, a file of that name). */
    public static boolean isStandardOutput(Path target) {
        return target != null && target.toString().equals("-");
    }

    /** How an output is named in a message: its path, or "standard output". */
    public static String describe(Path target) {
        return isStandardOutput(target) ? "standard output" : String.valueOf(target);
    }

    /**
     * Writes {@code bytes} as {@code target}; its folder must exist. For {@link #STANDARD_OUTPUT}
     * the bytes go to {@link System#out}, read when called (so a caller that swapped it is served).
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        checkNotCancelled(target);
        if (isStandardOutput(target) && target.getFileSystem() != FileSystems.getDefault()) {
            // A file system of a server's client opens "-" as that client's standard output.
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write(bytes);
            }
            return;
        }
        if (isStandardOutput(target)) {
            PrintStream out = System.out;
            out.write(bytes);
            out.flush();
            if (out.checkError()) {
                throw new IOException("cannot write to standard output");
            }
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        PosixFileAttributes previous = posixAttributes(target);
        Path tmp = createTemporary(folder, target.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
            if (previous != null) {
                keep(previous, tmp);
            }
            // The last moment to give up: after it the new file is in place.
            checkNotCancelled(target);
            Path into = target.toAbsolutePath();
            try {
                Files.move(tmp, into, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, into, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A render that was cancelled replaces nothing: its thread was interrupted (Ctrl-C in the
     * resident server's client), or the file system it writes to was closed (its client is gone).
     */
    private static void checkNotCancelled(Path target) throws IOException {
        if (Thread.currentThread().isInterrupted() || !target.getFileSystem().isOpen()) {
            throw new InterruptedIOException("cancelled: " + describe(target) + " not written");
        }
    }

    /** Writes {@code text} in UTF-8 as {@code target}; its folder must exist. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A new empty file beside the target, hidden, with a random part: created exclusively
     * ({@code CREATE_NEW}, so never a file or link another program put there) and with no
     * attributes, so under the umask.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path tmp = folder.resolve("." + name + "." + random + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** The POSIX attributes of the file {@code target} replaces (through a link), or null: no file, or no POSIX. */
    private static PosixFileAttributes posixAttributes(Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(target)) {
            return null;
        }
        try {
            return view.readAttributes();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Gives the new file the permissions of the one it replaces, and its group when the user may. */
    private static void keep(PosixFileAttributes previous, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            if (!previous.group().equals(view.readAttributes().group())) {
                view.setGroup(previous.group());
            }
        } catch (IOException e) {
            // Not a member of that group: the file keeps the user's group, as cp would leave it.
        }
        view.setPermissions(previous.permissions());
    }
}
