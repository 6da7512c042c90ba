package org.primarysources.archive.core.record;

import jakarta.json.bind.annotation.JsonbTypeSerializer;

import java.util.List;

/**
 * What a record says, as proposed by a change and published in a version: a {@link ClauseContent}, a
 * {@link QuoteContent} or an {@link EntityContent}, each with only the fields of its kind — a clause cannot carry
 * a speaker, a quote cannot carry an article label. Texts are limited to {@value #MAX_TEXT_LENGTH} characters,
 * short fields to {@value #MAX_SHORT_LENGTH}.
 */
@JsonbTypeSerializer(RecordContentSerializer.class)
public sealed interface RecordContent permits ClauseContent, QuoteContent, EntityContent {

    int MAX_TEXT_LENGTH = 100_000;
    int MAX_SHORT_LENGTH = 1_000;

    RecordKind kind();

    long sourceId();

    /** A clause's or quote's words; an entity's short description. */
    String text();

    /** The language of {@link #text()} (BCP 47), or null when unknown. */
    String language();

    List<CitationInput> citations();
}
