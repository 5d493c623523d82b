package dev.resume.font;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fonts installed on this machine, listed once per process and only when a résumé needs a
 * character its theme's fonts lack: from fontconfig ({@code fc-list}) where it is installed,
 * else by reading the headers of the font files in the standard font folders of Linux, macOS
 * and Windows and the user's own.
 */
public final class SystemFonts {
    private static volatile List<SystemFont> installed;

    private SystemFonts() {}

    /** Every installed face with outlines or without (callers skip colour-only fonts). */
    public static List<SystemFont> all() {
        List<SystemFont> fonts = installed;
        if (fonts == null) {
            synchronized (SystemFonts.class) {
                fonts = installed;
                if (fonts == null) {
                    List<SystemFont> listed = fontconfig();
                    fonts = listed != null ? listed : scan(folders());
                    installed = fonts;
                }
            }
        }
        return fonts;
    }

    /** The faces whose family is {@code family}, ignoring case and spaces. */
    public static List<SystemFont> family(String family) {
        String key = key(family);
        return all().stream().filter(f -> key(f.family()).equals(key)).toList();
    }

    static String key(String family) {
        return family.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /** fontconfig's list, or null when fc-list is not installed or fails. */
    private static List<SystemFont> fontconfig() {
        ProcessBuilder pb = new ProcessBuilder("fc-list", "--format",
                "%{file}\\t%{index}\\t%{family[0]}\\t%{style[0]}\\t%{weight}\\t%{slant}\\t%{color}\\n");
        pb.redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            List<SystemFont> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    SystemFont f = parse(line);
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            return List.copyOf(out);
        } catch (IOException e) {
            return null; // no fontconfig: scan the folders
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** One line of fc-list's output in the format above. */
    static SystemFont parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 7 || !isFontFile(Path.of(f[0]))) {
            return null;
        }
        try {
            int index = f[1].isEmpty() ? 0 : Integer.parseInt(f[1]);
            int weight = cssWeight(f[4].isEmpty() ? 80 : Double.parseDouble(f[4]));
            boolean italic = !f[5].isEmpty() && Integer.parseInt(f[5]) > 0;
            boolean colour = f[6].equalsIgnoreCase("true");
            return new SystemFont(Path.of(f[0]), index, f[2], f[3], weight, italic, !colour);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** fontconfig's weight scale (80 regular, 200 bold) in CSS's (400, 700). */
    static int cssWeight(double fc) {
        double[][] table = {{0, 100}, {40, 200}, {50, 300}, {80, 400}, {100, 500}, {180, 600}, {200, 700}, {205, 800}, {210, 900}};
        for (int i = 1; i < table.length; i++) {
            if (fc <= table[i][0]) {
                double[] a = table[i - 1];
                double[] b = table[i];
                return (int) Math.round(a[1] + (fc - a[0]) / (b[0] - a[0]) * (b[1] - a[1]));
            }
        }
        return 900;
    }

    static boolean isFontFile(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc") || n.endsWith(".otc");
    }

    /** The standard font folders of this system and its user. */
    static List<Path> folders() {
        List<Path> out = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windir = System.getenv("WINDIR");
            out.add(Path.of(windir != null ? windir : "C:\\Windows", "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                out.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            out.add(Path.of("/Library/Fonts"));
            out.add(Path.of("/System/Library/Fonts"));
            out.add(Path.of(home, "Library", "Fonts"));
        } else {
            out.add(Path.of("/usr/share/fonts"));
            out.add(Path.of("/usr/local/share/fonts"));
            out.add(Path.of(home, ".local", "share", "fonts"));
            out.add(Path.of(home, ".fonts"));
        }
        return out;
    }

    /** The faces of every font file under {@code folders}, read from their headers. */
    static List<SystemFont> scan(List<Path> folders) {
        List<SystemFont> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 8)) {
                files.filter(Files::isRegularFile).filter(SystemFonts::isFontFile).sorted().forEach(file -> {
                    try {
                        for (Sfnt.Info i : Sfnt.faces(file)) {
                            out.add(new SystemFont(file, i.index(), i.family(), i.style(), i.weight(), i.italic(), i.outlines()));
                        }
                    } catch (IOException | RuntimeException e) {
                        // A damaged or unreadable file is no candidate.
                    }
                });
            } catch (IOException | RuntimeException e) {
                // An unreadable folder has no fonts to offer.
            }
        }
        return List.copyOf(out);
    }
}
