package dev.resume.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * A path as a client wrote it: it prints as the user spelt it ({@code cv.yml}, {@code ../x.yml})
 * so that messages read as an in-process run's, and it opens against the client's working
 * directory. {@link #toAbsolutePath()} leaves this file system: what the library keys and
 * compares by absolute path is the same path whoever asked.
 */
final class ClientPath implements Path {
    private final ClientFileSystem fs;
    private final Path written;

    ClientPath(ClientFileSystem fs, Path written) {
        this.fs = fs;
        this.written = written;
    }

    /** The file the server opens: absolute, in the default file system. */
    Path real() {
        return fs.workingDirectory().resolve(written);
    }

    /** {@code -}: the client's standard output, as for most Unix tools. */
    boolean isStandardOutput() {
        return written.toString().equals("-");
    }

    private Path wrap(Path p) {
        return p == null ? null : new ClientPath(fs, p);
    }

    /** The other path as written: one of ours, or one of the default file system's. */
    static Path written(Path other) {
        if (other instanceof ClientPath c) {
            return c.written;
        }
        if (other.getFileSystem() != FileSystems.getDefault()) {
            throw new ProviderMismatchException();
        }
        return other;
    }

    @Override public ClientFileSystem getFileSystem() { return fs; }
    @Override public boolean isAbsolute() { return written.isAbsolute(); }
    @Override public Path getRoot() { return wrap(written.getRoot()); }
    @Override public Path getFileName() { return wrap(written.getFileName()); }
    @Override public Path getParent() { return wrap(written.getParent()); }
    @Override public int getNameCount() { return written.getNameCount(); }
    @Override public Path getName(int index) { return wrap(written.getName(index)); }
    @Override public Path subpath(int begin, int end) { return wrap(written.subpath(begin, end)); }
    @Override public boolean startsWith(Path other) { return written.startsWith(written(other)); }
    @Override public boolean endsWith(Path other) { return written.endsWith(written(other)); }
    @Override public Path normalize() { return wrap(written.normalize()); }
    @Override public Path resolve(Path other) { return wrap(written.resolve(written(other))); }
    @Override public Path relativize(Path other) { return wrap(written.relativize(written(other))); }
    @Override public URI toUri() { return real().toUri(); }
    @Override public Path toAbsolutePath() { return real(); }
    @Override public Path toRealPath(LinkOption... options) throws IOException { return real().toRealPath(options); }
    @Override public java.io.File toFile() { return real().toFile(); }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) throws IOException {
        return real().register(watcher, events, modifiers);
    }

    @Override
    public int compareTo(Path other) {
        return written.compareTo(written(other));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientPath c && c.fs == fs && c.written.equals(written);
    }

    @Override
    public int hashCode() {
        return written.hashCode();
    }

    @Override
    public String toString() {
        return written.toString();
    }
}
