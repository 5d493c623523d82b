package dev.resume.api;

import dev.resume.export.text.TextFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Markdown, plain text or HTML: the text of the PDF without its pages, from the text exporter. */
record TextOutput(TextFormat format, List<String> aliases) implements OutputFormat {

    TextOutput(TextFormat format, String... aliases) {
        this(format, List.of(aliases));
    }

    @Override
    public String name() {
        return format.extension();
    }

    @Override
    public boolean paged() {
        return false;
    }

    @Override
    public RenderResult write(Renderer renderer, Typeset typeset, Path output, RenderOptions options) throws IOException {
        return renderer.export(typeset, output, format);
    }
}
