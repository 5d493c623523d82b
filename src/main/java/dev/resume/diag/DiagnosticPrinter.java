package dev.resume.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics the way compilers do: {@code file:line:col: error: message}, then the
 * offending line with a caret under the spot, then the hint.
 */
public final class DiagnosticPrinter {
    private final Map<Path, List<String>> lines = new HashMap<>();

    /** Prints each diagnostic, in order. */
    public void print(java.io.PrintWriter out, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            out.print(format(d));
        }
    }

    public String format(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        out.append(d.pos()).append(": ").append(d.severity().label()).append(": ").append(visible(d.message())).append('\n');
        String source = sourceLine(d.pos());
        if (source != null) {
            String gutter = String.format("%5d | ", d.pos().line());
            out.append(gutter).append(visible(source)).append('\n');
            out.append(" ".repeat(gutter.length() - 2)).append("| ");
            int col = Math.max(1, d.pos().column());
            for (int i = 0; i < col - 1 && i < source.length(); i++) {
                out.append(source.charAt(i) == '\t' ? '\t' : ' ');
            }
            out.append("^\n");
        }
        if (d.hint() != null) {
            out.append("  hint: ").append(visible(d.hint())).append('\n');
        }
        return out.toString();
    }

    /**
     * The text with control characters shown as symbols (␇ for U+0007): a bad file's line must
     * not ring the terminal's bell, move its cursor or change its colours. Tabs stay.
     */
    static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F;
            if (control && out == null) {
                out = new StringBuilder(s.substring(0, i));
            }
            if (out != null) {
                out.append(!control ? c : c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }

    private String sourceLine(SourcePos pos) {
        if (pos == null || !pos.isKnown() || pos.file() == null) {
            return null;
        }
        List<String> all = lines.computeIfAbsent(pos.file(), DiagnosticPrinter::readLines);
        if (pos.line() > all.size()) {
            return null;
        }
        String line = all.get(pos.line() - 1);
        // A minified or hostile file could have a huge line; show the part around the caret only.
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static List<String> readLines(Path file) {
        try {
            if (Files.size(file) > 20_000_000) {
                return List.of();
            }
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
