package dev.resume;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.layout.LayoutReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample in every theme set as a typesetter would pass it: no line past the margin, no
 * justified line stretched so far that TeX would call it underfull, no widow, no orphan, no
 * more than two lines in a row ending in a hyphen, no hyphen added in ragged text.
 */
class SampleLayoutQualityTest {
    private static final Renderer RENDERER = new Renderer();

    static Stream<Arguments> samplesAndThemes() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("resumes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                for (String theme : List.of("classic", "modern", "compact", "columns")) {
                    out.add(Arguments.of(f, theme));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samplesAndThemes")
    void setCleanly(Path sample, String theme) throws IOException {
        Typeset t = RENDERER.typeset(sample, RenderOptions.of(theme));
        LayoutReport r = t.report();
        assertTrue(r.lines() > 20, r.describe());
        assertTrue(r.overfull().isEmpty() && r.loose().isEmpty() && r.widows().isEmpty() && r.orphans().isEmpty(),
                sample + " in " + theme + ":\n" + r.describe());
        assertTrue(r.longestHyphenRun() <= 2 && r.raggedHyphens() == 0, sample + " in " + theme + ":\n" + r.describe());
    }
}
