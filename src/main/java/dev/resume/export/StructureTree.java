package dev.resume.export;

import dev.resume.layout.Mark;
import dev.resume.layout.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfNumberTree;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A tagged PDF's logical structure (ISO 32000 14.7, 14.8), built as the pages are drawn: a
 * Document holding the title (H1), headings (H2), paragraphs (P) and lists (L, LI, Lbl, LBody),
 * with Span for what stands beside a paragraph (its dates) and for a span inside its text (a
 * paper's authors, a date in a line), Link for links, Figure for a
 * picture. Elements come in the order their content is first drawn, which is the blocks'
 * order, the reading order.
 *
 * <p>Built here from dictionaries rather than with OpenPDF's PdfStructureElement, which writes
 * its elements as direct objects in their parent's /K and fills the parent tree from its own
 * bookkeeping: here every element is an indirect object, and the parent tree maps each page's
 * StructParents to the element of each of its marked-content ids, in order, and each link
 * annotation's StructParent to its Link element.
 */
final class StructureTree {
    private static final PdfName DOCUMENT = new PdfName("Document");
    private static final PdfName H1 = new PdfName("H1");
    private static final PdfName H2 = new PdfName("H2");
    private static final PdfName L = new PdfName("L");
    private static final PdfName LI = new PdfName("LI");
    private static final PdfName LBL = new PdfName("Lbl");
    private static final PdfName LBODY = new PdfName("LBody");
    private static final PdfName LINK = new PdfName("Link");
    private static final PdfName FIGURE = new PdfName("Figure");
    private static final PdfName MCR = new PdfName("MCR");
    private static final PdfName OBJR = new PdfName("OBJR");
    private static final PdfName STRUCTELEM = new PdfName("StructElem");

    /** A structure element: its type, parent, kids (elements, marked content, annotations). */
    static final class Element {
        final PdfName type;
        final Element parent;
        final List<Object> kids = new ArrayList<>();
        /** Its named children (a list item's label and body, a paragraph's span). */
        final Map<String, Element> named = new HashMap<>();
        final StringBuilder text = new StringBuilder();
        String alt;
        String url;
        PdfIndirectReference ref;

        Element(PdfName type, Element parent) {
            this.type = type;
            this.parent = parent;
            if (parent != null) {
                parent.kids.add(this);
            }
        }

        PdfName type() {
            return type;
        }
    }

    private record Content(int page, int mcid) {}

    private record Annotation(PdfAnnotation annotation, int page) {}

    private final PdfWriter writer;
    private final int pages;
    private final Element document = new Element(DOCUMENT, null);
    /** Per page, the element of each marked-content id. */
    private final List<List<Element>> marks = new ArrayList<>();
    /** The link elements of the annotations, by StructParent (after the pages' keys). */
    private final Map<Integer, Element> annotations = new LinkedHashMap<>();
    private final Map<Integer, Element> nodes = new HashMap<>();
    /** The lists open, outermost first, and the list they are of. */
    private final List<Element> lists = new ArrayList<>();
    private int openList = -1;

    StructureTree(PdfWriter writer, int pages) {
        this.writer = writer;
        this.pages = pages;
        for (int i = 0; i < pages; i++) {
            marks.add(new ArrayList<>());
        }
    }

    /**
     * The element a piece marked {@code m} belongs to: its paragraph's, or a part of it, or a
     * span in that (the span's number naming it), or a link in one of those.
     */
    Element of(Mark m) {
        Element para = nodes.get(m.node());
        if (para == null) {
            para = paragraph(m.tag());
            nodes.put(m.node(), para);
        }
        boolean item = para.type == LI;
        Element part = switch (m.part()) {
            case BODY -> item ? named(para, "body", LBODY) : para;
            case LABEL -> named(para, "label", item ? LBL : PdfName.SPAN);
            case BESIDE -> named(item ? named(para, "body", LBODY) : para, "beside", PdfName.SPAN);
        };
        // A span in a part that is a Span already (what stands beside) is that Span.
        if (m.span() > 0 && part.type != PdfName.SPAN) {
            part = named(part, "span " + m.span(), PdfName.SPAN);
        }
        return m.link() == null ? part : link(part, m.link());
    }

    /** A new figure, {@code alt} its alternate description. */
    Element figure(String alt) {
        Element e = new Element(FIGURE, document);
        e.alt = alt;
        return e;
    }

    /** Marks the next content on page {@code page} (0-based) as {@code e}'s: its marked-content id. */
    int mark(Element e, int page) {
        List<Element> onPage = marks.get(page);
        int mcid = onPage.size();
        onPage.add(e);
        e.kids.add(new Content(page, mcid));
        return mcid;
    }

    /** Text drawn as {@code e}'s, kept for a link's alternate description. */
    void text(Element e, String text) {
        if (e.type == LINK) {
            e.text.append(text);
        }
    }

    /**
     * A link annotation on page {@code page} for the text marked {@code m}: an object reference
     * in its Link element, and the element as its StructParent's entry in the parent tree.
     */
    Element annotation(PdfAnnotation a, Mark m, String url, int page) {
        Element link = of(m.withLink(url));
        int key = pages + annotations.size();
        annotations.put(key, link);
        a.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        link.kids.add(new Annotation(a, page));
        return link;
    }

    /**
     * Writes the elements, the parent tree and the structure tree root, and points the catalog
     * at them; the document's language is the catalog's /Lang.
     */
    void write() {
        try {
            PdfIndirectReference root = writer.getPdfIndirectReference();
            assign(document);
            write(document, root);
            Map<Integer, PdfObject> parents = new HashMap<>();
            for (int i = 0; i < pages; i++) {
                PdfArray array = new PdfArray();
                for (Element e : marks.get(i)) {
                    array.add(e.ref);
                }
                parents.put(i, writer.addToBody(array).getIndirectReference());
            }
            for (Map.Entry<Integer, Element> a : annotations.entrySet()) {
                parents.put(a.getKey(), a.getValue().ref);
            }
            PdfDictionary tree = new PdfDictionary(PdfName.STRUCTTREEROOT);
            tree.put(PdfName.K, document.ref);
            tree.put(PdfName.PARENTTREE, writer.addToBody(PdfNumberTree.writeTree(parents, writer)).getIndirectReference());
            tree.put(PdfName.PARENTTREENEXTKEY, new PdfNumber(pages + annotations.size()));
            writer.addToBody(tree, root);
            writer.getExtraCatalog().put(PdfName.STRUCTTREEROOT, root);
            PdfDictionary markInfo = new PdfDictionary();
            markInfo.put(PdfName.MARKED, PdfBoolean.PDFTRUE);
            writer.getExtraCatalog().put(PdfName.MARKINFO, markInfo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assign(Element e) {
        e.ref = writer.getPdfIndirectReference();
        for (Object k : e.kids) {
            if (k instanceof Element child) {
                assign(child);
            }
        }
    }

    private void write(Element e, PdfIndirectReference parent) throws IOException {
        PdfDictionary d = new PdfDictionary(STRUCTELEM);
        d.put(PdfName.S, e.type);
        d.put(PdfName.P, parent);
        Integer page = firstPage(e);
        if (page != null) {
            d.put(PdfName.PG, writer.getPageReference(page + 1));
        }
        PdfArray kids = new PdfArray();
        for (Object k : e.kids) {
            switch (k) {
                case Element child -> {
                    write(child, e.ref);
                    kids.add(child.ref);
                }
                case Content c when page != null && c.page() == page -> kids.add(new PdfNumber(c.mcid()));
                case Content c -> {
                    PdfDictionary mcr = new PdfDictionary(MCR);
                    mcr.put(PdfName.PG, writer.getPageReference(c.page() + 1));
                    mcr.put(PdfName.MCID, new PdfNumber(c.mcid()));
                    kids.add(mcr);
                }
                case Annotation a -> {
                    PdfDictionary objr = new PdfDictionary(OBJR);
                    objr.put(PdfName.OBJ, a.annotation().getIndirectReference());
                    objr.put(PdfName.PG, writer.getPageReference(a.page() + 1));
                    kids.add(objr);
                }
                default -> throw new IllegalStateException("not a kid: " + k);
            }
        }
        if (kids.size() == 1) {
            d.put(PdfName.K, kids.getPdfObject(0));
        } else if (!kids.isEmpty()) {
            d.put(PdfName.K, kids);
        }
        if (e.alt != null) {
            d.put(PdfName.ALT, new PdfString(e.alt, PdfObject.TEXT_UNICODE));
        }
        writer.addToBody(d, e.ref);
    }

    /** The page of the element's first marked content of its own, or null. */
    private static Integer firstPage(Element e) {
        for (Object k : e.kids) {
            if (k instanceof Content c) {
                return c.page();
            }
            if (k instanceof Annotation a) {
                return a.page();
            }
        }
        return null;
    }

    /**
     * The element of a paragraph tagged {@code tag}: a heading or paragraph in the document, or
     * an item in its list (a list nested in the item before it for a deeper level).
     */
    private Element paragraph(Tag tag) {
        if (tag.kind() != Tag.Kind.ITEM) {
            lists.clear();
            openList = -1;
            return new Element(switch (tag.kind()) {
                case TITLE -> H1;
                case HEADING -> H2;
                default -> PdfName.P;
            }, document);
        }
        if (openList != tag.list()) {
            lists.clear();
            openList = tag.list();
        }
        while (lists.size() > tag.level() + 1) {
            lists.remove(lists.size() - 1);
        }
        if (lists.size() < tag.level() + 1) {
            Element parent = lists.isEmpty() ? document : named(lastItem(lists.get(lists.size() - 1)), "body", LBODY);
            lists.add(new Element(L, parent));
        }
        return new Element(LI, lists.get(lists.size() - 1));
    }

    /** The list's last item (one is made if it has none). */
    private static Element lastItem(Element list) {
        for (int i = list.kids.size() - 1; i >= 0; i--) {
            if (list.kids.get(i) instanceof Element e && e.type == LI) {
                return e;
            }
        }
        return new Element(LI, list);
    }

    private static Element named(Element parent, String name, PdfName type) {
        return parent.named.computeIfAbsent(name, n -> new Element(type, parent));
    }

    /** The link to {@code url} in {@code parent}: its last kid when that is one, else a new one. */
    private static Element link(Element parent, String url) {
        if (!parent.kids.isEmpty() && parent.kids.get(parent.kids.size() - 1) instanceof Element e && e.type == LINK
                && url.equals(e.url)) {
            return e;
        }
        Element e = new Element(LINK, parent);
        e.url = url;
        return e;
    }
}
