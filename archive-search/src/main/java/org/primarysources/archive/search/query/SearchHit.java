package org.primarysources.archive.search.query;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;

/**
 * One published record found. {@code highlight} is HTML: the matching fragment, HTML-escaped, with the matched
 * words in {@code <mark>…</mark>} — nothing else in it is markup.
 */
@JsonbPropertyOrder({"id", "kind", "label", "text", "highlight", "speaker", "source", "date", "verification"})
public record SearchHit(long id, RecordKind kind, String label, String text, String highlight, String speaker,
                        SourceRef source, String date, Verification verification) {
}
