package dev.resume.export.text;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An export read back as a reader sees it, independently of the code that wrote it: Markdown
 * rendered by a CommonMark parser (all block syntax on, unlike the résumé's fields), HTML parsed
 * by the JDK's XML parser, plain text as it is. Gives the text without markup and the links.
 */
record ExportText(String text, List<String> links) {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().build();
    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]*)\"");

    static ExportText read(String exported, TextFormat format) throws Exception {
        return switch (format) {
            case TEXT -> new ExportText(exported, List.of());
            case MARKDOWN -> markdown(exported);
            case HTML -> html(exported);
        };
    }

    /** Markdown as a CommonMark renderer shows it: its HTML without the tags. */
    static ExportText markdown(String md) {
        String html = MARKDOWN_HTML.render(MARKDOWN.parse(md));
        List<String> links = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            links.add(unescape(m.group(1)));
        }
        // Block tags stand on lines of their own in the renderer's output, so words do not join.
        String text = html.replaceAll("<br */?>", "\n").replaceAll("<[^>]+>", "");
        return new ExportText(unescape(text), links);
    }

    /** The HTML page parsed as XML: fails on anything not well-formed. */
    static ExportText html(String html) throws Exception {
        Document doc = parse(html);
        Element body = (Element) doc.getElementsByTagName("body").item(0);
        List<String> links = new ArrayList<>();
        NodeList as = body.getElementsByTagName("a");
        for (int i = 0; i < as.getLength(); i++) {
            links.add(((Element) as.item(i)).getAttribute("href"));
        }
        // A line break is a break between words, as a browser shows it.
        NodeList breaks = body.getElementsByTagName("br");
        for (int i = breaks.getLength() - 1; i >= 0; i--) {
            org.w3c.dom.Node br = breaks.item(i);
            br.getParentNode().replaceChild(doc.createTextNode("\n"), br);
        }
        return new ExportText(body.getTextContent(), links);
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(sb, Matcher.quoteReplacement(Character.toString(cp)));
        }
        m.appendTail(sb);
        return sb.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
