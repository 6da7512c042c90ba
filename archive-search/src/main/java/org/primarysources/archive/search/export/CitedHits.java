package org.primarysources.archive.search.export;

import org.primarysources.archive.core.citing.CitationList;
import org.primarysources.archive.core.platform.PublicAddresses;
import org.primarysources.archive.core.publicationlog.Checkpoints;
import org.primarysources.archive.core.publicationlog.LogEntry;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.search.query.ExportHit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hits of clauses and quotes as the citations the archive gives each of them alone ({@code /api/records/{id}/cite}):
 * a page's records and the sources they cite are read from the archive together (the index holds no hashes,
 * citations or source details), each with its place in the transparency log, and every URL is the record version's
 * page under the archive's public address.
 */
final class CitedHits {

    private final Records records;
    private final Checkpoints log;
    private final PublicAddresses addresses;
    private final LocalDate accessed;
    private final CitationList list;

    CitedHits(Records records, Checkpoints log, PublicAddresses addresses, LocalDate accessed, CitationList list) {
        this.records = records;
        this.log = log;
        this.addresses = addresses;
        this.accessed = accessed;
        this.list = list;
    }

    /** Writes the citations of one page of hits, in the page's order. */
    void write(List<ExportHit> page) throws IOException {
        Map<Long, RecordDetails> details = records.details(page.stream().map(ExportHit::id).toList());
        // in the page's order; a hit not published in this database (an index being rebuilt) has nothing to cite
        List<RecordDetails> cited = page.stream().map(hit -> details.get(hit.id())).filter(Objects::nonNull)
                .toList();
        Map<Long, SourceDetails> sources = records.citedSources(cited);
        for (RecordDetails record : cited) {
            list.add(record, sources.get(record.id()), addresses.recordVersion(record.id(), record.version()),
                    accessed, log.positionOf(LogEntry.RECORD, record.id(), record.version()).orElse(null));
        }
    }
}
