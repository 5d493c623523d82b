package dev.resume.api;

import java.io.IOException;
import java.nio.file.Path;

/** The PDF, the format of the pages themselves. */
final class PdfOutput implements OutputFormat {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public boolean paged() {
        return true;
    }

    @Override
    public RenderResult write(Renderer renderer, Typeset typeset, Path output, RenderOptions options) throws IOException {
        return renderer.render(typeset, output, options);
    }
}
