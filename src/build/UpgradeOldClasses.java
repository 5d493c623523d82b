import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassElement;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.MethodModel;
import java.lang.classfile.MethodTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step of the launcher (`make`, JDK 25): copies the tool's jar, rewriting the classes
 * compiled for Java 5 or older (picocli ships class-file version 49) as version 52 with stack
 * maps. The JDK 25 AOT cache leaves pre-Java-6 classes out ("old" classes cannot be linked ahead
 * of time), so each start would load, verify and link picocli's ~180 classes from the jar again.
 * The code itself is unchanged: the instructions are copied, only the version and the
 * StackMapTable the newer verifier needs are new. Everything else in the jar is copied as is.
 *
 * <p>Usage: {@code java src/build/UpgradeOldClasses.java IN.jar OUT.jar}
 */
public final class UpgradeOldClasses {
    /** Java 8: the oldest version whose classes the AOT cache links. */
    private static final int TARGET = ClassFile.JAVA_8_VERSION;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java UpgradeOldClasses.java IN.jar OUT.jar");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        // Stack maps need the class hierarchy: the JDK's own classes, and the jar's.
        ClassLoader jar = new URLClassLoader(new URL[] {in.toUri().toURL()}, null);
        ClassFile classFile = ClassFile.of(
                ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                        .orElse(ClassHierarchyResolver.ofResourceParsing(jar))),
                ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
        int upgraded = 0;
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
                OutputStream os = Files.newOutputStream(out);
                ZipOutputStream zout = new ZipOutputStream(os)) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                byte[] bytes = zin.readAllBytes();
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < ClassFile.JAVA_6_VERSION) {
                    bytes = upgrade(classFile, bytes);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime()); // keeps the jar reproducible
                zout.putNextEntry(copy);
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        System.err.println("upgraded " + upgraded + " pre-Java-6 classes to version " + TARGET);
    }

    private static int majorVersion(byte[] classBytes) {
        return ((classBytes[6] & 0xff) << 8) | (classBytes[7] & 0xff);
    }

    private static byte[] upgrade(ClassFile classFile, byte[] bytes) {
        ClassModel model = classFile.parse(bytes);
        return classFile.build(model.thisClass().asSymbol(), builder -> {
            builder.withVersion(TARGET, 0);
            for (ClassElement element : model) {
                if (element instanceof ClassFileVersion) {
                    continue;
                }
                if (element instanceof MethodModel method) {
                    // Passing the code through a transform rebuilds it, with stack maps.
                    builder.transformMethod(method, MethodTransform.transformingCode(CodeTransform.ACCEPT_ALL));
                } else {
                    builder.with(element);
                }
            }
        });
    }
}
