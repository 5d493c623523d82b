package dev.resume.api;

import dev.resume.diag.Diagnostic;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.export.PageImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A picture of each page, as PNG, drawn from the PDF the same render writes (so it shows what
 * the PDF shows) at {@code dpi} pixels an inch.
 *
 * <p>One rule names the files, however many pages there are: page N of {@code cv.png} (the name
 * the target would have as one file, {@code -o cv.png}, or {@code cv.yml}'s in {@code -d DIR}) is
 * {@code cv-N.png}, counted from 1 as pdftoppm does, {@code cv-1.png} for a résumé of one page
 * too; so a script or a Makefile knows page one's name without knowing how many pages there are.
 * Standard output ({@code -o -}) takes one picture: a résumé of one page is written there, one
 * of several is refused (nothing is written).
 *
 * <p>Every picture is drawn before the first file is written, so a failed render leaves the
 * earlier pictures as they were. Pictures a longer earlier render left behind ({@code cv-3.png}
 * after a render of two pages) are deleted: the ones after the last page, counting on while
 * such a file exists. Other files are not touched.
 */
record PngOutput(int dpi) implements OutputFormat {
    /** The resolution without {@code --dpi}: sharp on a screen, a few hundred KB a page. */
    static final int DEFAULT_DPI = 150;
    /** The lowest and highest {@code --dpi}: a thumbnail of a page still readable, and print quality. */
    static final int MIN_DPI = 36;
    static final int MAX_DPI = 600;

    PngOutput {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException(rangeMessage(Integer.toString(dpi)));
        }
    }

    static String rangeMessage(String value) {
        return "--dpi takes a whole number from " + MIN_DPI + " to " + MAX_DPI + " (pixels an inch; " + DEFAULT_DPI
                + " without it), not '" + value + "'";
    }

    @Override
    public String name() {
        return "png";
    }

    @Override
    public boolean paged() {
        return true;
    }

    @Override
    public RenderResult write(Renderer renderer, Typeset typeset, Path output, RenderOptions options) throws IOException {
        long start = System.nanoTime();
        int pages = typeset.pages().size();
        if (OutputFiles.isStandardOutput(output) && pages != 1) {
            List<Diagnostic> errors = new ArrayList<>(typeset.warnings());
            errors.add(Diagnostic.error(SourcePos.unknown(typeset.resume().source()), "standard output takes the picture of"
                    + " one page, and this résumé has " + pages, "write a file a page: -o cv.png writes cv-1.png to cv-"
                    + pages + ".png; or -d DIR"));
            throw new InvalidInputException(errors);
        }
        List<byte[]> pictures = PageImages.png(renderer.pdf(typeset, options), dpi);
        if (OutputFiles.isStandardOutput(output)) {
            OutputFiles.write(output, pictures.getFirst());
        } else {
            for (int i = 0; i < pictures.size(); i++) {
                Renderer.writeAtomically(page(output, i + 1), pictures.get(i));
            }
            for (int n = pictures.size() + 1; Files.deleteIfExists(page(output, n)); n++) {
                // An earlier render's page past the last one: gone, as the page is.
            }
        }
        return new RenderResult(output, pictures.size(), typeset.warnings(), System.nanoTime() - start, typeset.fit(), typeset.report());
    }

    /** The files written: {@code out/cv-1.png}, or {@code out/cv-1.png … out/cv-3.png}. */
    @Override
    public String describe(Path target, int pages) {
        if (OutputFiles.isStandardOutput(target)) {
            return OutputFiles.describe(target);
        }
        if (pages <= 0) {
            return page(target, 1).toString().replaceFirst("-1\\.png$", "-N.png");
        }
        return pages == 1 ? page(target, 1).toString() : page(target, 1) + " … " + page(target, pages);
    }

    /** Page {@code n}'s file of the target {@code cv.png}: {@code cv-N.png}. */
    static Path page(Path target, int n) {
        String name = target.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        return target.resolveSibling(stem + "-" + n + ".png");
    }
}
