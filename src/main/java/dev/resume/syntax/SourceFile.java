package dev.resume.syntax;

import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A résumé, theme or bibliography file as text, refused with its place when it is not UTF-8 text. */
public final class SourceFile {
    private static final long MAX_FILE_BYTES = YamlReader.MAX_BYTES;

    private SourceFile() {}

    /** Reads a résumé or a theme as text; refuses a file that is too large, binary or not UTF-8. */
    public static String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw InvalidInputException.of(SourcePos.unknown(file),
                    "the file is " + size / 1024 + " KiB; a résumé or a theme is at most " + MAX_FILE_BYTES / 1024 / 1024 + " MiB",
                    "is this the right file?");
        }
        return decode(file, Files.readAllBytes(file));
    }

    private static String decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw InvalidInputException.of(new SourcePos(file, 1, 1), "the file is UTF-16, not UTF-8", "save it as UTF-8 in your editor");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw InvalidInputException.of(place(file, bytes, i), "the file holds NUL bytes: it is not a text file",
                        "is this the right file? A résumé or a theme is a YAML text file");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // Decode again up to the first bad byte, to point at it (in one pass: the file may be large).
            ByteBuffer in = ByteBuffer.wrap(bytes);
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
            throw InvalidInputException.of(place(file, bytes, in.position()), "the file is not valid UTF-8",
                    "save it as UTF-8 in your editor (it may be Latin-1 or UTF-16)");
        }
    }

    /** The line and column of byte {@code at}, whose line before it is valid UTF-8. Lines end as in YAML: LF, CR LF or CR. */
    private static SourcePos place(Path file, byte[] bytes, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
        if (line == 1 && before.startsWith("\uFEFF")) {
            before = before.substring(1);
        }
        return new SourcePos(file, line, before.codePointCount(0, before.length()) + 1);
    }}
