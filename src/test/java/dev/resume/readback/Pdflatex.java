package dev.resume.readback;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * pdflatex as a yardstick for the spacing tests: whether it and a LaTeX package are installed,
 * running it on a file, reading its log, and writing text for it.
 */
public final class Pdflatex {

    /** Whether pdflatex and kpsewhich are on the PATH. */
    public static boolean installed() {
        return onPath("pdflatex") && onPath("kpsewhich");
    }

    /** Whether kpsewhich finds {@code file} ("tgpagella.sty"), run in {@code dir}. */
    public static boolean has(Path dir, String file) throws IOException, InterruptedException {
        return installed() && run(dir, "kpsewhich", file) == 0;
    }

    /** Runs a program in {@code dir}, its output to run.log there; its exit code, -1 after a minute. */
    public static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("run.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** Sets {@code name}.tex in {@code dir} into {@code name}.pdf; whether pdflatex succeeded. */
    public static boolean compile(Path dir, String name) throws IOException, InterruptedException {
        return run(dir, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex") == 0;
    }

    /** A file pdflatex wrote (its log is Latin-1 at worst), or a note that it is missing. */
    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** The lines pdflatex let run past the margin: its log's "Overfull \\hbox" warnings. */
    public static int overfullBoxes(String log) {
        return log.split("Overfull \\\\hbox", -1).length - 1;
    }

    /** Plain text as LaTeX source: its special characters escaped, dashes as TeX's ligatures. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> sb.append('\\').append(c);
                case '^' -> sb.append("\\textasciicircum{}");
                case '~' -> sb.append("\\textasciitilde{}");
                case '×' -> sb.append("\\texttimes{}");
                case '²' -> sb.append("\\texttwosuperior{}");
                case '–' -> sb.append("--");
                case '—' -> sb.append("---");
                case '<' -> sb.append("\\textless{}");
                case '>' -> sb.append("\\textgreater{}");
                case '"' -> sb.append("\\textquotedbl{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private Pdflatex() {}
}
