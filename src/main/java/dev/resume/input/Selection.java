package dev.resume.input;

import java.util.List;

/**
 * Which entries and sections a render keeps, as the command line asks ({@code --tags},
 * {@code --only}, {@code --omit}); a null field leaves the file's choice ({@code select:}).
 *
 * @param tags keep the entries and sections that carry one of these tags, and the untagged ones
 * @param only keep only these sections (by id), in this order
 * @param omit leave out these sections (by id)
 * @param lang the language of a file in several languages ({@code --lang}): which of its texts and
 *     items to keep, as tags choose entries; null for the file's {@code lang:} or its default
 */
public record Selection(List<String> tags, List<String> only, List<String> omit, String lang) {
    public static final Selection NONE = new Selection(null, null, null, null);

    public Selection(List<String> tags, List<String> only, List<String> omit) {
        this(tags, only, omit, null);
    }

    public Selection {
        tags = tags == null ? null : List.copyOf(tags);
        only = only == null ? null : List.copyOf(only);
        omit = omit == null ? null : List.copyOf(omit);
    }
}
