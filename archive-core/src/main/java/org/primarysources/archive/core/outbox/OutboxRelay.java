package org.primarysources.archive.core.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    /** MicroProfile Config property: how many workers drain a backlog at once (1–8). */
    public static final String WORKERS_PROPERTY = "archive.outbox.relay-workers";
    public static final String DEFAULT_WORKERS = "2";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
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

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (outbox.relayBatch(Outbox.BATCH) == Outbox.BATCH) {
                drainBacklog();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the outbox relay failed; it tries again in a second", e);
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
                LOG.log(Level.WARNING, "an outbox relay worker failed; the next tick tries again", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drain() {
        while (outbox.relayBatch(Outbox.BATCH) == Outbox.BATCH) {
            // a full batch: more may be due
        }
    }
}
