package org.primarysources.archive.search.query;

import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.SourceRef;

/**
 * One hit of an exported search, as the index holds it: what a row of a table of results shows. {@code label} is a
 * clause's label or an entity's name; {@code text} an entity's description, or the opening of a source's
 * transcription; {@code version} the published version the index holds.
 */
public record ExportHit(long id, RecordKind kind, int version, String label, String text, String speaker,
                        SourceRef source, String date, String language) {
}
