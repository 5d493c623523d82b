package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.server.Server;
import dev.resume.server.ServerClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The resident renderer serves a request as an in-process run would have run it: the same
 * standard output, standard error, exit code and files, paths read from the client's working
 * directory and printed as the client wrote them; several at once; a cancelled render writes
 * nothing. The server runs in this JVM on a socket in a temporary folder; the in-process runs
 * it is compared with swap System.out and System.err (CliRun), hence the locks.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class ResidentServerTest {
    @TempDir
    static Path tmp;

    static Server server;
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final String JSON = "src/test/resources/jsonresume/richard-hendriks.json";

    @BeforeAll
    static void start() throws IOException {
        server = ServerCommand.start(tmp.resolve("run").resolve("s.sock"), null, Duration.ofMinutes(5));
        assertNotNull(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static ServerClient.Outcome served(Path cwd, String... args) throws IOException {
        return served(cwd, System.getenv(), args);
    }

    static ServerClient.Outcome served(Path cwd, Map<String, String> env, String... args) throws IOException {
        try (ServerClient c = ServerClient.connect(server.socket())) {
            assertNotNull(c, "the server listens");
            assertTrue(c.send(cwd, List.of(args), env, server.umask(), 0, Duration.ofSeconds(10)), "the server accepts");
            return c.finish();
        }
    }

    /** The seconds a render took, which no two runs share. */
    static String timeless(String s) {
        return s.replaceAll("\\d+\\.\\d\\d s", "#.## s");
    }

    /** Runs {@code args} in-process and through the server; both print, return and write the same. */
    static void same(Path output, String... args) throws IOException {
        CliRun.Outcome local = CliRun.run(args);
        byte[] localFile = output != null && Files.exists(output) ? Files.readAllBytes(output) : null;
        if (output != null) {
            Files.deleteIfExists(output);
        }
        ServerClient.Outcome remote = served(ROOT, args);
        String what = String.join(" ", args);
        assertEquals(local.code(), remote.code(), what + ": exit code");
        assertEquals(timeless(local.err()), timeless(remote.errText()), what + ": standard error (served: exit " + remote.code()
                + ", out " + remote.outText() + "; in-process out " + local.out() + ")");
        if (args.length > 2 && List.of(args).contains("-") ) {
            assertArrayEquals(local.outBytes(), remote.out(), what + ": standard output");
        } else {
            assertEquals(timeless(local.out()), timeless(remote.outText()), what + ": standard output");
        }
        if (output != null) {
            assertEquals(localFile != null, Files.exists(output), what + ": the file written or not");
            if (localFile != null) {
                assertArrayEquals(localFile, Files.readAllBytes(output), what + ": the file's bytes");
            }
        }
    }

    @Test
    void servedRunsMatchInProcessRuns() throws IOException {
        Path pdf = tmp.resolve("cao.pdf");
        same(pdf, "render", "resumes/cao.yml", "-o", pdf.toString());
        same(null, "render", "resumes/cao.yml", "-o", "-");
        same(tmp.resolve("cao.md"), "render", "resumes/cao-bib.yml", "--format", "md", "-o", tmp.resolve("cao.md").toString());
        same(null, "validate", "resumes/cao.yml", "resumes/li.yml");
        same(null, "deps", "resumes/cao-bib.yml");
        same(null, "render", "--help");
        same(null, "render");
        same(null, "render", "resumes/missing.yml", "-o", tmp.resolve("m.pdf").toString());
        same(null, "validate", "--no-such-option", "resumes/cao.yml");
        same(null, "convert", JSON, "-o", "-");
        Path yml = tmp.resolve("converted.yml");
        same(yml, "convert", JSON, "-o", yml.toString());
        same(null, "convert", "src/test/resources/bad/json-missing-comma.json", "-o", "-");
    }

    @Test
    void badInputGivesTheSameMessagesAndCodes() throws IOException {
        for (String bad : List.of("bad-date-month-13.yml", "duplicate-key.yml", "binary.yml", "empty.yml", "bib-missing-comma.yml",
                "json-missing-comma.json", "alias.yml")) {
            Path pdf = tmp.resolve("bad-" + bad + ".pdf");
            same(pdf, "render", "src/test/resources/bad/" + bad, "-o", pdf.toString());
        }
    }

    @Test
    void relativePathsAreTheClientsAndPrintAsWritten() throws IOException {
        Path client = Files.createDirectories(tmp.resolve("client/sub"));
        Files.copy(ROOT.resolve("resumes/cao.yml"), client.resolve("cv.yml"));
        ServerClient.Outcome r = served(client.getParent(), "render", "sub/cv.yml");
        assertEquals(0, r.code(), r.errText());
        assertTrue(r.outText().startsWith("sub/cv.pdf  2 pages"), r.outText());
        assertTrue(Files.exists(client.resolve("cv.pdf")));
        r = served(client, "render", "cv.yml", "-o", "../up.pdf");
        assertEquals(0, r.code(), r.errText());
        assertTrue(r.outText().startsWith("../up.pdf  "), r.outText());
        assertTrue(Files.exists(client.getParent().resolve("up.pdf")));
        assertFalse(Files.exists(ROOT.resolve("sub")), "nothing in the server's own working directory");

        Files.writeString(client.resolve("bad.yml"), "name: Ada\nbasics: [\n", StandardCharsets.UTF_8);
        r = served(client, "validate", "bad.yml");
        assertEquals(1, r.code());
        assertTrue(r.errText().startsWith("bad.yml:"), r.errText());
    }

    @Test
    void theClientsEnvironmentIsRead() throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("RESUME_DEBUG", "1");
        env.put("SOURCE_DATE_EPOCH", "1700000000");
        Path a = tmp.resolve("env-a.pdf");
        Path b = tmp.resolve("env-b.pdf");
        assertEquals(0, served(ROOT, env, "render", "resumes/vellander-letter.yml", "-o", a.toString()).code());
        env.put("SOURCE_DATE_EPOCH", "1600000000");
        assertEquals(0, served(ROOT, env, "render", "resumes/vellander-letter.yml", "-o", b.toString()).code());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), "the letter is dated from each client's SOURCE_DATE_EPOCH");
    }

    @Test
    void twoClientsAreServedAtOnce() throws Exception {
        Path a = tmp.resolve("par-a.pdf");
        Path b = tmp.resolve("par-b.pdf");
        CompletableFuture<ServerClient.Outcome> first = CompletableFuture.supplyAsync(() -> call("render", "resumes/cao.yml", "-o", a.toString()));
        CompletableFuture<ServerClient.Outcome> second = CompletableFuture.supplyAsync(() -> call("render", "resumes/li.yml", "-o", b.toString()));
        assertEquals(0, first.get().code(), first.get().errText());
        assertEquals(0, second.get().code(), second.get().errText());
        assertTrue(first.get().outText().startsWith(a + "  2 pages"), first.get().outText());
        assertTrue(second.get().outText().startsWith(b.toString()), second.get().outText());
    }

    private static ServerClient.Outcome call(String... args) {
        try {
            return served(ROOT, args);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCancelledRenderWritesNothing() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cancel"));
        for (int attempt = 0; attempt < 5; attempt++) {
            try (ServerClient c = ServerClient.connect(server.socket())) {
                assertTrue(c.send(ROOT, List.of("render", "--verify", "-d", dir.toString(), "resumes/cao.yml", "resumes/li.yml",
                        "resumes/wen.yml"), System.getenv(), server.umask(), 0, Duration.ofSeconds(10)));
                c.cancel();
            }
        }
        Thread.sleep(3000);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no PDF, no temporary file");
        }
        assertEquals(0, served(ROOT, "validate", "resumes/cao.yml").code(), "the server still serves");
    }

    @Test
    void aClientWithAnotherUmaskOrAnUnservedCommandRunsInProcess() throws IOException {
        try (ServerClient c = ServerClient.connect(server.socket())) {
            assertFalse(c.send(ROOT, List.of("validate", "resumes/cao.yml"), System.getenv(), server.umask() ^ 077, 0, Duration.ofSeconds(10)));
        }
        for (String command : List.of("watch", "new", "server", "themes")) {
            try (ServerClient c = ServerClient.connect(server.socket())) {
                assertFalse(c.send(ROOT, List.of(command), System.getenv(), server.umask(), 0, Duration.ofSeconds(10)), command);
            }
        }
    }

    @Test
    void theSocketFolderIsPrivate() throws IOException {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socket().getParent())));
        Path open = Files.createDirectories(tmp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ServerCommand.start(open.resolve("s.sock"), null, Duration.ofMinutes(1)), "a folder others may read is refused");
    }

    @Test
    void statusAndStop() throws Exception {
        Path sock = tmp.resolve("run2").resolve("s.sock");
        Server other = ServerCommand.start(sock, null, Duration.ofMinutes(5));
        assertNull(ServerCommand.start(sock, null, Duration.ofMinutes(5)), "one server a socket");
        CliRun.Outcome status = CliRun.run("server", "status", "--socket", sock.toString());
        assertEquals(0, status.code());
        assertTrue(status.out().startsWith("resume server: pid " + ProcessHandle.current().pid()), status.out());
        CliRun.Outcome stop = CliRun.run("server", "stop", "--socket", sock.toString());
        assertEquals(0, stop.code(), stop.err());
        other.await();
        assertFalse(Files.exists(sock));
        assertEquals(1, CliRun.run("server", "status", "--socket", sock.toString()).code());
    }

    @Test
    void anIdleServerAndOneWhoseBuildIsGoneExit() throws Exception {
        Path idleSock = tmp.resolve("run3").resolve("s.sock");
        Server idle = ServerCommand.start(idleSock, null, Duration.ofMillis(400));
        Path launcher = Files.writeString(tmp.resolve("launcher"), "v1");
        Path buildSock = tmp.resolve("run4").resolve("s.sock");
        Server build = ServerCommand.start(buildSock, launcher, Duration.ofMinutes(5));
        Files.writeString(launcher, "rebuilt");
        long start = System.nanoTime();
        idle.await();
        build.await();
        assertTrue(System.nanoTime() - start < 20e9);
        assertFalse(Files.exists(idleSock));
        assertFalse(Files.exists(buildSock));
    }
}
