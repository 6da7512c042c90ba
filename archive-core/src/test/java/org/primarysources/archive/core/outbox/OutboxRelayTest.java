package org.primarysources.archive.core.outbox;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

    private OutboxRelay relay(Outbox outbox, int workers) {
        OutboxRelay relay = new OutboxRelay();
        relay.outbox = outbox;
        relay.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> method.invoke(pool, args));
        relay.workers = OutboxRelay.workers(workers);
        return relay;
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
