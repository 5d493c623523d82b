package dev.resume.server;

import java.io.OutputStream;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * One request's view of the files: paths as its client wrote them, opened against the client's
 * working directory (a JVM has one working directory, and the server never changes it), and
 * {@code -} as the client's standard output. Closed when the client goes away (Ctrl-C, a
 * crash): every later open fails, and {@code OutputFiles} replaces no file of a closed file
 * system, so a dead client's render writes nothing.
 */
public final class ClientFileSystem extends FileSystem {
    private static final FileSystem DEFAULT = FileSystems.getDefault();

    private final ClientFileSystemProvider provider = new ClientFileSystemProvider();
    private final Path workingDirectory;
    private final OutputStream standardOutput;
    private volatile boolean open = true;

    /**
     * @param workingDirectory the client's, absolute
     * @param standardOutput where {@code -} writes; never closed here
     */
    public ClientFileSystem(Path workingDirectory, OutputStream standardOutput) {
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("the working directory must be absolute: " + workingDirectory);
        }
        this.workingDirectory = workingDirectory;
        this.standardOutput = standardOutput;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    OutputStream standardOutput() {
        return standardOutput;
    }

    void checkOpen() {
        if (!open) {
            throw new ClosedFileSystemException();
        }
    }

    @Override public ClientFileSystemProvider provider() { return provider; }
    @Override public void close() { open = false; }
    @Override public boolean isOpen() { return open; }
    @Override public boolean isReadOnly() { return false; }
    @Override public String getSeparator() { return DEFAULT.getSeparator(); }
    @Override public Iterable<Path> getRootDirectories() { return List.of(getPath("/")); }
    @Override public Iterable<FileStore> getFileStores() { return DEFAULT.getFileStores(); }
    @Override public Set<String> supportedFileAttributeViews() { return DEFAULT.supportedFileAttributeViews(); }
    @Override public UserPrincipalLookupService getUserPrincipalLookupService() { return DEFAULT.getUserPrincipalLookupService(); }
    @Override public WatchService newWatchService() throws IOException { return DEFAULT.newWatchService(); }

    @Override
    public Path getPath(String first, String... more) {
        return new ClientPath(this, DEFAULT.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher m = DEFAULT.getPathMatcher(syntaxAndPattern);
        return p -> m.matches(ClientPath.written(p));
    }
}
