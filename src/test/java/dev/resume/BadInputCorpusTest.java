package dev.resume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resume.cli.CliRun;
import dev.resume.diag.Diagnostics;
import dev.resume.input.ResumeLoader;
import dev.resume.text.InlineMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never hurts: every file of {@code src/test/resources/bad/} and every hostile input
 * generated below goes through the command line, {@code resume render}, with an older PDF
 * already where the new one would go. Each must fail with the expected exit code and the
 * expected message and hint at the expected {@code file:line:column}, quickly, without a stack
 * trace or a raw control character on the terminal, and leave the old PDF as it was and no
 * temporary file behind.
 *
 * <p>A case states what it expects in its first line, or in {@code NAME.expect} beside it when
 * the file cannot hold a comment (an empty file):
 *
 * <pre>
 * # expect: exit=1 at=8:9 message="unknown key 'instituion'" hint="did you mean 'institution'"
 * </pre>
 *
 * <ul>
 *   <li>{@code exit}: the exit code, 1 (invalid input) or 3 (unreadable input);
 *   <li>{@code at}: {@code LINE:COLUMN} of the diagnostic, or {@code file} for one about the
 *       whole file (printed {@code path: error: …}); not given for exit code 3;
 *   <li>{@code message}: text the diagnostic's own line must contain;
 *   <li>{@code hint}: text the diagnostic (its line or its hint line) must contain;
 *   <li>{@code in}: the file the diagnostic is in, when it is not the case itself;
 *   <li>{@code errors}: the number of errors the summary line must give;
 *   <li>{@code as=theme}: the case is a theme file, given with {@code --theme} to a valid résumé.
 * </ul>
 *
 * Several {@code # expect:} lines expect several diagnostics. Files ending in {@code .yaml} are
 * not cases but helpers that cases name (the other half of an {@code extends:} cycle), and so are
 * files ending in {@code .bib} (the BibTeX files that cases import).
 */
// Runs the command line, which prints: System.out and System.err are swapped for each call
// (CliRun), so no other class that prints runs meanwhile.
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad");
    /** Each case takes well under 2 s; the bound is generous so that a slow machine does not fail it. */
    private static final long LIMIT_NANOS = 5_000_000_000L;
    private static final byte[] OLD_PDF = "%PDF-1.7 an older PDF, which a failed run must leave as it is\n".getBytes(StandardCharsets.US_ASCII);
    private static final String VALID = """
            name: Ada Quillfeather
            sections:
              - title: Summary
                text: Analyst of engines.
            """;
    /** A stack frame, or the name of an exception or error class. */
    private static final Pattern TRACE = Pattern.compile("\\bat [\\w$.]+\\(|\\b[A-Z]\\w*(Exception|Error)\\b|internal error");
    private static final Map<String, Long> TIMES = Collections.synchronizedMap(new TreeMap<>());

    /** What one case expects of one diagnostic. {@code line} 0: about the whole file; -1: no diagnostic format (exit 3). */
    record Expect(String in, int line, int column, String message, String hint) {}

    /** A case: how to lay out its files in a fresh folder, and what it expects. */
    record Case(String name, boolean theme, int exit, Integer errors, List<Expect> expects, Setup setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Setup {
        /** Writes the case's input into {@code dir}; returns the path to give on the command line. */
        Path write(Path dir) throws IOException;
    }

    // ---- the cases --------------------------------------------------------------------------

    static Stream<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>(corpus());
        all.addAll(generated());
        return all.stream();
    }

    /** The committed files, each with its expectation. */
    static List<Case> corpus() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                // A .json case (JSON Resume) holds no comment: its expectation is in NAME.expect.
                if (!name.endsWith(".yml") && !name.endsWith(".json")) {
                    continue;
                }
                Path sidecar = CORPUS.resolve(name + ".expect");
                List<String> lines = Files.exists(sidecar) ? Files.readAllLines(sidecar) : headerLines(file);
                out.add(parse(name, lines, dir -> {
                    try (Stream<Path> helpers = Files.list(CORPUS)) {
                        for (Path h : helpers.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".bib")).toList()) {
                            Files.copy(h, dir.resolve(h.getFileName()));
                        }
                    }
                    return Files.copy(file, dir.resolve(name));
                }));
            }
        }
        assertTrue(out.size() >= 40, "the corpus has " + out.size() + " cases");
        return out;
    }

    /** The comment lines at the top of a file, read byte for byte (the file may not be UTF-8). */
    private static List<String> headerLines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        for (String line : text.replaceFirst("^\u00EF\u00BB\u00BF", "").split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            // The expectation is written in UTF-8 (for 'résumé'), even in a file that is not.
            out.add(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Hostile inputs too large or too odd to commit, made here. */
    static List<Case> generated() {
        List<Case> out = new ArrayList<>();
        out.add(text("huge-line.yml", "exit=1 at=2:1 message=\"this line is 100010 characters long\" hint=\"break the text over several lines\"",
                "name: Ada Quillfeather\nheadline: " + "x".repeat(100_000) + "\nsections:\n  - title: A\n    text: x\n"));
        out.add(text("deep-nesting-flow-lists.yml", "exit=1 at=2:75 message=\"nests deeper than 64 levels\" hint=\"a run of '['\"",
                "name: Ada Quillfeather\nsections: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n"));
        out.add(text("deep-nesting-flow-mappings.yml", "exit=1 at=2:267 message=\"nests deeper than 64 levels\"",
                "name: Ada Quillfeather\nsections: " + "{a: ".repeat(5_000) + "x" + "}".repeat(5_000) + "\n"));
        out.add(text("deep-nesting-block-lists.yml", "exit=1 at=3:131 message=\"nests deeper than 64 levels\"",
                "name: Ada Quillfeather\nsections:\n  " + "- ".repeat(5_000) + "x\n"));
        out.add(text("long-value.yml", "exit=1 at=6:9 message=\"this value is 12100 characters long; a value may hold at most 10000\""
                        + " hint=\"missing closing quote\"",
                "name: Ada Quillfeather\nsections:\n  - title: Summary\n    text:\n      - Short.\n      - >\n"
                        + ("        " + "lorem ipsum ".repeat(10) + "\n").repeat(100)));
        out.add(text("thousands-of-errors.yml", "exit=1 at=6:15 message=\"'2024-13' has no month 13\" errors=50",
                "name: Ada Quillfeather\nsections:\n  - title: Awards\n    awards:\n"
                        + "      - title: Prize\n        date: 2024-13\n".repeat(5_000)));
        out.add(text("c1-control-character.yml", "exit=1 at=2:12 message=\"the control character U+0085 (NEXT LINE (NEL)) is not allowed\" hint=\"delete it\"",
                "name: Ada Quillfeather\nheadline: A\u0085B\nsections:\n  - title: A\n    text: x\n"));
        out.add(text("escaped-lone-surrogate.yml", "exit=1 at=2:11 message=\"this value holds the non-character U+D800\"",
                "name: Ada Quillfeather\nheadline: \"\\ud800\"\nsections:\n  - title: A\n    text: x\n"));
        out.add(bytes("big-file.yml", "exit=1 at=file message=\"the file is 10240 KiB; a résumé or a theme is at most 2 MiB\""
                        + " hint=\"is this the right file?\"",
                padded("name: Ada Quillfeather\nsections:\n  - title: A\n    text: x\n", 10 * 1024 * 1024)));
        out.add(bytes("utf-16.yml", "exit=1 at=1:1 message=\"the file is UTF-16, not UTF-8\" hint=\"save it as UTF-8\"",
                ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_16LE)));
        out.add(bytes("surrogate-bytes.yml", "exit=1 at=1:7 message=\"the file is not valid UTF-8\"",
                concat("name: ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'})));
        out.add(bytes("big-theme.yml", "as=theme exit=1 at=file message=\"a résumé or a theme is at most 2 MiB\"",
                padded("paper: letter\n", 3 * 1024 * 1024)));
        out.add(theme("theme-font-folder.yml", "at=3:14 message=\"'afolder.ttf' is a folder, not a font file\" hint=\"inside it\"",
                "fonts:\n  mono:\n    regular: afolder.ttf\n", dir -> Files.createDirectory(dir.resolve("afolder.ttf"))));
        out.add(theme("theme-font-text-file.yml", "at=3:14 message=\"'notes.ttf' is not a font file (TrueType or OpenType)\"",
                "fonts:\n  mono:\n    regular: notes.ttf\n", dir -> Files.writeString(dir.resolve("notes.ttf"), "not a font\n")));
        out.add(theme("theme-font-damaged.yml", "at=2:10 message=\"'cut.ttf' is not a usable font file: its tables are damaged\"",
                "fonts:\n  icons: cut.ttf\n", dir -> Files.write(dir.resolve("cut.ttf"),
                        java.util.Arrays.copyOf(Files.readAllBytes(Path.of("fonts/dejavu/DejaVuSans.ttf")), 300))));
        out.add(parse("theme-folder.yml", List.of("# expect: as=theme exit=1 in=cv.yml at=file message=\"is a folder, not a theme file\""
                        + " hint=\"built-in theme\""), dir -> Files.createDirectory(dir.resolve("theme-folder.yml"))));
        out.add(parse("directory.yml", List.of("# expect: exit=3 message=\"is a directory, not a résumé file\""),
                dir -> Files.createDirectory(dir.resolve("directory.yml"))));
        out.add(parse("absent.yml", List.of("# expect: exit=3 message=\"no such file\""), dir -> dir.resolve("absent.yml")));
        return out;
    }

    /** A theme case whose folder holds what {@code beside} writes there (a font file, a folder). */
    private static Case theme(String name, String expect, String content, Setup beside) {
        return parse(name, List.of("# expect: as=theme exit=1 " + expect), dir -> {
            beside.write(dir);
            return Files.writeString(dir.resolve(name), content);
        });
    }

    private static Case text(String name, String expect, String content) {
        return bytes(name, expect, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Case bytes(String name, String expect, byte[] content) {
        return parse(name, List.of("# expect: " + expect), dir -> Files.write(dir.resolve(name), content));
    }

    /** {@code start}, then comment lines up to {@code size} bytes. */
    private static byte[] padded(String start, int size) {
        StringBuilder sb = new StringBuilder(size);
        sb.append(start);
        String comment = "# " + "padding ".repeat(9) + "\n";
        while (sb.length() + comment.length() <= size) {
            sb.append(comment);
        }
        sb.append("#".repeat(size - sb.length() - 1)).append('\n');
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---- the expectation format -------------------------------------------------------------

    private static final Pattern FIELD = Pattern.compile("\\s*(\\w+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+))");

    static Case parse(String name, List<String> header, Setup setup) {
        Integer exit = null;
        Integer errors = null;
        boolean theme = false;
        List<Expect> expects = new ArrayList<>();
        for (String line : header) {
            if (!line.startsWith("# expect:")) {
                continue;
            }
            Map<String, String> f = fields(name, line.substring("# expect:".length()));
            int e = Integer.parseInt(f.getOrDefault("exit", "-1"));
            if (exit != null && e != -1 && e != exit) {
                fail(name + ": two exit codes");
            }
            exit = exit == null && e != -1 ? Integer.valueOf(e) : exit;
            errors = f.containsKey("errors") ? Integer.valueOf(f.get("errors")) : errors;
            theme |= "theme".equals(f.get("as"));
            String at = f.get("at");
            int lineNr = -1;
            int column = 0;
            if ("file".equals(at)) {
                lineNr = 0;
            } else if (at != null) {
                String[] lc = at.split(":");
                lineNr = Integer.parseInt(lc[0]);
                column = Integer.parseInt(lc[1]);
            }
            String message = f.get("message");
            assertNotNull(message, name + ": an expectation needs a message");
            expects.add(new Expect(f.getOrDefault("in", name), lineNr, column, message, f.get("hint")));
        }
        assertNotNull(exit, name + ": no '# expect: exit=N …' line");
        assertTrue(exit == 1 || exit == 3, name + ": bad input exits with 1 or 3");
        for (Expect x : expects) {
            assertTrue(exit == 3 || x.line() >= 0, name + ": exit=1 needs at=LINE:COLUMN or at=file");
        }
        return new Case(name, theme, exit, errors, List.copyOf(expects), setup);
    }

    private static Map<String, String> fields(String name, String spec) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = FIELD.matcher(spec);
        int end = 0;
        while (m.find() && m.start() == end) {
            String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
            if (out.put(m.group(1), value) != null) {
                fail(name + ": '" + m.group(1) + "' given twice");
            }
            end = m.end();
        }
        assertTrue(spec.substring(end).isBlank(), name + ": cannot read the expectation from '" + spec.substring(end) + "'");
        return out;
    }

    @Test
    void theExpectationFormatIsReadAsWritten() {
        Case c = parse("x.yml", List.of("# expect: exit=1 at=9:16 message=\"'Sept 2023' is \\\"not\\\" a date\" hint=\"write 2023-09\" errors=2",
                "# a comment", "# expect: in=t.yaml at=file message=\"big\""), dir -> dir);
        assertEquals(1, c.exit());
        assertEquals(2, c.errors());
        assertEquals(List.of(new Expect("x.yml", 9, 16, "'Sept 2023' is \"not\" a date", "write 2023-09"),
                new Expect("t.yaml", 0, 0, "big", null)), c.expects());
        assertFalse(c.theme());
        assertTrue(parse("t.yml", List.of("# expect: as=theme exit=3 message=m"), dir -> dir).theme());
        // A typo in an expectation fails loudly instead of checking less.
        assertThrowsAssertion(() -> parse("x.yml", List.of("# expect: exit=1 at=9:16 mesage=\"x\""), dir -> dir));
        assertThrowsAssertion(() -> parse("x.yml", List.of("# expect: exit=1 message=\"x\""), dir -> dir));
        assertThrowsAssertion(() -> parse("x.yml", List.of("# nothing expected"), dir -> dir));
    }

    private static void assertThrowsAssertion(Runnable r) {
        try {
            r.run();
        } catch (AssertionError expected) {
            return;
        }
        fail("an unreadable expectation was accepted");
    }

    // ---- running a case ---------------------------------------------------------------------

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsRefusedClearlyAndHarmlessly(Case c, @TempDir Path dir) throws IOException {
        Path input = c.setup().write(dir);
        Path pdf;
        String[] args;
        if (c.theme()) {
            Path cv = dir.resolve("cv.yml");
            Files.writeString(cv, VALID);
            pdf = dir.resolve("cv.pdf");
            args = new String[] {"render", cv.toString(), "--theme", input.toString()};
        } else {
            pdf = dir.resolve(input.getFileName().toString().replaceFirst("\\.(yml|json)$", ".pdf"));
            args = new String[] {"render", input.toString()};
        }
        Files.write(pdf, OLD_PDF);
        List<String> before = listing(dir);

        CliRun.Outcome o = CliRun.run(args);
        TIMES.put(c.name(), o.nanos());
        String err = o.err();
        String report = "\n---- stderr of " + c.name() + " ----\n" + err;

        assertEquals(c.exit(), o.code(), "exit code" + report);
        assertEquals("", o.out(), "nothing on stdout" + report);
        Matcher trace = TRACE.matcher(err);
        assertFalse(trace.find(), () -> "a stack trace or an exception's name: '" + trace.group() + "'" + report);
        assertFalse(err.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' || ch >= 0x7F && ch <= 0x9F),
                "a control character of the input reached the terminal" + report.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "?"));
        assertTrue(o.nanos() < LIMIT_NANOS, String.format("took %.1f s", o.nanos() / 1e9) + report);
        assertArrayEquals(OLD_PDF, Files.readAllBytes(pdf), "the existing PDF is left as it was" + report);
        assertEquals(before, listing(dir), "no file is added or removed (no temporary file is left)" + report);

        if (c.exit() == 3) {
            assertTrue(err.startsWith("resume: ") && err.contains(input.getFileName().toString()), "names the file" + report);
            for (Expect x : c.expects()) {
                assertTrue(err.contains(x.message()), "message '" + x.message() + "'" + report);
            }
            return;
        }
        for (Expect x : c.expects()) {
            List<String> block = diagnostic(err, x);
            assertNotNull(block, "a diagnostic " + where(x) + " with '" + x.message() + "'" + report);
            if (x.hint() != null) {
                assertTrue(String.join("\n", block).contains(x.hint()), "hint '" + x.hint() + "'" + report);
            }
        }
        if (c.errors() != null) {
            long n = c.errors();
            assertTrue(err.contains(": " + n + " error" + (n == 1 ? "" : "s") + "; "), n + " errors" + report);
        }
        assertTrue(err.contains(" not written"), "says that no PDF was written" + report);
    }

    private static String where(Expect x) {
        return x.line() == 0 ? "about the whole of " + x.in() : "at " + x.in() + ":" + x.line() + ":" + x.column();
    }

    /**
     * The lines of the diagnostic that {@code x} expects: its first line,
     * {@code …/FILE:LINE:COL: error: MESSAGE} (or {@code …/FILE: error: …}), and the indented
     * lines under it (the source line, the caret, the hint).
     */
    private static List<String> diagnostic(String err, Expect x) {
        String head = x.in() + (x.line() == 0 ? "" : ":" + x.line() + ":" + x.column()) + ": error: ";
        String[] lines = err.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int at = l.indexOf(head);
            boolean ownName = at == 0 || at > 0 && (l.charAt(at - 1) == '/' || l.charAt(at - 1) == '\\');
            if (at >= 0 && ownName && l.substring(at + head.length()).contains(x.message())) {
                List<String> block = new ArrayList<>(List.of(l));
                for (int j = i + 1; j < lines.length && lines[j].startsWith(" "); j++) {
                    block.add(lines[j]);
                }
                return block;
            }
        }
        return null;
    }

    @AfterAll
    static void reportTimes() {
        List<Map.Entry<String, Long>> slowest = new ArrayList<>(TIMES.entrySet());
        slowest.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        StringBuilder sb = new StringBuilder("BadInputCorpusTest: " + TIMES.size() + " cases; slowest:");
        for (Map.Entry<String, Long> e : slowest.subList(0, Math.min(5, slowest.size()))) {
            sb.append(String.format(" %s %.0f ms;", e.getKey(), e.getValue() / 1e6));
        }
        System.out.println(sb);
    }

    // ---- regressions found with this corpus and FuzzTest ------------------------------------

    /**
     * snakeyaml-engine 3.0.1 threw an IndexOutOfBoundsException when an emoji straddled the end
     * of its 1024-character buffer: a valid résumé failed as an internal error.
     */
    @Test
    void anEmojiAtTheParsersBufferBoundaryLoads() {
        for (int pad = 1000; pad < 1100; pad++) {
            String yaml = "name: Ada Quillfeather\nheadline: " + "x".repeat(pad) + "\uD83D\uDE00 and more\nsections:\n  - title: A\n    text: x\n";
            var r = new ResumeLoader(new Diagnostics()).parse(Path.of("t.yml"), yaml);
            assertTrue(r.headline().markdown().endsWith("\uD83D\uDE00 and more"), "pad " + pad);
        }
    }

    /** Each nested {@code <u>} cost stack frames: thousands of them overflowed the stack. */
    @Test
    void thousandsOfNestedTagsDoNotOverflowTheStack() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> text = new AtomicReference<>();
        // A small stack, as a library user's thread may have: the nesting must not depend on it.
        Thread t = new Thread(null, () -> {
            try {
                text.set(InlineMarkdown.plainText("<u>".repeat(3_000) + "deep" + "</u>".repeat(3_000)));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError("nested tags: " + failure.get(), failure.get());
        }
        assertTrue(text.get().contains("deep"), text.get());
    }

    /** Keeps the generated cases honest: the inputs they build are what they say. */
    @Test
    void generatedCasesAreWhatTheySay(@TempDir Path dir) throws IOException {
        Map<String, Case> byName = new TreeMap<>();
        for (Case c : generated()) {
            byName.put(c.name(), c);
        }
        assertEquals(10 * 1024 * 1024, Files.size(byName.get("big-file.yml").setup().write(dir)));
        assertEquals(100_010, Files.readAllLines(byName.get("huge-line.yml").setup().write(dir)).get(1).length());
    }
}
