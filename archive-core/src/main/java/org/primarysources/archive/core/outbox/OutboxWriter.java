package org.primarysources.archive.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.record.RecordPublished;
import org.primarysources.archive.core.source.SourcePublished;

import java.time.Clock;

/** Writes the outbox row in the very transaction that publishes the record: both commit, or neither. */
@ApplicationScoped
class OutboxWriter {

    private final EntityManager em;
    private final Clock clock;

    @Inject
    OutboxWriter(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected OutboxWriter() {
        this(null, null);
    }

    void onPublished(@Observes RecordPublished published) {
        em.persist(new OutboxEntry(published.recordId(), published.version(), published.retracted(), clock.instant()));
    }

    void onPublished(@Observes SourcePublished published) {
        em.persist(new OutboxEntry(OutboxEntry.Item.SOURCE, published.sourceId(), published.version(), false,
                clock.instant()));
    }
}
