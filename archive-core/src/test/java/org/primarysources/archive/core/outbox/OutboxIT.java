package org.primarysources.archive.core.outbox;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.platform.MutableClock;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.PublishRecord;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.RecordsWiring;
import org.primarysources.archive.core.record.RetractRecord;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;
import org.primarysources.archive.core.source.Sources;
import org.primarysources.archive.core.source.SourcesWiring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.record.RecordContents.aQuote;

/** The outbox on PostgreSQL: written with each publication, drained idempotently, kept while search is down. */
class OutboxIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final FakeIndexer indexer = new FakeIndexer();

    @Test
    void editsNeverWaitForSearchAndTheIndexCatchesUp() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long sourceId = source(db);
            indexer.down = true;
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = i;
                ids.add(in(db, s -> s.records.publish(quote(sourceId, "Quote number " + n))).id());
            }
            in(db, s -> s.records.retract(new RetractRecord(ids.get(0), 1, "archivist", "editor", null)));

            int appliedWhileDown = in(db, s -> s.outbox.relayBatch(Outbox.BATCH));
            OutboxBacklog backlog = in(db, s -> s.outbox.backlog());
            assertThat(appliedWhileDown).isZero();
            assertThat(backlog.waiting()).isEqualTo(101);
            assertThat(backlog.failing()).isEqualTo(101);
            assertThat(backlog.lastError()).as("health says why").contains("connection refused");

            indexer.down = false;
            int tooEarly = in(db, s -> s.outbox.relayBatch(Outbox.BATCH));
            assertThat(tooEarly).as("back-off: not retried at once").isZero();
            clock.now = clock.now.plus(Duration.ofSeconds(2));
            int applied = in(db, s -> s.outbox.relayBatch(Outbox.BATCH));

            assertThat(applied).isEqualTo(101);
            OutboxBacklog caughtUp = in(db, s -> s.outbox.backlog());
            assertThat(caughtUp.waiting()).isZero();
            assertThat(caughtUp.lastError()).isNull();
            assertThat(indexer.indexed).hasSize(99).doesNotContain(ids.get(0));
            assertThat(indexer.deleted).containsExactly(ids.get(0));
        }
    }

    @Test
    void aDocumentTheIndexRefusesIsParkedAndTheRestGoesOn() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long sourceId = source(db);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                ids.add(in(db, s -> s.records.publish(quote(sourceId, "Quote number " + n))).id());
            }
            indexer.refuse.add(ids.get(2));

            int dealtWith = in(db, s -> s.outbox.relayBatch(Outbox.BATCH));

            assertThat(dealtWith).isEqualTo(5);
            assertThat(indexer.indexed).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(3), ids.get(4));
            OutboxBacklog parked = in(db, s -> s.outbox.backlog());
            assertThat(parked.waiting()).isEqualTo(1);
            assertThat(parked.failing()).isEqualTo(1);
            assertThat(parked.lastError()).startsWith("refused by the search index: mapper_parsing_exception");
            int soonAfter = in(db, s -> s.outbox.relayBatch(Outbox.BATCH));
            assertThat(soonAfter).as("parked, not retried every second").isZero();

            indexer.refuse.clear(); // e.g. the mapping was fixed
            clock.now = clock.now.plus(OutboxEntry.PARKED);
            int anHourLater = in(db, s -> s.outbox.relayBatch(Outbox.BATCH));
            assertThat(anHourLater).isEqualTo(1);
            assertThat(indexer.indexed).contains(ids.get(2));
            assertThat(in(db, s -> s.outbox.backlog()).waiting()).isZero();
        }
    }

    /**
     * Several app instances, and the relay's workers within one, share PostgreSQL; rows are claimed FOR UPDATE SKIP
     * LOCKED, so no two take the same rows.
     */
    @Test
    void twoRelaysNeverTakeTheSameRows() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long sourceId = source(db);
            for (int i = 0; i < 40; i++) {
                int n = i;
                in(db, s -> s.records.publish(quote(sourceId, "Quote " + n)));
            }
            CountDownLatch firstHoldsItsRows = new CountDownLatch(1);
            CountDownLatch secondDone = new CountDownLatch(1);
            indexer.onApply = () -> {
                if (firstHoldsItsRows.getCount() > 0) {
                    firstHoldsItsRows.countDown();
                    await(secondDone);
                }
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<Integer> first = pool.submit(() -> in(db, s -> s.outbox.relayBatch(25)));
            await(firstHoldsItsRows);
            Future<Integer> second = pool.submit(() -> in(db, s -> s.outbox.relayBatch(25)));
            int secondApplied = second.get(30, TimeUnit.SECONDS);
            secondDone.countDown();
            int firstApplied = first.get(30, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(firstApplied).isEqualTo(25);
            assertThat(secondApplied).isEqualTo(15);
            assertThat(indexer.indexed).hasSize(40).doesNotHaveDuplicates();
        }
    }

    private long source(TestDatabase db) {
        return in(db, s -> {
            long id = s.sources.open();
            s.sources.publish(new PublishSource(id, 0, new SourceContent("Quotes", SourceType.OTHER, null, null, null,
                    null, null, null, null, "Quote"), Activity.IMPORT, "archivist", "editor", null, null));
            return id;
        });
    }

    private static PublishRecord quote(long sourceId, String text) {
        return new PublishRecord(null, null, aQuote(sourceId, text).build(), Activity.EDIT, "archivist", "editor",
                null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Services(Sources sources, Records records, Outbox outbox) {
    }

    private <T> T in(TestDatabase db, Function<Services, T> work) {
        return db.fromTransaction(em -> {
            Sources sources = SourcesWiring.sources(em, clock);
            Records records = RecordsWiring.records(em, sources, clock, OutboxWiring.writer(em, clock));
            Outbox outbox = OutboxWiring.outbox(em, records, sources, indexer, clock);
            return work.apply(new Services(sources, records, outbox));
        });
    }

    /** Records what reaches "the index"; can be switched off like an OpenSearch outage. */
    private static final class FakeIndexer implements RecordIndexer {
        volatile boolean down;
        volatile Runnable onApply = () -> { };
        final List<Long> indexed = Collections.synchronizedList(new ArrayList<>());
        final List<Long> deleted = Collections.synchronizedList(new ArrayList<>());

        /** Record ids whose document "the mapping" refuses. */
        final Set<Long> refuse = ConcurrentHashMap.newKeySet();

        @Override
        public Map<Long, String> apply(List<RecordDetails> published, List<Retraction> retracted) {
            if (down) {
                throw new IndexUnavailableException("connection refused", null);
            }
            onApply.run();
            Map<Long, String> refused = new HashMap<>();
            published.forEach(r -> {
                if (refuse.contains(r.id())) {
                    refused.put(r.id(), "mapper_parsing_exception: failed to parse field [text]");
                } else {
                    indexed.add(r.id());
                }
            });
            retracted.forEach(r -> deleted.add(r.recordId()));
            return refused;
        }

        @Override
        public Rebuild rebuild() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> reasonToRebuild() {
            return Optional.empty();
        }

        @Override
        public long count() {
            return indexed.size() - deleted.size();
        }
    }
}
