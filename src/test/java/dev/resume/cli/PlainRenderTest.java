package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The plain reading of `resume render` gives what picocli's does, and leaves picocli everything else. */
class PlainRenderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheCommonArgumentsAsPicocliDoes() {
        List<String[]> lines = List.of(
                args("render", "cv.yml"),
                args("render", "a.yml", "b.yml", "-d", "out"),
                args("render", "cv.yml", "-o", "x.pdf", "--theme", "modern", "--lang", "zh", "--strict", "--verify"),
                args("render", "--output=x.pdf", "cv.yml", "--paper", "letter", "--locale", "de", "--max-pages", "2"),
                args("render", "cv.yml", "--tags", "ml,systems", "--tags", "hpc", "--only", "education", "--omit=talks"),
                args("render", "cv.yml", "--format", "pdf,png", "--dpi", "72", "--stats", "--profile", "--pdfa", "--debug"),
                args("render", "cv.yml", "--debug-layout", "-o", "-"),
                args("render", "cv.yml", "--tags", "a,,b", "--format", "md", "--format", "html"));
        for (String[] a : lines) {
            RenderCommand plain = PlainRender.read(Invocation.PROCESS, a);
            assertNotNull(plain, String.join(" ", a));
            CommandLine.ParseResult parsed = Main.commandLine(Invocation.PROCESS).parseArgs(a);
            RenderCommand picocli = (RenderCommand) parsed.subcommand().commandSpec().userObject();
            assertEquals(fields(picocli), fields(plain), String.join(" ", a));
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        List<String[]> lines = List.of(
                args("render"), args("render", "--help"), args("render", "-h"), args("render", "-V"), args("render", "cv.yml", "--help"),
                args("render", "@args.txt"), args("render", "--", "cv.yml"), args("render", "-ox.pdf", "cv.yml"),
                args("render", "cv.yml", "--strict=true"), args("render", "cv.yml", "--theme", "a", "--theme", "b"),
                args("render", "cv.yml", "-o", "a.pdf", "--output", "b.pdf"), args("render", "cv.yml", "--frobnicate"),
                args("render", "cv.yml", "-o"), args("render", "cv.yml", "-o", "--strict"), args("render", "--verify"),
                args("render", "cv.yml", "--max-pages", "010"), args("render", "cv.yml", "--max-pages", "two"),
                args("render", "cv.yml", "--tags", "\"a,b\""), args("render", "-"), args("render", ""),
                args("render", "cv.yml", "--theme="), args("validate", "cv.yml"), args("--version"));
        for (String[] a : lines) {
            assertNull(PlainRender.read(Invocation.PROCESS, a), String.join(" ", a));
        }
    }

    @Test
    void printsWritesAndExitsAsPicocliDoes() throws Exception {
        Path cv = dir.resolve("cv.yml");
        Files.writeString(cv, "name: Ilse Varnhagen\ncontact:\n  - email: ilse@example.org\nsections:\n  - title: Work\n"
                + "    experience:\n      - organization: Hütte Nord\n        role: Glassblower\n        start: 2019-04\n        end: present\n");
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "name: Ilse Varnhagen\nsections:\n  - title: Work\n    experience:\n      - organisation: Hütte Nord\n");
        List<String[]> lines = new ArrayList<>(List.of(
                args("render", cv.toString(), "-o", dir.resolve("one.pdf").toString()),
                args("render", bad.toString(), "-o", dir.resolve("bad.pdf").toString()),
                args("render", dir.resolve("missing.yml").toString()),
                args("render", cv.toString(), bad.toString(), "-o", dir.resolve("two.pdf").toString()),
                args("render", cv.toString(), "--max-pages", "0"),
                args("render", cv.toString(), "--paper", "a3-ish"),
                args("render", cv.toString(), "--locale", "english"),
                args("render", cv.toString(), "--format", "pdf,nope"),
                args("render", cv.toString(), "--dpi", "72"),
                args("render", cv.toString(), "-o", "-", "--format", "pdf,md"),
                args("render", cv.toString(), "-o", cv.toString()),
                args("render", cv.toString(), "--theme", "no-such-theme", "-d", dir.resolve("d").toString()),
                args("render", cv.toString(), "--format", "md,txt", "-d", dir.resolve("e").toString())));
        for (String[] a : lines) {
            assertNotNull(PlainRender.read(Invocation.PROCESS, a), String.join(" ", a));
            Outcome plain = capture(() -> Main.run(a));
            byte[] first = files(dir);
            Outcome picocli = capture(() -> Main.commandLine(Invocation.PROCESS).execute(a));
            assertEquals(picocli.code, plain.code, String.join(" ", a));
            assertEquals(picocli.out, plain.out, String.join(" ", a));
            assertEquals(picocli.err, plain.err, String.join(" ", a));
            assertArrayEquals(files(dir), first, String.join(" ", a));
        }
        assertTrue(Files.size(dir.resolve("one.pdf")) > 1000);
    }

    private record Outcome(int code, String out, String err) {}

    /** What a run printed, its times ("0.42 s") made equal. */
    private static Outcome capture(IntSupplier run) {
        CliRun.Outcome o = CliRun.capture(run);
        return new Outcome(o.code(), untimed(o.out()), untimed(o.err()));
    }

    private static String untimed(String printed) {
        return printed.replaceAll("\\d+\\.\\d\\d s", "T s");
    }

    /** Every file under the folder, names and bytes, as one array. */
    private static byte[] files(Path dir) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                all.write(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) {
                    all.write(Files.readAllBytes(p));
                }
            }
        }
        return all.toByteArray();
    }

    private static String fields(RenderCommand c) {
        LookOptions l = c.look;
        return List.of(String.valueOf(c.files), String.valueOf(c.output), String.valueOf(c.dir), c.verify, c.stats, c.debugLayout, c.debug,
                c.profile, c.pdfa, String.valueOf(c.formats), String.valueOf(c.dpi), String.valueOf(l.theme), String.valueOf(l.paper),
                String.valueOf(l.locale), String.valueOf(l.maxPages), String.valueOf(l.tags), String.valueOf(l.only), String.valueOf(l.omit),
                String.valueOf(l.lang), l.strict).toString();
    }

    private static String[] args(String... a) {
        return a;
    }
}
