package dev.resume.export;

import dev.resume.compose.Metadata;
import dev.resume.layout.Mark;
import dev.resume.layout.Page;
import dev.resume.layout.PageItem;
import dev.resume.layout.Rgb;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * A digest of everything a PDF draws: its file ID (the trailer's /ID and the XMP document ID),
 * the same for the same pages and different for different ones. Fed with the items' fields as
 * bytes (a float as its bits, a string as its UTF-16 code units, a face by name), not with their
 * printed forms: printing 1,400 items (350 KB of text for a two-page CV) took a tenth of a warm
 * render, the digest of the bytes takes a fraction of a millisecond. A field added to an item
 * that changes the drawing belongs here too, so that two different PDFs never share an ID.
 */
final class Fingerprint {
    private byte[] buf = new byte[64 * 1024];
    private int n;

    private Fingerprint() {}

    static byte[] of(List<Page> pages, Metadata meta) {
        Fingerprint f = new Fingerprint();
        f.string(meta.title()).string(meta.author()).string(meta.subject()).string(String.join("\n", meta.keywords()))
                .string(meta.language().tag());
        for (Page page : pages) {
            f.number(page.width()).number(page.height()).integer(page.items().size());
            for (PageItem item : page.items()) {
                f.item(item);
            }
            // What is drawn only: the line boxes name the source file, which does not show.
            for (Page.Bookmark b : page.bookmarks()) {
                f.string(b.title()).number(b.y());
            }
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(f.buf, 0, f.n);
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void item(PageItem item) {
        switch (item) {
            case PageItem.Text t -> integer(1).number(t.x()).number(t.y()).number(t.width()).string(t.text()).string(t.actual())
                    .string(t.face().name()).number(t.size()).color(t.color()).integer(t.hyphenated() ? 1 : 0).mark(t.mark())
                    .integer(t.running() == null ? -1 : t.running().ordinal());
            case PageItem.Icon i -> integer(2).number(i.x()).number(i.y()).number(i.width()).string(i.glyph()).string(i.face().name())
                    .number(i.size()).color(i.color());
            case PageItem.Missing m -> integer(3).number(m.x()).number(m.y()).number(m.width()).string(m.text()).number(m.size())
                    .color(m.color());
            case PageItem.Rule r -> integer(4).number(r.x1()).number(r.y1()).number(r.x2()).number(r.y2()).number(r.thickness())
                    .color(r.color());
            // The picture's own digest stands for its bytes; its frame is a small record.
            case PageItem.Image im -> integer(5).number(im.x()).number(im.y()).string(im.picture().toString())
                    .string(String.valueOf(im.frame()));
            case PageItem.Link l -> integer(6).number(l.x()).number(l.y()).number(l.width()).number(l.height()).string(l.url())
                    .mark(l.mark());
        }
    }

    private Fingerprint mark(Mark m) {
        if (m == null) {
            return integer(-1);
        }
        integer(m.node()).integer(m.tag() == null ? -1 : m.tag().kind().ordinal()).integer(m.tag() == null ? 0 : m.tag().list())
                .integer(m.tag() == null ? 0 : m.tag().level()).integer(m.part() == null ? -1 : m.part().ordinal()).integer(m.span());
        return string(m.link());
    }

    private Fingerprint color(Rgb c) {
        return c == null ? integer(-1) : integer(c.r()).integer(c.g()).integer(c.b());
    }

    private Fingerprint number(float f) {
        return integer(Float.floatToIntBits(f));
    }

    private Fingerprint integer(int v) {
        room(4);
        buf[n++] = (byte) (v >>> 24);
        buf[n++] = (byte) (v >>> 16);
        buf[n++] = (byte) (v >>> 8);
        buf[n++] = (byte) v;
        return this;
    }

    /** A string with its length first, so that "ab" + "c" and "a" + "bc" differ; null apart from "". */
    private Fingerprint string(String s) {
        if (s == null) {
            return integer(-1);
        }
        integer(s.length());
        room(2 * s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            buf[n++] = (byte) (c >>> 8);
            buf[n++] = (byte) c;
        }
        return this;
    }

    private void room(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, n + more));
        }
    }
}
