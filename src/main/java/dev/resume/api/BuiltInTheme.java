package dev.resume.api;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.theme.ThemeLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A theme that comes with the tool, by the name {@code --theme} takes, and its one-line description. */
public record BuiltInTheme(String name, String description) {

    /** Every built-in theme, the default first. */
    public static List<BuiltInTheme> all() throws IOException {
        List<BuiltInTheme> out = new ArrayList<>();
        for (String name : ThemeLoader.BUILT_IN) {
            out.add(new BuiltInTheme(name, new ThemeLoader(new Diagnostics()).load(name, null, SourcePos.unknown(null)).description()));
        }
        return List.copyOf(out);
    }
}
