package org.primarysources.archive.core.publicationlog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.primarysources.archive.core.error.DatabaseOutage;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the log signed: at start it appends the versions published before the log existed (once per database),
 * then every five seconds signs a checkpoint if the log has grown. A database that is away skips a tick quietly;
 * the next tick catches up.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checkpointer {

    private static final Logger LOG = Logger.getLogger(Checkpointer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    @Inject
    LogBackfill backfill;
    @Inject
    Checkpoints checkpoints;

    @PostConstruct
    void backfillOnStart() {
        try {
            long appended = backfill.run();
            if (appended > 0) {
                LOG.info("appended " + appended + " versions published before the log existed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not append the versions published before the log; next start tries again",
                    e);
        }
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (checkpoints.makeIfGrown().isEmpty()) {
                checkpoints.stampLatestIfMissing();
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.caused(e)) {
                LOG.fine("no checkpoint: the database is away");
            } else {
                LOG.log(Level.WARNING, "could not make a checkpoint", e);
            }
        } finally {
            running.set(false);
        }
    }
}
