package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** `resume render a.yml b.yml …`: one process, all cores, the same bytes as one file at a time. */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class BatchTest {
    private static final List<String> SAMPLES = List.of("cao", "li", "liu");

    @TempDir
    Path dir;

    @Test
    void aParallelBatchWritesTheBytesOfRendersOneAtATime() throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        for (String s : SAMPLES) {
            // A new renderer each time: nothing shared with the batch.
            new Renderer().render(Path.of("resumes/" + s + ".yml"), alone.resolve(s + ".pdf"), RenderOptions.DEFAULT);
        }
        // Each sample several times over, so that documents do close at the same time.
        Path inputs = Files.createDirectories(dir.resolve("in"));
        List<String> args = new ArrayList<>(List.of("render", "-d", dir.resolve("batch").toString()));
        for (int i = 0; i < 4; i++) {
            for (String s : SAMPLES) {
                Path copy = inputs.resolve(s + "-" + i + ".yml");
                Files.copy(Path.of("resumes/" + s + ".yml"), copy);
                args.add(copy.toString());
            }
        }
        Path bad = inputs.resolve("bad.yml");
        Files.writeString(bad, "name: Ada\nsections:\n  - title: E\n    education:\n      - instituion: MIT\n");
        args.add(3, bad.toString());

        String[] outErr = new String[2];
        int code = run(outErr, args.toArray(String[]::new));

        assertEquals(ExitCode.INVALID_INPUT, code, "the worst exit code of the batch");
        for (int i = 0; i < 4; i++) {
            for (String s : SAMPLES) {
                assertArrayEquals(Files.readAllBytes(alone.resolve(s + ".pdf")),
                        Files.readAllBytes(dir.resolve("batch").resolve(s + "-" + i + ".pdf")), s + "-" + i);
            }
        }
        assertFalse(Files.exists(dir.resolve("batch/bad.pdf")));
        assertTrue(outErr[1].contains("bad.yml: 1 error"), outErr[1]);
        // One line per rendered file, in the order of the arguments.
        List<String> lines = outErr[0].lines().toList();
        assertEquals(12, lines.size(), outErr[0]);
        int k = 0;
        for (int i = 0; i < 4; i++) {
            for (String s : SAMPLES) {
                assertTrue(lines.get(k++).startsWith(dir.resolve("batch").resolve(s + "-" + i + ".pdf").toString()), outErr[0]);
            }
        }
    }

    private static int run(String[] outErr, String... args) {
        CliRun.Outcome o = CliRun.run(args);
        outErr[0] = o.out();
        outErr[1] = o.err();
        return o.code();
    }
}
