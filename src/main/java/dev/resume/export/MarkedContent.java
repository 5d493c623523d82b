package dev.resume.export;

import dev.resume.layout.Mark;
import dev.resume.layout.PageItem;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;

/**
 * A page's content as marked-content sequences: each run of items that belong to one
 * structure element is one sequence with its marked-content id (BDC ... EMC), each run of
 * items that are none of the content's one artifact of its kind: a running header's or
 * footer's (pagination, attached to its edge of the page), a decoration's (icons, rules: the
 * layout's), or of no kind said (the debug overlay, a box for a character no font has). Runs
 * are as long as they can be, so that a line of words is one sequence and not one per word.
 * Sequences enclose whole text objects: the ActualText spans of ligatures and small capitals
 * nest inside them.
 */
final class MarkedContent {
    /** The kinds of artifact (ISO 32000-1 14.8.2.2.2; the subtypes are ISO 32000-2's). */
    enum Artifact {
        /** An artifact of no kind said. */
        OTHER(null, null, null),
        /** A decoration: an icon, a rule. */
        LAYOUT("Layout", null, null),
        /** The running header. */
        HEADER("Pagination", "Header", "Top"),
        /** The running footer, the page numbers. */
        FOOTER("Pagination", "Footer", "Bottom");

        /** Its property list, or null for a plain {@code /Artifact BMC}. */
        private final PdfDictionary properties;

        Artifact(String type, String subtype, String attached) {
            if (type == null) {
                properties = null;
                return;
            }
            properties = new PdfDictionary();
            properties.put(PdfName.TYPE, new PdfName(type));
            if (subtype != null) {
                properties.put(PdfName.SUBTYPE, new PdfName(subtype));
                properties.put(ATTACHED, new PdfArray(new PdfName(attached)));
            }
        }

        /** The artifact a running text is ({@code null}: none, an artifact of no kind said). */
        static Artifact of(PageItem.Running running) {
            return running == null ? OTHER : running == PageItem.Running.HEADER ? HEADER : FOOTER;
        }
    }

    private static final PdfName ATTACHED = new PdfName("Attached");
    private static final PdfName ARTIFACT_TAG = new PdfName("Artifact");

    private final PdfContentByte cb;
    private final StructureTree tree;
    private final int page;
    /** The element or the {@link Artifact} of the sequence open, or null when none is. */
    private Object open;

    MarkedContent(PdfContentByte cb, StructureTree tree, int page) {
        this.cb = cb;
        this.tree = tree;
        this.page = page;
    }

    /**
     * Text marked {@code mark} comes next; without a mark, an artifact's, of the running text
     * {@code running} if it is one's.
     */
    void text(Mark mark, PageItem.Running running, String text) {
        if (mark == null) {
            artifact(Artifact.of(running));
            return;
        }
        StructureTree.Element e = tree.of(mark);
        enter(e);
        tree.text(e, text);
    }

    /** Something that is not content, of {@code kind}, comes next. */
    void artifact(Artifact kind) {
        if (open != kind) {
            close();
            if (kind.properties == null) {
                cb.beginMarkedContentSequence(ARTIFACT_TAG);
            } else {
                // Inline: a dozen bytes, where a named resource would take more.
                cb.beginMarkedContentSequence(ARTIFACT_TAG, kind.properties, true);
            }
            open = kind;
        }
    }

    /** A picture comes next: a figure described by {@code alt}, or, without one, an artifact. */
    void figure(String alt) {
        if (alt == null) {
            artifact(Artifact.OTHER);
            return;
        }
        close();
        enter(tree.figure(alt));
    }

    /** A link annotation over text marked {@code mark}: its Link element. */
    StructureTree.Element link(PdfAnnotation a, Mark mark, String url) {
        return tree.annotation(a, mark, url, page);
    }

    /** Ends the sequence open, if one is. */
    void close() {
        if (open != null) {
            cb.endMarkedContentSequence();
            open = null;
        }
    }

    private void enter(StructureTree.Element e) {
        if (open == e) {
            return;
        }
        close();
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.MCID, new PdfNumber(tree.mark(e, page)));
        cb.beginMarkedContentSequence(e.type(), props, true);
        open = e;
    }
}
