package org.primarysources.archive.core.parsing;

/**
 * A stretch of the scraped article that the transcription leaves out, and why. Offsets are {@code char} indexes into
 * the source as the parser reads it ({@link EncyclopediaArticleParser#source(String)}), {@code end} exclusive, so an
 * archivist can be shown exactly what was dropped: every character of the source is either in the transcription or
 * inside a removal (whitespace aside).
 *
 * @param detail what the removal was: for a gloss the name of the entity it describes (empty when it follows no
 *               link), for end matter the line it starts with, for markup its kind ("wiki italics", "empty
 *               parentheses", "list marker"), for a citation remnant what stood in its brackets (empty for a lone
 *               bracket)
 */
public record Removal(int start, int end, Reason reason, String detail) {

    /** Why a stretch of the source is not in the transcription. */
    public enum Reason {
        /** The encyclopedia's description of a linked entity: kept as the entity's description, not as text. */
        GLOSS,
        /** A footnote mark ({@code [1]}, {@code [a]}, {@code [citation needed]}) or a bracket left of one. */
        CITATION_REMNANT,
        /** Wiki formatting: italics quotes, parentheses emptied by the scraper, list markers. */
        MARKUP,
        /** "See also", "References", categories and what follows them: about the article, not of it. */
        END_MATTER
    }

    public Removal {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A removal runs forward from 0: " + start + ".." + end);
        }
        if (reason == null || detail == null) {
            throw new IllegalArgumentException("A removal has a reason and a detail");
        }
    }
}
