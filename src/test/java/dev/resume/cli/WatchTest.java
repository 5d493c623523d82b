package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `resume watch`: renders, then renders again on save, and keeps watching after an error. */
class WatchTest {
    private static final String CV = """
            name: Ada Quillfeather
            sections:
              - title: Education
                education:
                  - institution: University of London
                    start: 1840
                    end: 1842
            """;

    @TempDir
    Path dir;

    @Test
    void aSaveRendersAgainAndAnErrorKeepsWatching() throws Exception {
        Path cv = dir.resolve("cv.yml");
        Files.writeString(cv, CV);
        try (Session w = watch(List.of(cv))) {
            await(w.out(), s -> s.contains("watching"));
            long pdfs = count(w.out().toString(), "cv.pdf");
            byte[] first = Files.readAllBytes(dir.resolve("cv.pdf"));
            Files.writeString(cv, CV.replace("University of London", "University of Cambridge"));
            await(w.out(), s -> count(s, "cv.pdf") > pdfs);
            assertTrue(!java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("cv.pdf"))), "the PDF was rendered again");
            Files.writeString(cv, CV.replace("institution:", "instituion:"));
            await(w.err(), s -> s.contains("still watching"));
            assertTrue(w.err().toString().contains("did you mean 'institution'"), w.err().toString());
            Files.writeString(cv, CV);
            await(w.out(), s -> count(s, "cv.pdf") > pdfs + 1);
        }
    }

    @Test
    void aSaveOfTheBaseRendersItsVariantAndNothingElse() throws Exception {
        Path base = dir.resolve("cv.yml");
        Files.writeString(base, CV);
        Path variant = dir.resolve("short.yml");
        Files.writeString(variant, "extends: cv.yml\nheadline: Short\n");
        Path other = dir.resolve("other.yml");
        Files.writeString(other, CV);
        try (Session w = watch(List.of(variant, other))) {
            await(w.out(), s -> s.contains("watching"));
            Files.writeString(base, CV.replace("University of London", "University of Cambridge"));
            await(w.out(), s -> count(s, "short.pdf") == 2);
            Thread.sleep(WatchCommand.Watcher.MAX_WAIT_MS + 200);
            assertTrue(count(w.out().toString(), "other.pdf") == 1, "a résumé that does not extend cv.yml is not rendered again: " + w.out());
        }
    }

    @Test
    void aBurstOfWritesEndsInThePdfOfTheLastOne() throws Exception {
        Path cv = dir.resolve("cv.yml");
        Files.writeString(cv, CV);
        try (Session w = watch(List.of(cv))) {
            await(w.out(), s -> s.contains("watching"));
            long pdfs = count(w.out().toString(), "cv.pdf");
            // An editor's save in steps: emptied, then written, then written again.
            String last = CV.replace("University of London", "King's College");
            Files.writeString(cv, "");
            Files.writeString(cv, CV.replace("University of London", "University of Cambridge"));
            Files.writeString(cv, last);
            await(w.out(), s -> count(s, "cv.pdf") > pdfs);
            Path expected = dir.resolve("expected.pdf");
            new dev.resume.api.Renderer().render(cv, expected, RenderOptions.DEFAULT);
            byte[] want = Files.readAllBytes(expected);
            Path pdf = dir.resolve("cv.pdf");
            // Waited for rather than slept on: on a loaded machine the last render may come late.
            long end = System.nanoTime() + 30_000_000_000L;
            while (!java.util.Arrays.equals(want, Files.readAllBytes(pdf))) {
                assertTrue(System.nanoTime() < end, "the watched PDF is that of the last write; output: " + w.out() + w.err());
                Thread.sleep(20);
            }
            Thread.sleep(WatchCommand.Watcher.MAX_WAIT_MS + 200); // and no older render comes after it
            assertTrue(java.util.Arrays.equals(want, Files.readAllBytes(pdf)), "no render of an earlier write replaced it: " + w.out() + w.err());
        }
    }

    /** A watcher running on a thread of its own, with what it prints; closing it stops it. */
    private record Session(Thread thread, StringWriter out, StringWriter err) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(5000);
        }
    }

    private static Session watch(List<Path> files) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        WatchCommand.Watcher watcher = new WatchCommand.Watcher(files, null, List.of(), RenderOptions.DEFAULT,
                new PrintWriter(out, true), new PrintWriter(err, true));
        Thread thread = new Thread(() -> {
            try {
                watcher.run();
            } catch (InterruptedException e) {
                // stopped by the test
            } catch (Exception e) {
                err.write("failed: " + e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return new Session(thread, out, err);
    }

    private static long count(String s, String what) {
        return s.lines().filter(l -> l.contains(what)).count();
    }

    private static void await(StringWriter w, Predicate<String> done) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!done.test(w.toString())) {
            assertTrue(System.nanoTime() < end, "timed out; output so far: " + w);
            Thread.sleep(20);
        }
    }
}
