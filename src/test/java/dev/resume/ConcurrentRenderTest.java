package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders on several threads at once (a batch, the server's clients) share fonts, and no lock
 * keeps their documents from closing (writing the font subsets) at the same moment: each PDF
 * must still be byte for byte the one a render on its own writes. Compared as bytes, since
 * this is about reproducibility, not about what the page shows.
 */
@Slow
class ConcurrentRenderTest {
    private static final List<String> SAMPLES = List.of("cao", "liu", "li", "wen");
    private static final int ROUNDS = 24;

    @TempDir
    Path dir;

    @Test
    void twoThreadsRenderingDifferentFilesGiveTheBytesOfRendersOnTheirOwn() throws Exception {
        Renderer renderer = new Renderer();
        List<byte[]> alone = new ArrayList<>();
        for (String s : SAMPLES) {
            Path out = dir.resolve(s + "-alone.pdf");
            renderer.render(Path.of("resumes/" + s + ".yml"), out, RenderOptions.DEFAULT);
            alone.add(Files.readAllBytes(out));
        }
        int threads = 2;
        CyclicBarrier together = new CyclicBarrier(threads);
        List<String> differ = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        // Each thread a different file in each round, both starting at once.
                        int sample = (thread + 2 * round + round / SAMPLES.size()) % SAMPLES.size();
                        Path out = dir.resolve(SAMPLES.get(sample) + "-" + thread + "-" + round + ".pdf");
                        together.await(60, TimeUnit.SECONDS);
                        renderer.render(Path.of("resumes/" + SAMPLES.get(sample) + ".yml"), out, RenderOptions.DEFAULT);
                        // Noted, not thrown: the other thread still meets this one at the barrier.
                        if (!Arrays.equals(alone.get(sample), Files.readAllBytes(out))) {
                            differ.add(SAMPLES.get(sample) + " on thread " + thread + ", round " + round);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), differ, "renders whose bytes differ from the render on its own");
    }
}
