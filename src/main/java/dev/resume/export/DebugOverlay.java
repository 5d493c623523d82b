package dev.resume.export;

import dev.resume.layout.LayoutReport;
import dev.resume.layout.LineFit;
import dev.resume.layout.Page;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * What {@code --debug-layout} draws over each page, for theme authors: the margins (a dashed
 * frame), each line's box (grey) and baseline (blue), and in red the lines the layout report
 * flags (loose, overfull, or a word cut). Only strokes: the text layer stays as it is.
 */
final class DebugOverlay {
    private static final float HAIRLINE = 0.25f;

    private DebugOverlay() {}

    static void draw(Page page, PdfContentByte cb) {
        float h = page.height();
        Page.Margins m = page.margins();
        float left = m.left();
        float right = page.width() - m.right();
        cb.saveState();
        cb.setLineWidth(HAIRLINE);
        cb.setRGBColorStroke(0, 160, 160);
        cb.setLineDash(2, 2, 0);
        cb.rectangle(left, m.bottom(), right - left, h - m.top() - m.bottom());
        cb.stroke();
        cb.setLineDash(0);
        for (Page.LineBox box : page.lines()) {
            boolean bad = isBad(box.fit());
            if (bad) {
                cb.setRGBColorStroke(220, 0, 0);
            } else {
                cb.setRGBColorStroke(170, 170, 170);
            }
            cb.rectangle(left, h - box.top() - box.height(), right - left, box.height());
            cb.stroke();
            cb.setRGBColorStroke(bad ? 220 : 60, bad ? 0 : 110, bad ? 0 : 230);
            cb.moveTo(left, h - box.baseline());
            cb.lineTo(right, h - box.baseline());
            cb.stroke();
        }
        cb.restoreState();
    }

    private static boolean isBad(LineFit fit) {
        return fit != null && (fit.overflow() > 0 || fit.cut()
                || (fit.justified() && fit.spaceRatio() > LayoutReport.LOOSE_SPACE));
    }
}
