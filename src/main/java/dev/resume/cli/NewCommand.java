package dev.resume.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true, description = {
    "Writes a starter résumé that shows every kind of section once and renders as it is.",
    "Without -o, \"Ada Lovelace\" becomes ada-lovelace.yml in the current folder."})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "\"Full Name\"", description = "Your name.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.yml", description = "Where to write it.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (name.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the name is empty");
        }
        Path target = output != null ? output : Path.of(slug(name) + ".yml");
        String template;
        try (InputStream in = NewCommand.class.getResourceAsStream("/starter.yml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = template.replace("{{name}}", quoted(name)).replace("{{author}}", quoted(name.strip() + "*"));
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("resume: " + target + " exists already; choose another name with -o");
            return ExitCode.IO;
        }
        spec.commandLine().getOut().println(target + " written; render it with: resume render " + target);
        return ExitCode.OK;
    }

    /** A YAML double-quoted string: safe whatever the name holds. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "resume" : s;
    }
}
