package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resume.api.RenderOptions;
import dev.resume.api.RenderResult;
import dev.resume.api.Renderer;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Damages the sample résumés, a few small valid ones and the built-in themes at random and
 * renders each result with one shared {@link Renderer}. The only outcomes allowed are a PDF, or
 * an {@link InvalidInputException} whose every diagnostic has a message and, when it is about
 * the file, a place inside the file. Anything else (another exception, an error, more than
 * {@value #CASE_SECONDS} s for one case) fails with the case's seed and input.
 *
 * <p>Runs for {@code -Dfuzz.seconds=N} seconds (20 by default). Each case is made from its own
 * seed, the run's seed plus its number; {@code -Dfuzz.seed=S} starts from S, so
 * {@code -Dfuzz.seed=<a failing case's seed>} makes that case the first again.
 */
@Slow
// Prints its figures: not while a command-line test has swapped System.out.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class FuzzTest {
    private static final long SECONDS = Long.getLong("fuzz.seconds", 20);
    private static final int CASE_SECONDS = 10;

    private static final List<String> SMALL = List.of("""
            name: Ada Quillfeather
            headline: Analyst and metaphysician
            aliases: [A. Quillfeather, "King, Ada"]
            contact:
              - email: ada@example.org
              - phone: "+44 20 7946 0000"
              - website: ada.example.org
                label: Portfolio
              - github: adaquillfeather
            sections:
              - title: Education
                education:
                  - institution: University of London
                    degree: Private tuition in mathematics
                    location: London, UK
                    start: 1840
                    end: 1842
              - title: Publications
                publications:
                  - title: Notes on the Analytical Engine
                    authors: [L. F. Menabrea, A. Quillfeather]
                    venue: "*Scientific Memoirs*"
                    year: 1843
                    links:
                      arxiv: 2311.03285
            """, """
            name: Shiyi Cao
            sections:
              - title: Experience
                experience:
                  - organization: Sky Computing Lab
                    location: University of California, Berkeley
                    roles:
                      - role: Research Intern
                        start: 2025-07
                        end: present
                        bullets:
                          - text: "**SkyNomad**: Multi-Region Spot Instance Scheduling"
                            bullets: [Achieved 50% cost reduction.]
                      - role: Visiting Student
                        when: Fall 2024
              - title: Summary
                text:
                  - A paragraph with `code`, <u>underline</u>, _italics_ and https://example.org/a/b.
                  - "[A link](https://example.org) and a mark†"
              - title: Skills
                skills:
                  - label: Coding
                    details: C++, Python, CUDA
              - title: Projects
                projects:
                  - name: SkyRL
                    subtitle: A Modular Full-stack RL Library for LLMs
                    url: https://github.com/NovaSky-AI/SkyRL
                    note: 4.1k ★
                    date: 2025-03
              - title: Awards
                awards:
                  - title: National Scholarship
                    issuer: Ministry of Education
                    date: 2021-12-01
              - title: Services
                bullets:
                  - Reviewer for NeurIPS
              - title: Talks
                entries:
                  - title: On engines
                    subtitle: Invited talk
                    location: London
                    date: 2024
            """, """
            name: A
            sections:
              - title: T
                text: x
            """);

    /** Single characters and short strings that tend to matter: YAML syntax, Markdown, odd Unicode. */
    private static final List<String> PIECES = List.of(
            ":", ": ", "-", "- ", "#", " #", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "[", "]", "{", "}", ",", "?",
            "\\", "\t", "\n", "\r", "\r\n", " ", "  ", "---\n", "...\n", "~", "null", "true", "<<: ", "&a ", "*a", "!!binary ",
            "**", "_", "<u>", "</u>", "<b>", "<br>", "[x](https://example.org)", "[x](javascript:alert(1))", "www.example.org",
            "https://example.org/a/b?c=d#e", "a@b.co", "`code`", "![i](x.png)", "&amp;", "&#0;", "\\*",
            "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009B", "\u00A0", "\u00AD", "\u200B", "\u200D", "\u2028", "\u2029",
            "\u202E", "\uFEFF", "\uFFFE", "\uFFFF", "\uFDD0", "\u0301", "\u20DD", "é", "ß", "Ω", "→", "★", "☃", "中文", "日本語",
            "العربية", "עברית", "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD83C\uDDEC\uD83C\uDDE7", "\uD835\uDC00",
            "\uD840\uDC00", "\uDBFF\uDFFF", "2024", "2024-13", "0x1F", "1e999", "9".repeat(40), "-1", ".inf", "present");

    private static final Pattern VALUE = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z_]+: ?)(.*)$");

    /** A mutation: what it does, and how. */
    private record Mutation(String name, BiFunction<Random, String, String> apply) {}

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("delete a character", (r, s) -> s.isEmpty() ? s : cut(s, at(r, s), 1 + r.nextInt(3))),
            new Mutation("delete a span", (r, s) -> s.isEmpty() ? s : cut(s, at(r, s), r.nextInt(200))),
            new Mutation("insert a piece", (r, s) -> insert(s, at(r, s), pick(r, PIECES))),
            new Mutation("insert a random code point", (r, s) -> insert(s, at(r, s), Character.toString(randomCodePoint(r)))),
            new Mutation("duplicate a span", (r, s) -> {
                int from = at(r, s);
                int to = Math.min(s.length(), from + r.nextInt(300));
                return insert(s, at(r, s), s.substring(from, to));
            }),
            new Mutation("swap two characters", (r, s) -> {
                if (s.length() < 2) {
                    return s;
                }
                char[] c = s.toCharArray();
                int i = r.nextInt(c.length);
                int j = r.nextInt(c.length);
                char t = c[i];
                c[i] = c[j];
                c[j] = t;
                return new String(c);
            }),
            new Mutation("delete a line", (r, s) -> lines(r, s, (lines, i) -> lines.remove(i))),
            new Mutation("duplicate a line", (r, s) -> lines(r, s, (lines, i) -> lines.add(i, lines.get(i)))),
            new Mutation("swap two lines", (r, s) -> lines(r, s, (lines, i) -> {
                int j = r.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            })),
            new Mutation("indent a line more or less", (r, s) -> lines(r, s, (lines, i) -> {
                String l = lines.get(i);
                lines.set(i, r.nextBoolean() ? " ".repeat(1 + r.nextInt(4)) + l : l.replaceFirst("^ {1,2}", ""));
            })),
            new Mutation("indent a line with a tab", (r, s) -> lines(r, s, (lines, i) -> lines.set(i, "\t" + lines.get(i).stripLeading()))),
            new Mutation("truncate", (r, s) -> s.substring(0, at(r, s))),
            new Mutation("replace a value", (r, s) -> replaceValue(r, s, value(r))),
            new Mutation("replace a value with random text", (r, s) -> replaceValue(r, s, text(r, 1 + r.nextInt(40)))),
            new Mutation("replace a value with quoted random text", (r, s) -> replaceValue(r, s, quoted(text(r, 1 + r.nextInt(80))))),
            new Mutation("replace a value with long quoted random text", (r, s) -> replaceValue(r, s, quoted(text(r, 1 + r.nextInt(400))))),
            new Mutation("replace a value with a list", (r, s) -> replaceValue(r, s, "[" + text(r, 5) + ", " + text(r, 5) + "]")),
            new Mutation("replace a value with a mapping", (r, s) -> replaceValue(r, s, "{a: " + text(r, 5) + ", title: b}")),
            new Mutation("alias and anchor", (r, s) -> replaceValue(r, s, r.nextBoolean() ? "*a" : "&a " + text(r, 5))),
            new Mutation("merge key", (r, s) -> lines(r, s, (lines, i) -> {
                String indent = lines.get(i).replaceFirst("\\S.*$", "").replace("-", " ");
                lines.add(i, indent + "<<: *a");
            })),
            new Mutation("very long string", (r, s) -> insert(s, at(r, s), switch (r.nextInt(4)) {
                case 0 -> pick(r, PIECES).repeat(1 + r.nextInt(20_000));
                case 1 -> "word ".repeat(r.nextInt(3_000));
                case 2 -> text(r, 5_000 + r.nextInt(20_000));
                default -> "x".repeat(r.nextInt(60_000));
            })),
            new Mutation("long word in a value", (r, s) -> replaceValue(r, s, (r.nextBoolean() ? "x" : "\uD83D\uDE00").repeat(r.nextInt(6_000)))),
            new Mutation("markup nesting", (r, s) -> replaceValue(r, s, switch (r.nextInt(4)) {
                case 0 -> "\"" + "<u>".repeat(r.nextInt(2_000)) + "x\"";
                case 1 -> "\"" + "*".repeat(r.nextInt(3_000)) + "x" + "*".repeat(r.nextInt(3_000)) + "\"";
                case 2 -> "\"" + "[".repeat(r.nextInt(3_000)) + "x" + "](y)".repeat(r.nextInt(100)) + "\"";
                default -> "\"" + "_a *b ".repeat(r.nextInt(1_000)) + "\"";
            })),
            new Mutation("deep nesting", (r, s) -> insert(s, at(r, s), switch (r.nextInt(3)) {
                case 0 -> "[".repeat(1 + r.nextInt(3_000));
                case 1 -> "{a: ".repeat(1 + r.nextInt(3_000));
                default -> "- ".repeat(1 + r.nextInt(3_000));
            })),
            new Mutation("second document", (r, s) -> insert(s, lineStart(r, s), "---\n")));

    private static final List<Mutation> GENTLE = MUTATIONS.stream()
            .filter(m -> m.name().contains("quoted") || m.name().contains("long word") || m.name().contains("markup")).toList();

    private static int at(Random r, String s) {
        return r.nextInt(s.length() + 1);
    }

    private static int lineStart(Random r, String s) {
        int i = at(r, s);
        while (i > 0 && s.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static String cut(String s, int from, int n) {
        return s.substring(0, from) + s.substring(Math.min(s.length(), from + n));
    }

    private static String insert(String s, int at, String what) {
        return s.substring(0, at) + what + s.substring(at);
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private interface LineEdit {
        void apply(List<String> lines, int i);
    }

    private static String lines(Random r, String s, LineEdit edit) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        edit.apply(lines, r.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String replaceValue(Random r, String s, String value) {
        Matcher m = VALUE.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = pick(r, spans);
        return s.substring(0, span[0]) + value + s.substring(span[1]);
    }

    /** A plausible or implausible scalar. */
    private static String value(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> "";
            case 1 -> pick(r, List.of("2024", "2024-02-30", "2023-09", "Sept 2023", "present", "1e9", "-5", "0", "99999999999"));
            case 2 -> pick(r, List.of("true", "no", "null", "~", ".nan", "0o17", "!!binary aGVsbG8=", "!foo x", "!!int 3"));
            case 3 -> "\"" + text(r, 20).replace("\\", "\\\\").replace("\"", "\\\"") + "\\" + pick(r, List.of("e", "a", "0", "x1b",
                    "u0007", "ud800", "U0001F600", "N", "_", "L", "P", "q")) + "\"";
            case 4 -> "'" + text(r, 20).replace("'", "''") + "'";
            case 5 -> "|\n" + "  ".repeat(1 + r.nextInt(6)) + text(r, 30);
            case 6 -> ">-\n" + ("      " + text(r, 30) + "\n").repeat(1 + r.nextInt(5));
            case 7 -> pick(r, List.of("https://example.org", "javascript:alert(1)", "example", "ftp://x.org", "mailto:a@b.co",
                    "tel:+1", "data:text/html,x", "//x.org", "http://", "https://a.org/x y"));
            case 8 -> pick(r, List.of("classic", "modern", "compact", "columns", "clasic", "x.yml", "../x.yml", "/", ".yml"));
            default -> text(r, 1 + r.nextInt(60));
        };
    }

    /** The text as a double-quoted YAML scalar, with its control characters left out: valid YAML, odd content. */
    private static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF) {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }

    /** Random text: mostly letters and spaces, with pieces and odd code points among them. */
    private static String text(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int k = r.nextInt(20);
            if (k < 12) {
                sb.append((char) ('a' + r.nextInt(26)));
            } else if (k < 15) {
                sb.append(' ');
            } else if (k < 18) {
                sb.append(pick(r, PIECES));
            } else {
                sb.appendCodePoint(randomCodePoint(r));
            }
        }
        return sb.toString();
    }

    /** Any code point, valid or not, biased towards controls, the BMP's odd corners and the astral planes. */
    private static int randomCodePoint(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(0x20);
            case 1 -> 0x7F + r.nextInt(0x21);
            case 2 -> r.nextInt(0x10000);
            case 3 -> 0xD800 + r.nextInt(0x800);
            case 4 -> 0xFFF0 + r.nextInt(0x10);
            default -> 0x10000 + r.nextInt(0x100000);
        };
    }

    // ---- one case ---------------------------------------------------------------------------

    /**
     * An input: a résumé (and a theme file to render it with, or null), and what was done to it.
     * Texts are written as UTF-8, a lone surrogate as '?'; {@code resumeBytes}, when not null,
     * are written as they are.
     */
    private record Case(long seed, String resume, String theme, byte[] resumeBytes, List<String> done) {}

    private static Case generate(long seed, List<String> resumes, List<String> themes) {
        Random r = new Random(seed);
        boolean damageTheme = r.nextInt(5) == 0;
        String text = damageTheme ? pick(r, themes) : pick(r, resumes);
        List<String> done = new ArrayList<>();
        // A third of the cases keep the YAML valid and change only what values say, so that
        // the renderer, and not only the loader, meets the odd text.
        List<Mutation> mutations = r.nextInt(3) == 0 ? GENTLE : MUTATIONS;
        int n = 1 + r.nextInt(r.nextInt(6) + 1);
        for (int i = 0; i < n; i++) {
            Mutation m = pick(r, mutations);
            text = m.apply().apply(r, text);
            done.add(m.name());
        }
        byte[] bytes = null;
        if (!damageTheme && r.nextInt(20) == 0) {
            // Damage the bytes too: invalid UTF-8, NUL, a byte order mark that is not one.
            bytes = text.getBytes(StandardCharsets.UTF_8);
            int at = bytes.length == 0 ? 0 : r.nextInt(bytes.length);
            byte[] bad = {(byte) (0x80 + r.nextInt(0x80)), 0, (byte) 0xFE, (byte) 0xFF, (byte) 0xC3};
            byte[] out = new byte[bytes.length + 1];
            System.arraycopy(bytes, 0, out, 0, at);
            out[at] = bad[r.nextInt(bad.length)];
            System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
            bytes = out;
            done.add("insert a raw byte");
        }
        return damageTheme ? new Case(seed, SMALL.get(0), text, null, done) : new Case(seed, text, null, bytes, done);
    }

    /** What a case gave: a PDF (true) or diagnostics (false). */
    private static boolean run(Renderer renderer, Case c, Path dir) throws IOException {
        Path input = dir.resolve("case-" + c.seed() + ".yml");
        Path output = dir.resolve("case-" + c.seed() + ".pdf");
        Path theme = c.theme() == null ? null : dir.resolve("case-" + c.seed() + ".theme.yml");
        Files.write(input, c.resumeBytes() != null ? c.resumeBytes() : c.resume().getBytes(StandardCharsets.UTF_8));
        if (theme != null) {
            Files.write(theme, c.theme().getBytes(StandardCharsets.UTF_8));
        }
        try {
            RenderOptions options = RenderOptions.of(theme == null ? null : theme.toString());
            boolean pdf;
            try {
                RenderResult result = renderer.render(input, output, options);
                byte[] bytes = Files.readAllBytes(output);
                assertTrue(bytes.length > 100 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a whole PDF");
                assertTrue(result.pages() >= 1, "at least one page");
                checkDiagnostics(result.warnings(), input, theme);
                pdf = true;
            } catch (InvalidInputException e) {
                assertTrue(!e.diagnostics().isEmpty(), "an InvalidInputException with no diagnostic");
                checkDiagnostics(e.diagnostics(), input, theme);
                assertTrue(Files.notExists(output), "no PDF after an error");
                pdf = false;
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> left = files.filter(p -> !p.equals(input) && !p.equals(output) && !p.equals(theme)).toList();
                assertEquals(List.of(), left, "no temporary file is left");
            }
            return pdf;
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
            if (theme != null) {
                Files.deleteIfExists(theme);
            }
        }
    }

    /** Every diagnostic has a message, and one about the résumé or the theme a place inside it. */
    private static void checkDiagnostics(List<Diagnostic> diagnostics, Path input, Path theme) throws IOException {
        for (Diagnostic d : diagnostics) {
            assertTrue(d.message() != null && !d.message().isBlank(), "a diagnostic without a message: " + d);
            assertTrue(d.pos() != null, "a diagnostic without a place: " + d);
            SourcePos pos = d.pos();
            Path file = pos.file() == null ? null : pos.file().toAbsolutePath().normalize();
            boolean ours = file != null && (file.equals(input.toAbsolutePath().normalize())
                    || theme != null && file.equals(theme.toAbsolutePath().normalize()));
            if (ours && pos.isKnown()) {
                List<String> lines = yamlLines(new String(Files.readAllBytes(pos.file()), StandardCharsets.UTF_8));
                assertTrue(pos.line() >= 1 && pos.line() <= lines.size(), "line " + pos.line() + " of " + lines.size() + ": " + d);
                String line = lines.get(pos.line() - 1);
                int width = line.codePointCount(0, line.length());
                assertTrue(pos.column() >= 1 && pos.column() <= width + 1,
                        "column " + pos.column() + " of a line of " + width + ": " + d);
            }
        }
    }

    /** The lines as YAML counts them: broken at LF, CR LF and a lone CR. */
    private static List<String> yamlLines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    // ---- the run ----------------------------------------------------------------------------

    @Test
    void damagedInputGivesAPdfOrDiagnosticsNeverAnythingElse(@TempDir Path dir) throws Exception {
        List<String> resumes = new ArrayList<>(SMALL);
        try (Stream<Path> files = Files.list(Path.of("resumes"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                resumes.add(Files.readString(p));
            }
        }
        List<String> themes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("themes"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                themes.add(Files.readString(p));
            }
        }
        assertTrue(resumes.size() > SMALL.size(), "the samples in resumes/ are found");

        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        Renderer renderer = new Renderer();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        int cases = 0;
        int pdfs = 0;
        long slowest = 0;
        long slowestSeed = 0;
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(SECONDS);
        try {
            while (System.nanoTime() < deadline) {
                Case c = generate(seed + cases, resumes, themes);
                long caseStart = System.nanoTime();
                Future<Boolean> result = worker.submit(() -> run(renderer, c, dir));
                try {
                    pdfs += result.get(CASE_SECONDS, TimeUnit.SECONDS) ? 1 : 0;
                    long took = System.nanoTime() - caseStart;
                    if (took > slowest) {
                        slowest = took;
                        slowestSeed = c.seed();
                    }
                } catch (TimeoutException e) {
                    fail(report(c, "no result after " + CASE_SECONDS + " s: a hang?", null));
                } catch (ExecutionException e) {
                    fail(report(c, String.valueOf(e.getCause()), e.getCause()), e.getCause());
                }
                cases++;
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("FuzzTest: seed %d, %d cases in %.1f s: %d PDFs, %d refused with diagnostics; slowest %.2f s (seed %d)%n",
                seed, cases, (System.nanoTime() - start) / 1e9, pdfs, cases - pdfs, slowest / 1e9, slowestSeed);
        assertTrue(cases > 0, "no case ran");
    }

    // ---- what it found ----------------------------------------------------------------------

    /**
     * OpenPDF's shaper refused to measure a word that mixes writing directions ("Bidi direction
     * unknown"), and recursed without end drawing text whose one run still mixes them (U+200B
     * before an Arabic-Indic digit, RLO before U+FFFD, a Hanifi Rohingya digit alone).
     */
    @Test
    void textThatMixesWritingDirectionsRenders(@TempDir Path dir) throws IOException {
        String odd = "Ada \\u05E2\\u05D1\\u05E8-Quillfeather x\\u202Eabc 1\\u05D0\\u05D12 (\\u05D0)Ada a\\u0644\\u0639b "
                + "Joseph\\U00010F02Gonzalez \\u202E&#0; \\u200B\\u0663 x\\U00010D30y";
        Path cv = dir.resolve("cv.yml");
        Files.writeString(cv, "name: \"" + odd + "\"\nsections:\n  - title: \"" + odd + "\"\n    skills:\n"
                + "      - label: \"" + odd + "\"\n        details: \"**" + odd + "** [" + odd + "](https://example.org)\"\n"
                + "  - title: Many\n    bullets:\n" + ("      - \"" + odd + "\"\n").repeat(60));
        Path theme = dir.resolve("theme.yml");
        Files.writeString(theme, "footer: \"{page} " + odd + "\"\n");
        RenderResult r = new Renderer().render(cv, dir.resolve("cv.pdf"), RenderOptions.of(theme.toString()));
        assertTrue(r.pages() >= 2, "pages, so that the footer is drawn: " + r.pages());
    }

    /** A theme's empty bullet or separator (`bullet:`) was bound as no text at all, and the layout failed on it. */
    @Test
    void emptyTextsInAThemeRender(@TempDir Path dir) throws IOException {
        Path theme = dir.resolve("theme.yml");
        Files.writeString(theme, "entries:\n  bullet:\n  sub_bullet:\ndates:\n  present:\n  separator:\nheader:\n  separator:\n");
        RenderResult r = new Renderer().render(Path.of("resumes/cao.yml"), dir.resolve("cao.pdf"), RenderOptions.of(theme.toString()));
        assertTrue(r.pages() >= 1);
    }

    /** The failing case, to reproduce: its seed, what was done, the input (and its path, whole, under target/). */
    private static String report(Case c, String what, Throwable cause) {
        StringBuilder sb = new StringBuilder();
        sb.append("fuzz case failed: ").append(what).append('\n');
        sb.append("  seed ").append(c.seed()).append(" (rerun: -Dfuzz.seed=").append(c.seed()).append(")\n");
        sb.append("  mutations: ").append(String.join(", ", c.done())).append('\n');
        try {
            Path saved = Path.of("target", "fuzz-failures");
            Files.createDirectories(saved);
            Path resume = saved.resolve(c.seed() + ".yml");
            Files.write(resume, c.resumeBytes() != null ? c.resumeBytes() : c.resume().getBytes(StandardCharsets.UTF_8));
            sb.append("  résumé saved as ").append(resume.toAbsolutePath()).append('\n');
            if (c.theme() != null) {
                Path theme = saved.resolve(c.seed() + ".theme.yml");
                Files.write(theme, c.theme().getBytes(StandardCharsets.UTF_8));
                sb.append("  theme saved as ").append(theme.toAbsolutePath()).append('\n');
            }
        } catch (IOException e) {
            sb.append("  (could not save the input: ").append(e).append(")\n");
        }
        String input = c.theme() != null ? c.theme() : c.resumeBytes() != null
                ? new String(c.resumeBytes(), StandardCharsets.UTF_8) : c.resume();
        sb.append("---- ").append(c.theme() != null ? "theme" : "résumé").append(" ----\n");
        sb.append(printable(input.length() > 4_000 ? input.substring(0, 4_000) + "… (" + input.length() + " characters)" : input));
        if (cause != null) {
            sb.append("\n---- cause ----\n");
            java.io.StringWriter trace = new java.io.StringWriter();
            cause.printStackTrace(new java.io.PrintWriter(trace));
            String t = trace.toString();
            sb.append(t, 0, Math.min(t.length(), 6_000));
        }
        return sb.toString();
    }

    /** Control characters as \\uXXXX, so that the report is readable. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\n' && (ch < 0x20 || ch >= 0x7F && ch <= 0x9F || Character.isSurrogate(ch) && !validPair(s, i))) {
                sb.append(String.format("\\u%04X", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
