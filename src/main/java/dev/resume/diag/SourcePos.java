package dev.resume.diag;

import java.nio.file.Path;

/** A place in an input file, 1-based, as an editor shows it. */
public record SourcePos(Path file, int line, int column) {

    public static SourcePos unknown(Path file) {
        return new SourcePos(file, 0, 0);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        String name = file == null ? "<input>" : file.toString();
        return isKnown() ? name + ":" + line + ":" + column : name;
    }
}
