package org.primarysources.archive.core.harvesting;

import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

/**
 * A harvested item: its publication and, when it was asked for and the item is not retracted, what describes it —
 * a record's published version with its source's metadata, or a source's metadata ({@code record} null). Sources'
 * transcriptions are never read for a harvest.
 */
public record Harvested(Publication publication, RecordDetails record, SourceDetails source) {

    /** True when the item is retracted: a harvester lists it as deleted. */
    public boolean deleted() {
        return publication.retracted();
    }
}
