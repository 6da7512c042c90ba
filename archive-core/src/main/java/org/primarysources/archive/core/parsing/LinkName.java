package org.primarysources.archive.core.parsing;

/**
 * The name of a linked entity as the article shows it, and how many of its words the gloss restates (0 when the
 * gloss does not restate it; more words restated make the reading more certain). When the line before the gloss
 * ends in no name at all (a lone "in"), the name is taken from the gloss and is not {@code shown} in the text.
 */
record LinkName(String text, int restated, boolean shown) {
}
