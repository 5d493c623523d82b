package dev.resume.cli;

import dev.resume.api.OutputFormats;
import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.api.Sources;
import dev.resume.diag.DiagnosticPrinter;
import dev.resume.diag.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true, description = {
    "Renders résumé files, then again on every save of them or of what they are made from:",
    "the files they extend and their theme files.",
    "x.yml becomes x.pdf beside it (or in -d DIR). Ctrl-C stops."})
final class WatchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Résumé files (YAML).")
    List<Path> files;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Write the PDFs into DIR.")
    Path dir;

    @CommandLine.Mixin
    LookOptions look;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        RenderOptions options = look.toRenderOptions(spec.commandLine(), false);
        List<Path> extra = new ArrayList<>();
        if (options.themeFile() != null) {
            extra.add(options.themeFile());
        }
        new Watcher(files, dir, extra, options,
                spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        return ExitCode.OK;
    }

    /**
     * The watch loop, apart from the command line so that a test can run and stop it. The JVM
     * stays warm: fonts stay loaded between renders (themes are read again each time, since they
     * may have changed).
     */
    static final class Watcher {
        /**
         * A change is complete once its folders have been quiet this long: editors save in
         * several steps (truncate and write, or write a temporary file and rename it), each an
         * event within a millisecond or two of the last, and these are rendered once. A fixed
         * wait after the first event (it was 100 ms) would delay every render by all of it; the
         * quiet time itself is part of every save's wait (at 20 ms it was a third of it).
         */
        static final long DEBOUNCE_MS = 10;
        /** However long the saves go on, a render is not put off longer than this. */
        static final long MAX_WAIT_MS = 300;
        /** Silent renders after the first, so that the JIT has compiled the hot paths before the first save. */
        static final int WARM_UP_RENDERS = 3;
        /**
         * More silent renders after "watching", on a thread of their own (the other core, while
         * a save is rendered on this one), until done or watching ends: a watcher runs with C2
         * (the launcher), which compiles a method only after many calls, and three renders leave
         * most of the render interpreted or C1-compiled: in one JVM a render takes 25 ms after
         * forty renders and 16 ms after three hundred. The warm-up stops after these renders or
         * {@link #BACKGROUND_WARM_UP}, whichever comes first, so that a watcher of a long file
         * does not keep a core busy for minutes.
         */
        static final int BACKGROUND_WARM_UP_RENDERS = 300;
        static final java.time.Duration BACKGROUND_WARM_UP = java.time.Duration.ofSeconds(10);
        /** The warm-up before "watching": as many renders as it asks for, however long they take. */
        private static final java.time.Duration UNBOUNDED = java.time.Duration.ofNanos(Long.MAX_VALUE);
        /**
         * Held from a save's first event until it is rendered: the background warm-up starts no
         * render meanwhile, so the save has both cores (the compiler's threads and its own).
         */
        private final java.util.concurrent.locks.ReentrantLock saving = new java.util.concurrent.locks.ReentrantLock();
        /** Set when watching ends: the background warm-up stops. */
        private final java.util.concurrent.atomic.AtomicBoolean stopWarmUp = new java.util.concurrent.atomic.AtomicBoolean();

        private final List<Path> files;
        private final Path dir;
        private final List<Path> extra;
        private final RenderOptions options;
        private final PrintWriter out;
        private final PrintWriter err;
        private final Renderer renderer = new Renderer(false);

        Watcher(List<Path> files, Path dir, List<Path> extra, RenderOptions options, PrintWriter out, PrintWriter err) {
            this.files = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            this.dir = dir;
            this.extra = extra.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            this.options = options;
            this.out = out;
            this.err = err;
        }

        /** The files each résumé is made from (itself, its bases, its theme files), as absolute paths. */
        private final java.util.Map<Path, Set<Path>> dependencies = new java.util.HashMap<>();

        private Set<Path> dependencies(Path file) {
            Set<Path> deps = new LinkedHashSet<>();
            for (Path p : Sources.of(file)) {
                deps.add(p.toAbsolutePath().normalize());
            }
            deps.addAll(extra);
            dependencies.put(file, deps);
            return deps;
        }

        /** Renders every file, then re-renders on changes until interrupted. */
        void run() throws IOException, InterruptedException {
            try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
                Set<Path> folders = new LinkedHashSet<>();
                for (Path f : files) {
                    render(f);
                    for (Path d : dependencies(f)) {
                        if (folders.add(d.getParent())) {
                            d.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                        }
                    }
                }
                warmUp(WARM_UP_RENDERS, UNBOUNDED);
                Thread.ofPlatform().daemon().name("resume-watch-warm-up").start(() -> warmUp(BACKGROUND_WARM_UP_RENDERS,
                        BACKGROUND_WARM_UP));
                out.println("watching " + files.size() + " file" + (files.size() == 1 ? "" : "s") + "; Ctrl-C stops");
                out.flush();
                while (!Thread.currentThread().isInterrupted()) {
                    WatchKey key = watcher.take();
                    saving.lock();
                    try {
                        renderSave(watcher, key, folders);
                    } finally {
                        saving.unlock();
                    }
                }
            } catch (ClosedWatchServiceException e) {
                // stopped
            } finally {
                stopWarmUp.set(true);
            }
        }

        /** Gathers the rest of a save that began with {@code key}, then renders what it changed. */
        private void renderSave(WatchService watcher, WatchKey key, Set<Path> folders) throws IOException, InterruptedException {
            Set<Path> changed = new LinkedHashSet<>();
            collect(key, changed);
            // Debounce: gather the rest of the save, until the folders are quiet.
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
            long wait;
            while ((wait = Math.min(TimeUnit.MILLISECONDS.toNanos(DEBOUNCE_MS), deadline - System.nanoTime())) > 0
                    && (key = watcher.poll(wait, TimeUnit.NANOSECONDS)) != null) {
                collect(key, changed);
            }
            for (Path f : files) {
                Set<Path> deps = dependencies.get(f);
                if (changed.stream().anyMatch(deps::contains)) {
                    render(f);
                    // A save may have named another base or theme: watch its folder too.
                    for (Path d : dependencies(f)) {
                        if (folders.add(d.getParent())) {
                            d.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                        }
                    }
                }
            }
        }

        /**
         * Renders the first résumé a few more times into a temporary folder, printing nothing:
         * a cold JVM runs the render's code interpreted, and these runs get it compiled, so the
         * first save is rendered about as fast as the tenth. Fonts and themes are those of the
         * real renders; what fails here has already been reported by the first render.
         */
        private void warmUp(int renders, java.time.Duration budget) {
            long start = System.nanoTime();
            Path scratch = null;
            try {
                scratch = java.nio.file.Files.createTempDirectory("resume-watch");
                for (int i = 0; i < renders && !Thread.currentThread().isInterrupted() && !stopWarmUp.get()
                        && System.nanoTime() - start < budget.toNanos(); i++) {
                    // Not while a save waits to be rendered, or is (never on the thread that renders saves).
                    saving.lock();
                    saving.unlock();
                    renderer.render(files.get(0), scratch.resolve("warm-up.pdf"), options);
                }
            } catch (IOException | RuntimeException e) {
                // Only a head start: the renders on save report what goes wrong.
            } finally {
                if (scratch != null) {
                    try {
                        java.nio.file.Files.deleteIfExists(scratch.resolve("warm-up.pdf"));
                        java.nio.file.Files.deleteIfExists(scratch);
                    } catch (IOException ignored) {
                        // a stray empty folder in the temporary directory
                    }
                }
            }
        }

        private static void collect(WatchKey key, Set<Path> changed) {
            Path folder = (Path) key.watchable();
            for (WatchEvent<?> e : key.pollEvents()) {
                if (e.context() instanceof Path p) {
                    changed.add(folder.resolve(p).toAbsolutePath().normalize());
                }
            }
            key.reset();
        }

        private void render(Path file) {
            Path target = OutputFormats.PDF.fileFor(file, dir);
            DiagnosticPrinter printer = new DiagnosticPrinter();
            try {
                RenderResult r = renderer.render(file, target, options);
                printer.print(err, r.warnings());
                out.printf(Locale.ROOT, "%s  %d page%s  %.3f s%n", r.output(), r.pages(), r.pages() == 1 ? "" : "s", r.nanos() / 1e9);
            } catch (InvalidInputException e) {
                printer.print(err, e.diagnostics());
                long errors = e.errorCount();
                err.printf("%s: %d error%s; %s not written; still watching%n", file, errors, errors == 1 ? "" : "s", target);
            } catch (IOException | RuntimeException e) {
                err.println("resume: " + file + ": " + e.getMessage() + "; still watching");
            }
            err.flush();
            out.flush();
        }
    }
}
