package org.primarysources.archive.core.source;

import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.publicationlog.PublicationLog;

import java.time.Clock;

/** Builds a {@link Sources} outside a container, for tests. */
public final class SourcesWiring {

    private SourcesWiring() {
    }

    public static Sources sources(EntityManager em, Clock clock) {
        return new Sources(em, clock, null, new PublicationLog(em, clock));
    }
}
