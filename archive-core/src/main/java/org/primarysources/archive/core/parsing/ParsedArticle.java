package org.primarysources.archive.core.parsing;

import java.util.List;

/**
 * What an encyclopedia article yields for import: the title it is about, the cleaned transcription, what was
 * found in it and what of the article it leaves out. Every offset is a Java {@code char} index into
 * {@link #transcription()}, except those of the removals.
 *
 * @param title         the subject of the article (or the caller's override)
 * @param transcription the body text: one line per paragraph, heading or list item, joined by {@code \n}; no glosses,
 *                      citation brackets, wiki italics or end matter
 * @param headings      the section headings, in order
 * @param clauses       the numbered clauses ("Article I: …") in order
 * @param quotes        the double-quoted quotations of two or more words, in order
 * @param entities      one per linked entity (deduplicated by name), in order of first occurrence
 * @param categories    the article's categories, in order, without duplicates
 * @param removals      what the transcription leaves out of the article, in order, with offsets into
 *                      {@link EncyclopediaArticleParser#source(String)} rather than into the transcription
 */
public record ParsedArticle(String title, String transcription, List<Heading> headings, List<ParsedClause> clauses,
                            List<ParsedQuote> quotes, List<ParsedEntity> entities, List<String> categories,
                            List<Removal> removals) {

    public ParsedArticle {
        headings = List.copyOf(headings);
        clauses = List.copyOf(clauses);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        categories = List.copyOf(categories);
        removals = List.copyOf(removals);
    }
}
