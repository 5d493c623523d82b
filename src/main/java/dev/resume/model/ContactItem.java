package dev.resume.model;

import dev.resume.diag.SourcePos;

/**
 * One item of the contact line.
 *
 * @param display what is printed
 * @param url where it links, or null
 * @param label a word printed instead of the icon, or null
 */
public record ContactItem(ContactKind kind, String display, String url, String label, SourcePos pos) {}
