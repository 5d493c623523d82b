package dev.resume.format;

import dev.resume.diag.Diagnostics;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.model.Entry;
import dev.resume.model.Entry.Bullet;
import dev.resume.model.Text;
import dev.resume.syntax.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Bullets: the declaration of a {@code bullets:} section, and the binder of bullets wherever they
 * stand (in a section, in an entry, under a bullet). Their shapes are {@link CommonKeys#BULLET}
 * and {@link CommonKeys#NESTED_BULLET}.
 */
public final class BulletFormat {
    private BulletFormat() {}

    public static final EntryFormat FORMAT = new EntryFormat(Entry.Kind.BULLETS, CommonKeys.BULLET.noun(),
            CommonKeys.field(Entry.Kind.BULLETS.key(), Kind.LIST, CommonKeys.BULLET, "A list of bullets (Services, Teaching)."),
            List.of(), CommonKeys.BULLET_TEXT.key(), null, (item, b) -> bullet(item, 0, b.diagnostics()));

    /** The {@code bullets} of an entry or a role. */
    static List<Bullet> bullets(Fields f, EntryBinding binding) {
        List<Bullet> out = new ArrayList<>();
        for (YNode item : f.list("bullets", true)) {
            Bullet b = bullet(item, 0, binding.diagnostics());
            if (b != null) {
                out.add(b);
            }
        }
        return List.copyOf(out);
    }

    private static Bullet bullet(YNode node, int depth, Diagnostics diagnostics) {
        if (node instanceof YNode.Scalar s) {
            if (s.isNull()) {
                diagnostics.error(s.pos(), "empty bullet", "remove the lone '-' or write its text");
                return null;
            }
            return new Bullet(Fields.text(s, diagnostics), List.of());
        }
        Fields f = Fields.of(node, CommonKeys.BULLET, diagnostics);
        if (f == null) {
            return null;
        }
        Text text = f.requiredText(CommonKeys.BULLET_TEXT.key());
        List<Bullet> children = List.of();
        if (f.has("bullets")) {
            if (depth >= 1) {
                diagnostics.error(f.keyPos("bullets"), "bullets nest one level deep only", "make this a sibling bullet instead");
            } else {
                List<Bullet> kids = new ArrayList<>();
                for (YNode item : f.list("bullets", true)) {
                    Bullet b = bullet(item, depth + 1, diagnostics);
                    if (b != null) {
                        kids.add(b);
                    }
                }
                children = List.copyOf(kids);
            }
        }
        f.finish();
        return text == null ? null : new Bullet(text, children);
    }
}
