package org.primarysources.archive.core.audit;

import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.publicationlog.LogSigning;
import org.primarysources.archive.core.publicationlog.LogWiring;
import org.primarysources.archive.core.publicationlog.PublicationLog;
import org.primarysources.archive.core.publicationlog.TimeStamps;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.Sources;

import java.time.Clock;

/** Builds an {@link ArchiveAudit} outside a container, for tests, with the tests' own log key. */
public final class AuditWiring {

    private AuditWiring() {
    }

    public static ArchiveAudit audit(EntityManager em, Sources sources, Records records) {
        return audit(em, sources, records, LogWiring.testSigning());
    }

    public static ArchiveAudit audit(EntityManager em, Sources sources, Records records, LogSigning signing) {
        return audit(em, sources, records, signing, TimeStamps.of(null, null));
    }

    public static ArchiveAudit audit(EntityManager em, Sources sources, Records records, LogSigning signing,
                                     TimeStamps timeStamps) {
        Clock clock = Clock.systemUTC();
        return new ArchiveAudit(sources, records, new PublicationLog(em, clock),
                LogWiring.checkpoints(em, signing, timeStamps, clock), timeStamps);
    }
}
