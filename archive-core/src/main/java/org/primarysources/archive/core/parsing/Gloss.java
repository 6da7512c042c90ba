package org.primarysources.archive.core.parsing;

/**
 * The encyclopedia's short description of a linked entity, which the scraper put on the line(s) right after the
 * link. Lines {@code first..last} are the gloss; line {@code anchor} ends with the link text, or is {@code -1} for a
 * gloss with no link before it (at the very start of the text, or right after another gloss).
 */
record Gloss(int anchor, int first, int last, LinkName link, String description) {

    boolean orphan() {
        return anchor < 0;
    }
}
