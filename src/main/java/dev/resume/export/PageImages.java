package dev.resume.export;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pictures of a PDF's pages, one PNG a page, drawn by PDFBox from the PDF we wrote: the picture
 * is what a PDF viewer shows, from the same bytes, and no second drawing of the pages (fonts,
 * shaping, photos, icons) has to be kept in step with {@link PdfExporter}.
 *
 * <p>Only this class names PDFBox, and only a PNG render reaches it, so a PDF render never loads
 * PDFBox's classes (PdfRenderLoadsNoPdfBoxTest checks it). The PNGs are byte-identical across runs: ImageIO
 * writes no time chunk, and PDFBox draws glyphs as filled outlines, antialiased the same way each
 * time. A pHYs chunk gives the resolution, so a viewer or a word processor shows the page at its
 * size on paper.
 */
public final class PageImages {
    private static final double INCH_IN_METRES = 0.0254;

    private PageImages() {}

    /** Each page of {@code pdf} as a PNG at {@code dpi} pixels an inch, in page order; on white (a résumé's page has no colour of its own). */
    public static List<byte[]> png(byte[] pdf, int dpi) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setRenderingHints(hints());
            // Links carry no appearance of their own; what the page shows is its content.
            renderer.setAnnotationsFilter(annotation -> false);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(encode(renderer.renderImageWithDPI(i, dpi, ImageType.RGB), dpi));
            }
        }
        return out;
    }

    /** Antialiased shapes and text, at the quality a print preview would use. */
    private static RenderingHints hints() {
        RenderingHints h = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        h.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        h.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return h;
    }

    private static byte[] encode(BufferedImage image, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / INCH_IN_METRES));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // In memory: ImageIO's default stream would cache through a temporary file.
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
