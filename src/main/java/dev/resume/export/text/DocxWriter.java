package dev.resume.export.text;

import dev.resume.compose.Part;
import dev.resume.compose.Piece;
import dev.resume.compose.Role;
import dev.resume.model.ContactItem;
import dev.resume.text.LanguageTag;
import dev.resume.text.Phrases;
import dev.resume.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.resume.model.Photo;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.BreakClear;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlToken;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes an {@link Outline} as a Word document with Word's own structure, so that it is edited
 * as a document, not as positioned text: the name in the Title style, each section's title in
 * Heading 2 (both with outline levels, for the navigation pane), each entry's title row in
 * Heading 3 (a role's in Heading 4), bullets as a real list (numbering.xml, the theme's bullet
 * glyphs), links as hyperlinks with their relationships, and the dates and places at the right
 * of a row after a right tab stop at the text width, where the PDF sets them flush right.
 *
 * <p>The look is the theme's by name: its fonts' family names (Word substitutes a font that is
 * not installed), its colours as hex, its sizes, its paper and margins. The language is the
 * résumé's (w:lang, with the East Asian and the bidirectional slots); a right-to-left language
 * makes every paragraph bidi, and a run of Hebrew or Arabic in any document is a w:rtl run; a
 * run with ideographs or kana carries the East Asian hint and font.
 */
final class DocxWriter {
    private static final int TWIPS_PER_POINT = 20;

    private final Theme theme;
    private final String creator;
    private final Instant epoch;
    private final XWPFDocument doc = new XWPFDocument();
    private final boolean rtl;
    private final LanguageTag lang;
    private final String bodyFont;
    private final String headingFont;
    private final String monoFont;
    private final String eastAsiaFont;
    /** The languages of the East Asian and the right-to-left slots of w:lang: the document's, else the text's script's. */
    private final String eastAsiaLang;
    private final String bidiLang;
    private BigInteger bulletList;
    /** The list a right-to-left item is in: its bullets read right to left. */
    private BigInteger rightToLeftList;

    DocxWriter(Theme theme, String creator, Instant epoch) {
        this.theme = theme;
        this.creator = creator;
        this.epoch = epoch;
        this.lang = LanguageTag.ENGLISH;
        this.rtl = false;
        this.bodyFont = familyName(theme.fonts().body().regular());
        this.headingFont = familyName(theme.fonts().heading().regular());
        this.monoFont = familyName(theme.fonts().mono().regular());
        this.eastAsiaFont = null;
        this.eastAsiaLang = null;
        this.bidiLang = null;
    }

