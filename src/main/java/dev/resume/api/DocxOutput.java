package dev.resume.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A Word document: the text of the PDF with Word's headings, lists and links, to be edited in
 * a word processor or uploaded where a form asks for .docx. Apache POI, which writes it, is
 * loaded only when one is written.
 */
final class DocxOutput implements OutputFormat {

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public List<String> aliases() {
        return List.of("word");
    }

    @Override
    public boolean paged() {
        return false;
    }

    @Override
    public RenderResult write(Renderer renderer, Typeset typeset, Path output, RenderOptions options) throws IOException {
        return renderer.exportDocx(typeset, output, options);
    }
}
