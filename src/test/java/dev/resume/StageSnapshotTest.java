package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.OutputFormat;
import dev.resume.api.OutputFormats;
import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import dev.resume.api.Typeset;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The safety net of a refactoring that must change nothing: for every sample in every built-in
 * theme, a digest of the style stage's blocks (as the layout receives them), of the PDF's
 * bytes and of each text export (Markdown, text, HTML), against the digests recorded in
 * src/test/resources/snapshots/stages.txt.
 *
 * <p>When a change is meant to change the output, record the new digests with
 * {@code RESUME_UPDATE_SNAPSHOTS=1 mvn test -Dtest=StageSnapshotTest} and say why in the commit.
 * A failing run leaves each differing dump in target/snapshots/, to compare with a dump of the
 * commit before (the blocks as text, one block a line).
 */
class StageSnapshotTest {
    private static final Path RECORDED = Path.of("src/test/resources/snapshots/stages.txt");
    private static final Path DUMPS = Path.of("target/snapshots");

    @Test
    void theBlocksAndThePdfOfEverySampleAreAsRecorded() throws IOException {
        Renderer renderer = new Renderer();
        Map<String, String> now = new TreeMap<>();
        Files.createDirectories(DUMPS);
        try (Stream<Path> files = Files.list(Path.of("resumes"))) {
            for (Path yml : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                for (String theme : ThemeLoader.BUILT_IN) {
                    String name = yml.getFileName().toString().replace(".yml", "") + "-" + theme;
                    RenderOptions options = RenderOptions.of(theme);
                    Typeset t = renderer.typeset(yml, options);
                    String blocks = dump(t);
                    Path pdf = DUMPS.resolve(name + ".pdf");
                    renderer.render(t, pdf, options);
                    Files.writeString(DUMPS.resolve(name + ".blocks.txt"), blocks);
                    now.put(name + " blocks", digest(blocks.getBytes(StandardCharsets.UTF_8)));
                    now.put(name + " pdf", digest(Files.readAllBytes(pdf)));
                    for (OutputFormat format : OutputFormats.all()) {
                        if (!format.paged()) {
                            Path out = DUMPS.resolve(name + "." + format.name());
                            format.write(renderer, t, out, options);
                            now.put(name + " " + format.name(), digest(Files.readAllBytes(out)));
                        }
                    }
                }
            }
        }
        assertTrue(now.size() >= 7 * 4 * 2, "seven samples in four themes");
        StringBuilder text = new StringBuilder();
        now.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
        if ("1".equals(System.getenv("RESUME_UPDATE_SNAPSHOTS"))) {
            Files.writeString(RECORDED, text);
            return;
        }
        assertEquals(Files.readString(RECORDED), text.toString(),
                "the style stage's blocks or the PDFs changed (dumps in " + DUMPS + "); if that is meant, record them again"
                        + " with RESUME_UPDATE_SNAPSHOTS=1 and say why in the commit");
    }

    /** The blocks one a line, as records print themselves: every field the layout reads. */
    private static String dump(Typeset t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.styled().setup()).append('\n');
        t.styled().blocks().forEach(b -> sb.append(b).append('\n'));
        // Source positions name the file as it was given; the dump is about what is drawn.
        return sb.toString().replace(Path.of("").toAbsolutePath().toString(), ".");
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
