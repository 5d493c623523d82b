package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * render --format png: a picture of each page of the PDF, named cv-N.png, at --dpi, with ink
 * where the PDF has text, byte for byte the same on a second render. Read back with ImageIO
 * beside the PDF of the same render read with PDFBox. At 36 dpi, to stay quick.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ_WRITE)
class PngExportTest {
    private static final int DPI = 36;

    @TempDir
    Path dir;

    @Test
    void everySampleGivesAPictureOfEachPageOfItsPdf() throws IOException {
        List<String> args = new ArrayList<>(List.of("render", "--lang", "all", "--format", "pdf,png", "--dpi", Integer.toString(DPI),
                "-d", dir.resolve("a").toString()));
        List<String> samples;
        try (Stream<Path> s = Files.list(Path.of("resumes"))) {
            samples = s.map(Path::toString).filter(p -> p.endsWith(".yml")).sorted().toList();
        }
        args.addAll(samples);
        CliRun.Outcome first = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, first.code(), first.err());
        args.set(args.indexOf("pdf,png"), "png");
        args.set(args.indexOf(dir.resolve("a").toString()), dir.resolve("b").toString());
        CliRun.Outcome second = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, second.code(), second.err());

        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir.resolve("a"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(pdfs.size() > samples.size(), "wen.yml is rendered in each of its languages: " + pdfs);
        assertTrue(pdfs.stream().anyMatch(p -> p.getFileName().toString().equals("wen.zh.pdf")), pdfs.toString());
        for (Path pdf : pdfs) {
            String stem = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                int pages = doc.getNumberOfPages();
                assertFalse(Files.exists(dir.resolve("a").resolve(stem + "-" + (pages + 1) + ".png")), stem + ": no picture past the last page");
                for (int i = 0; i < pages; i++) {
                    Path png = dir.resolve("a").resolve(stem + "-" + (i + 1) + ".png");
                    byte[] bytes = Files.readAllBytes(png);
                    assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("b").resolve(png.getFileName())), png + " the same twice");
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                    PDRectangle box = doc.getPage(i).getMediaBox();
                    assertEquals(box.getWidth() * DPI / 72, image.getWidth(), 1, png + " width");
                    assertEquals(box.getHeight() * DPI / 72, image.getHeight(), 1, png + " height");
                    assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF, png + ": a white page");
                }
                float[] name = largestText(doc);
                BufferedImage page1 = ImageIO.read(dir.resolve("a").resolve(stem + "-1.png").toFile());
                assertTrue(darkPixels(page1, name) > 0, stem + ": ink where the name is, " + java.util.Arrays.toString(name));
            }
        }
    }

    @Test
    void aBadDpiOrADpiWithoutPngIsAUsageError() {
        for (String bad : new String[] {"20", "601", "abc", "150.5"}) {
            CliRun.Outcome o = CliRun.run("render", "resumes/li.yml", "--format", "png", "--dpi", bad, "-d", dir.toString());
            assertEquals(ExitCode.USAGE, o.code(), bad);
            assertTrue(o.err().contains("--dpi takes a whole number from 36 to 600 (pixels an inch; 150 without it), not '" + bad + "'"),
                    o.err());
        }
        CliRun.Outcome pdf = CliRun.run("render", "resumes/li.yml", "--dpi", "100", "-d", dir.toString());
        assertEquals(ExitCode.USAGE, pdf.code());
        assertTrue(pdf.err().contains("--dpi is the resolution of the pictures of the pages: give it with --format png"), pdf.err());
        assertFalse(Files.exists(dir.resolve("li.pdf")));
    }

    @Test
    void standardOutputTakesAOnePageResumeAndRefusesSeveralPages() throws IOException {
        Path file = dir.resolve("letter.png");
        CliRun.Outcome written = CliRun.run("render", "resumes/vellander-letter.yml", "--format", "png", "--dpi", "40", "-o", file.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().startsWith(dir.resolve("letter-1.png") + "  1 page"), written.out());
        CliRun.Outcome piped = CliRun.run("render", "resumes/vellander-letter.yml", "--format", "png", "--dpi", "40", "-o", "-");
        assertEquals(0, piped.code(), piped.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("letter-1.png")), piped.outBytes());

        CliRun.Outcome several = CliRun.run("render", "resumes/cao.yml", "--format", "png", "--dpi", "40", "-o", "-");
        assertEquals(ExitCode.INVALID_INPUT, several.code());
        assertEquals(0, several.outBytes().length, "nothing on standard output");
        assertTrue(several.err().contains("error: standard output takes the picture of one page, and this résumé has 2"), several.err());
        assertTrue(several.err().contains("-o cv.png writes cv-1.png to cv-2.png"), several.err());
    }

    @Test
    void picturesPastTheLastPageAreDeletedAndAFailedRenderLeavesThePicturesAsTheyWere() throws IOException {
        Path target = dir.resolve("cv.png");
        for (String n : new String[] {"3", "4", "6"}) {
            Files.writeString(dir.resolve("cv-" + n + ".png"), "an earlier render's page " + n);
        }
        CliRun.Outcome o = CliRun.run("render", "resumes/cao.yml", "--format", "png", "--dpi", "36", "-o", target.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith(dir.resolve("cv-1.png") + " … " + dir.resolve("cv-2.png") + "  2 pages"), o.out());
        assertTrue(Files.exists(dir.resolve("cv-2.png")));
        assertFalse(Files.exists(dir.resolve("cv-3.png")) || Files.exists(dir.resolve("cv-4.png")), "the pages after the last are gone");
        assertTrue(Files.exists(dir.resolve("cv-6.png")), "only those that follow on are an earlier render's");
        assertFalse(Files.exists(target), "no file of the target's own name");

        byte[] before = Files.readAllBytes(dir.resolve("cv-1.png"));
        Path bad = dir.resolve("cv.yml");
        Files.writeString(bad, "name: Ada\nsections:\n  - title: Education\n    education:\n      - instituion: London\n");
        CliRun.Outcome failed = CliRun.run("render", bad.toString(), "--format", "png", "--dpi", "36", "-o", target.toString());
        assertEquals(ExitCode.INVALID_INPUT, failed.code());
        assertTrue(failed.err().contains("1 error; " + dir.resolve("cv-N.png") + " not written"), failed.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("cv-1.png")));
        assertTrue(Files.exists(dir.resolve("cv-2.png")));
    }

    /** The box (left, top, right, bottom, in points from the top left) of page one's largest text: the name. */
    private static float[] largestText(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                all.addAll(positions);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(doc);
        float size = (float) all.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElseThrow();
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (TextPosition t : all) {
            if (t.getFontSizeInPt() == size && !t.getUnicode().isBlank()) {
                box[0] = Math.min(box[0], t.getXDirAdj());
                box[1] = Math.min(box[1], t.getYDirAdj() - t.getHeightDir());
                box[2] = Math.max(box[2], t.getXDirAdj() + t.getWidthDirAdj());
                box[3] = Math.max(box[3], t.getYDirAdj());
            }
        }
        return box;
    }

    /** Pixels darker than mid-grey inside {@code box} (points), on a picture at {@link #DPI}. */
    private static int darkPixels(BufferedImage image, float[] box) {
        float scale = DPI / 72f;
        int dark = 0;
        for (int y = (int) (box[1] * scale); y <= Math.min(image.getHeight() - 1, (int) Math.ceil(box[3] * scale)); y++) {
            for (int x = (int) (box[0] * scale); x <= Math.min(image.getWidth() - 1, (int) Math.ceil(box[2] * scale)); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
