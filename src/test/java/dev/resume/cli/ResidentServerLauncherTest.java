package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.Slow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident renderer end to end, as a user meets it: the C client built with cc, beside a
 * copy of the launcher (target/resume, from `make build`), its sockets in a private folder of
 * the test's. The first call runs in-process and leaves a server starting; the next are served
 * with the same output; RESUME_SERVER=0 and a rebuilt launcher bypass it; Ctrl-C in the client
 * cancels its render, which writes nothing.
 */
@Slow
class ResidentServerLauncherTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    private Path launcher;
    private Path work;
    private Path xdg;

    Run run(Map<String, String> extra, String... args) throws Exception {
        Process p = start(extra, args);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    Process start(Map<String, String> extra, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add(launcher.toString());
        pb.command().addAll(List.of(args));
        pb.directory(work.toFile());
        pb.environment().remove("CI");
        pb.environment().remove("RESUME_SERVER");
        pb.environment().remove("RESUME_JAVA_OPTS");
        pb.environment().put("XDG_RUNTIME_DIR", xdg.toString());
        pb.environment().put("RESUME_SERVER_IDLE", "120");
        pb.environment().putAll(extra);
        return pb.start();
    }

    static String timeless(String s) {
        return s.replaceAll("\\d+\\.\\d\\d s", "#.## s");
    }

    int served() throws Exception {
        Run s = run(Map.of(), "server", "status");
        Matcher m = Pattern.compile("(\\d+) requests? served").matcher(s.out());
        return s.code() == 0 && m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    Path socketFolder() {
        return xdg.resolve("resume");
    }

    boolean awaitSocket(boolean present) throws Exception {
        for (int i = 0; i < 600; i++) {
            boolean any;
            try (var files = Files.list(socketFolder())) {
                any = files.anyMatch(f -> f.toString().endsWith(".sock"));
            } catch (IOException e) {
                any = false;
            }
            if (any == present) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void theLauncherHandsCallsToAServerAndFallsBackWithoutOne() throws Exception {
        Path built = Path.of("target/resume").toAbsolutePath();
        Assumptions.assumeTrue(Files.isExecutable(built), "make build first: target/resume");
        Assumptions.assumeTrue(new ProcessBuilder("sh", "-c", "command -v cc").start().waitFor() == 0, "no C compiler");
        launcher = tmp.resolve("bin/resume");
        Files.createDirectories(launcher.getParent());
        Files.copy(built, launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Process cc = new ProcessBuilder("cc", "-std=c99", "-O2", "-o", launcher + "-client", "src/main/c/resume-client.c").inheritIO().start();
        assertEquals(0, cc.waitFor());
        work = Files.createDirectories(tmp.resolve("work"));
        xdg = Files.createDirectories(tmp.resolve("xdg"));
        Files.copy(Path.of("resumes/cao.yml"), work.resolve("cv.yml"));
        Files.copy(Path.of("src/test/resources/bad/duplicate-key.yml"), work.resolve("bad.yml"));

        Run first = run(Map.of(), "render", "cv.yml", "-o", "first.pdf");
        assertEquals(0, first.code(), first.err());
        assertTrue(awaitSocket(true), "a server was left starting");
        Run second = run(Map.of(), "render", "cv.yml", "-o", "second.pdf");
        assertEquals(0, second.code(), second.err());
        assertEquals(timeless(first.out()).replace("first", "second"), timeless(second.out()));
        assertEquals(first.err(), second.err());
        assertArrayEquals(Files.readAllBytes(work.resolve("first.pdf")), Files.readAllBytes(work.resolve("second.pdf")));
        int count = served();
        assertTrue(count >= 1, "the second call was served: " + count);

        Run badServed = run(Map.of(), "validate", "bad.yml");
        Run badLocal = run(Map.of("RESUME_SERVER", "0"), "validate", "bad.yml");
        assertEquals(badLocal, badServed);
        assertEquals(1, badServed.code());
        assertEquals(count + 1, served(), "RESUME_SERVER=0 ran in-process");
        Run ci = run(Map.of("CI", "true"), "render", "cv.yml", "-o", "ci.pdf");
        assertEquals(0, ci.code());
        assertEquals(count + 1, served(), "CI set ran in-process");

        // Ctrl-C in the client: the render is cancelled and writes nothing.
        Files.createDirectories(work.resolve("cancel"));
        // One long render (a résumé of some thirty pages), so that a warm server cannot have
        // finished it, nor written its PDF, when the signal comes 20 ms after the client starts:
        // a batch of short files was, and wrote the first (a batch writes each file when done).
        StringBuilder longCv = new StringBuilder("name: Ilse Marrow\nsections:\n  - title: Notes\n    bullets:\n");
        for (int i = 0; i < 1500; i++) {
            longCv.append("      - Item ").append(i).append(" of a long list, written out to give the render a page's worth of work.\n");
        }
        Files.writeString(work.resolve("long.yml"), longCv);
        List<String> args = List.of("render", "--verify", "-d", "cancel", "long.yml");
        Process p = start(Map.of(), args.toArray(String[]::new));
        ProcessHandle client = null;
        for (int i = 0; i < 100 && client == null; i++) {
            client = p.toHandle().children().filter(c -> c.info().command().orElse("").endsWith("resume-client")).findFirst().orElse(null);
            Thread.sleep(10);
        }
        assertTrue(client != null, "the client runs");
        Thread.sleep(20);
        new ProcessBuilder("kill", "-INT", String.valueOf(client.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(130, p.exitValue(), "the exit of a JVM stopped by SIGINT");
        Thread.sleep(2000);
        try (var files = Files.list(work.resolve("cancel"))) {
            assertEquals(List.of(), files.toList());
        }

        // A rebuilt launcher is another build: the old server is not asked, and exits.
        Files.setLastModifiedTime(launcher, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Run rebuilt = run(Map.of(), "render", "cv.yml", "-o", "rebuilt.pdf");
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(Files.exists(work.resolve("rebuilt.pdf")));
        Thread.sleep(8000);
        Run stop = run(Map.of(), "server", "stop");
        assertEquals(0, stop.code(), stop.out());
        assertTrue(awaitSocket(false), "both servers gone: the old one by itself, the new one stopped");
        assertFalse(Files.exists(work.resolve("sub")));
    }
}
