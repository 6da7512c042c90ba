package org.primarysources.archive.core.outbox;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.platform.SchemaReady;
import org.primarysources.archive.core.record.RecordPage;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.source.SourceSummary;
import org.primarysources.archive.core.source.Sources;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the search index from the database into a new index, then swaps the alias atomically; searches keep
 * answering from the old index meanwhile. One rebuild at a time per instance; progress is readable while it runs.
 * At start-up it rebuilds by itself a live index that was filled from another database, or made for another version
 * of the index's mapping.
 */
@ApplicationScoped
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());
    /** While search cannot be asked at start-up, how often the index's database is asked about again. */
    static final Duration ASK_AGAIN = Duration.ofSeconds(10);

    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.idle());

    private final Records records;
    private final RecordIndexer indexer;
    private final Outbox outbox;
    private final Sources sources;
    private final Clock clock;
    private final ManagedExecutorService executor;

    @Inject
    Reindexing(Records records, RecordIndexer indexer, Outbox outbox, Sources sources, Clock clock,
               ManagedExecutorService executor) {
        this.records = records;
        this.indexer = indexer;
        this.outbox = outbox;
        this.sources = sources;
        this.clock = clock;
        this.executor = executor;
    }

    /** Only for the CDI client proxy. */
    protected Reindexing() {
        this(null, null, null, null, null, null);
    }

    public ReindexStatus start() {
        ReindexStatus current = status.get();
        if ("RUNNING".equals(current.state())) {
            throw new ConflictException(
                    "a reindex is already running (" + current.done() + " of " + current.total() + ")");
        }
        ReindexStatus running = new ReindexStatus("RUNNING", 0, 0, null, null, clock.instant(), null);
        if (!status.compareAndSet(current, running)) {
            throw new ConflictException("a reindex is already running");
        }
        executor.submit(this::run);
        return running;
    }

    public ReindexStatus status() {
        return status.get();
    }

    /**
     * At start-up, in the background: a live index filled from another database (one wiped or replaced under a kept
     * index), or from before indices were stamped with theirs, or made for another mapping version (a new version of
     * the archive changed the analysers or fields), is rebuilt from this one; nothing is written into it meanwhile.
     * While search cannot be asked, asks again every {@link #ASK_AGAIN}.
     */
    void rebuildAnIndexOfAnotherDatabase(@Observes SchemaReady ready) {
        executor.submit(this::checkTheIndex);
    }

    /**
     * A new, empty index while the database holds published records and the outbox has nothing for it: the
     * database was restored from a backup (which leaves the outbox behind), so only a rebuild fills the index.
     */
    private Optional<String> emptyIndexOfAFullDatabase() {
        if (indexer.count() > 0 || outbox.backlog().waiting() > 0) {
            return Optional.empty();
        }
        long published = records.page(null, null, 0, 1).total();
        return published == 0 ? Optional.empty() : Optional.of("the index is empty, the database holds " + published
                + " published records and the outbox nothing to index (a restored database)");
    }

    private void checkTheIndex() {
        boolean toldWhyNot = false;
        while (true) {
            try {
                indexer.reasonToRebuild().or(this::emptyIndexOfAFullDatabase).ifPresent(reason -> {
                    LOG.warning(() -> "rebuilding the search index from this database: " + reason);
                    start();
                });
                return;
            } catch (ConflictException e) {
                return; // a rebuild is running already
            } catch (RuntimeException e) {
                if (!toldWhyNot) {
                    toldWhyNot = true;
                    LOG.info(() -> "cannot tell yet whether the search index was filled from this database ("
                            + e.getMessage() + "); asking again every " + ASK_AGAIN.toSeconds() + " s");
                }
            }
            try {
                Thread.sleep(ASK_AGAIN.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs a whole rebuild in the calling thread (the launcher's {@code reindex} goes through {@link #start()}). */
    void run() {
        Instant started = status.get().startedAt();
        RecordIndexer.Rebuild rebuild = null;
        try {
            rebuild = indexer.rebuild();
            long done = 0;
            for (int page = 0; ; page++) {
                RecordPage batch = records.page(null, null, page, Records.MAX_PAGE_SIZE);
                if (page == 0) {
                    status.set(new ReindexStatus("RUNNING", 0, batch.total(), null, null, started, null));
                }
                if (batch.items().isEmpty()) {
                    break;
                }
                rebuild.add(batch.items());
                done += batch.items().size();
                status.set(new ReindexStatus("RUNNING", done, batch.total(), null, null, started, null));
            }
            for (int first = 0; ; first += Records.MAX_PAGE_SIZE) {
                List<SourceSummary> page = sources.list(first, Records.MAX_PAGE_SIZE);
                rebuild.addSources(page.stream().map(s -> sources.details(s.id())).toList());
                if (page.size() < Records.MAX_PAGE_SIZE) {
                    break;
                }
            }
            String index = rebuild.finish();
            outbox.requeue(records.publishedSince(started)); // what was published while we were copying
            status.set(new ReindexStatus("DONE", done, done, index, null, started, clock.instant()));
            LOG.info(() -> "reindexed into " + index);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reindex failed", e);
            if (rebuild != null) {
                try {
                    rebuild.abandon();
                } catch (RuntimeException ignored) {
                    // the live index is untouched either way
                }
            }
            ReindexStatus last = status.get();
            status.set(new ReindexStatus("FAILED", last.done(), last.total(), null, String.valueOf(e.getMessage()),
                    started, clock.instant()));
        }
    }
}
