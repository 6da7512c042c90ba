package org.primarysources.archive.core.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primarysources.archive.core.error.DatabaseOutage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, drains the outbox batch by batch until nothing is due. Each batch is its own transaction; a tick
 * that finds the previous one still running does nothing.
 * <p>
 * When a tick finds a full batch — a backlog after an outage, a large import, a requeue — it drains with
 * {@value #WORKERS_PROPERTY} workers at once (default {@value #DEFAULT_WORKERS}), so that one worker reads its
 * batch from the database while another's bulk request is in OpenSearch. Workers claim rows
 * {@code FOR UPDATE SKIP LOCKED} exactly as several app instances do.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN) // see tick()
public class OutboxRelay {

    /** MicroProfile Config property: how many workers drain a backlog at once (1–8). */
    public static final String WORKERS_PROPERTY = "archive.outbox.relay-workers";
    public static final String DEFAULT_WORKERS = "2";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    /** For logging a failing relay once, when it starts failing, not every second of an outage. */
    private final AtomicBoolean failing = new AtomicBoolean();
    /** Chosen once at start-up (package-private for tests). */
    int workers;

    @Inject
    Outbox outbox;

    @Inject
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = WORKERS_PROPERTY, defaultValue = DEFAULT_WORKERS)
    int configuredWorkers;

    @PostConstruct
    void chooseWorkers() {
        workers = workers(configuredWorkers);
        LOG.info(() -> "the outbox relay drains a backlog with " + workers + " worker" + (workers == 1 ? "" : "s"));
    }

    /** How many workers drain a backlog: as configured, refused outside 1–8. */
    static int workers(int configured) {
        if (configured < 1 || configured > 8) {
            throw new IllegalArgumentException(WORKERS_PROPERTY + " must be between 1 and 8, not " + configured);
        }
        return configured;
    }

    /**
     * Runs without a container transaction — each batch is its own ({@link Outbox} is {@code @Transactional}) — and
     * so bean-managed: Payara ran this timeout in a new container transaction whatever attribute it was given; a
     * failed batch marked that for rollback, the timer service counted a failed delivery, and after two it dropped
     * the timer, so that the relay stopped for good at a database restart.
     */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int relayed = outbox.relayBatch(Outbox.BATCH);
            worksAgain();
            if (relayed == Outbox.BATCH) {
                drainBacklog();
            }
        } catch (RuntimeException e) {
            failed(e);
        } finally {
            running.set(false);
        }
    }

    private void drainBacklog() {
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            others.add(executor.submit(this::drain));
        }
        drain();
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (ExecutionException e) {
                failed(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * A failed tick is logged when the relay starts failing, and then not again until it has worked: an outage of
     * the database is one line (no stack trace, it is not a fault of ours); anything else is logged with its stack
     * trace once, then at FINE. The next tick tries again either way.
     */
    private void failed(Throwable e) {
        if (!failing.compareAndSet(false, true)) {
            LOG.log(Level.FINE, "the outbox relay failed again", e);
        } else if (DatabaseOutage.caused(e)) {
            LOG.warning("the database is unavailable; the outbox relay tries again every second and says when it"
                    + " works again");
        } else {
            LOG.log(Level.WARNING, "the outbox relay failed; it tries again every second and says when it works"
                    + " again", e);
        }
    }

    private void worksAgain() {
        if (failing.compareAndSet(true, false)) {
            LOG.info("the outbox relay works again");
        }
    }

    private void drain() {
        while (outbox.relayBatch(Outbox.BATCH) == Outbox.BATCH) {
            // a full batch: more may be due
        }
    }
}
