package dev.resume.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.diag.Diagnostics;
import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.syntax.YNode;
import dev.resume.syntax.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/themes.md's key tables are the declaration's ({@link ThemeFormat}): every key with its
 * kind, classic's default and its description. A key added, removed or of another kind fails
 * here; {@code RESUME_UPDATE_DOCS=1} writes the tables again between their markers.
 */
class ThemeDocsTest {
    private static final Path DOC = Path.of("docs/themes.md");
    private static final String BEGIN = "<!-- theme keys: generated from ThemeFormat by ThemeDocsTest (RESUME_UPDATE_DOCS=1) -->\n";
    private static final String END = "<!-- end of theme keys -->\n";

    @Test
    void theKeyTablesAreTheDeclarations() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, DOC + " has no generated key tables between " + BEGIN.strip() + " and " + END.strip());
        String tables = tables();
        String written = doc.substring(begin + BEGIN.length(), end);
        if ("1".equals(System.getenv("RESUME_UPDATE_DOCS")) && !written.equals(tables)) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + tables + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(tables, written, DOC + "'s key tables differ from ThemeFormat: RESUME_UPDATE_DOCS=1 writes them again");
    }

    @Test
    void everyKeyOfClassicIsDeclaredAndHasItsDefault() throws IOException {
        YNode.Map classic = classic();
        for (Field g : ThemeFormat.THEME.fields()) {
            if (g.kind() == Kind.SHAPE && g.shape() != ThemeFormat.FAMILY) {
                YNode.Entry e = classic.get(g.key());
                assertTrue(e != null && e.value() instanceof YNode.Map, "classic.yml gives '" + g.key() + "'");
                for (Field f : g.shape().fields()) {
                    boolean optional = g.key().equals("fonts") && f.key().equals("heading");
                    assertTrue(optional || ((YNode.Map) e.value()).get(f.key()) != null, "classic.yml gives " + g.key() + "." + f.key());
                }
            }
        }
    }

    private static YNode.Map classic() throws IOException {
        Path file = Path.of("themes/classic.yml");
        return (YNode.Map) new YamlReader(file, new Diagnostics()).read(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The two tables: every key, then the keys of a font family. */
    static String tables() throws IOException {
        YNode.Map classic = classic();
        StringBuilder sb = new StringBuilder();
        sb.append("| key | kind | default | meaning |\n|---|---|---|---|\n");
        for (Field f : ThemeFormat.THEME.fields()) {
            if (f.kind() == Kind.SHAPE) {
                YNode.Entry group = classic.get(f.key());
                for (Field k : f.shape().fields()) {
                    YNode value = group != null && group.value() instanceof YNode.Map m && m.get(k.key()) != null
                            ? m.get(k.key()).value() : null;
                    sb.append(row(f.key() + "." + k.key(), k, value));
                }
            } else {
                sb.append(row(f.key(), f, classic.get(f.key()) == null ? null : classic.get(f.key()).value()));
            }
        }
        sb.append("\nA font family (`fonts.body`, `fonts.heading`, `fonts.mono`) names a font for each style:\n\n");
        sb.append("| key | kind | meaning |\n|---|---|---|\n");
        for (Field k : ThemeFormat.FAMILY.fields()) {
            sb.append("| `").append(k.key()).append("` | ").append(kind(k)).append(" | ").append(k.description()).append(" |\n");
        }
        return sb.toString();
    }

    private static String row(String key, Field f, YNode value) {
        return "| `" + key + "` | " + kind(f) + " | " + shown(value) + " | " + f.description() + " |\n";
    }

    private static String kind(Field f) {
        return switch (f.kind()) {
            case STRING -> "text";
            case BOOLEAN -> "true/false";
            case INTEGER -> "whole number";
            case LENGTH -> "length";
            case NUMBER -> "number";
            case FACTOR -> "factor in (0, 1]";
            case COLOR -> "colour";
            case ENUM -> "one of " + f.examples().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
            case ENUMS -> "list of " + f.examples().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
            case FONT -> "font";
            case FONTS -> "list of fonts";
            case PAPER -> "paper size";
            case SHAPE -> f.shape() == ThemeFormat.FAMILY ? "font family" : "mapping";
            default -> throw new IllegalStateException(f.key() + ": no theme key is of kind " + f.kind());
        };
    }

    /** Classic's value as written: a scalar in code, quoted when its spaces matter; a family by its regular face. */
    private static String shown(YNode value) {
        return switch (value) {
            case null -> "";
            case YNode.Scalar s when s.isNull() -> "";
            case YNode.Scalar s -> "`" + (s.text().isEmpty() || !s.text().equals(s.text().strip()) ? "\"" + s.text() + "\"" : s.text()) + "`";
            case YNode.Seq q -> "`[" + q.items().stream().map(i -> i instanceof YNode.Scalar s ? s.text() : "…")
                    .collect(Collectors.joining(", ")) + "]`";
            case YNode.Map m -> m.get("regular") != null ? shown(m.get("regular").value()) : "";
        };
    }
}
