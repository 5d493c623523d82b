package dev.resume.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders many résumés in one process, each into one or more files: the renderer's fonts are
 * parsed once, each theme is read once (with a renderer that caches themes), and the résumés are
 * typeset on all cores. The outcomes come back in the order of the jobs, so that what is printed
 * of them reads as if the files had been rendered one at a time.
 */
public final class Batch {

    /** One file to write: its format, and where. */
    public record Target(OutputFormat format, Path path) {}

    /**
     * A résumé and the files to make of it, in order; one typesetting serves them all.
     *
     * @param lang the language it is rendered in (of a file in several), over the options'; null for theirs
     */
    public record Job(Path input, List<Target> targets, String lang) {
        public Job(Path input, List<Target> targets) {
            this(input, targets, null);
        }
    }

    /**
     * A file written.
     *
     * @param nanos the time from the start of the job to this file's end: the typesetting included
     */
    public record Written(Target target, RenderResult result, long nanos) {}

    /**
     * What came of a job: the files written, in order, and what stopped it, or null.
     *
     * @param fonts the faces the résumé is drawn with, when the batch was asked for them (else empty)
     * @param failure an {@link dev.resume.diag.InvalidInputException}, an {@link java.io.IOException},
     *     or a {@link RuntimeException} (a bug met on one file: the other files still render)
     * @param failedAt the target being written when it failed: the first one, when typesetting failed
     */
    public record Outcome(Job job, List<Written> written, List<FontUse> fonts, Exception failure, Target failedAt) {}

    private final Renderer renderer;
    private final RenderOptions options;
    private final boolean fontUse;

    /** With {@code fontUse}, each outcome says which faces drew the résumé (for --stats). */
    public Batch(Renderer renderer, RenderOptions options, boolean fontUse) {
        this.renderer = renderer;
        this.options = options;
        this.fontUse = fontUse;
    }

    /** Runs every job, on as many threads as there are cores (and jobs); the outcomes in the jobs' order. */
    public List<Outcome> run(List<Job> jobs) {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        List<Outcome> outcomes = new ArrayList<>();
        if (threads <= 1) {
            for (Job job : jobs) {
                outcomes.add(run(job));
            }
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> run(job)));
            }
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private Outcome run(Job job) {
        List<Written> written = new ArrayList<>();
        Typeset typeset = null;
        Target target = job.targets().get(0);
        long start = System.nanoTime();
        Exception failure = null;
        try {
            typeset = renderer.typeset(job.input(), job.lang() == null ? options : options.withLang(job.lang()));
            for (Target t : job.targets()) {
                target = t;
                RenderResult r = t.format().write(renderer, typeset, t.path(), options);
                written.add(new Written(t, r, System.nanoTime() - start));
            }
        } catch (Exception e) {
            failure = e;
        }
        List<FontUse> fonts = List.of();
        if (fontUse && typeset != null) {
            try {
                fonts = renderer.fontUse(typeset);
            } catch (RuntimeException e) {
                failure = failure != null ? failure : e;
            }
        }
        return new Outcome(job, List.copyOf(written), fonts, failure, failure == null ? null : target);
    }
}
