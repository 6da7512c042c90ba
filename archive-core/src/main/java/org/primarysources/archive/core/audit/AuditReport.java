package org.primarysources.archive.core.audit;

import java.util.List;

/**
 * What {@code verify} checked — versions, citations, the transparency log's entries and signed checkpoints, the
 * search index's documents — and what it found broken; {@code intact} when nothing is. {@code indexDocuments} is -1
 * and {@code indexNotChecked} says why when the search index could not be compared.
 */
public record AuditReport(long sourceVersions, long recordVersions, long citations, long logEntries,
                          long checkpoints, long indexDocuments, String indexNotChecked, boolean intact,
                          List<Finding> broken) {

    public AuditReport(long sourceVersions, long recordVersions, long citations, long logEntries, long checkpoints,
                       long indexDocuments, String indexNotChecked, List<Finding> broken) {
        this(sourceVersions, recordVersions, citations, logEntries, checkpoints, indexDocuments, indexNotChecked,
                broken.isEmpty(), List.copyOf(broken));
    }

    /** A report without the search index compared. */
    public AuditReport(long sourceVersions, long recordVersions, long citations, long logEntries, long checkpoints,
                       List<Finding> broken) {
        this(sourceVersions, recordVersions, citations, logEntries, checkpoints, -1, "not asked", broken);
    }
}
