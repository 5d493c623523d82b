package dev.resume.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.resume.compose.Piece;
import dev.resume.compose.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which runs of a line are spans for the structure tree: an author list, a date. */
class LooksSpansTest {

    @Test
    void anAuthorListIsOneSpanFromItsFirstNameToItsLast() {
        // "Ada*, Bo. Title": the separators between the names are in it, the ". " after is not.
        List<Piece> line = List.of(Piece.of("Ada", Role.OWNER), Piece.of("*", Role.MARKS), Piece.of(", ", Role.SEPARATOR),
                Piece.of("Bo", Role.AUTHOR), Piece.of(". ", Role.SEPARATOR), Piece.of("Title", Role.TITLE));
        assertArrayEquals(new boolean[] {true, true, true, true, false, false}, Looks.spans(line));
    }

    @Test
    void aDateIsASpanAndTwoDatesApartAreTwo() {
        List<Piece> line = List.of(Piece.of("Talk", Role.TEXT), Piece.of(" ", Role.SEPARATOR), Piece.of("2023", Role.DATE),
                Piece.of(" – ", Role.DATE), Piece.of("2024", Role.DATE), Piece.of(", ", Role.SEPARATOR), Piece.of("2026", Role.DATE));
        assertArrayEquals(new boolean[] {false, false, true, true, true, false, true}, Looks.spans(line));
    }
}
