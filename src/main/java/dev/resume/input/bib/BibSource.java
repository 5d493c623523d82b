package dev.resume.input.bib;

import dev.resume.diag.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a .bib file with its line starts, so that any offset into it becomes the
 * line:column an editor shows (columns count code points, as for YAML files).
 */
public final class BibSource {
    private final Path file;
    private final String text;
    private final int[] lineStarts;

    public BibSource(Path file, String text) {
        this.file = file;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public Path file() {
        return file;
    }

    public String text() {
        return text;
    }

    /** The place of the character at {@code offset} (the end of the file for offsets past it). */
    public SourcePos pos(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int start = lineStarts[lo];
        return new SourcePos(file, lo + 1, text.codePointCount(start, at) + 1);
    }
}
