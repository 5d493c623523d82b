package dev.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.api.RenderOptions;
import dev.resume.api.Renderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference validator, finds no fault in any sample in any theme against PDF/UA-1
 * (every PDF is tagged and accessible), nor, with {@code --pdfa}, against PDF/A-2b. The renders
 * and the checks share the cores; a fault is reported as veraPDF's rule (clause and test number)
 * and its description, with how often it failed, per file.
 */
@Slow
class PdfStandardsTest {
    private static final Renderer RENDERER = new Renderer();

    @TempDir
    static Path dir;

    /** veraPDF's logger, held so that its level stays: it logs each CFF font it reads. */
    private static final java.util.logging.Logger VERAPDF_LOG = java.util.logging.Logger.getLogger("org.verapdf");

    @BeforeAll
    static void foundry() {
        VERAPDF_LOG.setLevel(java.util.logging.Level.OFF);
        // Once per JVM: the validation profiles are read once and shared by every validator.
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("resumes"))) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static List<String> themes() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("themes"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).map(n -> n.substring(0, n.length() - 4))
                    .sorted().toList();
        }
    }

    @Test
    void everySampleInEveryThemeIsPdfUaAndWithPdfaPdfA2b() throws Exception {
        record Job(Path sample, String theme, boolean archival) {}
        List<Job> jobs = new ArrayList<>();
        for (String theme : themes()) {
            for (Path sample : samples()) {
                // Every sample in every theme against PDF/UA-1; in the default theme, archival,
                // against PDF/A-2b as well (what differs between themes is drawn the same way).
                jobs.add(new Job(sample, theme, theme.equals("classic")));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Job job : jobs) {
                results.add(pool.submit(() -> {
                    String name = job.sample().getFileName().toString().replace(".yml", "") + "-" + job.theme()
                            + (job.archival() ? "-pdfa" : "");
                    Path pdf = dir.resolve(name + ".pdf");
                    RENDERER.render(job.sample(), pdf, RenderOptions.of(job.theme()).withArchival(job.archival() ? true : null));
                    return faults(name, Files.readAllBytes(pdf), job.archival());
                }));
            }
            StringBuilder report = new StringBuilder();
            for (Future<String> f : results) {
                report.append(f.get());
            }
            assertTrue(report.isEmpty(), "veraPDF found faults:\n" + report);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPhotoIsAFigureThatSaysWhoseItIsInBothStandards() throws Exception {
        StringBuilder report = new StringBuilder();
        for (String format : List.of("jpg", "png")) {
            Path cv = PhotoFixture.resume(dir, format);
            Path pdf = dir.resolve("photo-" + format + ".pdf");
            RENDERER.render(cv, pdf, RenderOptions.of("modern").withArchival(true));
            report.append(faults("photo-" + format, Files.readAllBytes(pdf), true));
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var document = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) doc
                        .getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
                List<String> figures = new ArrayList<>();
                for (Object kid : document.getKids()) {
                    if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e
                            && e.getStructureType().equals("Figure")) {
                        figures.add(e.getAlternateDescription());
                    }
                }
                assertEquals(List.of("Photo of Ada Quillfeather"), figures, "the photo is a figure that says whose it is");
            }
        }
        assertTrue(report.isEmpty(), "veraPDF found faults:\n" + report);
    }

    /** What veraPDF finds wrong with the file, a line a rule, or nothing. */
    static String faults(String name, byte[] pdf, boolean archival) throws Exception {
        StringBuilder out = new StringBuilder();
        // One standard a parse: veraPDF 1.28's validateAll over PDF/UA-1 and PDF/A-2b at once
        // reports every glyph as lacking a Unicode value (7.21.7-1), which each alone does not.
        for (PDFAFlavour flavour : archival ? List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_B) : List.of(PDFAFlavour.PDFUA_1)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                out.append(report(name, validator.validate(parser)));
            }
        }
        return out.toString();
    }

    /** The failed rules of one validation, with how often each failed and where first. */
    private static String report(String name, ValidationResult result) {
        if (result.isCompliant()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> what = new TreeMap<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() != TestAssertion.Status.FAILED) {
                continue;
            }
            String rule = a.getRuleId().getSpecification() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
            counts.merge(rule, 1, Integer::sum);
            what.putIfAbsent(rule, a.getMessage() + (a.getLocationContext() == null ? "" : " at " + a.getLocationContext()));
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.append(name).append(" [").append(result.getPDFAFlavour()).append("] ").append(e.getKey()).append(" (×")
                    .append(e.getValue()).append("): ").append(what.get(e.getKey())).append('\n');
        }
        if (counts.isEmpty()) {
            out.append(name).append(" [").append(result.getPDFAFlavour()).append("] not compliant: ").append(result.getJobEndStatus())
                    .append('\n');
        }
        return out.toString();
    }
}
