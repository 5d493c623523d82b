package dev.resume.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** The starter résumé of {@code resume new}: every kind of section once, in a file that renders as it is. */
public final class Starter {
    private Starter() {}

    /** The starter's YAML text, with {@code name} as the résumé's name and its publications' owner. */
    public static String text(String name) throws IOException {
        String template;
        try (InputStream in = Starter.class.getResourceAsStream("/starter.yml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return template.replace("{{name}}", quoted(name)).replace("{{author}}", quoted(name.strip() + "*"));
    }

    /** The file it is written to unless another is asked for: "Ada Quillfeather" gives ada-quillfeather.yml. */
    public static String fileName(String name) {
        return slug(name) + ".yml";
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
