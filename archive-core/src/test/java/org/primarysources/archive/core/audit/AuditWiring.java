package org.primarysources.archive.core.audit;

import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.Sources;

/** Builds an {@link ArchiveAudit} outside a container, for tests. */
public final class AuditWiring {

    private AuditWiring() {
    }

    public static ArchiveAudit audit(Sources sources, Records records) {
        return new ArchiveAudit(sources, records);
    }
}
