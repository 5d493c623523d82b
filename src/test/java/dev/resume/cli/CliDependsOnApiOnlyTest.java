package dev.resume.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line is a thin layer over the library: its classes use nothing of dev.resume but
 * {@code api} and {@code diag}. Read from the compiled classes' constant pools, so that a type
 * named in full in the code, or met only as a method's parameter or result (a call's descriptor),
 * counts as much as an import.
 */
class CliDependsOnApiOnlyTest {
    private static final Set<String> ALLOWED = Set.of("api", "diag", "cli");
    private static final Pattern PACKAGE = Pattern.compile("dev/resume/([a-z0-9_]+)/");

    @Test
    void cliClassesUseOnlyApiAndDiag() throws Exception {
        Path dir = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/resume/cli");
        List<Path> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        assertTrue(classes.size() >= 10, "the cli classes were not found in " + dir);
        List<String> offences = new ArrayList<>();
        for (Path c : classes) {
            Set<String> used = new TreeSet<>();
            for (String text : utf8Constants(Files.readAllBytes(c))) {
                Matcher m = PACKAGE.matcher(text);
                while (m.find()) {
                    if (!ALLOWED.contains(m.group(1))) {
                        used.add("dev.resume." + m.group(1));
                    }
                }
            }
            if (!used.isEmpty()) {
                offences.add(c.getFileName() + " uses " + used);
            }
        }
        assertEquals(List.of(), offences, "the CLI may use only dev.resume.api and dev.resume.diag: move what it needs into api");
    }

    /** The text constants of a class file: class names, descriptors and signatures among them. */
    private static List<String> utf8Constants(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 3, 4 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or a double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }
}
