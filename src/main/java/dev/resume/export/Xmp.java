package dev.resume.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The document's XMP metadata packet: what the Info dictionary says (title, author, subject,
 * keywords, creator tool, producer, dates), word for word as PDF/A requires, and the standards
 * the file claims: PDF/UA-1 (pdfuaid), and PDF/A-2b (pdfaid) when archival, with the extension
 * schema that PDF/A needs to accept the pdfuaid property. No wall-clock time and no random id:
 * the dates are SOURCE_DATE_EPOCH's or absent, the document id is the file id, a digest of the
 * pages.
 */
final class Xmp {
    private Xmp() {}

    /** The fields of the packet; a null or empty one is left out, as it is of the Info dictionary. */
    record Fields(String title, String author, String subject, String keywords, String creator, String producer,
            String language, Instant date, byte[] id, boolean archival) {}

    static byte[] packet(Fields f) {
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        sb.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        sb.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
        if (f.archival()) {
            sb.append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        }
        sb.append(">\n");
        sb.append("<dc:format>application/pdf</dc:format>\n");
        if (present(f.title())) {
            sb.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(f.title())).append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (present(f.author())) {
            sb.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(f.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (present(f.subject())) {
            sb.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(f.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (present(f.language())) {
            sb.append("<dc:language><rdf:Bag><rdf:li>").append(escape(f.language())).append("</rdf:li></rdf:Bag></dc:language>\n");
        }
        if (present(f.keywords())) {
            sb.append("<pdf:Keywords>").append(escape(f.keywords())).append("</pdf:Keywords>\n");
        }
        if (present(f.producer())) {
            sb.append("<pdf:Producer>").append(escape(f.producer())).append("</pdf:Producer>\n");
        }
        if (present(f.creator())) {
            sb.append("<xmp:CreatorTool>").append(escape(f.creator())).append("</xmp:CreatorTool>\n");
        }
        if (f.date() != null) {
            String date = DateTimeFormatter.ISO_INSTANT.format(f.date().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            sb.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
            sb.append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
            sb.append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        }
        String id = "uuid:" + uuid(f.id());
        sb.append("<xmpMM:DocumentID>").append(id).append("</xmpMM:DocumentID>\n");
        sb.append("<xmpMM:InstanceID>").append(id).append("</xmpMM:InstanceID>\n");
        sb.append("<pdfuaid:part>1</pdfuaid:part>\n");
        if (f.archival()) {
            sb.append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n");
        }
        sb.append("</rdf:Description>\n");
        if (f.archival()) {
            sb.append(UA_EXTENSION);
        }
        sb.append("</rdf:RDF>\n</x:xmpmeta>\n");
        // Room to edit the packet in place, as the XMP specification suggests.
        sb.append(" ".repeat(100)).append('\n');
        sb.append("<?xpacket end=\"w\"?>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** PDF/A accepts only the properties of schemas it knows or that the packet describes: pdfuaid's part. */
    private static final String UA_EXTENSION = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            """;

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    /** The id's 16 bytes as a UUID's text (its version bits are not set: it is a digest, not a random UUID). */
    private static String uuid(byte[] id) {
        String hex = HexFormat.of().formatHex(id, 0, 16);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                + hex.substring(20);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // XML 1.0 has no control characters but tab, newline and return.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
