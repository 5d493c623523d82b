package dev.resume.style;

import dev.resume.compose.Metadata;
import dev.resume.layout.Block;
import dev.resume.layout.PageSetup;
import java.util.List;

/** A résumé with its theme applied: blocks for the layout, the page setup and the metadata. */
public record StyledDocument(List<Block> blocks, PageSetup setup, Metadata metadata) {}
