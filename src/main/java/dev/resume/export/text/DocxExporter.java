package dev.resume.export.text;

import dev.resume.compose.Composition;
import dev.resume.theme.Theme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a résumé as a Word document (DOCX): the content of its PDF, as the text exports have
 * it, with Word's own structure ({@link DocxWriter}). Only a DOCX export loads Apache POI: a PDF
 * render never touches its classes.
 *
 * <p>The bytes are the same on every run: POI stamps the zip entries with the time of writing
 * and the core properties with the time the document was made; the entries are written again
 * with one fixed time (SOURCE_DATE_EPOCH's, else 1980-01-01, the first a zip can hold), in
 * POI's order, and the document's dates are the epoch's or none, as the PDF's are.
 */
public final class DocxExporter {
    /** The earliest time a zip entry can hold (DOS time): what an entry has without an epoch. */
    private static final LocalDateTime NO_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DocxExporter() {}

    /**
     * @param composed the résumé as composed for its PDF
     * @param theme the theme its PDF is set in: fonts, colours, paper and margins
     * @param creator what made the document, "resume 0.1.0": its application property
     * @param epoch SOURCE_DATE_EPOCH, the document's date, or null for none
     */
    public static byte[] export(Composition composed, Theme theme, String creator, Instant epoch) throws IOException {
        byte[] written = new DocxWriter(theme, creator, epoch).write(Outline.of(composed, theme, null));
        return normalise(written, epoch == null ? NO_TIME : LocalDateTime.ofInstant(epoch, ZoneOffset.UTC));
    }

    /**
     * The zip again with every entry at {@code time}: a local date-time, so the DOS time written
     * does not depend on the machine's time zone, and no extended-time fields.
     */
    static byte[] normalise(byte[] zip, LocalDateTime time) throws IOException {
        LocalDateTime at = time.isBefore(NO_TIME) ? NO_TIME : time;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(at);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
