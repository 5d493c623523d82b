package dev.resume.model;

/**
 * What a publication's link points at, one kind a key of the format's {@code links:}. The kind,
 * not its label, is what the styles compare: the paper link is set on the title.
 */
public enum LinkKind {
    PAPER("paper", "Paper"),
    ARXIV("arxiv", "arXiv"),
    CODE("code", "Code"),
    DOI("doi", "DOI"),
    SLIDES("slides", "Slides"),
    VIDEO("video", "Video"),
    WEBSITE("website", "Website"),
    POSTER("poster", "Poster"),
    PDF("pdf", "PDF");

    private final String key;
    private final String label;

    LinkKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key it is written with in a résumé file: "arxiv". */
    public String key() {
        return key;
    }

    /** How it is printed: "[arXiv]". */
    public String label() {
        return label;
    }

    /** The kind written with {@code key}, or null when no kind is. */
    public static LinkKind byKey(String key) {
        for (LinkKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }
}
