package org.primarysources.archive.core.outbox;

import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.record.RecordPublished;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.Sources;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Builds the outbox outside a container, for tests and benchmarks in other modules (archive-core's test-jar): the
 * writer that adds a row in the publishing transaction, and the relay's batch step with a given indexer.
 */
public final class OutboxWiring {

    private OutboxWiring() {
    }

    /** Writes an outbox row per published record version; pass it to {@code RecordsWiring.records(…, observer)}. */
    public static Consumer<RecordPublished> writer(EntityManager em, Clock clock) {
        return new OutboxWriter(em, clock)::onPublished;
    }

    public static Outbox outbox(EntityManager em, Records records, Sources sources, RecordIndexer indexer,
                                Clock clock) {
        return new Outbox(em, records, indexer, sources, clock);
    }
}
