package org.primarysources.archive.core.review;

import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.Sources;

import java.time.Clock;

/** Builds {@link Changes} outside a container, for tests. */
public final class ChangesWiring {

    private ChangesWiring() {
    }

    public static Changes changes(EntityManager em, Sources sources, Records records, Clock clock) {
        return new Changes(em, records, sources, clock);
    }
}
