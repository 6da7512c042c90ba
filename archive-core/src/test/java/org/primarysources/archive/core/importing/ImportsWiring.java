package org.primarysources.archive.core.importing;

import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.review.Changes;
import org.primarysources.archive.core.source.Sources;

import java.time.Clock;

/** Builds {@link Imports} outside a container, for tests. */
public final class ImportsWiring {

    private ImportsWiring() {
    }

    public static Imports imports(EntityManager em, Sources sources, Changes changes,
                                  org.primarysources.archive.core.record.Records records, Clock clock) {
        return new Imports(em, sources, changes, records, clock);
    }
}
