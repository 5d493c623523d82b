package dev.resume.format;

import dev.resume.diag.Diagnostics;
import dev.resume.format.FormatSpec.Field;
import dev.resume.format.FormatSpec.Kind;
import dev.resume.format.FormatSpec.Shape;
import dev.resume.model.Entry;
import dev.resume.model.PageControl;
import dev.resume.syntax.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The format of one kind of section entry, declared once: the section's content key with the shape of its
 * entries (their keys, kinds, required keys and rules), the key that names an entry without an
 * id, the heading a section of this kind gets when its source names none, and the binder that
 * turns a located entry into the model's record. {@link FormatSpec#SECTION} and the schema are
 * built from these, and the loader, the selection and the variants read entries through them.
 * {@link EntryFormats} holds one for each {@link Entry.Kind}.
 *
 * @param noun how messages call one entry ("a paragraph"); a shaped kind's is its shape's
 * @param content the section's key that holds the entries: a list of {@link #shape()}, or paragraphs
 * @param imports other keys of a section that a front-end turns into this content before it is
 *     bound ({@code bib}: publications read from a .bib file)
 * @param nameKey the key whose value names an entry that has no {@code id}; null when the entries
 *     are texts, named by their text
 * @param heading the title of a section of this kind made for a source that gives none (a JSON
 *     Resume document); null when there is no usual one
 */
public record EntryFormat(Entry.Kind section, String noun, Field content, List<Field> imports, String nameKey, String heading,
        Binder binder) {
    /** Turns one item of a section's content into the model's entry; null after reporting what is wrong with it. */
    @FunctionalInterface
    public interface Binder {
        Entry bind(YNode item, EntryBinding binding);

        /** A binder of mappings of {@code shape}: it reads them, and then unknown and missing keys are reported. */
        static Binder ofMapping(Shape shape, MappingBinder binder) {
            return (item, binding) -> {
                Fields f = Fields.of(item, shape, binding.diagnostics());
                if (f == null) {
                    return null;
                }
                Entry e = binder.bind(f, binding);
                f.finish();
                return e;
            };
        }
    }

    /** Reads the fields of one entry's mapping. */
    @FunctionalInterface
    public interface MappingBinder {
        Entry bind(Fields fields, EntryBinding binding);
    }

    public EntryFormat {
        Objects.requireNonNull(section);
        Objects.requireNonNull(binder);
        imports = List.copyOf(imports);
        if (!content.key().equals(section.key())) {
            throw new IllegalArgumentException(section + ": its content key is " + content.key());
        }
        if (content.kind() != Kind.LIST && content.kind() != Kind.PARAGRAPHS) {
            throw new IllegalArgumentException(section + ": the content is a list of entries, or paragraphs");
        }
        if (content.shape() != null && !content.shape().noun().equals(noun)) {
            throw new IllegalArgumentException(section + ": its entries are called as their shape calls them");
        }
        if (nameKey != null && (content.shape() == null || content.shape().field(nameKey) == null)) {
            throw new IllegalArgumentException(section + ": the name key " + nameKey + " is not a key of its entries");
        }
    }

    /** The content key: "education". */
    public String key() {
        return content.key();
    }

    /** The shape of one entry; null when the entries are texts (paragraphs). */
    public Shape shape() {
        return content.shape();
    }

    /** The entry of one item of the content; null after reporting what is wrong with it. */
    public Entry bind(YNode item, EntryBinding binding) {
        return binder.bind(item, binding);
    }

    /**
     * The items of a section's content: a list, or where the content is paragraphs a single text
     * too. Reports the content and returns none when it is neither.
     */
    public List<YNode> items(YNode content, Diagnostics diagnostics) {
        if (content instanceof YNode.Seq seq) {
            return seq.items();
        }
        if (this.content.kind() == Kind.PARAGRAPHS) {
            return List.of(content);
        }
        diagnostics.error(content.pos(), "'" + key() + "' must be a list of entries, found " + content.describe(),
                "write each entry on its own line, starting with '- '");
        return List.of();
    }

    /** What an item asks of the page breaker: its {@code new_page} and {@code keep_together}, where its kind has them. */
    public PageControl pageControl(YNode item, Diagnostics diagnostics) {
        Shape shape = shape();
        return item instanceof YNode.Map && shape != null && shape.field(CommonKeys.NEW_PAGE.key()) != null
                ? CommonKeys.pageControl(Fields.of(item, shape, diagnostics)) : PageControl.DEFAULT;
    }

    /**
     * The shapes this kind declares, for the schema's definitions: its entries' shape, the
     * shapes within it, and those of its imports; not the shapes all kinds share
     * ({@link CommonKeys#SHARED_SHAPES}).
     */
    public List<Shape> shapes() {
        List<Shape> out = new ArrayList<>();
        collect(shape(), out);
        for (Field f : imports) {
            collect(f.shape(), out);
        }
        return List.copyOf(out);
    }

    private static void collect(Shape shape, List<Shape> out) {
        if (shape == null || out.contains(shape) || CommonKeys.SHARED_SHAPES.contains(shape)) {
            return;
        }
        out.add(shape);
        for (Field f : shape.fields()) {
            collect(f.shape(), out);
        }
    }
}
