package dev.resume.input;

import dev.resume.diag.Diagnostics;
import dev.resume.diag.SourcePos;
import dev.resume.diag.Suggest;
import dev.resume.font.IconNames;
import dev.resume.format.Fields;
import dev.resume.format.FormatSpec;
import dev.resume.model.ContactItem;
import dev.resume.model.ContactKind;
import dev.resume.model.Text;
import dev.resume.syntax.YNode;
import dev.resume.text.Urls;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a contact item: which kind it is, the address it links to and what it shows. Every
 * network takes a bare handle or its whole profile URL (what one copies from the browser), and
 * a handle that cannot be one is an error at its place, with the form it should have.
 */
final class ContactItems {
    private final Diagnostics diagnostics;

    ContactItems(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Networks whose address is a prefix and the user name: what marks the name in a profile URL, and the prefix. */
    private static final java.util.Map<ContactKind, String[]> PROFILES = java.util.Map.of(
            ContactKind.GITHUB, new String[] {"github.com/", "https://github.com/"},
            ContactKind.GITLAB, new String[] {"gitlab.com/", "https://gitlab.com/"},
            ContactKind.LINKEDIN, new String[] {"linkedin.com/in/", "https://www.linkedin.com/in/"},
            ContactKind.RESEARCHGATE, new String[] {"researchgate.net/profile/", "https://www.researchgate.net/profile/"});

    private static final Pattern X_HANDLE = Pattern.compile("[A-Za-z0-9_]{1,15}");
    /** user@instance: Mastodon's user names are letters, digits and underscores; the instance a host name. */
    private static final Pattern MASTODON = Pattern.compile("@?([A-Za-z0-9_]+)@([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)");
    private static final Pattern MASTODON_URL = Pattern.compile("(?:https?://)?([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)/@([A-Za-z0-9_]+)/?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern DBLP_PID = Pattern.compile("[A-Za-z0-9]+/[A-Za-z0-9_-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    ContactItem read(YNode node) {
        Fields f = Fields.of(node, FormatSpec.CONTACT, diagnostics);
        if (f == null) {
            return null;
        }
        ContactKind kind = null;
        for (ContactKind k : ContactKind.values()) {
            if (f.has(k.key())) {
                if (kind != null) {
                    diagnostics.error(f.keyPos(k.key()), "a contact item holds one of email, phone, website…; this one has '"
                            + kind.key() + "' and '" + k.key() + "'", "start a new item with '- '");
                }
                kind = kind == null ? k : kind;
            }
        }
        String label = f.string("label");
        String text = f.string("text");
        String icon = icon(f);
        if (kind == null) {
            f.finish();
            diagnostics.error(f.pos(), "a contact item needs one of " + Suggest.list(FormatSpec.CONTACT.kindKeys()), null);
            return null;
        }
        Text value = f.text(kind.key());
        f.finish();
        if (value == null) {
            return null;
        }
        String v = value.markdown().strip();
        SourcePos pos = value.pos();
        String display = v;
        String url;
        switch (kind) {
            case EMAIL -> {
                if (!v.matches(FormatSpec.EMAIL_REGEX)) {
                    diagnostics.error(pos, "'" + v + "' is not an e-mail address", null);
                }
                url = "mailto:" + v;
            }
            case PHONE -> {
                String digits = v.replaceAll("[^0-9+]", "");
                if (digits.replace("+", "").length() < 5) {
                    diagnostics.error(pos, "'" + v + "' is not a phone number", null);
                }
                url = "tel:" + digits;
            }
            case WEBSITE, URL -> {
                url = Urls.check(v, pos, diagnostics);
                display = kind == ContactKind.URL ? Urls.display(v) : v;
            }
            case LOCATION -> url = null;
            case GITHUB, GITLAB, LINKEDIN, RESEARCHGATE -> {
                String[] profile = PROFILES.get(kind);
                display = handle(v, profile[0]);
                url = profile[1] + display;
            }
            case SCHOLAR -> {
                url = "https://scholar.google.com/citations?user=" + handle(v, "user=");
                display = "Google Scholar";
            }
            case ORCID -> url = "https://orcid.org/" + handle(v, "orcid.org/");
            case DBLP -> {
                String pid = rest(v, "dblp.org/pid/").replaceFirst("\\.html$", "");
                check(DBLP_PID, pid, pos, "'" + v + "' is not a DBLP person id",
                        "write the part of the profile's address after /pid/: dblp: 12/3456 for https://dblp.org/pid/12/3456.html");
                url = "https://dblp.org/pid/" + pid + ".html";
                display = "DBLP";
            }
            case SEMANTIC_SCHOLAR -> {
                String id = rest(v, "semanticscholar.org/author/");
                id = id.substring(id.lastIndexOf('/') + 1);
                check(DIGITS, id, pos, "'" + v + "' is not a Semantic Scholar author id",
                        "write the number at the end of the profile's address: semantic_scholar: 1741101");
                url = "https://www.semanticscholar.org/author/" + id;
                display = "Semantic Scholar";
            }
            case STACK_OVERFLOW -> {
                String[] parts = rest(v, "stackoverflow.com/users/").split("/", 2);
                check(DIGITS, parts[0], pos, "'" + v + "' is not a Stack Overflow user id",
                        "write the number of the profile's address, and the name if you like: stack_overflow: 12345/ada");
                url = "https://stackoverflow.com/users/" + parts[0];
                display = parts.length > 1 && !parts[1].isBlank() ? parts[1] : "Stack Overflow";
            }
            case X, TWITTER -> {
                String h = handle(v.replace("twitter.com/", "x.com/"), "x.com/");
                check(X_HANDLE, h, pos, "'" + v + "' is not an X handle",
                        "letters, digits and _ only, at most 15: x: adaquillfeather (or @adaquillfeather)");
                url = "https://x.com/" + h;
                display = "@" + h;
            }
            case MASTODON -> {
                Matcher m = MASTODON.matcher(v);
                Matcher u = MASTODON_URL.matcher(v);
                String user = null;
                String instance = null;
                if (m.matches()) {
                    user = m.group(1);
                    instance = m.group(2);
                } else if (u.matches()) {
                    user = u.group(2);
                    instance = u.group(1);
                } else {
                    diagnostics.error(pos, "'" + v + "' is not a Mastodon handle",
                            "write the user and the server: mastodon: \"@ada@mastodon.social\" (or https://mastodon.social/@ada)");
                }
                url = user == null ? null : "https://" + instance.toLowerCase(java.util.Locale.ROOT) + "/@" + user;
                display = user == null ? v : "@" + user + "@" + instance;
            }
            case BLUESKY -> {
                String h = handle(v, "bsky.app/profile/");
                check(HOST, h, pos, "'" + v + "' is not a Bluesky handle",
                        "a handle is a domain name: bluesky: ada.bsky.social");
                url = "https://bsky.app/profile/" + h;
                display = h;
            }
            default -> url = null;
        }
        return new ContactItem(kind, text != null ? text : display, url, label, icon != null ? icon : kind.icon(), pos);
    }

    /** The item's own {@code icon:}, checked against the font's names; null when it names none or an unknown one. */
    private String icon(Fields f) {
        Text t = f.text(FormatSpec.CONTACT_ICON.key());
        if (t == null) {
            return null;
        }
        String icon = t.markdown().strip();
        if (IconNames.codePoint(icon) == null) {
            String near = Suggest.closest(icon.strip().replaceFirst("^fa-", ""), IconNames.names());
            diagnostics.error(t.pos(), "the icon font has no icon '" + icon + "'",
                    near != null ? "did you mean '" + near + "'?" : "the names are Fork Awesome's: fonts/fork-awesome/icons.txt");
            return null;
        }
        return icon.replaceFirst("^fa-", "");
    }

    private void check(Pattern form, String value, SourcePos pos, String message, String hint) {
        if (!form.matcher(value).matches()) {
            diagnostics.error(pos, message, hint);
        }
    }

    /** Accepts a bare handle or a whole profile URL: the path segment after {@code marker}, without a leading @. */
    static String handle(String v, String marker) {
        String h = rest(v, marker).replaceAll("/.*$", "");
        return h.startsWith("@") ? h.substring(1) : h;
    }

    /** What follows {@code marker} in a URL (all of {@code v} when it has none), without its query, fragment or last slash. */
    private static String rest(String v, String marker) {
        int i = v.indexOf(marker);
        String h = i >= 0 ? v.substring(i + marker.length()) : v;
        return h.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    }
}
