package org.primarysources.archive.core.audit;

import java.util.List;

/**
 * What {@code verify} checked — versions, citations, the transparency log's entries and signed checkpoints — and what
 * it found broken; {@code intact} when nothing is.
 */
public record AuditReport(long sourceVersions, long recordVersions, long citations, long logEntries,
                          long checkpoints, boolean intact, List<Finding> broken) {

    public AuditReport(long sourceVersions, long recordVersions, long citations, long logEntries, long checkpoints,
                       List<Finding> broken) {
        this(sourceVersions, recordVersions, citations, logEntries, checkpoints, broken.isEmpty(),
                List.copyOf(broken));
    }
}
