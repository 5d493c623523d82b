package dev.resume.export.text;

import dev.resume.model.ContactKind;
import dev.resume.model.SectionKind;
import dev.resume.style.Metadata;
import java.util.List;

/**
 * A résumé as its exports show it: the header, then the sections the PDF shows, each with the
 * texts the PDF prints, in its order.
 */
record Outline(List<Chunk> name, List<Chunk> headline, List<Contact> contacts, String separator, List<Section> sections,
        Metadata metadata) {

    /**
     * One contact item.
     *
     * @param label the word the PDF prints before it ("Email"), or null
     * @param url where it links, or null
     */
    record Contact(ContactKind kind, String label, String display, String url) {}

    /** A section: its id (for anchors), title, kind, whether its entries are one line each, and its parts. */
    record Section(String id, List<Chunk> title, SectionKind kind, boolean oneLine, List<Part> parts) {}
}
