package org.primarysources.archive.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.Sources;

import java.util.ArrayList;
import java.util.List;

/** Recomputes every hash chain and re-checks every citation of the archive. Reads only. */
@ApplicationScoped
@Transactional
public class ArchiveAudit {

    @Inject
    Sources sources;

    @Inject
    Records records;

    public AuditReport run() {
        List<Finding> broken = new ArrayList<>();
        long sourceVersions = sources.audit(broken::add);
        long[] recordCounts = records.audit(broken::add);
        return new AuditReport(sourceVersions, recordCounts[0], recordCounts[1], broken);
    }
}
