package org.primarysources.archive.core.parsing;

import java.util.List;

/**
 * One line of the transcription before cleaning: a paragraph, heading or list item rejoined from the scraped lines,
 * with a {@link ScrapedText#LINK_END} after each link text, in the order of {@code links}. {@code origins} holds, for
 * each character of {@code raw}, its offset in the source, or -1 where the layout put it in (a space between joined
 * lines, a link's end mark).
 */
record Block(BlockKind kind, String raw, List<Gloss> links, int[] origins) {

    Block {
        links = List.copyOf(links);
        if (origins.length != raw.length()) {
            throw new IllegalArgumentException("One origin per character of the block");
        }
    }

    /** Where the character at {@code index} of {@code raw} stands in the source, or -1 if the layout put it in. */
    int origin(int index) {
        return origins[index];
    }
}
