package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resume.Slow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modes of the files the command line writes, under a given umask: the umask belongs to the
 * process, and Java cannot set it, so each case runs {@code resume} in a child JVM started by
 * {@code sh -c 'umask U; exec java ...'} with this test's class path (other programs: slow).
 */
@Slow
class OutputModesTest {
    @TempDir
    Path dir;

    /** Runs {@code resume args} under {@code umask}; returns its standard error, failing on a non-zero exit. */
    private static String resume(String umask, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + "; exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.resume.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private boolean posix() {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null && Files.exists(Path.of("/bin/sh"));
    }

    @Test
    void newFilesFollowTheUmask() throws Exception {
        assumeTrue(posix());
        Path open = dir.resolve("open.json");
        Path closed = dir.resolve("closed.json");
        Path group = dir.resolve("cv.html");
        resume("022", "schema", "-o", open.toString());
        resume("077", "schema", "-o", closed.toString());
        resume("027", "render", "resumes/li.yml", "--format", "html", "-o", group.toString());
        assertEquals("rw-r--r--", mode(open), "umask 022: 0644, as the README's personal page needs");
        assertEquals("rw-------", mode(closed), "umask 077: 0600");
        assertEquals("rw-r-----", mode(group), "umask 027: 0640");
    }

    @Test
    void aReplacedFileKeepsItsModeWhateverTheUmask() throws Exception {
        assumeTrue(posix());
        Path pdf = dir.resolve("cv.pdf");
        Files.write(pdf, new byte[] {'o', 'l', 'd'});
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("rw-r-----"));
        resume("077", "render", "resumes/li.yml", "-o", pdf.toString());
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals("rw-r-----", mode(pdf));
    }
}
