package org.primarysources.archive.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/**
 * The archive's sense of time: UTC, injectable, so tests can fix it. It ticks in microseconds, the precision the
 * database keeps, so a time read back is the time that was hashed into the transparency log.
 */
@ApplicationScoped
class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
