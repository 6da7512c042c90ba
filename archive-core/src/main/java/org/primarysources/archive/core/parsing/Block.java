package org.primarysources.archive.core.parsing;

import java.util.List;

/**
 * One line of the transcription before cleaning: a paragraph, heading or list item rejoined from the scraped lines,
 * with a {@link ScrapedText#LINK_END} after each link text, in the order of {@code links}.
 */
record Block(BlockKind kind, String raw, List<Gloss> links) {

    Block {
        links = List.copyOf(links);
    }
}