    /** The writer for a document in {@code lang} whose whole text is {@code text}. */
    private DocxWriter(DocxWriter w, LanguageTag lang, String text) {
        this.theme = w.theme;
        this.creator = w.creator;
        this.epoch = w.epoch;
        this.lang = lang;
        this.rtl = Phrases.of(lang).rightToLeft();
        this.bodyFont = w.bodyFont;
        this.headingFont = w.headingFont;
        this.monoFont = w.monoFont;
        boolean kana = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
        boolean hangul = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
        boolean han = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        this.eastAsiaLang = isCjk(lang) ? lang.tag() : kana ? "ja-JP" : hangul ? "ko-KR" : "zh-CN";
        this.eastAsiaFont = eastAsiaFamily(theme, isCjk(lang) || kana || hangul || han ? LanguageTag.parse(eastAsiaLang) : lang);
        boolean hebrew = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HEBREW);
        this.bidiLang = rtl ? lang.tag() : hebrew ? "he-IL" : "ar-SA";
    }

    byte[] write(Outline o) throws IOException {
        return new DocxWriter(this, o.metadata().language(), new PlainTextWriter().write(o)).document(o);
    }

    private byte[] document(Outline o) throws IOException {
        styles();
        bulletList = numbering();
        page();
        properties(o);
        XWPFParagraph name = paragraph("Title");
        name.setAlignment(alignment(theme.header().align()));
        if (o.header().photo() != null) {
            photo(name, o.header().photo(), o.header().photoAlt());
        }
        runs(name, o.header().name());
        if (!o.header().headline().isEmpty()) {
            XWPFParagraph headline = paragraph("Subtitle");
            headline.setAlignment(alignment(theme.header().align()));
            runs(headline, o.header().headline());
        }
        if (!o.header().contact().isEmpty()) {
            XWPFParagraph contact = paragraph("Contact");
            contact.setAlignment(alignment(theme.header().align()));
            String separator = o.header().separator().strip();
            String sep = separator.isEmpty() ? MarkdownWriter.BESIDE : " " + separator + " ";
            List<Piece> line = new ArrayList<>();
            for (ContactItem c : o.header().contact()) {
                if (!line.isEmpty()) {
                    line.add(Piece.of(sep, Role.SEPARATOR));
                }
                line.addAll(Contacts.pieces(c));
            }
            runs(contact, line);
        }
        if (o.header().photo() != null) {
            // What follows the header starts below the photo, as in the PDF, not beside it.
            doc.getLastParagraph().createRun().addBreak(BreakClear.ALL);
        }
        parts(o.letter(), 0);
        for (Outline.Section s : o.sections()) {
            runs(paragraph("Heading2"), s.title());
            parts(s.parts(), 0);
        }
        directions();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    /** EMU (English Metric Units, DrawingML's length) in a point. */
    private static final long EMU_PER_POINT = 12_700;

    /**
     * The photo as the PDF places it: a picture anchored at the top of the name's paragraph, at
     * the theme's side of the text width, at the theme's size, the text wrapping beside it the
     * theme's gap away; cropped to the box (centred, its aspect kept), cut to the theme's shape,
     * framed as the theme frames it; the PDF's Figure /Alt as its alternate text ("Photo of Ada
     * Quillfeather" in the résumé's words: docPr descr, what Word's "Alt Text" shows and a screen
     * reader says).
     *
     * <p>The drawing is written as XML, as POI's own addPicture writes its inline one, so that
     * the export needs none of DrawingML's generated classes (6 MB, left out of the jar): only
     * the picture part and its relationship come from POI.
     */
    private void photo(XWPFParagraph p, Photo photo, String altText) {
        Theme.Photo look = theme.photo().forShape(photo.shape());
        String rel;
        try {
            rel = doc.addPictureData(photo.bytes(), photo.format() == Photo.Format.JPEG ? Document.PICTURE_TYPE_JPEG
                    : Document.PICTURE_TYPE_PNG);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the photo cannot be added: " + e.getMessage(), e);
        }
        long cx = Math.round(look.width() * EMU_PER_POINT);
        long cy = Math.round(look.height() * EMU_PER_POINT);
        long gap = Math.round(look.gap() * EMU_PER_POINT);
        boolean right = look.side() == Theme.Side.RIGHT;
        // Cover the box: the picture's fill reaches past the box on its long side, as far each
        // side, and the box cuts it (fillRect insets, negative, in 100,000ths of the box's side).
        // Not srcRect: LibreOffice then fills a circle or rounded box with its default colour.
        double aspect = photo.quarterTurn() ? (double) photo.height() / photo.width() : (double) photo.width() / photo.height();
        double box = (double) cx / cy;
        long overX = aspect > box ? Math.round((aspect / box - 1) / 2 * 100_000) : 0;
        long overY = aspect < box ? Math.round((box / aspect - 1) / 2 * 100_000) : 0;
        String geometry = switch (look.shape()) {
            case RECTANGLE -> "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>";
            case CIRCLE -> "<a:prstGeom prst=\"ellipse\"><a:avLst/></a:prstGeom>";
            // roundRect's adj: the corners' radius in 100,000ths of the box's smaller side.
            case ROUNDED -> "<a:prstGeom prst=\"roundRect\"><a:avLst><a:gd name=\"adj\" fmla=\"val "
                    + Math.round(Math.min(look.radius(), Math.min(look.width(), look.height()) / 2)
                            / Math.min(look.width(), look.height()) * 100_000)
                    + "\"/></a:avLst></a:prstGeom>";
        };
        String line = look.border() <= 0 ? "" : "<a:ln w=\"" + Math.round(look.border() * EMU_PER_POINT)
                + "\"><a:solidFill><a:srgbClr val=\"" + hex(look.borderColor()) + "\"/></a:solidFill></a:ln>";
        // No alt text (no name): descr is left out, as the PDF's Figure has none.
        String alt = altText == null || altText.isBlank() ? "" : " descr=\"" + escape(altText) + "\"";
        String name = "photo." + (photo.format() == Photo.Format.JPEG ? "jpeg" : "png");
        // The parsed document's one element, wp:anchor, becomes the w:drawing's content.
        String xml = "<wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                + " distT=\"0\" distB=\"0\" distL=\"" + (right ? gap : 0) + "\" distR=\"" + (right ? 0 : gap) + "\""
                + " simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"0\">"
                + "<wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"margin\"><wp:align>" + (right ? "right" : "left") + "</wp:align></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/>"
                + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:wrapSquare wrapText=\"" + (right ? "left" : "right") + "\"/>"
                + "<wp:docPr id=\"1\" name=\"Photo\"" + alt + "/>"
                + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
                + "<pic:nvPicPr><pic:cNvPr id=\"1\" name=\"" + name + "\"" + alt + "/><pic:cNvPicPr>"
                + "<a:picLocks noChangeAspect=\"1\" noChangeArrowheads=\"1\"/></pic:cNvPicPr></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + rel + "\"/>"
                + "<a:stretch><a:fillRect l=\"" + -overX + "\" t=\"" + -overY + "\" r=\"" + -overX + "\" b=\"" + -overY
                + "\"/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
                + geometry + line + "</pic:spPr>"
                + "</pic:pic></a:graphicData></a:graphic></wp:anchor>";
        try {
            p.createRun().getCTR().addNewDrawing().set(XmlToken.Factory.parse(xml, POIXMLTypeLoader.DEFAULT_XML_OPTIONS));
        } catch (XmlException e) {
            throw new IllegalStateException("the photo's drawing is not well formed: " + e.getMessage(), e);
        }
    }

    /** {@code text} in an XML attribute's double quotes. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void parts(List<Part> parts, int depth) {
        for (Part p : parts) {
            switch (p) {
                case Part.Heading h -> heading(h, depth);
                case Part.Paragraph para -> runs(paragraph(switch (para.kind()) {
                    case TEXT -> "BodyText";
                    case NOTE -> "Note";
                    case URL -> "Normal";
                }), para.text());
                case Part.Bullets b -> bullets(b.items(), 0);
                case Part.Line l -> row(paragraph("Normal"), l.text(), l.right());
                case Part.Skill s -> {
                    XWPFParagraph para = paragraph("Normal");
                    runs(para, Outline.bold(s.label()));
                    runs(para, List.of(Piece.of(": ", Role.SEPARATOR)));
                    runs(para, s.details());
                }
                case Part.Publication pub -> publication(pub);
            }
        }
    }

    private void heading(Part.Heading h, int depth) {
        row(paragraph(h.role() ? "Heading4" : "Heading3"), h.title(), h.firstRight());
        if (!h.subtitle().isEmpty() || !h.secondRight().isEmpty()) {
            XWPFParagraph second = paragraph("EntrySubtitle");
            row(second, h.subtitle(), h.secondRight());
        }
        parts(h.body(), depth + 1);
    }

    private void publication(Part.Publication p) {
        row(paragraph("Heading3"), p.title(), p.date());
        if (!p.authors().isEmpty()) {
            runs(paragraph("Authors"), p.authors());
        }
        if (!p.venue().isEmpty() || !p.links().isEmpty()) {
            runs(paragraph("Authors"), p.venueAndLinks());
        }
        if (!p.abstractText().isEmpty()) {
            runs(paragraph("Abstract"), p.abstractText());
        }
        if (!p.subjects().isEmpty()) {
            runs(paragraph("Subjects"), p.subjects());
        }
    }

    private void bullets(List<Part.Bullets.Item> items, int level) {
        for (Part.Bullets.Item item : items) {
            XWPFParagraph p = paragraph("ListBullet");
            p.setNumID(bulletList);
            p.setNumILvl(BigInteger.valueOf(Math.min(level, 8)));
            runs(p, item.text());
            bullets(item.children(), level + 1);
        }
    }

    /** A row: its text, then what stands at its right after a tab to the right tab stop. */
    private void row(XWPFParagraph p, List<Piece> left, List<Piece> right) {
        runs(p, left);
        if (!right.isEmpty()) {
            XWPFRun tab = p.createRun();
            tab.addTab();
            runs(p, right);
        }
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    /**
     * Each paragraph right to left that reads so: all of a document in a right-to-left
     * language, else a paragraph whose first letter is Hebrew or Arabic, as the PDF sets one
     * (UAX #9's paragraph level). A document whose name reads right to left has a
     * right-to-left section: the page's columns and margins mirror.
     */
    private void directions() {
        boolean first = true;
        for (XWPFParagraph p : doc.getParagraphs()) {
            boolean bidi = rtl || startsRightToLeft(p.getText());
            if (bidi) {
                CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                ppr.addNewBidi();
                if (ppr.isSetNumPr()) {
                    ppr.getNumPr().getNumId().setVal(rightToLeftList);
                }
                if (first) {
                    CTSectPr sect = doc.getDocument().getBody().getSectPr();
                    if (!sect.isSetBidi()) {
                        sect.addNewBidi();
                    }
                }
            }
            first = false;
        }
    }

    private static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (isRightToLeft(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The pieces as runs; a run of pieces with one link is one w:hyperlink. */
    private void runs(XWPFParagraph p, List<Piece> pieces) {
        for (List<Piece> run : Outline.byLink(pieces)) {
            String link = run.get(0).link();
            if (link == null) {
                for (Piece c : run) {
                    look(p.createRun(), c);
                }
            } else {
                XWPFHyperlinkRun first = p.createHyperlinkRun(link);
                look(first, run.get(0));
                CTHyperlink h = first.getCTHyperlink();
                for (Piece c : run.subList(1, run.size())) {
                    CTR r = h.addNewR();
                    look(new XWPFHyperlinkRun(h, r, p), c);
                }
            }
        }
    }

    /** A run with a piece's text and looks: its role's colour and font, the Markdown's emphasis. */
    private void look(XWPFRun r, Piece c) {
        if (c.isBreak()) {
            r.addBreak();
            return;
        }
        // Word wants a run's properties in the schema's order (POI appends them as they are set):
        // style, fonts, bold, italics, colour, underline, direction, language.
        if (c.link() != null) {
            r.setStyle("Hyperlink");
        }
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        String text = c.text();
        boolean eastAsian = text.codePoints().anyMatch(DocxWriter::isEastAsian);
        boolean rightToLeft = text.codePoints().anyMatch(DocxWriter::isRightToLeft);
        if (c.code() || eastAsian) {
            CTFonts f = rpr.addNewRFonts();
            if (c.code()) {
                f.setAscii(monoFont);
                f.setHAnsi(monoFont);
            }
            if (eastAsian) {
                f.setHint(STHint.EAST_ASIA);
                if (eastAsiaFont != null) {
                    f.setEastAsia(eastAsiaFont);
                }
            }
        }
        if (c.bold()) {
            rpr.addNewB();
        }
        if (c.italic()) {
            rpr.addNewI();
        }
        String color = switch (c.role()) {
            case DATE -> theme.entries().dateColor();
            case PLACE, REMARK -> theme.entries().rightColor();
            case SUBTITLE -> theme.entries().subtitleColor();
            case LINK -> theme.colors().accent();
            default -> null;
        };
        if (color != null && c.link() == null) {
            rpr.addNewColor().setVal(hex(color));
        }
        if (c.underline()) {
            rpr.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
        }
        if (rightToLeft) {
            rpr.addNewRtl();
        }
        if (c.lang() != null) {
            CTLanguage l = rpr.addNewLang();
            l.setVal(c.lang().tag());
            if (isCjk(c.lang())) {
                l.setEastAsia(c.lang().tag());
            }
            if (Phrases.of(c.lang()).rightToLeft()) {
                l.setBidi(c.lang().tag());
            }
        }
        if (rpr.isNil() || rpr.getDomNode().getFirstChild() == null) {
            r.getCTR().unsetRPr();
        }
        r.setText(text);
    }

    /** The styles: the document's defaults (font, size, colour, language) and one style a kind of paragraph. */
    private void styles() {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        var defaults = ct.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(bodyFont);
        fonts.setHAnsi(bodyFont);
        fonts.setCs(bodyFont);
        fonts.setEastAsia(eastAsiaFont != null ? eastAsiaFont : bodyFont);
        rpr.addNewColor().setVal(hex(theme.colors().text()));
        halfPoints(rpr, theme.sizes().body());
        CTLanguage l = rpr.addNewLang();
        l.setVal(lang.tag());
        l.setEastAsia(eastAsiaLang);
        l.setBidi(bidiLang);
        var ppr = defaults.addNewPPrDefault().addNewPPr();
        var spacing = ppr.addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(Math.round(240 * Math.max(1f, theme.spacing().leading()))));
        styles.setStyles(ct);

        float width = textWidth();
        Theme.Header h = theme.header();
        Theme.SectionTitle st = theme.sectionTitle();
        add(styles, style("Normal", "Normal", null, true));
        CTStyle title = style("Title", "Title", "Normal", false);
        font(title, headingFont, theme.sizes().name(), h.nameBold(), false, h.nameSmallCaps() ? Theme.Case.SMALL_CAPS : null,
                hex(h.nameColor()));
        title.getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        title.getPPr().addNewKeepNext();
        add(styles, title);
        CTStyle subtitle = style("Subtitle", "Subtitle", "Normal", false);
        font(subtitle, null, theme.sizes().headline(), false, true, null, hex(theme.colors().muted()));
        add(styles, subtitle);
        CTStyle contact = style("Contact", "Contact", "Normal", false);
        font(contact, null, theme.sizes().contact(), false, null);
        after(contact, theme.spacing().headerAfter());
        add(styles, contact);
        CTStyle section = style("Heading2", "heading 2", "Normal", false);
        font(section, headingFont, theme.sizes().section(), st.bold(), false, st.textCase(), hex(st.color()));
        section.getPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
        section.getPPr().addNewKeepNext();
        before(section, theme.spacing().sectionBefore());
        after(section, theme.spacing().sectionAfter());
        if (st.rule() == Theme.RulePlacement.BELOW || st.rule() == Theme.RulePlacement.AFTER) {
            CTBorder b = section.getPPr().addNewPBdr().addNewBottom();
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(Math.max(2, Math.round(st.ruleThickness() * 8))));
            b.setSpace(BigInteger.ONE);
            b.setColor(hex(theme.colors().rule()));
        }
        add(styles, section);
        for (int level = 3; level <= 4; level++) {
            CTStyle entry = style("Heading" + level, "heading " + level, "Normal", false);
            font(entry, null, theme.sizes().body(), true, null);
            entry.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            entry.getPPr().addNewKeepNext();
            before(entry, level == 3 ? theme.spacing().entryBefore() : theme.spacing().entryBefore() / 2);
            rightTab(entry.getPPr(), width);
            add(styles, entry);
        }
        CTStyle entrySubtitle = style("EntrySubtitle", "Entry Subtitle", "Normal", false);
        font(entrySubtitle, null, 0, false, theme.entries().subtitle() == Theme.TextLook.ITALIC,
                theme.entries().subtitle() == Theme.TextLook.SMALL_CAPS ? Theme.Case.SMALL_CAPS : null, null);
        entrySubtitle.getPPr().addNewKeepNext();
        rightTab(entrySubtitle.getPPr(), width);
        add(styles, entrySubtitle);
        CTStyle normalRow = styles.getStyle("Normal").getCTStyle();
        rightTab(normalRow.getPPr(), width);
        CTStyle body = style("BodyText", "Body Text", "Normal", false);
        if (theme.typography().justifies(Theme.TextKind.PARAGRAPHS)) {
            body.getPPr().addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.BOTH);
        }
        after(body, 3);
        add(styles, body);
        CTStyle note = style("Note", "Note", "Normal", false);
        font(note, null, 0, false, true, null, hex(theme.colors().muted()));
        add(styles, note);
        CTStyle list = style("ListBullet", "List Bullet", "Normal", false);
        if (theme.typography().justifies(Theme.TextKind.BULLETS)) {
            list.getPPr().addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.BOTH);
        }
        add(styles, list);
        CTStyle authors = style("Authors", "Authors", "Normal", false);
        authors.getPPr().addNewInd().setLeft(BigInteger.valueOf(360));
        add(styles, authors);
        CTStyle abs = style("Abstract", "Abstract", "Authors", false);
        font(abs, null, theme.sizes().small(), false, null);
        if (theme.typography().justifies(Theme.TextKind.ABSTRACTS)) {
            abs.getPPr().addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.BOTH);
        }
        add(styles, abs);
        CTStyle subjects = style("Subjects", "Subjects", "Authors", false);
        font(subjects, null, theme.sizes().small(), false, hex(theme.colors().muted()));
        add(styles, subjects);
        CTStyle link = CTStyle.Factory.newInstance();
        link.setType(STStyleType.CHARACTER);
        link.setStyleId("Hyperlink");
        link.addNewName().setVal("Hyperlink");
        CTRPr lr = link.addNewRPr();
        lr.addNewColor().setVal(hex(theme.colors().link()));
        if (theme.links().underline() == Theme.LinkUnderline.UNDERLINE) {
            lr.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
        }
        add(styles, link);
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTStyle style(String id, String name, String basedOn, boolean isDefault) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (isDefault) {
            s.setDefault(true);
        }
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        s.addNewPPr();
        s.addNewRPr();
        return s;
    }

    private static void font(CTStyle s, String family, float size, boolean bold, String color) {
        font(s, family, size, bold, false, null, color);
    }

    /**
     * A style's run properties, in the order Word reads them (POI writes them as added): font,
     * bold, italics, capitals, colour, size. Size 0: the default's.
     */
    private static void font(CTStyle s, String family, float size, boolean bold, boolean italic, Theme.Case caps, String color) {
        CTRPr rpr = s.getRPr();
        if (family != null) {
            CTFonts f = rpr.addNewRFonts();
            f.setAscii(family);
            f.setHAnsi(family);
        }
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        if (caps == Theme.Case.UPPER) {
            rpr.addNewCaps();
        } else if (caps == Theme.Case.SMALL_CAPS) {
            rpr.addNewSmallCaps();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        if (size > 0) {
            halfPoints(rpr, size);
        }
    }

    private static void halfPoints(CTRPr rpr, float size) {
        BigInteger half = BigInteger.valueOf(Math.round(size * 2));
        rpr.addNewSz().setVal(half);
        rpr.addNewSzCs().setVal(half);
    }

    private static void before(CTStyle s, float points) {
        spacing(s.getPPr()).setBefore(BigInteger.valueOf(Math.round(points * TWIPS_PER_POINT)));
    }

    private static void after(CTStyle s, float points) {
        spacing(s.getPPr()).setAfter(BigInteger.valueOf(Math.round(points * TWIPS_PER_POINT)));
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing spacing(CTPPrGeneral ppr) {
        return ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
    }

    /** A tab stop flush with the right margin (the start margin's other side in a bidi paragraph). */
    private static void rightTab(CTPPrGeneral ppr, float width) {
        CTTabs tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
        var tab = tabs.addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(Math.round(width * TWIPS_PER_POINT)));
    }

    /**
     * The bullet lists: one left to right, one right to left (its bullets read right to left
     * too, else LibreOffice sets a right-to-left item's bullet at the left margin, far from the
     * text it marks), each a level a depth, the theme's glyphs, in the accent colour. Returns
     * the first's number; a right-to-left item is moved to the second ({@link #directions}).
     */
    private BigInteger numbering() {
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger leftToRight = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(bullets(0, false), numbering)));
        rightToLeftList = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(bullets(1, true), numbering)));
        return leftToRight;
    }

    private CTAbstractNum bullets(int id, boolean rightToLeft) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < 9; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(level == 0 ? theme.entries().bullet() : theme.entries().subBullet());
            lvl.addNewLvlJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(360L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(360));
            var glyph = lvl.addNewRPr();
            if (rightToLeft) {
                glyph.addNewRtl();
            }
            glyph.addNewColor().setVal(hex(theme.colors().accent()));
        }
        return abs;
    }

    /** The theme's paper and margins, in twips. */
    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Math.round(theme.paper().width() * TWIPS_PER_POINT)));
        size.setH(BigInteger.valueOf(Math.round(theme.paper().height() * TWIPS_PER_POINT)));
        CTPageMar m = sect.addNewPgMar();
        Theme.Margins margins = theme.margins();
        m.setTop(BigInteger.valueOf(Math.round(margins.top() * TWIPS_PER_POINT)));
        m.setBottom(BigInteger.valueOf(Math.round(margins.bottom() * TWIPS_PER_POINT)));
        m.setLeft(BigInteger.valueOf(Math.round(margins.left() * TWIPS_PER_POINT)));
        m.setRight(BigInteger.valueOf(Math.round(margins.right() * TWIPS_PER_POINT)));
        m.setHeader(BigInteger.valueOf(360));
        m.setFooter(BigInteger.valueOf(360));
        m.setGutter(BigInteger.ZERO);
    }

    /** The document's title, author, subject, keywords and language; its dates the epoch's, or none. */
    private void properties(Outline o) {
        PackagePropertiesPart core = doc.getProperties().getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(o.metadata().title());
        core.setCreatorProperty(o.metadata().author());
        if (o.metadata().subject() != null && !o.metadata().subject().isBlank()) {
            core.setSubjectProperty(o.metadata().subject());
        }
        if (!o.metadata().keywords().isEmpty()) {
            core.setKeywordsProperty(String.join(", ", o.metadata().keywords()));
        }
        core.setLanguageProperty(lang.tag());
        Optional<Date> date = epoch == null ? Optional.empty() : Optional.of(Date.from(epoch));
        core.setCreatedProperty(date);
        core.setModifiedProperty(date);
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(creator);
    }

    private float textWidth() {
        return theme.paper().width() - theme.margins().left() - theme.margins().right();
    }

    private static ParagraphAlignment alignment(Theme.Align a) {
        return switch (a) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        };
    }

    /** A theme colour as Word writes it: six hex digits, no '#'; "auto" for what is not one. */
    static String hex(String color) {
        if (color == null || !color.matches("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?")) {
            return "auto";
        }
        String c = color.substring(1).toUpperCase(Locale.ROOT);
        return c.length() == 3 ? "" + c.charAt(0) + c.charAt(0) + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) : c;
    }

    /** The family name of a theme's font file, as a word processor knows it: "TeX Gyre Pagella". */
    static String familyName(String file) {
        String stack = HtmlStyle.family(file);
        String first = stack.split(",")[0].strip();
        return first.startsWith("\"") ? first.substring(1, first.length() - 1) : first;
    }

    /** The East Asian font of a CJK language: the theme's CJK fallback by family, else Noto's for that language. */
    private static String eastAsiaFamily(Theme theme, LanguageTag lang) {
        for (String f : theme.fonts().fallback()) {
            String lower = f.toLowerCase(Locale.ROOT);
            if (lower.contains("cjk") || lower.contains("droid") || lower.contains("wqy")) {
                return familyName(f);
            }
        }
        if (!isCjk(lang)) {
            return null;
        }
        String tag = lang.tag().toLowerCase(Locale.ROOT);
        return tag.startsWith("ja") ? "Noto Sans CJK JP" : tag.startsWith("ko") ? "Noto Sans CJK KR"
                : tag.contains("hant") || tag.endsWith("-tw") || tag.endsWith("-hk") ? "Noto Sans CJK TC" : "Noto Sans CJK SC";
    }

    private static boolean isCjk(LanguageTag lang) {
        String t = lang.tag().toLowerCase(Locale.ROOT);
        return t.startsWith("zh") || t.startsWith("ja") || t.startsWith("ko");
    }

    private static boolean isEastAsian(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.BOPOMOFO
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    private static boolean isRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
