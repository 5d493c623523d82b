package dev.resume.font;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import java.awt.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * OpenPDF's glyph layout, told the direction of each run by the bidirectional algorithm.
 *
 * <p>The layout hands OpenPDF runs of one direction (see the layout's bidi reordering), but
 * OpenPDF judges a run's direction by the JDK's Bidi on the run alone: it throws on a run it
 * finds mixed, and recurses without end on a run that is one level but not 0 or 1 ("2" of an
 * Arabic-Indic number). Here a run is right to left when its first strong character is, and
 * text that really mixes directions (a footer, a string measured whole) is shown run by run in
 * visual order.
 */
final class RunLayout extends GlyphLayoutManager {

    RunLayout(GlyphLayoutFontManager fontManager) {
        super(fontManager);
    }

    /** Whether the text's first strong character is right to left (none: left to right). */
    static boolean rightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int d = UCharacter.getDirection(cp);
            if (d == UCharacterDirection.LEFT_TO_RIGHT) {
                return false;
            }
            if (d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The text's runs of one direction, in logical order, or null when it is one run. */
    static String[] runs(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return null;
        }
        Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
        int n = bidi.countRuns();
        if (n <= 1) {
            return null;
        }
        String[] out = new String[n];
        int start = 0;
        for (int i = 0; i < n; i++) {
            var run = bidi.getLogicalRun(start);
            out[i] = text.substring(start, run.getLimit());
            start = run.getLimit();
        }
        return out;
    }

    @Override
    protected int computeBidiFlags(String text) {
        return rightToLeft(text) ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
    }

    @Override
    protected boolean ifMixedThenDivideTextAndShow(PdfContentByte cb, BaseFont baseFont, float fontSize, String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return false;
        }
        Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
        int n = bidi.countRuns();
        if (n <= 1) {
            return false;
        }
        // Each visual run is shorter than the text, so this ends.
        for (int i = 0; i < n; i++) {
            var run = bidi.getVisualRun(i);
            showText(cb, baseFont, fontSize, text.substring(run.getStart(), run.getLimit()));
        }
        return true;
    }
}
