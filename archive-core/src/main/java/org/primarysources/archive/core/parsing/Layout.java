package org.primarysources.archive.core.parsing;

import java.util.List;

/** The article's body as blocks, and the categories from its end matter. */
record Layout(List<Block> blocks, List<String> categories) {

    Layout {
        blocks = List.copyOf(blocks);
        categories = List.copyOf(categories);
    }
}
