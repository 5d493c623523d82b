package dev.resume.export;

import dev.resume.layout.Mark;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;

/**
 * A page's content as marked-content sequences: each run of items that belong to one
 * structure element is one sequence with its marked-content id (BDC ... EMC), each run of
 * items that are none of the content's (icons, rules, running footers) one artifact (BMC
 * ... EMC). Runs are as long as they can be, so that a line of words is one sequence and not
 * one per word. Sequences enclose whole text objects: the ActualText spans of ligatures and small
 * capitals nest inside them.
 */
final class MarkedContent {
    private final PdfContentByte cb;
    private final StructureTree tree;
    private final int page;
    /** The element of the sequence open, or {@link #ARTIFACT}, or null when none is. */
    private Object open;
    private static final Object ARTIFACT = new Object();
    private static final PdfName ARTIFACT_TAG = new PdfName("Artifact");

    MarkedContent(PdfContentByte cb, StructureTree tree, int page) {
        this.cb = cb;
        this.tree = tree;
        this.page = page;
    }

    /** Text marked {@code mark} comes next (null: an artifact's, a running footer's). */
    void text(Mark mark, String text) {
        if (mark == null) {
            artifact();
            return;
        }
        StructureTree.Element e = tree.of(mark);
        enter(e);
        tree.text(e, text);
    }

    /** Something that is not content comes next. */
    void artifact() {
        if (open != ARTIFACT) {
            close();
            cb.beginMarkedContentSequence(ARTIFACT_TAG);
            open = ARTIFACT;
        }
    }

    /** A picture comes next: a figure described by {@code alt}, or, without one, an artifact. */
    void figure(String alt) {
        if (alt == null) {
            artifact();
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
