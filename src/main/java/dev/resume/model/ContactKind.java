package dev.resume.model;

import java.util.Locale;

/**
 * What a contact item is. Each kind has its icon, a Fork Awesome name (the font's cmap holds
 * it: see fonts/fork-awesome/icons.txt), and the name of its network, which the text exports
 * print where the PDF has the icon: a bare user name means nothing without the logo beside it.
 * A network the icon font has no logo for (Bluesky, DBLP, Semantic Scholar) gets a neutral
 * glyph that says what the item is (an at sign for a handle, a database, a book), never another
 * network's logo; X, whose new logo the font lacks, keeps the bird it was known by.
 *
 * @param network the network's name in text, or null where the value says what it is (an
 *     e-mail address, a website)
 */
public enum ContactKind {
    EMAIL("envelope", null), PHONE("phone", null), WEBSITE("globe", null), LOCATION("map-marker", null),
    GITHUB("github", "GitHub"), GITLAB("gitlab", "GitLab"), LINKEDIN("linkedin", "LinkedIn"),
    SCHOLAR("graduation-cap", null), ORCID("orcid", "ORCID"), RESEARCHGATE("researchgate", "ResearchGate"),
    DBLP("database", null), SEMANTIC_SCHOLAR("book", null), STACK_OVERFLOW("stack-overflow", "Stack Overflow"),
    X("twitter", "X"), TWITTER("twitter", "X"), MASTODON("mastodon", "Mastodon"), BLUESKY("at", "Bluesky"),
    URL("link", null);

    private final String icon;
    private final String network;

    ContactKind(String icon, String network) {
        this.icon = icon;
        this.network = network;
    }

    /** The key in a contact item: email, semantic_scholar. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The icon's Fork Awesome name, unless the item names another with {@code icon:}. */
    public String icon() {
        return icon;
    }

    /** "GitHub": what a text export writes before the value; null when the value speaks for itself. */
    public String network() {
        return network;
    }
}
