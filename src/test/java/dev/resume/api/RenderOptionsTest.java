package dev.resume.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resume.theme.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {

    /** Each wither changes its own option and keeps every other, whatever order a caller uses. */
    @Test
    void withersKeepTheOtherOptions() {
        RenderOptions all = RenderOptions.DEFAULT.withProfile(true).withDebugLayout(true).withMaxPages(2)
                .withSelection(List.of("ml"), List.of(), List.of()).withStrict(true).withVerify(true).withPaper("letter")
                .withTheme("modern");
        assertEquals("modern", all.theme());
        assertEquals(Theme.Paper.LETTER, all.paper());
        assertTrue(all.strict() && all.verify() && all.debugLayout() && all.profile());
        assertEquals(2, all.maxPages());
        assertEquals(List.of("ml"), all.selection().tags());
        assertEquals(all, all.withTheme("modern"));
        assertEquals(RenderOptions.DEFAULT.withTheme("compact"), RenderOptions.of("compact"));
    }
}
