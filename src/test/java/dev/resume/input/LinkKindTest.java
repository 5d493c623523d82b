package dev.resume.input;

import dev.resume.format.PublicationFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resume.model.LinkKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The format's link keys and the link kinds are the same list: a key added to one is added to the other. */
class LinkKindTest {
    @Test
    void everyLinkKeyOfTheFormatHasAKind() {
        assertEquals(PublicationFormat.LINKS_SHAPE.keys(), Arrays.stream(LinkKind.values()).map(LinkKind::key).toList());
    }
}
