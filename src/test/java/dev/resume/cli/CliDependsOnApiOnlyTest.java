package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.ClassFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line is a thin layer over the library: its classes use nothing of dev.resume but
 * {@code api} and {@code diag} (and {@code server}, the resident renderer that runs it for clients). Read from the compiled classes' constant pools, so that a type
 * named in full in the code, or met only as a method's parameter or result (a call's descriptor),
 * counts as much as an import.
 */
class CliDependsOnApiOnlyTest {
    private static final Set<String> ALLOWED = Set.of("api", "diag", "server", "cli");
    private static final Pattern PACKAGE = Pattern.compile("dev/resume/([a-z0-9_]+)/");

    @Test
    void cliClassesUseOnlyApiAndDiag() throws Exception {
        Path dir = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/resume/cli");
        List<Path> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        assertTrue(classes.size() >= 10, "the cli classes were not found in " + dir);
        List<String> offences = new ArrayList<>();
        for (Path c : classes) {
            Set<String> used = new TreeSet<>();
            for (String text : ClassFiles.utf8Constants(Files.readAllBytes(c))) {
                Matcher m = PACKAGE.matcher(text);
                while (m.find()) {
                    if (!ALLOWED.contains(m.group(1))) {
                        used.add("dev.resume." + m.group(1));
                    }
                }
            }
            if (!used.isEmpty()) {
                offences.add(c.getFileName() + " uses " + used);
            }
        }
        assertEquals(List.of(), offences, "the CLI may use only dev.resume.api and dev.resume.diag: move what it needs into api");
    }
}
