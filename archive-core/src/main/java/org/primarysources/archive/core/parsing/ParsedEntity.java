package org.primarysources.archive.core.parsing;

import java.util.List;

/**
 * A person, place, organisation or other thing the article links to, with the encyclopedia's short description.
 *
 * @param name        the link text as it stands in the transcription, without a leading "The" unless it is part of
 *                    an italic title (e.g. {@code "The New York Times"})
 * @param description the encyclopedia's gloss, without its trailing " ..." (it is cut off mid-sentence), wiki italics
 *                    removed; lines of a multi-line gloss are joined by {@code \n}
 * @param typeGuess   {@code "PERSON"}, {@code "PLACE"} or {@code "ORGANISATION"} guessed from the description, or
 *                    {@code null} when the description names something else (a war, treaty, currency, language …)
 * @param occurrences where the article links the entity: start offsets of the link text in the transcription,
 *                    ascending. The link text is the name, or an alias with the same gloss (e.g. "Baltic States" for
 *                    "Baltic states")
 */
public record ParsedEntity(String name, String description, String typeGuess, List<Integer> occurrences) {

    public ParsedEntity {
        occurrences = List.copyOf(occurrences);
    }
}
