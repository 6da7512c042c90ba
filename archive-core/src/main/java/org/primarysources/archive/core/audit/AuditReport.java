package org.primarysources.archive.core.audit;

import java.util.List;

/** What {@code verify} checked and what it found broken; {@code intact} when nothing is. */
public record AuditReport(long sourceVersions, long recordVersions, long citations, boolean intact,
                          List<Finding> broken) {

    public AuditReport(long sourceVersions, long recordVersions, long citations, List<Finding> broken) {
        this(sourceVersions, recordVersions, citations, broken.isEmpty(), List.copyOf(broken));
    }
}
