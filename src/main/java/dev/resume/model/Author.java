package dev.resume.model;

/**
 * An author as written in the list, split into the name and its trailing marks (* † ‡ …), and
 * whether the name is the résumé's owner.
 */
public record Author(String name, String marks, boolean isOwner) {

    public String written() {
        return name + marks;
    }
}
