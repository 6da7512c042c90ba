package org.primarysources.archive.core.record;

import org.primarysources.archive.core.citation.CitationDetails;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.source.PartialDate;

import java.time.Instant;
import java.util.List;

/**
 * A published version of a record, as researchers read it. Fields that do not apply to the kind are null or empty:
 * {@code label}/{@code ordinal} for clauses, {@code speaker}/{@code translations}/{@code occasion}/
 * {@code attribution} for quotes, {@code name}/{@code alternativeNames}/{@code description}/{@code entityType}
 * for entities.
 */
public record RecordDetails(long id, RecordKind kind, int version, String label, Integer ordinal, String text,
                            String language, List<Translation> translations, Reference speaker, SourceRef source,
                            PartialDate date, String occasion, Attribution attribution, String name,
                            List<String> alternativeNames, String description, EntityType entityType,
                            List<CitationDetails> citations, Verification verification, String hash,
                            Activity activity, Instant publishedAt, boolean retracted) {
}
