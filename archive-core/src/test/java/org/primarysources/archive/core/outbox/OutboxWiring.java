package org.primarysources.archive.core.outbox;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.platform.SchemaReady;
import org.primarysources.archive.core.record.RecordPublished;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.Sources;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Builds the outbox outside a container, for tests and benchmarks in other modules (archive-core's test-jar): the
 * writer that adds a row in the publishing transaction, the relay's batch step with a given indexer, and the rebuild.
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

    public static Reindexing reindexing(Records records, Sources sources, Outbox outbox, RecordIndexer indexer,
                                        Clock clock, ManagedExecutorService executor) {
        return new Reindexing(records, indexer, outbox, sources, clock, executor);
    }

    /** What the archive does about the index at start-up, once the schema is ready. */
    public static void startUp(Reindexing reindexing) {
        reindexing.rebuildAnIndexOfAnotherDatabase(new SchemaReady());
    }
}
