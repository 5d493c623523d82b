package dev.resume.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The permissions an output gets, in this JVM (its umask is whatever the build runs under; the
 * umask itself is tested with a child process in cli.OutputModesTest): a replaced file keeps its
 * mode, a new one gets what a new file gets here, and a failed write leaves the old file alone.
 */
class OutputFilesTest {
    @TempDir
    Path dir;

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(posix(dir));
        for (String kept : new String[] {"rw-r-----", "rw-rw-rw-", "rw-------", "rwxr-xr-x"}) {
            Path f = dir.resolve("cv-" + kept + ".html");
            Files.writeString(f, "old");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(kept));
            OutputFiles.write(f, "new");
            assertEquals("new", Files.readString(f));
            assertEquals(kept, mode(f), "the mode of the file replaced");
        }
    }

    @Test
    void aNewFileGetsTheModeOfAnyNewFileHere() throws IOException {
        assumeTrue(posix(dir));
        // What the umask gives a file created without attributes, as touch or a shell's > would.
        Path probe = Files.createFile(dir.resolve("probe"));
        Path f = dir.resolve("cv.pdf");
        OutputFiles.write(f, new byte[] {1, 2, 3});
        assertEquals(mode(probe), mode(f));
        assertFalse(Files.getPosixFilePermissions(f).contains(PosixFilePermission.OWNER_EXECUTE));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(Set.of("probe", "cv.pdf"), Set.copyOf(left.map(p -> p.getFileName().toString()).toList()),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAsItWas() throws IOException {
        assumeTrue(posix(dir));
        Path f = dir.resolve("cv.md");
        Files.writeString(f, "previous");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        // A folder the temporary file cannot be made in: the write fails before touching cv.md.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(dir), "running as root: the folder stays writable");
            assertThrows(IOException.class, () -> OutputFiles.write(f, "next"));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        assertEquals("previous", Files.readString(f));
        assertEquals("rw-r-----", mode(f));
    }

    @Test
    void aWriteThatFailsAtTheMoveLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
        // Root may write anywhere; a move onto a folder that is not empty fails for everyone.
        Path target = Files.createDirectory(dir.resolve("cv.pdf"));
        Files.writeString(target.resolve("inside"), "kept");
        assertThrows(IOException.class, () -> OutputFiles.write(target, "next"));
        assertEquals("kept", Files.readString(target.resolve("inside")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "the temporary file is removed");
        }
    }

    @Test
    void aFileSystemWithoutPosixPermissionsIsWrittenAllTheSame() throws IOException {
        // A zip file system has no POSIX view unless asked for one: the write must not need it.
        Path zip = dir.resolve("out.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path f = fs.getPath("/cv.txt");
            assertFalse(posix(f));
            OutputFiles.write(f, "first");
            OutputFiles.write(f, "second");
            assertEquals("second", Files.readString(f));
            try (Stream<Path> left = Files.list(fs.getPath("/"))) {
                assertEquals(1, left.count(), "no temporary file is left behind");
            }
        }
    }

    @Test
    void aDashIsStandardOutputAndADotDashAFile() throws IOException {
        assertTrue(OutputFiles.isStandardOutput(Path.of("-")));
        assertFalse(OutputFiles.isStandardOutput(Path.of("./-")));
        assertFalse(OutputFiles.isStandardOutput(null));
        assertEquals("standard output", OutputFiles.describe(Path.of("-")));
        Path dashFile = dir.resolve("-");
        OutputFiles.write(dashFile, "a file named -");
        assertArrayEquals("a file named -".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dashFile));
    }
}
