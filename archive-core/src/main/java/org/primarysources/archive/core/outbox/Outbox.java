package org.primarysources.archive.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.Sources;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox into the search index, one batch per transaction. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several app instances drain the same outbox without taking the same rows;
 * a row is deleted only in the transaction that applied it. If the index is unreachable the batch stays, with
 * a growing back-off — edits never wait for search.
 */
@ApplicationScoped
@Transactional
public class Outbox {

    public static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    /** Hibernate's lock timeout meaning SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    /** For logging the change of state once, not every second of an outage. */
    private final AtomicBoolean indexReachable = new AtomicBoolean(true);

    private final EntityManager em;
    private final Records records;
    private final RecordIndexer indexer;
    private final Sources sources;
    private final Clock clock;

    @Inject
    Outbox(EntityManager em, Records records, RecordIndexer indexer, Sources sources, Clock clock) {
        this.em = em;
        this.records = records;
        this.indexer = indexer;
        this.sources = sources;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected Outbox() {
        this(null, null, null, null, null);
    }

    /**
     * Applies one batch of due rows; returns how many rows it dealt with — applied, or parked because the index
     * refused their document (0 when none were due or the index is down).
     */
    public int relayBatch(int max) {
        // reads only until the index has the batch, so no query needs the dirty check of an auto-flush
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        Instant now = clock.instant();
        List<OutboxEntry> due = em.createQuery("select o from OutboxEntry o where o.nextAttemptAt <= :now"
                        + " order by o.id", OutboxEntry.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<RecordDetails> published = new ArrayList<>();
        List<RecordIndexer.Retraction> retracted = new ArrayList<>();
        List<SourceDetails> sourcesPublished = new ArrayList<>();
        Map<String, Boolean> seen = new java.util.HashMap<>();
        Map<Long, RecordDetails> current = records.details(due.stream()
                .filter(e -> e.item() == OutboxEntry.Item.RECORD).map(OutboxEntry::recordId).distinct().toList());
        for (OutboxEntry entry : due) {
            if (seen.putIfAbsent(entry.item() + "/" + entry.recordId(), Boolean.TRUE) != null) {
                continue; // the latest version is indexed once per batch
            }
            if (entry.item() == OutboxEntry.Item.SOURCE) {
                sourcesPublished.add(sources.details(entry.recordId()));
                continue;
            }
            RecordDetails details = current.get(entry.recordId());
            if (details == null) {
                retracted.add(new RecordIndexer.Retraction(entry.recordId(), entry.version()));
            } else if (details.retracted()) {
                retracted.add(new RecordIndexer.Retraction(details.id(), details.version()));
            } else {
                published.add(details);
            }
        }
        Map<Long, String> refusedRecords;
        Map<Long, String> refusedSources = Map.of();
        try {
            refusedRecords = indexer.apply(published, retracted);
            if (!sourcesPublished.isEmpty()) {
                refusedSources = indexer.applySources(sourcesPublished);
            }
        } catch (IndexUnavailableException e) {
            if (indexReachable.getAndSet(false)) {
                LOG.log(Level.WARNING, "the search index cannot take published records; the outbox keeps them and"
                        + " retries with back-off: " + e.getMessage());
            }
            LOG.log(Level.FINE, "search index unavailable; the outbox keeps " + due.size() + " rows", e);
            due.forEach(entry -> entry.failed(e.getMessage(), now));
            return 0;
        }
        if (!indexReachable.getAndSet(true)) {
            LOG.info("the search index takes published records again; the outbox is catching up");
        }
        List<Long> applied = new ArrayList<>(due.size());
        for (OutboxEntry entry : due) {
            String refusal = (entry.item() == OutboxEntry.Item.SOURCE ? refusedSources : refusedRecords)
                    .get(entry.recordId());
            if (refusal == null) {
                applied.add(entry.id());
            } else {
                entry.refused(refusal, now);
                LOG.warning(() -> "the search index refused " + entry.item().name().toLowerCase(java.util.Locale.ROOT)
                        + " " + entry.recordId() + "; its outbox row is parked for " + OutboxEntry.PARKED
                        + " and the rest goes on: " + refusal);
            }
        }
        if (!applied.isEmpty()) {
            em.createQuery("delete from OutboxEntry o where o.id in :ids")
                    .setParameter("ids", applied)
                    .executeUpdate();
        }
        return due.size();
    }

    /** Queues the records again (their current version), e.g. those published while a reindex was running. */
    public void requeue(List<Long> recordIds) {
        Instant now = clock.instant();
        for (Long id : recordIds) {
            em.persist(new OutboxEntry(id, 0, false, now));
        }
    }

    public OutboxBacklog backlog() {
        Object[] row = (Object[]) em.createQuery("select count(o), min(o.createdAt), "
                + "sum(case when o.attempts > 0 then 1 else 0 end) from OutboxEntry o").getSingleResult();
        long waiting = ((Number) row[0]).longValue();
        long failing = row[2] == null ? 0 : ((Number) row[2]).longValue();
        String lastError = failing == 0 ? null : em.createQuery("select o.lastError from OutboxEntry o"
                        + " where o.attempts > 0 order by o.nextAttemptAt desc, o.id desc", String.class)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return new OutboxBacklog(waiting, failing, (Instant) row[1], lastError);
    }
}
