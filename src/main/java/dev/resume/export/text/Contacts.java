package dev.resume.export.text;

import dev.resume.compose.Piece;
import dev.resume.compose.Role;
import dev.resume.model.ContactItem;
import java.util.ArrayList;
import java.util.List;

/** A contact item as text, where the PDF has an icon. */
final class Contacts {
    private Contacts() {}

    /**
     * "Email: ada@example.org" with a label; else the value, named where the PDF's icon is all
     * that says what it is: a bare user name means nothing without the GitHub logo beside it.
     */
    static List<Piece> pieces(ContactItem c) {
        List<Piece> out = new ArrayList<>();
        String name = c.label() != null ? c.label() : c.kind().network();
        // "Stack Overflow" alone already names itself.
        if (name != null && !name.equals(c.display())) {
            out.add(Piece.of(name + ": ", Role.TEXT));
        }
        Piece value = Piece.of(c.display(), Role.TEXT);
        out.add(c.url() != null ? value.withLink(c.url()) : value);
        return out;
    }
}
