package dev.resume.format;

import dev.resume.diag.Diagnostics;
import dev.resume.syntax.YNode;
import dev.resume.text.LanguageTag;

/** A {@code locale:} value, in a résumé or a theme: a BCP 47 tag, checked where it is written. */
public final class LocaleValue {
    private LocaleValue() {}

    /** The tag, or null when there is none or it is wrong (reported at the value). */
    public static LanguageTag read(YNode node, Diagnostics diagnostics) {
        if (node == null || node instanceof YNode.Scalar s && s.isNull()) {
            return null;
        }
        if (!(node instanceof YNode.Scalar s)) {
            diagnostics.error(node.pos(), "locale must be a language tag, found " + node.describe(),
                    "such as locale: de, or zh-Hans, or pt-BR");
            return null;
        }
        LanguageTag tag = LanguageTag.parse(s.text());
        if (tag == null) {
            diagnostics.error(s.pos(), "locale '" + s.text().strip() + "' is no language tag",
                    "write a BCP 47 tag: a language code (en, de, fr, zh, ja, ar, ru), then a script or region if"
                            + " it matters (zh-Hans, pt-BR)");
        }
        return tag;
    }
}
