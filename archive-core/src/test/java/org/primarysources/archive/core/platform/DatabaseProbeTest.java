package org.primarysources.archive.core.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseProbeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(1);

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final DatabaseProbe<String> probe = new DatabaseProbe<>(pool, PATIENCE);
    private final AtomicInteger asked = new AtomicInteger();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aDatabaseThatHangsIsAnsweredForWithinThePatienceAndAskedOnlyOnce() throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);

        long started = System.nanoTime();
        String first = probe.ask(() -> {
            asked.incrementAndGet();
            hanging.await(30, TimeUnit.SECONDS);
            return "late answer";
        }, reason -> "DOWN: " + reason);
        String second = probe.ask(this::fresh, reason -> "DOWN: " + reason);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(first).isEqualTo("DOWN: no answer within 1 s");
        assertThat(second).as("still waiting for the first answer").startsWith("DOWN");
        assertThat(took).as("two checks, each waiting its second").isLessThan(Duration.ofSeconds(5));
        assertThat(asked.get()).as("a hanging question is not asked again").isEqualTo(1);

        hanging.countDown();
        Thread.sleep(100);
        assertThat(probe.ask(this::fresh, reason -> "DOWN: " + reason)).isEqualTo("fresh answer");
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void aFailureIsAnsweredWithItsMessageAndTheNextCheckAsksAgain() {
        String down = probe.ask(() -> {
            throw new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        }, reason -> "DOWN: " + reason);

        assertThat(down).isEqualTo("DOWN: Connection to 127.0.0.1:5432 refused.");
        assertThat(probe.ask(this::fresh, reason -> "DOWN: " + reason)).isEqualTo("fresh answer");
    }

    private String fresh() {
        asked.incrementAndGet();
        return "fresh answer";
    }
}
