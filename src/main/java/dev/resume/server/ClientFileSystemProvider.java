package dev.resume.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Opens a {@link ClientPath} as the default provider opens the file it names from the client's
 * working directory; refuses once its file system is closed.
 */
final class ClientFileSystemProvider extends FileSystemProvider {
    private static final FileSystemProvider DEFAULT = FileSystems.getDefault().provider();

    /** The file {@code p} names, for the default provider. */
    private static Path real(Path p) {
        if (p instanceof ClientPath c) {
            c.getFileSystem().checkOpen();
            return c.real();
        }
        if (p.getFileSystem() != FileSystems.getDefault()) {
            throw new ProviderMismatchException();
        }
        return p;
    }

    private static OutputStream standardOutput(Path p) {
        if (p instanceof ClientPath c && c.isStandardOutput()) {
            c.getFileSystem().checkOpen();
            // The client's stream outlives one write: closing what is opened here only flushes it.
            return new FilterOutputStream(c.getFileSystem().standardOutput()) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return null;
    }

    /** Something the default provider does with files, which may throw. */
    @FunctionalInterface
    private interface Io<T> {
        T call() throws IOException;
    }

    /**
     * Runs {@code io}; a failure names the file as the client wrote it ({@code cv.yml: no such
     * file}), not as the server opened it, as an in-process run's message would.
     */
    private static <T> T io(Path a, Path b, Io<T> io) throws IOException {
        try {
            return io.call();
        } catch (FileSystemException e) {
            String file = written(e.getFile(), a, b);
            String other = written(e.getOtherFile(), a, b);
            if (java.util.Objects.equals(file, e.getFile()) && java.util.Objects.equals(other, e.getOtherFile())) {
                throw e;
            }
            FileSystemException t = switch (e) {
                case NoSuchFileException x -> new NoSuchFileException(file, other, x.getReason());
                case AccessDeniedException x -> new AccessDeniedException(file, other, x.getReason());
                case FileAlreadyExistsException x -> new FileAlreadyExistsException(file, other, x.getReason());
                case NotDirectoryException x -> new NotDirectoryException(file);
                case DirectoryNotEmptyException x -> new DirectoryNotEmptyException(file);
                case NotLinkException x -> new NotLinkException(file, other, x.getReason());
                case AtomicMoveNotSupportedException x -> new AtomicMoveNotSupportedException(file, other, x.getReason());
                default -> new FileSystemException(file, other, e.getReason());
            };
            t.setStackTrace(e.getStackTrace());
            throw t;
        }
    }

    private static String written(String file, Path a, Path b) {
        for (Path p : new Path[] {a, b}) {
            if (file != null && p instanceof ClientPath c && file.equals(c.real().toString())) {
                return c.toString();
            }
        }
        return file;
    }

    @Override public String getScheme() { return "resume-client"; }
    @Override public FileSystem newFileSystem(URI uri, Map<String, ?> env) { throw new UnsupportedOperationException(); }
    @Override public FileSystem getFileSystem(URI uri) { throw new UnsupportedOperationException(); }
    @Override public Path getPath(URI uri) { return DEFAULT.getPath(uri); }

    @Override
    public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        OutputStream out = standardOutput(path);
        return out != null ? out : io(path, null, () -> DEFAULT.newOutputStream(real(path), options));
    }

    @Override
    public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        return io(path, null, () -> DEFAULT.newInputStream(real(path), options));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        OutputStream out = standardOutput(path);
        if (out != null) {
            return new StreamChannel(Channels.newChannel(out));
        }
        return io(path, null, () -> DEFAULT.newByteChannel(real(path), options, attrs));
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return io(path, null, () -> DEFAULT.newFileChannel(real(path), options, attrs));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        // The entries are the folder's path, as written, and each name: what an in-process run lists.
        DirectoryStream<Path> names = io(dir, null, () -> DEFAULT.newDirectoryStream(real(dir), p -> true));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> all = names.iterator();
                return new Iterator<>() {
                    private Path next = advance();

                    private Path advance() {
                        while (all.hasNext()) {
                            Path p = dir.resolve(all.next().getFileName().toString());
                            try {
                                if (filter.accept(p)) {
                                    return p;
                                }
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        return null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Path next() {
                        if (next == null) {
                            throw new java.util.NoSuchElementException();
                        }
                        Path p = next;
                        next = advance();
                        return p;
                    }
                };
            }

            @Override
            public void close() throws IOException {
                names.close();
            }
        };
    }

    @Override public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException { io(dir, null, () -> { DEFAULT.createDirectory(real(dir), attrs); return null; }); }
    @Override public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        DEFAULT.createSymbolicLink(real(link), ClientPath.written(target), attrs);
    }
    @Override public void createLink(Path link, Path existing) throws IOException { DEFAULT.createLink(real(link), real(existing)); }
    @Override public Path readSymbolicLink(Path link) throws IOException { return io(link, null, () -> DEFAULT.readSymbolicLink(real(link))); }
    @Override public void delete(Path path) throws IOException { io(path, null, () -> { DEFAULT.delete(real(path)); return null; }); }
    @Override public void copy(Path source, Path target, CopyOption... options) throws IOException { io(source, target, () -> { DEFAULT.copy(real(source), real(target), options); return null; }); }
    @Override public void move(Path source, Path target, CopyOption... options) throws IOException { io(source, target, () -> { DEFAULT.move(real(source), real(target), options); return null; }); }
    @Override public boolean isSameFile(Path a, Path b) throws IOException { return io(a, b, () -> DEFAULT.isSameFile(real(a), real(b))); }
    @Override public boolean isHidden(Path path) throws IOException { return DEFAULT.isHidden(real(path)); }
    @Override public FileStore getFileStore(Path path) throws IOException { return io(path, null, () -> DEFAULT.getFileStore(real(path))); }
    @Override public void checkAccess(Path path, AccessMode... modes) throws IOException { io(path, null, () -> { DEFAULT.checkAccess(real(path), modes); return null; }); }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        return DEFAULT.getFileAttributeView(real(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options) throws IOException {
        return io(path, null, () -> DEFAULT.readAttributes(real(path), type, options));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return io(path, null, () -> DEFAULT.readAttributes(real(path), attributes, options));
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        io(path, null, () -> { DEFAULT.setAttribute(real(path), attribute, value, options); return null; });
    }

    /** Standard output as a channel: written in order, never positioned. */
    private record StreamChannel(WritableByteChannel out) implements SeekableByteChannel {
        @Override public int read(ByteBuffer dst) { throw new java.nio.channels.NonReadableChannelException(); }
        @Override public int write(ByteBuffer src) throws IOException { return out.write(src); }
        @Override public long position() { return 0; }
        @Override public SeekableByteChannel position(long p) { throw new UnsupportedOperationException(); }
        @Override public long size() { return 0; }
        @Override public SeekableByteChannel truncate(long size) { return this; }
        @Override public boolean isOpen() { return out.isOpen(); }
        @Override public void close() throws IOException { out.close(); }
    }
}
