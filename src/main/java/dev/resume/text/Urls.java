package dev.resume.text;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import java.util.Locale;

/** Link targets: only http(s), mailto and tel, so a CV can never carry a script link. */
public final class Urls {
    private Urls() {}

    public static boolean isSafe(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:");
    }

    /** Returns the URL to link, or null after reporting why it cannot be used. */
    public static String check(String raw, SourcePos pos, Diagnostics diagnostics) {
        if (raw.isEmpty()) {
            diagnostics.error(pos, "the link is empty", null);
            return null;
        }
        if (raw.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            diagnostics.error(pos, "a link cannot contain spaces", "write spaces as %20, or check for a missing line break");
            return null;
        }
        if (isSafe(raw)) {
            return raw;
        }
        int colon = raw.indexOf(':');
        int slash = raw.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && raw.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
        if (hasScheme) {
            diagnostics.error(pos, "unsafe link scheme '" + raw.substring(0, colon) + ":'",
                    "links may use https:, http:, mailto: or tel: only");
            return null;
        }
        if (raw.matches("[^/]+\\.[A-Za-z]{2,}(/.*)?")) {
            return "https://" + raw;
        }
        diagnostics.error(pos, "'" + raw + "' is not a link", "write a full address such as https://example.org");
        return null;
    }

    /**
     * Whether a reference to a file is an address on the network instead (https://…, //host/…,
     * data:…): a photo is read from disk only, never downloaded. A one-letter "scheme" is a
     * Windows drive (C:\\photo.jpg), a file.
     */
    public static boolean isRemote(String ref) {
        return ref.startsWith("//") || ref.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:.*");
    }

    /** "https://github.com/x" → "github.com/x", for printing a URL as text. */
    public static String display(String url) {
        String s = url.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)mailto:", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
