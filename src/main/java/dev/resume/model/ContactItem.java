package dev.resume.model;

import dev.resume.diag.SourcePos;

/**
 * One item of the contact line.
 *
 * @param display what is printed
 * @param url where it links, or null
 * @param label a word printed instead of the icon, or null
 * @param icon the Fork Awesome name of its icon: the kind's, or the one the item names
 */
public record ContactItem(ContactKind kind, String display, String url, String label, String icon, SourcePos pos) {}
