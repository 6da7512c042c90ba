package org.primarysources.archive.core.record;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.publicationlog.PublicationLog;
import org.primarysources.archive.core.source.Sources;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Builds a {@link Records} outside a container, for tests; published events are collected in a list. */
public final class RecordsWiring {

    private RecordsWiring() {
    }

    public static Records records(EntityManager em, Sources sources, Clock clock, List<RecordPublished> events) {
        return records(em, sources, clock, events::add);
    }

    /** As above, with each event handed to {@code observer} in the publishing transaction (like CDI does). */
    public static Records records(EntityManager em, Sources sources, Clock clock,
                                  java.util.function.Consumer<RecordPublished> observer) {
        return new Records(em, sources, clock, new ListEvent(observer), new PublicationLog(em, clock));
    }

    private record ListEvent(java.util.function.Consumer<RecordPublished> observer) implements Event<RecordPublished> {
        @Override
        public void fire(RecordPublished event) {
            observer.accept(event);
        }

        @Override
        public <U extends RecordPublished> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RecordPublished> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<RecordPublished> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends RecordPublished> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RecordPublished> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
