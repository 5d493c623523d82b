package dev.resume.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * PDF/A's output intent: the colours are sRGB, the JDK's own profile embedded (the pages are
 * drawn in DeviceRGB, which PDF/A accepts only with an RGB output intent).
 */
final class OutputIntent {
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private OutputIntent() {}

    static void add(PdfWriter writer) {
        try {
            PdfStream profile = new PdfStream(PROFILE);
            profile.put(PdfName.N, new PdfNumber(3));
            profile.flateCompress(writer.getCompressionLevel());
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            intent.put(PdfName.S, PdfName.GTS_PDFA1);
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
            intent.put(PdfName.INFO, new PdfString(SRGB));
            intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
            PdfArray intents = new PdfArray();
            intents.add(intent);
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, intents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
