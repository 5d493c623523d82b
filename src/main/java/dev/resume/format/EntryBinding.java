package dev.resume.format;

import dev.resume.diag.Diagnostics;
import java.util.function.Predicate;

/**
 * What binding an entry needs beyond the entry itself: where problems are reported, and whether
 * an author's name is the résumé's owner (set in bold), which the document's name and aliases
 * decide.
 */
public record EntryBinding(Diagnostics diagnostics, Predicate<String> isOwner) {}
