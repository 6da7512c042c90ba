package org.primarysources.archive.core.outbox;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.platform.TestExecutors;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxRelayTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void asManyWorkersAsConfiguredBetweenOneAndEight() {
        assertThat(OutboxRelay.workers(1)).isEqualTo(1);
        assertThat(OutboxRelay.workers(2)).isEqualTo(2);
        assertThat(OutboxRelay.workers(8)).isEqualTo(8);
        assertThatThrownBy(() -> OutboxRelay.workers(0)).hasMessageContaining(OutboxRelay.WORKERS_PROPERTY);
        assertThatThrownBy(() -> OutboxRelay.workers(9)).hasMessageContaining("between 1 and 8");
    }

    @Test
    void aTickWithLittleToDoStaysOnItsOwnThread() {
        BacklogOutbox outbox = new BacklogOutbox(120);
        OutboxRelay relay = relay(outbox, 2);

        relay.tick();

        assertThat(outbox.left.get()).isZero();
        assertThat(outbox.threads).hasSize(1);
        assertThat(outbox.calls.get()).isEqualTo(1);
    }

    @Test
    void aBacklogIsDrainedByTheConfiguredWorkersAtOnce() {
        BacklogOutbox outbox = new BacklogOutbox(10 * Outbox.BATCH + 7);
        outbox.bothBusy = new CountDownLatch(2); // each worker waits in its first batch until the other is in one too
        OutboxRelay relay = relay(outbox, 2);

        relay.tick();

        assertThat(outbox.left.get()).isZero();
        assertThat(outbox.threads).hasSize(2);
        assertThat(outbox.overlapped).as("two batches were in flight at the same time").isTrue();
    }

    @Test
    void oneWorkerDrainsTheBacklogAlone() {
        BacklogOutbox outbox = new BacklogOutbox(3 * Outbox.BATCH + 1);
        OutboxRelay relay = relay(outbox, 1);

        relay.tick();

        assertThat(outbox.left.get()).isZero();
        assertThat(outbox.threads).hasSize(1);
        assertThat(outbox.calls.get()).isEqualTo(4);
    }

    @Test
    void aDatabaseOutageIsOneLineWhenItBeginsAndOneWhenItEnds() {
        FailingOutbox outbox = new FailingOutbox(new PersistenceException(new JDBCConnectionException(
                "Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001"))));
        OutboxRelay relay = relay(outbox, 2);
        List<LogRecord> logged = logOf(() -> {
            for (int second = 0; second < 5; second++) {
                relay.tick();
            }
            outbox.failure = null;
            relay.tick();
            relay.tick();
        });

        assertThat(outbox.calls.get()).as("it kept trying").isEqualTo(7);
        assertThat(logged).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.INFO);
        assertThat(logged.get(0).getMessage()).startsWith("the database is unavailable");
        assertThat(logged.get(0).getThrown()).as("no stack trace").isNull();
        assertThat(logged.get(1).getMessage()).isEqualTo("the outbox relay works again");
    }

    @Test
    void anyOtherFailureIsLoggedWithItsStackTraceOnce() {
        IllegalStateException bug = new IllegalStateException("a bug");
        OutboxRelay relay = relay(new FailingOutbox(bug), 1);

        List<LogRecord> logged = logOf(() -> {
            relay.tick();
            relay.tick();
        });

        assertThat(logged).singleElement().satisfies(entry -> {
            assertThat(entry.getLevel()).isEqualTo(Level.WARNING);
            assertThat(entry.getThrown()).isSameAs(bug);
        });
    }

    /** What the relay logs at INFO and above while the work runs. */
    private static List<LogRecord> logOf(Runnable work) {
        Logger log = Logger.getLogger(OutboxRelay.class.getName());
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                if (entry.getLevel().intValue() >= Level.INFO.intValue()) {
                    logged.add(entry);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        log.setUseParentHandlers(false);
        try {
            work.run();
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(true);
        }
        return logged;
    }

    private OutboxRelay relay(Outbox outbox, int workers) {
        OutboxRelay relay = new OutboxRelay();
        relay.outbox = outbox;
        relay.executor = TestExecutors.managed(pool);
        relay.workers = OutboxRelay.workers(workers);
        return relay;
    }

    /** An outbox whose every batch fails as given, until the failure is taken away. */
    private static final class FailingOutbox extends Outbox {
        final AtomicInteger calls = new AtomicInteger();
        volatile RuntimeException failure;

        FailingOutbox(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public int relayBatch(int max) {
            calls.incrementAndGet();
            RuntimeException now = failure;
            if (now != null) {
                throw now;
            }
            return 0;
        }
    }

    /** An outbox of {@code n} due rows; each call applies a batch of up to {@link Outbox#BATCH}. */
    private static final class BacklogOutbox extends Outbox {
        final AtomicInteger left;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        volatile CountDownLatch bothBusy;
        volatile boolean overlapped;

        BacklogOutbox(int rows) {
            left = new AtomicInteger(rows);
        }

        @Override
        public int relayBatch(int max) {
            calls.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            if (inFlight.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                CountDownLatch latch = bothBusy;
                if (latch != null && calls.get() > 1) {
                    latch.countDown();
                    latch.await(5, TimeUnit.SECONDS);
                }
                return Math.min(max, left.getAndUpdate(rows -> Math.max(0, rows - max)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }
}
