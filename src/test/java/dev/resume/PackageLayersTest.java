package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages are layers, each using only the ones listed before it: the pipeline's data flows
 * one way (source text, the format, the theme, the résumé's front-ends, composition, style,
 * layout's blocks, export) and a change in a later stage never reaches an earlier one. Read from
 * the compiled classes' constant pools, so a type named in full or met only in a call's
 * descriptor counts as much as an import. docs/architecture.md draws the same picture.
 */
class PackageLayersTest {
    /** Lowest first. A package may use the packages before it, never one after it. */
    static final List<String> LAYERS = List.of(
            "diag", "text", "model", "layout", "font",
            "syntax", "format", "theme", "input.bib", "input.jsonresume", "input",
            "compose", "style", "export", "export.text", "verify",
            "api", "server", "cli");

    private static final Pattern PACKAGE = Pattern.compile("dev/resume/([a-z0-9_/]+)/[A-Z][A-Za-z0-9_$]*");

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() throws Exception {
        List<Path> classes = ClassFiles.mainClasses();
        assertTrue(classes.size() > 100, "the compiled classes were not found");
        List<String> offences = new ArrayList<>();
        Set<String> unlisted = new TreeSet<>();
        for (Path c : classes) {
            String own = packageOf(c);
            if (own.isEmpty()) {
                continue;
            }
            int rank = LAYERS.indexOf(own);
            if (rank < 0) {
                unlisted.add(own);
                continue;
            }
            Set<String> above = new TreeSet<>();
            for (String text : ClassFiles.utf8Constants(Files.readAllBytes(c))) {
                Matcher m = PACKAGE.matcher(text);
                while (m.find()) {
                    String used = m.group(1).replace('/', '.');
                    if (LAYERS.indexOf(used) > rank) {
                        above.add(used);
                    }
                }
            }
            if (!above.isEmpty()) {
                offences.add(own + "." + c.getFileName().toString().replace(".class", "") + " uses " + above);
            }
        }
        assertEquals(Set.of(), unlisted, "a new package needs its place in LAYERS (and in docs/architecture.md)");
        assertEquals(List.of(), offences, "a package uses one of a later layer: move the shared type down, or the code up");
    }

    private static String packageOf(Path classFile) {
        String path = classFile.toString().replace('\\', '/');
        int at = path.lastIndexOf("dev/resume/");
        if (at < 0) {
            return "";
        }
        String rest = path.substring(at + "dev/resume/".length());
        int slash = rest.lastIndexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash).replace('/', '.');
    }
}
